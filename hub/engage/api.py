"""A CSRF token on demand (/api/csrf/), for a form on a cached page."""

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.views.decorators.cache import never_cache


@never_cache
def csrf_token(request):
    """A CSRF token (and its cookie) for the form the visitor has started to use.

    Same origin only: no CORS header, so another site's script cannot read it.
    """
    return JsonResponse({"token": get_token(request)})

"""CSRF for forms on cached pages: a second chance for a form posted without a token (the
token on demand is hub.engage.api.csrf_token)."""

from django.urls import Resolver404, resolve
from django.views.csrf import csrf_failure as django_csrf_failure

from wagtail.models import Page

from hub.core.privacy import page_is_private


def _form_page(request):
    """The public hub form page a refused POST was sent to, if it was one."""
    from hub.engage.models import FixedFormMixin

    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name != "wagtail_serve":
        return None
    path = match.kwargs.get("path", match.args[0] if match.args else "")
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    page, args, _kwargs = route
    view = args[0] if args else None
    is_form_route = view is None or getattr(view, "__name__", "") == "index_route"
    if isinstance(page, FixedFormMixin) and is_form_route and not page_is_private(page):
        return page
    return None


def csrf_failure(request, reason=""):
    """Django's CSRF refusal. A hub form page posted without a token (JavaScript off, or
    a page kept open past its token) shows its form again, filled in, with a token."""
    page = _form_page(request) if request.method == "POST" else None
    if page is None:
        return django_csrf_failure(request, reason=reason)
    return page.serve_csrf_failure(request)

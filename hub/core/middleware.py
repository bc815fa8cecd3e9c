import re

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404, QueryDict
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy on every response; private pages
    (see hub.core.privacy) marked never to be cached.

    Every public page lives with a policy that allows no inline script. The Wagtail admin
    gets its own (HUB_ADMIN_CONTENT_SECURITY_POLICY): Wagtail, wagtail-localize and
    wagtailmedia write inline scripts into some admin pages, so it allows those, but
    nothing from another origin, no plugins, no framing by other sites. A page's preview
    keeps the public policy but may be framed by the admin (its preview panel). A view that sets
    its own Content-Security-Policy (the file view, the embed view) keeps it.
    """

    admin_prefix = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "hub_private_page", False):
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ["Cookie"])
        response.setdefault("Permissions-Policy", settings.HUB_PERMISSIONS_POLICY)
        if request.path.startswith(self.admin_prefix):
            policy = settings.HUB_ADMIN_CONTENT_SECURITY_POLICY
        elif getattr(request, "is_dummy", False):
            # Wagtail's preview: the page as the public gets it, framed by the admin's
            # preview panel (Wagtail marks the request it makes for it).
            policy = settings.HUB_CONTENT_SECURITY_POLICY.replace(
                "frame-ancestors 'none'", "frame-ancestors 'self'"
            )
        else:
            policy = settings.HUB_CONTENT_SECURITY_POLICY
        response.setdefault("Content-Security-Policy", policy)
        return response


# A path segment of digits as long as the largest id the database holds (bigint): every
# `<int:…>` parameter here is a whole segment, and digits inside a longer name (an
# upload's hexadecimal id) are no id.
HUGE_NUMBER = re.compile(r"(?<![^/])[0-9]{19,}(?![^/])")
LARGEST_ID = 2**63 - 1


class DropNulMiddleware:
    """NUL characters leave the query string before any view reads it; a path with one,
    or with an id no database holds, is refused before any view sees it.

    No real request has one, and PostgreSQL refuses it in any query (a server error for a
    filter or a search given "%00"): what remains is used as if typed without it. In the
    path a NUL is a 400: a file name, a language code or a slug with one names nothing.
    A number beyond the largest id the database holds is a 404: an `<int:…>` path
    parameter would take it to the database (SQLite raises an OverflowError where Django
    does not check the range itself, as for pages).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            raise BadRequest("NUL character in the path")
        for digits in HUGE_NUMBER.findall(request.path):
            if len(digits) > 19 or int(digits) > LARGEST_ID:
                raise Http404("No id is that large.")
        raw = request.META.get("QUERY_STRING", "")
        if "%00" in raw or "\x00" in raw:
            cleaned = QueryDict(mutable=True)
            for name, values in request.GET.lists():
                cleaned.setlist(name.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its 404 → /<lang>/… redirect for addresses that
    never have a language prefix (APIs, files, feeds of the whole site)."""

    unprefixed = (
        "/api/",
        "/documents/",
        "/media/",
        "/embed/",
        "/admin/",
        "/sitemap.xml",
        "/healthz",
    )

    def process_response(self, request, response):
        if request.path.startswith(self.unprefixed):
            return response
        return super().process_response(request, response)


class CompressedTextMiddleware(GZipMiddleware):
    """Django's gzip (with its BREACH mitigation) for pages, feeds and JSON, nothing else.

    A reverse proxy may compress too; without one, pages travel a third of their size.
    Files (streamed, answered by ranges, or handed off to the proxy) and static files
    (whitenoise sends its own compressed copies) are left as they are.
    """

    compressible = (
        "text/",
        "application/json",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
    )

    def process_response(self, request, response):
        if response.streaming or not response.get("Content-Type", "").startswith(self.compressible):
            return response
        return super().process_response(request, response)

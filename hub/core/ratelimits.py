"""Rate limits on search, the APIs, the play counter, forms and password forms, per
client address (django-ratelimit).

The groups and their rates are settings (HUB_RATE_LIMITS): high in development and tests,
documented in the README. Over the limit, the client gets 429 with Retry-After — JSON
under /api/, a short page elsewhere. The admin is not limited here apart from its
password-reset form (django-axes guards its login); the password forms of private pages
and documents and the admin's password reset share the "passwords" group, so guessing a
page's password or flooding someone's inbox with reset emails is slow.
"""

import ipaddress
import re

from django_ratelimit.core import get_usage

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

SEARCH_PAGE = re.compile(r"^/(es|en|pt)/search/")
# POSTs that try a password or send a password-reset email (a page's password form
# lives under each language's prefix).
PASSWORD_FORMS = re.compile(
    r"^/(admin/password_reset/|documents/authenticate_with_password/"
    r"|(es/|en/|pt/)?_util/authenticate_with_password/)"
)
UNLIMITED = ("/admin/", "/static/", "/healthz", "/media/", "/documents/", "/favicon.ico")


def client_ip(request):
    """The visitor's address: the one the proxy saw (PROXY_COUNT proxies), else the peer.

    Counted from the right of X-Forwarded-For, where each proxy appends the address it
    saw: what a client writes in the header itself lands on the left and never counts.
    django-axes uses it too (AXES_CLIENT_IP_CALLABLE), so lockouts and rate limits agree.
    """
    proxies = getattr(settings, "HUB_PROXY_COUNT", 0) or 0
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(addresses) >= proxies and _is_address(addresses[-proxies]):
            return addresses[-proxies]
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 - a key, not a bind


def _is_address(text):
    """Whether text is an IP address (axes stores it in an address column)."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def group_of(request):
    path = request.path
    if request.method == "POST" and PASSWORD_FORMS.match(path):
        return "passwords"
    if path.startswith(UNLIMITED):
        return None
    if path.startswith("/api/search/") or SEARCH_PAGE.match(path):
        return "search"
    if path.startswith("/api/stats/"):
        return "stats"
    if path.startswith("/api/"):
        return "api"
    if request.method == "POST":
        return "forms"
    return None


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        group = group_of(request)
        rate = settings.HUB_RATE_LIMITS.get(group) if group else None
        if rate:
            usage = get_usage(
                request,
                group=f"hub:{group}",
                key=lambda g, r: client_ip(r),
                rate=rate,
                increment=True,
            )
            if usage and usage["should_limit"]:
                return too_many_requests(request, max(1, usage["time_left"]))
        return self.get_response(request)


def too_many_requests(request, retry_after):
    message = _(
        "Too many requests from your address. Please wait %(seconds)s seconds and try again."
    ) % {"seconds": retry_after}
    if request.path.startswith("/api/"):
        response = JsonResponse({"error": message}, status=429)
        response["Access-Control-Allow-Origin"] = "*"
    else:
        response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response

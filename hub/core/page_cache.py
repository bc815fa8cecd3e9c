"""Whole public pages, cached for anonymous visitors (cache alias "pages").

A page is served from the cache only to a visitor without a session cookie (editors
always get a fresh page, with their user bar), for GET and HEAD on a language-prefixed
address that is not the search (search is rate-limited and has its own costs). A page is
stored only when it is a plain 200 that sets no cookie, is not private
(`hub.core.privacy`) and does not say `private` or `no-store`. The key is the host and the
full address (so each language, filter and page number has its own entry) plus a version
number: any change to content — a page published, unpublished, moved or made private, a
snippet, recording, document or image saved or deleted — bumps the version, which
empties the cache at once for every process that shares it (Redis in production).

Anonymous responses to public pages carry no `Vary: Cookie`, cached or not, search
included (the content does not depend on cookies for them), so browsers and proxies may
keep them too; a visitor with a session cookie gets `Cache-Control: private` instead,
so that no shared cache keeps a page with an editor's user bar.

A hit costs one round trip to the cache and nothing else Django would do for the page.
The key does not depend on the version: one `get_many` (one MGET with Redis) reads the
current version and the entry, which holds the version it was made under and is used only
if that is still the current one. The entry is the response as it left the site — its
status, headers and body bytes, compressed if the visitor's browser accepts gzip (each
encoding and scheme has its own entry) — not a pickled response object. The middleware
sits right after Django's SecurityMiddleware (which still redirects to HTTPS and adds
HSTS): on a hit, sessions, authentication, messages, locale negotiation (the language is
in the address), compression and the security-header middleware do not run, and the
stored headers are the ones they set on the miss (Content-Security-Policy,
X-Frame-Options, Content-Language, Vary, Content-Encoding…).
"""

import hashlib
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_cache_control

from hub.core.cache import current_version

VERSION_KEY = "hub:page-cache-version"
PAGE_PATH = re.compile(r"^/(es|en|pt)/")
SEARCH_PATH = re.compile(r"^/(es|en|pt)/search/")
# Saving or deleting a row of these apps can change what a public page shows.
CONTENT_APPS = {
    "home",
    "core",
    "network",
    "news",
    "upr",
    "events",
    "briefs",
    "media_library",
    "wagtailimages",
    "wagtaildocs",
    "wagtailmedia",
    "wagtailredirects",
    "wagtailsites",
}


def page_cache():
    return caches["pages"]


def purge(**kwargs):
    """Forget every cached page (a new version number)."""
    page_cache().set(VERSION_KEY, time.time_ns(), None)


# Made while a page renders, and changing nothing a visitor sees.
IGNORED_MODELS = {"core.hubrendition", "wagtailimages.rendition"}


def _content_changed(sender, raw=False, **kwargs):
    if (
        not raw
        and sender._meta.app_label in CONTENT_APPS
        and sender._meta.label_lower not in IGNORED_MODELS
    ):
        purge()


def connect():
    from wagtail.models import Locale, Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "hub.page_cache"
    post_save.connect(_content_changed, dispatch_uid=f"{uid}.save")
    post_delete.connect(_content_changed, dispatch_uid=f"{uid}.delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge, dispatch_uid=f"{uid}.{id(signal)}")
    for model in (Page, PageViewRestriction, Locale):
        post_delete.connect(purge, sender=model, dispatch_uid=f"{uid}.{model.__name__}.delete")
    post_save.connect(purge, sender=PageViewRestriction, dispatch_uid=f"{uid}.restriction.save")
    post_save.connect(purge, sender=Locale, dispatch_uid=f"{uid}.locale.save")


def _public_read(request):
    """A GET or HEAD of a public page address."""
    return request.method in ("GET", "HEAD") and PAGE_PATH.match(request.path) is not None


def _has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _eligible(request):
    return (
        settings.HUB_PAGE_CACHE
        and _public_read(request)
        and not SEARCH_PATH.match(request.path)
        and not _has_session(request)
    )


def _version():
    return current_version(page_cache(), VERSION_KEY) or 0  # 0: the cache does not answer


def content_version(request=None):
    """The current content version, for what else is kept until content changes
    (hub.core.page_frame); 0 when the cache does not answer. The page cache has read it
    for `request` already (with its lookup) unless the request is not one it keeps."""
    known = getattr(request, "_hub_content_version", None)
    return known if known is not None else _version()


def _key(request):
    """The entry's key: host, scheme, full address, HEAD or not, and whether the body is
    gzip-compressed for this visitor (as CompressedTextMiddleware decides)."""
    gzip = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) is not None
    address = (
        f"{request.scheme}|{request.get_host()}|{request.get_full_path()}"
        f"|{request.method == 'HEAD'}|{gzip}"
    )
    return f"hub:page:{hashlib.sha256(address.encode()).hexdigest()}"


def _lookup(key):
    """The current version and the response stored under `key` for it (None if there is
    none, or only one made under an older version), in one round trip."""
    found = page_cache().get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY)
    if version is None:  # no version yet (or evicted): a first one, and nothing stored
        return _version(), None
    entry = found.get(key)
    if not isinstance(entry, tuple) or len(entry) != 4 or entry[0] != version:
        return version, None
    _, status, headers, body = entry
    response = HttpResponse(body, status=status, headers=headers)
    response["X-Page-Cache"] = "hit"
    return version, response


def _store(key, version, response):
    entry = (version, response.status_code, tuple(response.items()), response.content)
    page_cache().set(key, entry, settings.HUB_PAGE_CACHE_SECONDS)


def _shared(request, response):
    """Whether the response is the same for every anonymous visitor: it sets no cookie,
    is not a private page and does not say `private` or `no-store`."""
    cache_control = response.get("Cache-Control", "")
    return (
        not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not getattr(request, "hub_private_page", False)
    )


def _storable(request, response):
    return response.status_code == 200 and not response.streaming and _shared(request, response)


def _without_cookie_vary(response):
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in vary if v.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif "Vary" in response:
        del response["Vary"]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            response = self.get_response(request)
            if _public_read(request):
                if _has_session(request):
                    patch_cache_control(response, private=True)
                elif _shared(request, response):
                    _without_cookie_vary(response)
            return response
        key = _key(request)
        version, cached = _lookup(key)
        if cached is not None:
            return cached
        request._hub_content_version = version
        response = self.get_response(request)
        if _shared(request, response):
            _without_cookie_vary(response)
        # Content that changed while this page was rendered may or may not be in it: such
        # a page is not kept (the next visitor's is).
        if _storable(request, response) and _version() == version:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            _store(key, version, response)
            response["X-Page-Cache"] = "miss"
        return response

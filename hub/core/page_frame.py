"""What every page shows around its own content — the site, the language's home page and
its translations, the main navigation, the footer and the site settings — and what routing
and addresses start from (the home's sections, the sites' root paths), fetched once per
site, language and content version rather than on every request (about ten queries).

A frame is kept in the default cache under the page cache's content version
(`hub.core.page_cache.content_version`), which every change of content bumps: a page
published, moved or unpublished, a footer or the settings saved, a view restriction
added. The next request then builds a new frame, so no page shows an old menu. Each
process also keeps the current version's frames in memory: a request costs one cache read
(the version). While the version cannot be read (Redis not answering), every request
builds its own frame.

Frames are shared between requests: what reads them must not change them (the routing
starts from a copy of the root page). What else changes only when content does (a page's
translations, the country profiles a brief links to) is kept with the frame the same way
(`kept`): built by the first request that needs it, in each process.
"""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Site, get_page_models

from hub.core.models import FooterText, ShortTitle, SiteSettings
from hub.core.page_cache import content_version
from hub.core.utils import active_locale, public_pages

_memo = {"version": None, "frames": {}}
MEMO_SIZE = 64  # frames kept per process (sites × languages; more only with odd hosts)
KEPT_SIZE = 4096  # values kept with one frame (`kept`); past it, each request builds its own


@dataclass
class Frame:
    site: Site | None = None
    # The site's root page in the active language (live), as its own type: where Wagtail's
    # routing starts.
    root: object = None
    # {slug: live child of `root`, as its own type}: the sections routing starts from
    # without a query (hub.core.routing).
    sections: dict = field(default_factory=dict)
    # The live, public home page of the active language (else the site's root page).
    home: object = None
    # {language code: live, public translation of the site's root page}.
    home_translations: dict = field(default_factory=dict)
    # The home page's live, public children shown in menus, each with `menu_title` and
    # `menu_url`.
    navigation: list = field(default_factory=list)
    footer: FooterText | None = None
    settings: SiteSettings | None = None
    # Wagtail's `Site.get_site_root_paths()`, which every page address starts from.
    site_root_paths: tuple = ()
    # What `kept` keeps with this frame, in this process (not in the shared cache: it is
    # stored there before anything is kept).
    kept: dict = field(default_factory=dict, repr=False)


def page_frame(request):
    """The frame of the request's site in the active language (once per request)."""
    frame = getattr(request, "_hub_frame", None)
    if frame is None:
        frame = request._hub_frame = _frame_for(request)
        # Wagtail's own lookups of the site and the settings find them on the request.
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = frame.site
        if frame.site_root_paths and not hasattr(request, "_wagtail_cached_site_root_paths"):
            request._wagtail_cached_site_root_paths = frame.site_root_paths
        settings_attribute = SiteSettings.get_cache_attr_name()
        if frame.settings is not None and not hasattr(request, settings_attribute):
            setattr(request, settings_attribute, frame.settings)
    return frame


def kept(request, key, build):
    """`build()`, kept with the request's frame: once per content version, site and
    language in each process, for what changes only when content does (a change bumps the
    version, and the next request builds it again). `key` names the value within the
    frame. What `build` returns is shared between requests and must not be changed."""
    values = page_frame(request).kept
    try:
        return values[key]
    except KeyError:
        value = build()
        if len(values) < KEPT_SIZE:
            values[key] = value
        return value


def _frame_for(request):
    version = content_version(request)
    if not version:  # unknown (the cache does not answer): nothing can be kept safely
        return build_frame(request)
    hostname = split_domain_port(request._get_raw_host())[0]
    # "3": frames have sections, `kept` and the site root paths since; a frame kept by an
    # earlier release has not.
    language = translation.get_language()
    key = f"hub:page-frame:3:{version}:{hostname}:{request.get_port()}:{language}"
    if _memo["version"] != version or len(_memo["frames"]) >= MEMO_SIZE:
        _memo["version"], _memo["frames"] = version, {}
    # Kept at most as long as a cached page: a change made while the cache did not answer
    # bumped no version.
    lifetime = settings.HUB_PAGE_CACHE_SECONDS
    frame, kept_until = _memo["frames"].get(key, (None, 0))
    if frame is None or time.monotonic() > kept_until:
        frame = cache.get(key)
        if frame is None:
            frame = build_frame(request)
            cache.set(key, frame, lifetime)
        _memo["frames"][key] = (frame, time.monotonic() + lifetime)
    return frame


def forget():
    """Drop the frames this process keeps (tests roll back what made them)."""
    _memo["version"], _memo["frames"] = None, {}


def build_frame(request):
    site = Site.find_for_request(request)
    if site is None:
        return Frame()
    language = translation.get_language()
    root = site.root_page
    translations = {
        page.locale.language_code: page
        for page in public_pages(
            root.get_translations(inclusive=True).live().select_related("locale")
        )
    }
    home = translations.get(language) or root
    routed_root = root.localized.specific
    return Frame(
        site=site,
        root=routed_root,
        sections=_sections(routed_root),
        home=home,
        home_translations=translations,
        navigation=_navigation(home, request),
        footer=FooterText.objects.filter(locale=active_locale(), live=True).first(),
        settings=SiteSettings.for_site(site),
        site_root_paths=tuple(Site.get_site_root_paths()),
    )


def _sections(root):
    sections = {}
    for page in root.get_children().live().specific():
        if page.locale_id == root.locale_id:
            page.locale = root.locale  # no query when a page asks
        sections[page.slug] = page
    return sections


def _navigation(home, request):
    """The home's live, public children in menus, each with its `menu_title` and its
    address (`menu_url`: the same for every request the frame serves)."""
    items = list(public_pages(home.get_children().live().in_menu()))
    # Page types with long titles (a workshop) may give a short one for menus: one query
    # per such type.
    pks = [item.pk for item in items]
    short = {}
    for model in get_page_models():
        if issubclass(model, ShortTitle):
            short.update(
                model.objects.filter(pk__in=pks)
                .exclude(short_title="")
                .values_list("pk", "short_title")
            )
    for item in items:
        item.menu_title = short.get(item.pk, item.title)
        item.menu_url = item.get_url(request)
    return items

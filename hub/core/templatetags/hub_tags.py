from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from wagtail.models import Page

from hub.core.countries import country_name as _country_name
from hub.core.page_frame import kept, page_frame
from hub.core.utils import absolute_url, canonical_address, public_pages, routed_subpath

register = template.Library()


def _site_home(request):
    """The active locale's live home page (hub.core.page_frame)."""
    return page_frame(request).home


@register.simple_tag(takes_context=True)
def site_home(context):
    return _site_home(context["request"])


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """The home page's children shown in menus, each with its `menu_title`."""
    return page_frame(context["request"]).navigation


def _page_translations(page, request):
    """{language_code: live, public translation} for a page, itself included: kept with the
    frame (hub.core.page_frame), which knows the home page's already."""

    def build():
        translations = public_pages(
            page.get_translations(inclusive=True).live().select_related("locale")
        )
        return {p.locale.language_code: p for p in translations}

    frame = page_frame(request)
    if frame.site is not None and page.translation_key == frame.site.root_page.translation_key:
        return frame.home_translations
    return kept(request, ("translations", page.translation_key), build)


@register.simple_tag(takes_context=True)
def language_links(context):
    """For each language: where the switcher leads and whether the page exists there.

    A page leads to its translation, or to that locale's home with a notice; other views
    (search, feeds) to the same URL under the other prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    links = []
    translations = _page_translations(page, request) if isinstance(page, Page) else None
    subpath = routed_subpath(request, page.get_url(request) or "") if translations else ""
    homes = None
    for code, _name in settings.LANGUAGES:
        entry = {
            "code": code,
            "name": settings.LANGUAGE_NATIVE_NAMES[code],
            "is_current": code == current,
            "available": True,
        }
        if translations is None:
            entry["url"] = translate_url(request.get_full_path(), code)
        elif code in translations:
            entry["url"] = translations[code].get_url(request) + subpath
        else:
            if homes is None:
                home = _site_home(request)
                homes = _page_translations(home, request) if home else {}
            home = homes.get(code)
            entry["url"] = (home.get_url(request) if home else f"/{code}/") + "?untranslated=1"
            entry["available"] = False
        links.append(entry)
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates: every live translation of the page, plus x-default."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        translations = _page_translations(page, request)
        subpath = routed_subpath(request, page.get_url(request) or "")
        links = [
            {"hreflang": code, "url": absolute_url(request, p) + subpath}
            for code, p in translations.items()
        ]
        default = translations.get(settings.LANGUAGE_CODE)
        if default is not None:
            links.append({"hreflang": "x-default", "url": absolute_url(request, default) + subpath})
        return links
    path = request.path
    links = [
        {"hreflang": code, "url": request.build_absolute_uri(translate_url(path, code))}
        for code, _name in settings.LANGUAGES
    ]
    links.append(
        {
            "hreflang": "x-default",
            "url": request.build_absolute_uri(translate_url(path, settings.LANGUAGE_CODE)),
        }
    )
    return links


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The active language's published footer (a draft footer's row is not live; a live
    footer's row holds its published text, its drafts are revisions)."""
    return page_frame(context["request"]).footer


@register.filter
def country_name(code):
    return _country_name(code)


@register.filter
def is_within(page, section):
    """Whether the page is the section page or below it (for the current navigation item)."""
    return isinstance(page, Page) and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    page = page or context.get("page")
    return canonical_address(context["request"], page if isinstance(page, Page) else None)


@register.filter
def uncertain_mark(value):
    """After a dated value (an event of a country record): "(uncertain)" when sources
    differ on it or it is unconfirmed, wherever the value is shown; else nothing."""
    if not getattr(value, "uncertain", False):
        return ""
    return format_html(' <span class="uncertain">({})</span>', translation.gettext("uncertain"))


@register.filter
def precise_date(value, precision="day"):
    """A date shown only as precisely as it is known: day, month or year."""
    from django.utils.formats import date_format

    if not value:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")


@register.filter
def timecode(seconds):
    """12.3 → "0:12", 3725 → "1:02:05"."""
    try:
        total = int(float(seconds))
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@register.filter
def get_item(mapping, key):
    return mapping.get(key, key) if mapping else key


@register.filter
def minutes(duration):
    """A timedelta in whole minutes, at least 1 (for "wait N minutes")."""
    try:
        return max(1, int(duration.total_seconds() // 60))
    except AttributeError:
        return 1


def _page_trail(request, page):
    """The page's ancestors below the tree root (home first), then the page: once per request
    (from routing when it gave them).
    A page not saved yet (the preview of a new page) has no id: it is known by itself."""
    key = page.pk if page.pk is not None else id(page)
    if getattr(request, "_hub_trail_for", None) != key or not hasattr(request, "_hub_trail"):
        # The routed page knows its ancestors (hub.core.models.BasePage.known_ancestry).
        known = page.known_ancestry() if hasattr(page, "known_ancestry") else None
        if known is not None:
            request._hub_trail = known[::-1]
        else:
            request._hub_trail = list(page.get_ancestors()[1:]) + [page]
        request._hub_trail_for = key
    return request._hub_trail


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context):
    """The pages above the current one for the breadcrumb, home first."""
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    return _page_trail(context["request"], page)[:-1]


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context, title="", description=""):
    """Open Graph and Twitter card tags for the page (or, given a title, another view)."""
    from hub.core.sharing import social_meta as values

    return {"meta": values(context["request"], context.get("page"), title, description)}


@register.simple_tag(takes_context=True)
def site_structured_data(context):
    """JSON-LD text of the graph every page carries (see hub.core.sharing.site_graph)."""
    from hub.core.sharing import site_graph
    from hub.core.utils import json_ld_text

    request, page = context["request"], context.get("page")
    if not isinstance(page, Page):
        return ""
    graph = site_graph(request, page, _page_trail(request, page))
    return json_ld_text(graph) if graph else ""

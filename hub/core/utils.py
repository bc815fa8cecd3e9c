from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from wagtail.models import Locale

_locales = {}


def active_locale():
    """The active language's Locale, from a process cache (locales almost never change)."""
    code = translation.get_language()
    if code not in _locales:
        _locales[code] = Locale.objects.get_for_language(code)
    return _locales[code]


_languages_by_locale_id = {}


def language_of(obj):
    """The language code of a translatable object's locale, without a query each time."""
    if obj.locale_id not in _languages_by_locale_id:
        _languages_by_locale_id[obj.locale_id] = Locale.objects.get(pk=obj.locale_id).language_code
    return _languages_by_locale_id[obj.locale_id]


def _forget_locales(**kwargs):
    _locales.clear()
    _languages_by_locale_id.clear()


post_save.connect(_forget_locales, sender=Locale)
post_delete.connect(_forget_locales, sender=Locale)


def localized_all(objects):
    """The active locale's translations of several snippets, in one query.

    Each object falls back to itself when it has no translation in the active locale.
    """
    objects = list(objects)
    if not objects:
        return []
    locale = active_locale()
    model = type(objects[0])
    translations = {
        item.translation_key: item
        for item in model.objects.filter(
            locale=locale, translation_key__in=[obj.translation_key for obj in objects]
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def absolute_url(request, page):
    """A page's full URL on the address the visitor used, or PUBLIC_BASE_URL when set.

    Wagtail's `full_url` uses the Site record's hostname, which is wrong behind a proxy
    or on a development machine; canonical links, hreflang and the sitemap use this.
    """
    path = page.get_url(request)
    if path is None:
        return None
    if path.startswith("http"):
        path = "/" + path.split("/", 3)[3]
    base = getattr(settings, "PUBLIC_BASE_URL", "")
    if base:
        return base.rstrip("/") + path
    return request.build_absolute_uri(path)


def json_ld_text(data):
    """JSON for a <script type="application/ld+json"> block, safe inside HTML."""
    import json

    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def paginate(queryset, request, param="page", per_page=20):
    """The page of `queryset` asked for by ?param=; the first or last page when the number is
    not a number or out of range (a visitor's input never fails)."""
    from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get(param, 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def translations(es, en, pt):
    """A {language: text} row of demo content."""
    return {"es": es, "en": en, "pt": pt}

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from wagtail.models import DraftStateMixin, Locale

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


def is_hidden(obj):
    """Whether the public must not see this object: a draft never published (or one
    unpublished). Objects of models without drafts are never hidden."""
    return isinstance(obj, DraftStateMixin) and not obj.live


def localized_pairs(objects, locale=None):
    """[(object, what the public sees of it)] for several snippets, in one query at most
    (none when they are all in `locale` already): its translation in `locale` (a Locale or
    its id; the active locale by default), else the object itself, else None.

    Only published snippets are shown: a draft translation falls back to the object, and
    an object that was never published (with no published translation) is None. A page
    passes its own locale (`self.locale_id`): the API serves every language under one
    address.
    """
    objects = list(objects)
    if not objects:
        return []
    if locale is None:
        locale = active_locale()
    locale_id = getattr(locale, "pk", locale)
    # An object in that locale is its own translation there: no query for it.
    found = {obj.translation_key: obj for obj in objects if obj.locale_id == locale_id}
    elsewhere = [obj.translation_key for obj in objects if obj.translation_key not in found]
    if elsewhere:
        model = type(objects[0])
        translations = model._default_manager.filter(
            locale=locale_id, translation_key__in=elsewhere
        )
        found.update((item.translation_key, item) for item in translations)
    # Only published translations (the same test as `is_hidden`).
    found = {key: item for key, item in found.items() if not is_hidden(item)}
    return [
        (obj, found.get(obj.translation_key, None if is_hidden(obj) else obj)) for obj in objects
    ]


def localized_all(objects, locale=None):
    """The published translations of several snippets (see `localized_pairs`), in one
    query at most; the ones the public may not see are left out."""
    return [shown for _obj, shown in localized_pairs(objects, locale) if shown is not None]


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


def per_instance(method):
    """Read once per object: a method the template and the JSON-LD both ask for."""
    import functools

    attribute = f"_per_instance_{method.__name__}"

    @functools.wraps(method)
    def wrapper(self):
        if attribute not in self.__dict__:
            self.__dict__[attribute] = method(self)
        return self.__dict__[attribute]

    return wrapper


def public_pages(queryset, request=None):
    """`queryset.public()` (no page with a view restriction, on it or above it), from the
    restricted paths each process keeps (hub.core.privacy) rather than a query."""
    from django.db.models import Q

    from hub.core.privacy import restricted_paths

    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return queryset.exclude(private) if private else queryset


def canonical_address(request, page=None):
    """The canonical URL of what the request shows: the page's address, plus the sub-path
    of a routable page's own view (a country profile), without the query string."""
    if page is None:
        return request.build_absolute_uri(request.path)
    url = absolute_url(request, page)
    if url is None:
        return request.build_absolute_uri(request.path)
    return url + routed_subpath(request, url)


def routed_subpath(request, page_url):
    """The part of the request's path below the page's own URL: a routable page's view
    ("ar/" on a country profile), the same in every locale; "" on the page itself."""
    page_path = "/" + page_url.split("/", 3)[3] if page_url.startswith("http") else page_url
    if request.path != page_path and request.path.startswith(page_path):
        return request.path[len(page_path) :]
    return ""


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

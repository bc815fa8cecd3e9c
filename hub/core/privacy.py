"""Which pages are private (a view restriction on them or an ancestor), without a query
per request: the restricted paths are kept per process and reloaded when a restriction
changes anywhere (a version number in the shared cache)."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import PageViewRestriction

VERSION_KEY = "hub:page-restrictions-version"
_memo = {"version": None, "paths": ()}


def restricted_paths():
    version = cache.get(VERSION_KEY, 0)
    if _memo["version"] != version:
        _memo["paths"] = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        _memo["version"] = version
    return _memo["paths"]


def page_is_private(page):
    return any(page.path.startswith(path) for path in restricted_paths())


def _restrictions_changed(**kwargs):
    import time

    cache.set(VERSION_KEY, time.time_ns(), None)
    _memo["version"] = None


post_save.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="hub.privacy.save"
)
post_delete.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="hub.privacy.delete"
)

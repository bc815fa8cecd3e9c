"""Which pages are private (a view restriction on them or an ancestor), without a query
per request: the restricted paths are kept per process and reloaded when a restriction
changes anywhere (a version number in the shared cache, read once per request: a request
sees one state of the restrictions from its start). And who may have a file that pages use
(`file_access`): the one rule of the file views and the APIs."""

import threading
import time

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse

from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from hub.core.cache import current_version

VERSION_KEY = "hub:page-restrictions-version"
_memo = {"version": None, "paths": ()}
# Whether this thread is serving a request, and has read the version during it.
_request = threading.local()


def restricted_paths():
    if not getattr(_request, "version_read", False):
        version = current_version(cache, VERSION_KEY)
        # A cache that does not answer (None) cannot say whether they changed: read them
        # again, and the version again at the next call.
        if version is None or _memo["version"] != version:
            _memo["paths"] = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
            _memo["version"] = version
        _request.version_read = version is not None and getattr(_request, "serving", False)
    return _memo["paths"]


def page_is_private(page):
    return any(page.path.startswith(path) for path in restricted_paths())


def _request_started(**kwargs):
    _request.serving, _request.version_read = True, False


def _request_finished(**kwargs):
    _request.serving, _request.version_read = False, False


request_started.connect(_request_started, dispatch_uid="hub.privacy.request_started")
request_finished.connect(_request_finished, dispatch_uid="hub.privacy.request_finished")


def _restrictions_changed(**kwargs):
    cache.set(VERSION_KEY, time.time_ns(), None)
    _memo["version"] = None
    _request.version_read = False


post_save.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="hub.privacy.save"
)
post_delete.connect(
    _restrictions_changed, sender=PageViewRestriction, dispatch_uid="hub.privacy.delete"
)

# A page moved takes its restriction, and the pages below it, to other paths.
post_page_move.connect(_restrictions_changed, dispatch_uid="hub.privacy.move")


# Files (documents, media, images) ------------------------------------------------------

PUBLIC = "public"
PRIVATE = "private"


def restricted_collections():
    """Collections with a view restriction, and every collection below one."""
    from wagtail.models import Collection, CollectionViewRestriction

    restricted = Collection.objects.none()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        restricted |= Collection.objects.descendant_of(restriction.collection, inclusive=True)
    return restricted


def refusal(status):
    """An empty refusal nobody keeps: 404 for what is not published, 403 for what is."""
    response = HttpResponse(status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def _passes(request, restrictions):
    return all(restriction.accept_request(request) for restriction in restrictions)


def file_access(request, collection, pages, *, unused_is_public, may_manage):
    """Whether a file may go to this visitor: PUBLIC (anyone, cacheable), PRIVATE (this
    visitor only, never cached) or a refusal response.

    `pages` are the pages that use the file (drafts included); `may_manage(user)` says
    whether a user works on the file in the admin. The collection's restrictions apply
    first, to everybody. Then the file is public when a live page without a view
    restriction uses it (or, with `unused_is_public`, when no page uses it at all).
    Otherwise only staff who may manage it or edit one of its pages (the preview) and
    visitors who pass the restrictions of a live page using it get it.
    """
    collection_restrictions = collection.get_view_restrictions()
    if not _passes(request, collection_restrictions):
        return refusal(403)
    live = [page for page in pages if page.live]
    if any(not page_is_private(page) for page in live) or (unused_is_public and not pages):
        return PRIVATE if collection_restrictions else PUBLIC
    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        if may_manage(user) or any(page.permissions_for_user(user).can_edit() for page in pages):
            return PRIVATE
    if any(_passes(request, page.get_view_restrictions()) for page in live):
        return PRIVATE
    return refusal(403 if live else 404)

"""When a source changes, queue its search document (and those that depend on it).

Every receiver only collects keys; `queue()` hands them to the background task once the
transaction commits, so an editor's save never waits for indexing and a rolled-back
save indexes nothing.
"""

import contextlib
import contextvars
import functools

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from hub.core.signals import document_text_extracted
from search import registry
from search.pages import SearchablePage

_deferred = contextvars.ContextVar("search_indexing_deferred", default=False)


@contextlib.contextmanager
def indexing_deferred():
    """Within it, changes queue no search work: neither the search documents nor Wagtail's
    own index (modelsearch) are written as each source is saved. For a bulk load that
    rebuilds both at the end (`update_index`, then `rebuild_search`), as `load_demo` does."""
    from modelsearch import index
    from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

    models = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)


def queue(keys):
    if _deferred.get():
        return
    keys = list(dict.fromkeys(keys))
    if not keys:
        return
    from search.tasks import update_search_documents

    transaction.on_commit(functools.partial(update_search_documents.enqueue, keys), robust=True)


def _subtree_keys(page):
    return registry.keys(Page.objects.descendant_of(page, inclusive=True))


def _address_keys(page):
    """The documents of the sources whose address this page gives (in its locale)."""
    page_label = registry.label(page.specific_class)
    keys = []
    for model in registry.sources().values():
        if page_label in model.search_address_pages:
            queryset = model._default_manager.all()
            if hasattr(model, "locale"):
                queryset = queryset.filter(locale_id=page.locale_id)
            keys += registry.keys(queryset)
    return keys


def page_changed(sender, instance, **kwargs):
    page = instance
    dependents = page.search_dependents() if isinstance(page, SearchablePage) else []
    queue([registry.key(page), *_address_keys(page), *registry.keys(dependents)])


def page_moved_or_renamed(sender, instance, **kwargs):
    queue(_subtree_keys(instance))


def page_deleted(sender, instance, **kwargs):
    queue([f"page:{instance.pk}"])


def restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        queue(_subtree_keys(page))


def source_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue([registry.key(instance)])


def dependency_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue(registry.keys(instance.search_dependents()))


def snippet_published_or_unpublished(sender, instance, **kwargs):
    """Queue the pages that link the snippet through an inline (a row with a `page`):
    their documents name it (authors, speakers, topics), so published or unpublished, it
    appears in or leaves them too."""
    keys = []
    for relation in type(instance)._meta.get_fields(include_hidden=True):
        if not (relation.one_to_many and relation.auto_created):
            continue
        link = relation.related_model
        if "page" not in {field.name for field in link._meta.get_fields()}:
            continue
        pages = link._default_manager.filter(**{relation.field.name: instance})
        keys += [f"page:{pk}" for pk in pages.values_list("page_id", flat=True)]
    queue(keys)


def document_extracted(sender, document, **kwargs):
    """Queue the pages that search the text of this document (`search_files`)."""
    keys = []
    for model in registry.searchable_models():
        if issubclass(model, SearchablePage):
            for name in model.search_files:
                keys += registry.keys(model.objects.filter(**{name: document}))
    queue(keys)


def connect():
    uid = "search.documents"
    for signal in (page_published, page_unpublished):
        signal.connect(page_changed, dispatch_uid=f"{uid}.{signal}")
    page_slug_changed.connect(page_moved_or_renamed, dispatch_uid=f"{uid}.slug")
    post_page_move.connect(page_moved_or_renamed, dispatch_uid=f"{uid}.move")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid=f"{uid}.page_delete")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"{uid}.restriction.{signal}",
        )
        for label, model in registry.sources().items():
            signal.connect(source_changed, sender=model, dispatch_uid=f"{uid}.{label}.{id(signal)}")
        for model in registry.dependencies():
            signal.connect(
                dependency_changed,
                sender=model,
                dispatch_uid=f"{uid}.{registry.label(model)}.{id(signal)}",
            )
    document_text_extracted.connect(document_extracted, dispatch_uid=f"{uid}.extracted")
    # Snippets with drafts, whichever they are (pages send page_published instead).
    for signal in (published, unpublished):
        signal.connect(snippet_published_or_unpublished, dispatch_uid=f"{uid}.named.{id(signal)}")

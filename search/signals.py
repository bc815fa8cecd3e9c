"""When a source changes, queue its search document (and those that depend on it).

Every receiver only collects keys; `queue()` hands them to the background task once the
transaction commits, so an editor's save never waits for indexing and a rolled-back
save indexes nothing.
"""

import functools

from django.apps import apps
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
from search import documents

# Publishing one of these pages changes the address (or the presence) of other sources.
DEPENDENT_SOURCES = {
    "network.CountryIndexPage": ("network.Country", "upr.Recommendation"),
    "network.NetworkPage": ("network.Organisation", "network.Person"),
    "declaration.DeclarationPage": ("declaration.ActionPoint",),
}


def queue(keys):
    keys = list(dict.fromkeys(keys))
    if not keys:
        return
    from search.tasks import update_search_documents

    transaction.on_commit(functools.partial(update_search_documents.enqueue, keys), robust=True)


def _subtree_keys(page):
    return [
        f"page:{pk}"
        for pk in Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    ]


def _dependent_keys(page):
    label = f"{page.specific_class._meta.app_label}.{page.specific_class.__name__}"
    keys = []
    for source in DEPENDENT_SOURCES.get(label, ()):
        model = apps.get_model(source)
        queryset = model._default_manager.all()
        if hasattr(model, "locale"):
            queryset = queryset.filter(locale_id=page.locale_id)
        keys += [f"{source}:{pk}" for pk in queryset.values_list("pk", flat=True)]
    return keys


def page_changed(sender, instance, **kwargs):
    page = instance
    queue([documents.key(page), *_dependent_keys(page)])


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
        queue([documents.key(instance)])


# Pages whose documents name these snippets (authors, speakers, topics): published or
# unpublished, the snippet appears in or leaves those documents too.
NAMED_IN_PAGES = ("core.Topic", "network.Person", "network.Organisation")


def snippet_published_or_unpublished(sender, instance, **kwargs):
    """Queue the pages that link the snippet through an inline (a row with a `page`)."""
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


def country_event_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        queue([f"network.Country:{instance.country_id}"])


def document_extracted(sender, document, **kwargs):
    from hub.briefs.models import BriefPage

    queue(
        f"page:{pk}"
        for pk in BriefPage.objects.filter(document=document).values_list("pk", flat=True)
    )


def media_changed(media_id):
    from media_library.models import RecordingPage

    queue(
        f"page:{pk}"
        for pk in RecordingPage.objects.filter(media_id=media_id).values_list("pk", flat=True)
    )


def caption_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        media_changed(instance.media_id)


def media_file_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        media_changed(instance.pk)


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
        for label in documents.SOURCES:
            signal.connect(
                source_changed,
                sender=apps.get_model(label),
                dispatch_uid=f"{uid}.{label}.{id(signal)}",
            )
        signal.connect(
            country_event_changed,
            sender=apps.get_model("network.CountryStatusEvent"),
            dispatch_uid=f"{uid}.event.{id(signal)}",
        )
        signal.connect(
            caption_changed,
            sender=apps.get_model("media_library.CaptionTrack"),
            dispatch_uid=f"{uid}.caption.{id(signal)}",
        )
    post_save.connect(
        media_file_changed,
        sender=apps.get_model("media_library.MediaFile"),
        dispatch_uid=f"{uid}.media",
    )
    document_text_extracted.connect(document_extracted, dispatch_uid=f"{uid}.extracted")
    for label in NAMED_IN_PAGES:
        for signal in (published, unpublished):
            signal.connect(
                snippet_published_or_unpublished,
                sender=apps.get_model(label),
                dispatch_uid=f"{uid}.named.{label}.{id(signal)}",
            )

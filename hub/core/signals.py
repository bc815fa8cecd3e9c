"""Extract a document's text whenever its file is new or replaced.

The receivers are connected from ``CoreConfig.ready()`` (``connect()``), once the
document model named by ``WAGTAILDOCS_DOCUMENT_MODEL`` can be resolved.
"""

import functools

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import Signal

# Sent by ``hub.core.tasks.extract_document_text`` once a document's text has been
# stored (or its failure recorded), with ``document=``: pages that show or index a
# document's text (briefs) re-index themselves on it.
document_text_extracted = Signal()


def connect():
    from wagtail.documents import get_document_model

    model = get_document_model()
    pre_save.connect(remember_file_change, sender=model, dispatch_uid="hub.core.document_file")
    post_save.connect(queue_extraction, sender=model, dispatch_uid="hub.core.document_text")


def remember_file_change(sender, instance, raw=False, update_fields=None, **kwargs):
    """Note on the instance whether this save brings a new file."""
    instance._extract_text = False
    if raw or not instance.file:
        return
    if update_fields is not None and "file" not in update_fields:
        return  # e.g. the extraction task's own save
    if instance.pk is None or not getattr(instance.file, "_committed", True):
        changed = True
    else:
        stored = sender.objects.filter(pk=instance.pk).values_list("file", flat=True).first()
        changed = stored != instance.file.name
    if changed:
        instance._extract_text = True
        # Until the task runs, the text on record belongs to the previous file.
        instance.extracted_text = ""
        instance.extraction_error = ""
        instance.text_extracted_at = None


def queue_extraction(sender, instance, raw=False, **kwargs):
    if raw or not getattr(instance, "_extract_text", False):
        return
    instance._extract_text = False
    from hub.core.tasks import extract_document_text

    transaction.on_commit(
        functools.partial(extract_document_text.enqueue, instance.pk), robust=True
    )

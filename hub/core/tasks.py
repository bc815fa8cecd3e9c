"""Background work on documents: the text of PDF/DOCX/ODT/TXT files, for search."""

import logging

from django_tasks import task

from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.search import index

from hub.core.extraction import ExtractionError, extract_text
from hub.core.signals import document_text_extracted
from hub.core.stored_files import local_path

logger = logging.getLogger(__name__)

ERROR_LENGTH = 255  # HubDocument.extraction_error


def forget_extracted_text(document):
    """A new file's text is not known yet: until the task runs, the text on record would
    be the previous file's."""
    document.extracted_text = ""
    document.extraction_error = ""
    document.text_extracted_at = None


@task()
def extract_document_text(document_id):
    """Store the document's text (or why it could not be read), then re-index it.

    Never raises for a bad file: the editor-facing reason goes to ``extraction_error``
    (in the language active when the task runs). Sends ``document_text_extracted``.
    """
    model = get_document_model()
    document = model.objects.filter(pk=document_id).first()
    if document is None or not document.file:
        return
    text, error = "", ""
    try:
        with local_path(document.file) as path:
            text = extract_text(path, document.filename).text
    except ExtractionError as problem:
        error = str(problem)
        logger.info("No text from document %s: %s", document_id, problem)
    except OSError as problem:  # the stored file is missing or unreadable
        error = _("The file of this document could not be opened.")
        logger.warning("Document %s could not be opened: %s", document_id, problem)
    except Exception:
        error = _("The text of this document could not be extracted.")
        logger.exception("Text extraction failed for document %s", document_id)
    if not model.objects.filter(pk=document.pk, file=document.file.name).exists():
        return  # the file was replaced meanwhile: the task queued for the new one wins
    document.extracted_text = text
    document.extraction_error = error[:ERROR_LENGTH]
    document.text_extracted_at = timezone.now()
    document.save(update_fields=["extracted_text", "extraction_error", "text_extracted_at"])
    index.insert_or_update_object(document)
    document_text_extracted.send(sender=model, document=document)

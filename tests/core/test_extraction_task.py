"""The extraction task, queued by the document signals, on the real database.

A new document (or a new file for it) gets its text extracted after the commit, into the
search index; a broken or missing file, or a bomb, records why in extraction_error instead
of raising. Editing anything but the file does not queue the task again.
"""

import pytest

from django.core.files.base import ContentFile
from django.utils import translation

from hub.core.signals import document_text_extracted
from hub.demo import documents as sample_documents
from tests.core.extracting import AUTHOR, PARAGRAPHS, TITLE, contains_all, inflating_docx

# --- the task, queued by the signals, on the real database ----------------------------


@pytest.fixture
def extractions():
    """The documents the extraction task has finished with, in order."""
    seen = []

    def receiver(sender, document, **kwargs):
        seen.append(document.pk)

    document_text_extracted.connect(receiver, dispatch_uid="test-extractions")
    yield seen
    document_text_extracted.disconnect(dispatch_uid="test-extractions")


def new_document(tmp_path, content, name, title="Nota de prueba"):
    from hub.core.models import HubDocument

    document = HubDocument(title=title, language="es")
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_new_document_gets_its_text(tmp_path, django_capture_on_commit_callbacks, extractions):
    from wagtail.search.backends import get_search_backend

    from hub.core.models import HubDocument

    pdf = sample_documents.make_pdf(tmp_path / "n.pdf", TITLE, AUTHOR, PARAGRAPHS, "es")
    with django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, pdf.read_bytes(), "nota-prueba.pdf")
    document.refresh_from_db()
    assert document.extraction_error == ""
    assert document.text_extracted_at is not None
    assert contains_all(document.extracted_text, PARAGRAPHS)
    assert extractions == [document.pk]
    # The text is in the search index.
    found = get_search_backend().search("señaló", HubDocument.objects.filter(pk=document.pk))
    assert [hit.pk for hit in found] == [document.pk]


@pytest.mark.django_db
def test_broken_file_records_the_error(tmp_path, django_capture_on_commit_callbacks, extractions):
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, b"<html><body>no</body></html>", "pagina.pdf")
    document.refresh_from_db()
    assert document.extraction_error.endswith("is not a PDF, DOCX, ODT or text document.")
    assert document.extracted_text == ""
    assert document.text_extracted_at is not None
    assert extractions == [document.pk]


@pytest.mark.django_db
def test_missing_file_records_the_error(tmp_path, django_capture_on_commit_callbacks, extractions):
    from hub.core.tasks import extract_document_text

    with django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, b"hola", "nota.txt")
    document.file.storage.delete(document.file.name)
    extract_document_text.call(document.pk)  # does not raise
    document.refresh_from_db()
    assert document.extraction_error
    assert document.extracted_text == ""


@pytest.mark.django_db
def test_only_a_new_file_queues_the_task(tmp_path, django_capture_on_commit_callbacks, extractions):
    docx = sample_documents.make_docx(tmp_path / "n.docx", TITLE, AUTHOR, PARAGRAPHS, "es")
    with django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, docx.read_bytes(), "nota.docx")
    assert len(extractions) == 1

    # Editing the title (or anything but the file) does not extract again.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.title = "Nota de prueba (revisada)"
        document.save()
    assert extractions == [document.pk]
    assert callbacks == []

    # Replacing the file does, and the text follows the new file.
    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("otra.txt", ContentFile(b"Texto nuevo del documento"), save=False)
        document.save()
    document.refresh_from_db()
    assert extractions == [document.pk, document.pk]
    assert document.extracted_text == "Texto nuevo del documento"
    assert document.extraction_error == ""


# --- a bomb uploaded as a document (issue 15, finding 8) -------------------------------


@pytest.mark.django_db
def test_a_bomb_uploaded_as_a_document_records_why(
    tmp_path, django_capture_on_commit_callbacks, extractions
):
    path = inflating_docx(tmp_path / "bomba.docx", 60)
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, path.read_bytes(), "informe.docx")
    document.refresh_from_db()
    # The stored name gets a suffix when an earlier test left an "informe.docx" behind.
    assert document.extraction_error == (
        f"“{document.filename}” is too large once uncompressed (word/document.xml would be "
        "60 MB; the limit is 50 MB a part); its text was not read."
    )
    assert document.extracted_text == ""
    assert extractions == [document.pk]

"""Uploads are allowed by content, not by name, and a refused file is stored nowhere."""

import io
import zipfile
from pathlib import Path

import pytest

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.models import UploadedFile

from hub.core.models import HubDocument, HubImage
from hub.core.uploads import clean_filename, document_kind
from hub.demo import documents as sample_documents

HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.fixture
def documents(tmp_path):
    made = {
        "pdf": sample_documents.make_pdf(tmp_path / "a.pdf", "T", "A", ["Texto."], "es"),
        "docx": sample_documents.make_docx(tmp_path / "a.docx", "T", "A", ["Texto."], "es"),
        "odt": sample_documents.make_odt(tmp_path / "a.odt", "T", "A", ["Texto."], "es"),
    }
    return {kind: path.read_bytes() for kind, path in made.items()}


def test_real_documents_are_recognised(documents):
    for kind, content in documents.items():
        assert document_kind(upload(f"x.{kind}", content)) == kind
    assert document_kind(upload("x.txt", "Informe anual — ñandú.\n".encode())) == "txt"


@pytest.mark.parametrize(
    "content",
    [
        HTML,
        b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        b"Hello <script>alert(1)</script>",
        b"MZ\x90\x00\x03\x00\x00\x00",
        b"\x89PNG\r\n\x1a\n\x00\x00",
    ],
)
def test_active_or_binary_content_is_no_document(content):
    assert document_kind(upload("brief.pdf", content)) is None


def test_a_zip_that_is_not_an_office_document():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("evil.sh", "rm -rf /")
    assert document_kind(upload("report.docx", buffer.getvalue())) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\informe final.PDF", "informe final.pdf"),
        ("<script>.pdf", "script.pdf"),
        ("\x00\x1fnota.pdf", "nota.pdf"),
        (".htaccess", "htaccess"),
        ("acción año.docx", "acción año.docx"),
        ("...", "file"),
    ],
)
def test_file_names_are_cleaned(name, expected):
    assert clean_filename(name) == expected


def stored_files():
    root = Path(settings.MEDIA_ROOT)
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


@pytest.mark.django_db
def test_html_called_pdf_is_refused_and_stored_nowhere(admin_client):
    before_files, before_documents = stored_files(), HubDocument.objects.count()
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Brief", "collection": 1, "file": upload("brief.pdf", HTML)},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    assert "is not a PDF file: its content is a web page (HTML or SVG)" in response.content.decode()
    multiple = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": upload("brief.pdf", HTML), "collection": 1},
        headers={"accept-language": "en", "x-requested-with": "XMLHttpRequest"},
    )
    assert multiple.json()["success"] is False
    assert "is not a PDF file" in multiple.json()["error_message"]
    assert HubDocument.objects.count() == before_documents
    assert UploadedFile.objects.count() == 0
    assert stored_files() == before_files


@pytest.mark.django_db
def test_a_real_pdf_is_accepted_under_a_clean_name(admin_client, documents):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Nota", "collection": 1, "file": upload("../nota <final>.pdf", documents["pdf"])},
    )
    assert response.status_code == 302
    document = HubDocument.objects.get(title="Nota")
    assert document.filename.startswith("nota")
    assert document.filename.endswith(".pdf")
    assert not set("<>/\\") & set(document.filename)


@pytest.mark.django_db
@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000)
def test_documents_over_the_size_limit_are_refused(admin_client, documents):
    before = HubDocument.objects.count()
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Grande", "collection": 1, "file": upload("grande.pdf", documents["pdf"])},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "This file is too big" in html or "the limit is" in html
    assert HubDocument.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
        ("photo.png", HTML),
        ("photo.jpg", b"GIF89a not really"),
    ],
)
def test_images_that_are_not_images_are_refused(admin_client, name, content):
    before_files, before = stored_files(), HubImage.objects.count()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Imagen", "collection": 1, "file": upload(name, content)},
    )
    assert response.status_code == 200
    assert HubImage.objects.count() == before
    assert UploadedFile.objects.count() == 0
    assert stored_files() == before_files


@pytest.mark.django_db
def test_editing_a_document_or_recording_without_a_new_file_keeps_the_stored_one(
    admin_client, documents, tmp_path
):
    """The form checked the stored file as if uploaded again, by its bare name: 500."""
    from hub.demo.media import make_sample_audio
    from media_library.models import MediaFile

    admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Nota", "collection": 1, "file": upload("nota.pdf", documents["pdf"])},
    )
    document = HubDocument.objects.get(title="Nota")
    stored = document.file.name
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]), {"title": "Nota 2", "collection": 1}
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.title, document.file.name) == ("Nota 2", stored)

    audio = make_sample_audio(tmp_path / "voz.m4a", seconds=1).read_bytes()
    admin_client.post(
        reverse("wagtailmedia:add", args=["audio"]),
        {"title": "Voz", "collection": 1, "file": upload("voz.m4a", audio)},
    )
    media = MediaFile.objects.get(title="Voz")
    stored = media.file.name
    response = admin_client.post(
        reverse("wagtailmedia:edit", args=[media.pk]), {"title": "Voz 2", "collection": 1}
    )
    assert response.status_code == 302
    media.refresh_from_db()
    assert (media.title, media.file.name) == ("Voz 2", stored)

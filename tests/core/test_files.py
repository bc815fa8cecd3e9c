"""The file view: Range answers, sniffed types, privacy."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import MINIMAL_PDF, DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    return DocumentFactory()


def test_document_url_goes_through_the_hub_view(document):
    assert document.url == f"/documents/{document.pk}/{document.filename}"
    assert document.filename.endswith(".pdf")


def test_whole_file(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == MINIMAL_PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Length"] == str(len(MINIMAL_PDF))
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "header, start, end",
    [
        ("bytes=0-9", 0, 9),
        ("bytes=10-", 10, len(MINIMAL_PDF) - 1),
        ("bytes=-5", len(MINIMAL_PDF) - 5, len(MINIMAL_PDF) - 1),
        ("bytes=5-100000", 5, len(MINIMAL_PDF) - 1),
    ],
)
def test_byte_ranges(client, document, header, start, end):
    response = client.get(document.url, HTTP_RANGE=header)
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {start}-{end}/{len(MINIMAL_PDF)}"
    assert b"".join(response.streaming_content) == MINIMAL_PDF[start : end + 1]
    assert response["Content-Length"] == str(end - start + 1)


@pytest.mark.parametrize("header", ["bytes=100000-", "bytes=-0", "bytes=20-10"])
def test_unsatisfiable_range_is_416(client, document, header):
    response = client.get(document.url, HTTP_RANGE=header)
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(MINIMAL_PDF)}"


def test_malformed_range_gets_the_whole_file(client, document):
    response = client.get(document.url, HTTP_RANGE="lines=1-2")
    assert response.status_code == 200


def test_stale_if_range_gets_the_whole_file(client, document):
    response = client.get(document.url, HTTP_RANGE="bytes=0-3", HTTP_IF_RANGE='"not-the-etag"')
    assert response.status_code == 200


def test_type_comes_from_the_content_not_the_name(client):
    from django.core.files.base import ContentFile

    disguised = DocumentFactory(file=ContentFile(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, name="x.pdf"))
    response = client.get(disguised.url)
    assert response["Content-Type"] == "image/png"


def test_wrong_filename_is_404(client, document):
    assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404


def test_private_collection_is_not_served_to_visitors(client, django_user_model, document):
    private = Collection.get_first_root_node().add_child(name="Briefs before the meeting")
    document.collection = private
    document.save()
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    members = Group.objects.create(name="Workshop participants")
    restriction.groups.add(members)

    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login" in response["Location"] or "/admin/login" in response["Location"]

    member = django_user_model.objects.create_user("member", password="pw-12345678")
    member.groups.add(members)
    client.force_login(member)
    response = client.get(document.url, HTTP_RANGE="bytes=0-3")
    assert response.status_code == 206
    assert response["Cache-Control"] == "private, no-store"


def test_image_renditions_are_served_with_ranges(client):
    from hub.core.models import HubImage

    image = HubImage.objects.first()
    rendition = image.get_rendition("width-200|format-webp")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert client.get(rendition.url, HTTP_RANGE="bytes=0-3").status_code == 206


@pytest.mark.parametrize(
    "path",
    [
        "/media/images/../original_images/x.jpg",
        "/media/images/nope.jpg",
        "/media/original_images/demo-1.jpg",
    ],
)
def test_nothing_else_in_media_is_reachable(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_a_missing_file_gets_a_clear_page_not_a_500(client, document, caplog):
    from django.core.files.storage import default_storage

    default_storage.delete(document.file.name)
    response = client.get(document.url, headers={"accept-language": "en"})
    assert response.status_code == 404
    assert b"This file is not available" in response.content
    assert "Stored file missing" in caplog.text


@pytest.mark.django_db
def test_a_missing_recording_gets_a_clear_page(client):
    import io
    import posixpath

    from django.core.files.storage import default_storage
    from django.urls import reverse

    from media_library.models import MediaFile

    media = MediaFile.objects.filter(type="audio").order_by("pk").first()
    with default_storage.open(media.file.name, "rb") as handle:
        saved = handle.read()
    default_storage.delete(media.file.name)
    try:
        url = reverse("media_file", args=[media.pk, posixpath.basename(media.file.name)])
        response = client.get(url, headers={"accept-language": "en"})
        assert response.status_code == 404
        assert b"This file is not available" in response.content
    finally:
        assert default_storage.save(media.file.name, io.BytesIO(saved)) == media.file.name

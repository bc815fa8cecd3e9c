"""The recording's media file is chosen with wagtailmedia's chooser: searched (any text,
quotes included, on SQLite and PostgreSQL), listed with poster, duration, language and
processing state, and uploaded from the chooser with the media form's checks."""

import json

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from media_library.models import MediaFile
from tests.factories import ImageFactory, MediaFileFactory, RecordingPageFactory
from tests.factories.media import sample_bytes

pytestmark = pytest.mark.django_db


def chooser_html(client, **params):
    response = client.get(reverse("wagtailmedia:chooser"), params)
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()  # the results alone, for a search


def test_the_recording_editor_uses_the_chooser(editor_client):
    page = RecordingPageFactory()
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'id="id_media-chooser"' in html
    assert 'data-chooser-url="/admin/media/chooser/"' in html
    assert '<select name="media"' not in html


def test_the_chooser_lists_poster_duration_language_and_state(editor_client):
    media = MediaFileFactory(
        title="Panel sobre visitas", type="video", duration=7265, poster=ImageFactory()
    )
    html = chooser_html(editor_client)
    row = html[html.index(f'data-media-id="{media.pk}"') :].split("</tr>")[0]
    assert "<img" in row  # the poster
    assert "2:01:05" in row
    assert "Spanish" in row or "Español" in row
    assert 'data-processing="ready"' in row
    assert reverse("wagtailmedia:media_chosen", args=[media.pk]) in row


@pytest.mark.parametrize(
    "query", ["visitas", '"visitas', 'sobre "visitas"', 'a"b', "(", "*", "AND"]
)
def test_any_search_text_is_answered(editor_client, query):
    MediaFileFactory(title="Panel sobre visitas")
    html = chooser_html(editor_client, q=query)
    if "visitas" in query:
        assert "Panel sobre visitas" in html
    listing = editor_client.get(reverse("wagtailmedia:index"), {"q": query})
    assert listing.status_code == 200


def test_choosing_returns_the_file(editor_client):
    media = MediaFileFactory(title="Panel elegido")
    response = editor_client.get(reverse("wagtailmedia:media_chosen", args=[media.pk]))
    data = json.loads(response.content)
    assert data["step"] == "media_chosen"
    assert data["result"]["id"] == media.pk and data["result"]["title"] == "Panel elegido"


def test_upload_from_the_chooser(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailmedia:chooser_upload", args=["audio"]),
            {
                "media-chooser-upload-title": "Subida desde el selector",
                "media-chooser-upload-collection": "1",
                "media-chooser-upload-language": "es",
                "media-chooser-upload-file": SimpleUploadedFile(
                    "voz.m4a", sample_bytes("audio"), "audio/mp4"
                ),
            },
        )
    data = json.loads(response.content)
    assert data["step"] == "media_chosen", data
    media = MediaFile.objects.get(pk=data["result"]["id"])
    assert media.title == "Subida desde el selector"
    assert media.processing_status == "ready" and media.duration > 0


def test_a_file_that_does_not_play_is_refused_in_the_chooser(editor_client):
    before = MediaFile.objects.count()
    response = editor_client.post(
        reverse("wagtailmedia:chooser_upload", args=["video"]),
        {
            "media-chooser-upload-title": "No es un vídeo",
            "media-chooser-upload-collection": "1",
            "media-chooser-upload-file": SimpleUploadedFile(
                "nota.mp4", b"<html>not a video</html>"
            ),
        },
    )
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["step"] == "chooser"
    assert "“nota.mp4”" in data["html"]
    assert MediaFile.objects.count() == before

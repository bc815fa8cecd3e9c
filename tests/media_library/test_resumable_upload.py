"""A finished resumable upload becomes a media file after the media form's checks, or is
refused with the reason and deleted; the admin page that sends it; who sees it."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Collection

from media_library.models import MediaFile
from media_library.models.files import ProcessingStatus
from tests.factories.media import sample_bytes
from tests.media_library.tus import TUS, create, patch, send, stored

pytestmark = pytest.mark.django_db


def test_a_finished_upload_becomes_a_processed_media_file(
    uploader_client, uploader, django_capture_on_commit_callbacks
):
    data = sample_bytes("video")
    with django_capture_on_commit_callbacks(execute=True):
        url, last = send(
            uploader_client,
            data,
            chunk_size=len(data) // 3 + 1,
            filename="Mesa 2 – práctica.mp4",
            filetype="video/mp4",
            title="Mesa de prueba dos",
            language="pt",
            recorded_on="2026-03-14",
        )
    assert last.status_code == 204
    assert last["Upload-Offset"] == str(len(data))
    media = MediaFile.objects.get(title="Mesa de prueba dos")
    assert (media.type, media.language, str(media.recorded_on)) == ("video", "pt", "2026-03-14")
    assert media.uploaded_by_user == uploader
    assert media.collection == Collection.get_first_root_node()
    assert media.filename.endswith(".mp4")
    with media.file.open("rb") as handle:
        assert handle.read() == data
    # Processed as any new media file (the immediate task backend in tests).
    media.refresh_from_db()
    assert media.processing_status == ProcessingStatus.READY
    assert media.file_size == len(data)
    # The part is gone; the outcome stays for the page that asks.
    upload = stored(url)
    assert not upload.part_path.exists()
    outcome = uploader_client.get(url, headers=TUS).json()
    assert outcome["status"] == "complete"
    assert outcome["result"]["media"]["edit_url"] == reverse("wagtailmedia:edit", args=[media.pk])
    assert f"?media={media.pk}" in outcome["result"]["media"]["new_page_url"]
    head = uploader_client.head(url, headers=TUS)
    assert head["Upload-Offset"] == head["Upload-Length"] == str(len(data))
    assert patch(uploader_client, url, b"more", len(data)).status_code == 409


def test_the_title_defaults_to_the_file_name(uploader_client):
    send(uploader_client, sample_bytes("audio"), filename="mesa-3.m4a")
    assert MediaFile.objects.filter(title="mesa-3").exists()


def test_a_file_that_is_not_a_recording_is_refused_and_deleted(uploader_client):
    data = b"<html><script>alert(1)</script></html>" * 100
    url, last = send(uploader_client, data, filename="panel.mp4")
    assert last.status_code == 422
    message = last.content.decode()
    assert "“panel.mp4” is not a playable audio or video file" in message
    upload = stored(url)
    assert not upload.part_path.exists()
    assert not MediaFile.objects.filter(title="panel").exists()
    head = uploader_client.head(url, headers=TUS)
    assert head.status_code == 410
    assert head.content.decode() == message or head.content == b""  # HEAD carries no body
    assert uploader_client.get(url, headers=TUS).json()["result"]["error"] == message


def test_a_truncated_recording_is_refused(uploader_client):
    data = sample_bytes("video")[:2000]
    _url, last = send(uploader_client, data, filename="cortado.mp4")
    assert last.status_code == 422
    assert not MediaFile.objects.filter(title="cortado").exists()


def test_the_upload_page_for_editors(uploader_client):
    response = uploader_client.get(reverse("media_upload_page"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'for="upload-file"' in html
    assert 'aria-live="polite"' in html
    assert "js/vendor/tus-js-client/tus.min.js" in html
    assert f'data-endpoint="{reverse("media_upload_collection")}"' in html
    menu = uploader_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("media_upload_page") in menu


def test_the_upload_page_is_translated(uploader_client, uploader):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(uploader)
    profile.preferred_language = "pt"
    profile.save()
    html = uploader_client.get(reverse("media_upload_page")).content.decode()
    assert "Enviar uma gravação" in html


def test_translators_have_neither_the_page_nor_its_menu_item(client, django_user_model):
    user = django_user_model.objects.create_user("traductora", "t@example.org", "pw-1234567")
    user.groups.add(Group.objects.get(name="Translators"))
    client.force_login(user)
    assert client.get(reverse("media_upload_page")).status_code == 302
    assert (
        reverse("media_upload_page")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert create(client, 10).status_code == 403


def test_the_media_form_points_to_the_resumable_upload(uploader_client):
    html = uploader_client.get(reverse("wagtailmedia:add", args=["video"])).content.decode()
    assert f'<a href="{reverse("media_upload_page")}">Upload it in resumable pieces.</a>' in html

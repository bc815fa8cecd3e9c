"""A finished resumable upload becomes a media file after the media form's checks, or is
refused with the reason and deleted; the admin page that sends it; who sees it."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Collection

from media_library.models import MediaFile
from media_library.models.files import ProcessingStatus
from media_library.resumable import RecordingUploadView
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


def test_while_the_file_is_checked_every_byte_is_in_and_the_outcome_is_awaited(
    uploader_client, monkeypatch
):
    """A client that paused just as its last piece went in asks again (HEAD) while that
    piece's request is still checking and keeping the file (the part already moved into
    storage): it hears that every byte is in, and waits for the outcome."""
    data = sample_bytes("audio")
    url = create(uploader_client, len(data), title="Mesa a punto de terminar")["Location"]
    seen = {}
    keep = RecordingUploadView.complete

    def complete_while_asked(view, request, upload):
        result = keep(view, request, upload)  # the part is in storage now
        assert not upload.part_path.exists()
        seen["head"] = uploader_client.head(url, headers=TUS)
        seen["get"] = uploader_client.get(url, headers=TUS).json()
        seen["patch"] = patch(uploader_client, url, b"x", len(data))
        return result

    monkeypatch.setattr(RecordingUploadView, "complete", complete_while_asked)
    assert patch(uploader_client, url, data, 0).status_code == 204
    assert seen["head"].status_code == 200
    assert seen["head"]["Upload-Offset"] == str(len(data))
    assert (seen["get"]["status"], seen["get"]["result"]) == ("finishing", None)
    assert seen["patch"].status_code == 409
    outcome = uploader_client.get(url, headers=TUS).json()
    assert (outcome["status"], outcome["result"]["media"]["title"]) == (
        "complete",
        "Mesa a punto de terminar",
    )


def test_an_upload_left_finishing_by_a_dead_worker_is_marked_failed(uploader_client, settings):
    data = sample_bytes("audio")
    url = create(uploader_client, len(data))["Location"]
    upload = stored(url)
    upload.state["created"] -= 3600 * (settings.HUB_UPLOAD_LIFETIME_HOURS + 1)  # a long upload
    upload.start_finishing()  # and the process doing it died
    head = uploader_client.head(url, headers=TUS)
    assert head.status_code == 200  # its last byte just came: not expired
    assert head["Upload-Offset"] == str(len(data))
    settings.HUB_UPLOAD_FINISH_TIMEOUT_SECONDS = 0
    head = uploader_client.head(url, headers=TUS)
    assert head.status_code == 410
    error = uploader_client.get(url, headers=TUS).json()["result"]["error"]
    assert error == "The server stopped while checking this file; upload it again."


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


def test_a_storage_that_cannot_take_the_file_gives_a_clear_refusal(
    uploader_client, settings, tmp_path
):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = blocked / "media"
    url, last = send(uploader_client, sample_bytes("audio"), title="Mesa sin sitio")
    assert last.status_code == 507
    assert "could not be stored on the server" in last.content.decode()
    assert not MediaFile.objects.filter(title="Mesa sin sitio").exists()
    assert uploader_client.get(url, headers=TUS).json()["status"] == "failed"

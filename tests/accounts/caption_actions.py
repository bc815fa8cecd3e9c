"""The caption actions of the role table, as a member does them from a recording page's
editor ("Media file and captions"): each act(client, user, other, tmp_path) works on the
captions in one language of a recording page in one language tree, and says whether it
happened by looking at the data."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from media_library.models import CaptionTrack
from media_library.models.files import CaptionStatus
from tests.factories import CaptionTrackFactory, RecordingPageFactory

VTT = "WEBVTT\n\n00:00:00.100 --> 00:00:00.900\nTexto de la tabla.\n"


def _track(page, language, status=CaptionStatus.REVIEWED):
    return CaptionTrackFactory(media=page.media, language=language, status=status)


def _stored(page, language):
    return CaptionTrack.objects.filter(media=page.media, language=language).first()


def _upload(client, page, language):
    client.post(
        reverse("media_library_captions:upload", args=[page.pk, language]),
        {"file": SimpleUploadedFile("tabla.vtt", VTT.encode()), "status": "reviewed"},
    )


def _edit_cues(client, page, language):
    url = reverse("media_library_captions:cues", args=[page.pk, language])
    response = client.get(url)
    version = response.context["version"] if response.status_code == 200 else ""
    client.post(
        url,
        {
            "version": version,
            "action": "save",
            "form-TOTAL_FORMS": 1,
            "form-INITIAL_FORMS": 1,
            "form-0-start": "00:00:00.000",
            "form-0-end": "00:00:00.900",
            "form-0-text": "Texto de la tabla.",
        },
    )


def caption_action(page_language, language, action):
    """`action` on the captions in `language` of a recording page in `page_language`:
    upload (none yet), replace, cues (edit them), review (a machine draft), delete,
    download."""

    def act(client, user, other, tmp_path):
        page = RecordingPageFactory(language=page_language, owner=other)
        if action == "upload":
            _upload(client, page, language)
            return _stored(page, language) is not None
        track = _track(
            page, language, CaptionStatus.MACHINE_DRAFT if action == "review" else "reviewed"
        )
        if action == "replace":
            _upload(client, page, language)
        elif action == "cues":
            _edit_cues(client, page, language)
        elif action in ("review", "delete"):
            client.post(reverse(f"media_library_captions:{action}", args=[page.pk, language]))
        elif action == "download":
            response = client.get(
                reverse("media_library_captions:download", args=[page.pk, language])
            )
            return response.status_code == 200 and b"".join(response.streaming_content).startswith(
                b"WEBVTT"
            )
        stored = _stored(page, language)
        if action == "delete":
            return stored is None
        if action == "review":
            return stored.status == CaptionStatus.REVIEWED
        return stored.segments.filter(text="Texto de la tabla.").exists() and stored.pk == track.pk

    return act

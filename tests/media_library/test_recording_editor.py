"""The recording, edited in one place: the "Media file and captions" panel of the recording
page's editor, and its caption actions (upload, replace, download, review, delete), each
going back to the editor. The cue editor is in test_cue_editor.py."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Locale

from media_library.models import CaptionTrack, MediaRendition
from media_library.models.files import CaptionStatus, ProcessingStatus, TranscriptionStatus
from tests.factories import (
    CaptionTrackFactory,
    ImageFactory,
    MediaFileFactory,
    MediaRenditionFactory,
    RecordingPageFactory,
)

pytestmark = pytest.mark.django_db

VTT = "WEBVTT\n\n00:00:00.100 --> 00:00:00.800\nUna frase subida.\n"
SRT = "1\n00:00:00,100 --> 00:00:00,900\nA sentence from SubRip.\n"


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def action_url(action, page, language):
    return reverse(f"media_library_captions:{action}", args=[page.pk, language])


def caption_rows(html):
    """{language: state} from the panel's rows."""
    import re

    return dict(re.findall(r'data-caption-language="(\w+)" data-caption-state="(\w+)"', html))


@pytest.fixture(autouse=True)
def english_admin(client):
    """The admin in English (the language of the messages checked here)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def recording():
    """A Spanish recording page playing a video (with its light rendition) whose Spanish
    captions are reviewed and English ones a machine draft; no Portuguese ones."""
    media = MediaFileFactory(type="video", duration=30, poster=ImageFactory())
    MediaRenditionFactory(media=media)
    CaptionTrackFactory(media=media, language="es", lines=["Palabra revisada."])
    CaptionTrackFactory(
        media=media, language="en", lines=["Machine words."], status=CaptionStatus.MACHINE_DRAFT
    )
    return RecordingPageFactory(media=media)


def test_the_panel_shows_the_file_and_each_language_s_captions(editor_client, recording):
    media = recording.media
    html = editor_client.get(edit_url(recording)).content.decode()
    assert "Media file and captions" in html
    assert f'src="{media.serve_url}"' in html  # the preview plays the file…
    assert 'poster="/' in html  # …showing its poster
    assert "0:30" in html
    assert 'data-processing="ready"' in html
    assert 'data-rendition="made"' in html and 'data-rendition="none"' in html
    assert caption_rows(html) == {"es": "reviewed", "en": "draft", "pt": "missing"}
    for action, language in [
        ("upload", "pt"),
        ("review", "en"),
        ("cues", "en"),
        ("upload", "es"),
        ("download", "es"),
        ("delete", "es"),
    ]:
        assert action_url(action, recording, language) in html
    assert action_url("review", recording, "es") not in html  # reviewed already


def test_the_panel_shows_processing_and_speech_recognition(editor_client, recording):
    media = recording.media
    media.renditions.all().delete()
    media.processing_status = ProcessingStatus.FAILED
    media.processing_error = "The video stream cannot be decoded."
    media.transcription_status = TranscriptionStatus.RUNNING
    media.transcription_progress = 0.42
    media.save()
    html = editor_client.get(edit_url(recording)).content.decode()
    assert 'data-rendition="failed"' in html
    assert "The video stream cannot be decoded." in html
    assert 'data-transcription="running"' in html and "42 %" in html

    media.processing_status = ProcessingStatus.PENDING
    media.transcription_status = TranscriptionStatus.FAILED
    media.transcription_error = "The model could not be loaded."
    media.save()
    html = editor_client.get(edit_url(recording)).content.decode()
    assert 'data-rendition="pending"' in html
    assert "The model could not be loaded." in html


def test_a_page_without_media_asks_for_one(editor_client):
    page = RecordingPageFactory(media=None, live=False)
    html = editor_client.get(edit_url(page)).content.decode()
    assert "Choose the media file above and save the page" in html
    response = editor_client.get(action_url("upload", page, "es"), follow=True)
    assert "Choose the recording&#x27;s media file and save the page first." in (
        response.content.decode()
    )


def test_the_translation_editor_shows_the_same_panel(editor_client, recording):
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(recording)
    english = Locale.objects.get(language_code="en")
    Translation.objects.create(source=source, target_locale=english).save_target(publish=False)
    translated = recording.get_translation(english)
    html = editor_client.get(edit_url(translated)).content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's editor…
    assert caption_rows(html) == {"es": "reviewed", "en": "draft", "pt": "missing"}  # …and ours
    assert action_url("review", translated, "en") in html


@pytest.mark.parametrize(
    ("name", "text", "cue"),
    [("a.vtt", VTT, "Una frase subida."), ("b.srt", SRT, "A sentence from SubRip.")],
)
def test_upload_a_caption_file(editor_client, recording, name, text, cue):
    response = editor_client.post(
        action_url("upload", recording, "pt"),
        {"file": SimpleUploadedFile(name, text.encode()), "status": "reviewed"},
    )
    assert response.status_code == 302
    assert response.url.startswith(edit_url(recording))
    track = CaptionTrack.objects.get(media=recording.media, language="pt")
    assert track.file.name.endswith(".vtt")
    assert track.file.open("rb").read().decode().startswith("WEBVTT")
    assert [s.text for s in track.segments.all()] == [cue]


def test_replace_a_track(editor_client, recording, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            action_url("upload", recording, "es"),
            {"file": SimpleUploadedFile("nuevo.vtt", VTT.encode()), "status": "reviewed"},
        )
    assert response.status_code == 302
    track = CaptionTrack.objects.get(media=recording.media, language="es")
    assert [s.text for s in track.segments.all()] == ["Una frase subida."]
    assert CaptionTrack.objects.filter(media=recording.media).count() == 2
    found = editor_client.get("/api/search/", {"q": "frase subida", "lang": "es"}).json()
    assert recording.title in [result["title"] for result in found["results"]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards\n", "before or when it starts"),
        (b"\x00\x01\x02binary", "is not a text file"),
        (b"", "empty"),
    ],
)
def test_a_bad_file_is_refused_and_the_track_kept(editor_client, recording, content, message):
    before = CaptionTrack.objects.get(media=recording.media, language="es").file.name
    response = editor_client.post(
        action_url("upload", recording, "es"),
        {"file": SimpleUploadedFile("malo.vtt", content), "status": "reviewed"},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert CaptionTrack.objects.get(media=recording.media, language="es").file.name == before


def test_the_media_file_comes_from_the_page_not_the_form(editor_client, recording):
    someone_elses = MediaFileFactory()
    editor_client.post(
        action_url("upload", recording, "pt"),
        {
            "file": SimpleUploadedFile("a.vtt", VTT.encode()),
            "status": "reviewed",
            "media": someone_elses.pk,
            "language": "es",
        },
    )
    assert not someone_elses.captions.exists()
    assert recording.media.captions.filter(language="pt").exists()


def test_download_a_track(editor_client, recording):
    response = editor_client.get(action_url("download", recording, "en"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).decode().startswith("WEBVTT")


def test_review_a_machine_draft(editor_client, recording):
    page = editor_client.get(action_url("review", recording, "en")).content.decode()
    assert "Machine words." in page and "Mark reviewed" in page
    response = editor_client.post(action_url("review", recording, "en"))
    assert response.status_code == 302
    assert CaptionTrack.objects.get(media=recording.media, language="en").status == "reviewed"


def test_delete_a_track(editor_client, recording):
    assert editor_client.get(action_url("delete", recording, "en")).status_code == 200
    response = editor_client.post(action_url("delete", recording, "en"))
    assert response.status_code == 302
    assert not recording.media.captions.filter(language="en").exists()


@pytest.mark.parametrize("action", ["download", "review", "delete", "cues"])
def test_a_missing_track_says_so(editor_client, recording, action):
    response = editor_client.post(action_url(action, recording, "pt"), follow=True)
    assert response.status_code in (200, 405)
    if response.status_code == 200:
        assert "There are no Portuguese captions for this recording" in response.content.decode()


def test_unknown_pages_and_languages_are_not_found(editor_client, recording):
    assert editor_client.get(action_url("upload", recording, "xx")).status_code == 404
    other = reverse("media_library_captions:upload", args=[999999, "es"])
    assert editor_client.get(other).status_code == 404


def test_the_caption_tracks_menu_is_gone(editor_client):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/snippets/media_library/captiontrack/" not in html


def test_the_rendition_states_follow_the_file_type(editor_client):
    media = MediaFileFactory(type="audio")
    MediaRenditionFactory(media=media, kind=MediaRendition.Kind.AUDIO)
    page = RecordingPageFactory(media=media)
    html = editor_client.get(edit_url(page)).content.decode()
    assert html.count("data-rendition=") == 1

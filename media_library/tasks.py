"""Background work on media files: metadata, poster frame, renditions, draft captions."""

import logging
import tempfile
from pathlib import Path

from django_tasks import task

from django.core.files.base import ContentFile, File
from django.utils import timezone

from hub.core.stored_files import local_path

logger = logging.getLogger(__name__)


@task()
def process_media(media_id):
    """Read the file's metadata, take a poster frame and make the light renditions."""
    from media_library import processing
    from media_library.models import MediaFile, MediaRendition
    from media_library.models.files import ProcessingStatus

    media = MediaFile.objects.filter(pk=media_id).first()
    if media is None:
        return
    try:
        with local_path(media.file) as path:
            info = processing.probe(path)
            media.type = info.kind
            media.duration = info.duration
            media.width = info.width
            media.height = info.height
            media.video_codec = info.video_codec or ""
            media.audio_codec = info.audio_codec or ""
            media.bit_rate = info.bit_rate
            media.mime_type = info.mime_type
            media.file_size = media.file.size
            if info.kind == "video" and media.poster_id is None:
                media.poster = make_poster(media, processing.poster_frame(path))
            wanted = [MediaRendition.Kind.AUDIO] if info.has_audio else []
            if info.kind == "video":
                wanted.insert(0, MediaRendition.Kind.LOW_VIDEO)
            media.renditions.exclude(kind__in=wanted).delete()
            for kind in wanted:
                make_rendition(media, kind, path)
        media.processing_status = ProcessingStatus.READY
        media.processing_error = ""
    except processing.MediaError as problem:
        media.processing_status = ProcessingStatus.FAILED
        media.processing_error = str(problem)
        logger.warning("Media %s could not be processed: %s", media_id, problem)
    media.processed_at = timezone.now()
    media.save(update_fields=None)
    if media.processing_status == ProcessingStatus.READY:
        queue_transcription(media)


def queue_transcription(media):
    """Speech recognition of a new or replaced file, once processed, when it is on and
    wanted (media_library.asr): queued, the recording editor shows it waiting."""
    from media_library import asr
    from media_library.models.files import TranscriptionStatus

    if asr.wanted(media):
        asr.set_state(media, TranscriptionStatus.QUEUED, progress=0)
        transcribe_media.enqueue(media.pk)


@task()
def transcribe_media(media_id):
    """Draft captions of a media file by speech recognition (media_library.asr)."""
    from media_library import asr

    asr.transcribe_in_background(media_id)


def make_poster(media, jpeg_bytes):
    from hub.core.models import HubImage

    image = HubImage(
        title=f"{media.title} (poster)",
        alt_text="",
        collection=media.collection,
        file=ContentFile(jpeg_bytes, name=f"poster-{media.pk}.jpg"),
    )
    image.save()
    return image


def make_rendition(media, kind, source_path):
    from media_library import processing
    from media_library.models import MediaRendition

    suffix = ".mp4" if kind == MediaRendition.Kind.LOW_VIDEO else ".m4a"
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"{Path(media.filename).stem}-{kind}{suffix}"
        if kind == MediaRendition.Kind.LOW_VIDEO:
            info = processing.make_low_video(source_path, target)
        else:
            info = processing.make_audio(source_path, target)
        MediaRendition.objects.filter(media=media, kind=kind).delete()
        with target.open("rb") as handle:
            rendition = MediaRendition(
                media=media,
                kind=kind,
                mime_type=info.mime_type,
                file_size=target.stat().st_size,
                width=info.width,
                height=info.height,
                duration=info.duration,
            )
            rendition.file.save(target.name, File(handle), save=False)
            rendition.save()
    return rendition

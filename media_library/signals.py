"""Process a media file whenever its file changes; rebuild transcripts from captions."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from hub.core.stored_files import on_file_change
from media_library.models import CaptionTrack, MediaFile, TranscriptSegment
from media_library.models.files import ProcessingStatus, TranscriptionStatus
from media_library.tasks import process_media


def mark_pending(media):
    """A new file: what was read from, or recognised in, the previous one is out of date."""
    media.processing_status = ProcessingStatus.PENDING
    media.transcription_status = TranscriptionStatus.NONE
    media.transcription_progress = 0
    media.transcription_error = ""


on_file_change(
    MediaFile,
    reset=mark_pending,
    then=process_media.enqueue,
    dispatch_uid="media_library.media_file",
)


@receiver(post_save, sender=CaptionTrack)
def rebuild_transcript(sender, instance, raw=False, **kwargs):
    """The transcript segments are the caption file's cues, replaced as a whole."""
    if raw:  # the segments come with the fixture or backup
        return
    from media_library.captions import parse_vtt

    with instance.file.open("rb") as handle:
        cues = parse_vtt(handle.read().decode("utf-8-sig"))
    TranscriptSegment.objects.filter(caption=instance).delete()
    TranscriptSegment.objects.bulk_create(
        TranscriptSegment(
            caption=instance,
            index=number,
            start=cue.start,
            end=cue.end,
            speaker=getattr(cue, "speaker", "") or "",
            text=cue.text,
        )
        for number, cue in enumerate(cues)
    )

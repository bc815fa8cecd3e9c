"""Process a media file whenever its file changes; rebuild transcripts from captions."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from media_library.models import CaptionTrack, MediaFile, TranscriptSegment
from media_library.models.files import ProcessingStatus


@receiver(pre_save, sender=MediaFile)
def remember_file_change(sender, instance, raw=False, **kwargs):
    if raw:  # loading a fixture or a backup: the stored state is already complete
        instance._file_changed = False
        return
    if instance.pk is None:
        instance._file_changed = True
        return
    previous = sender.objects.filter(pk=instance.pk).values_list("file", flat=True).first()
    instance._file_changed = previous != instance.file.name
    if instance._file_changed:
        instance.processing_status = ProcessingStatus.PENDING


@receiver(post_save, sender=MediaFile)
def process_changed_file(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if getattr(instance, "_file_changed", False):
        instance._file_changed = False
        from media_library.tasks import schedule_processing

        schedule_processing(instance)


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

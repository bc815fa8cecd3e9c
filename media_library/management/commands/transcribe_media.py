"""``manage.py transcribe_media [ID …] [--missing]``: draft captions by speech recognition
for media files already in the library (new ones are queued when they are processed).

Runs here, one file after the other, with the model of ``ASR_MODEL``; each file gets a
caption track marked *machine draft* in its spoken language (detected when the file has
none), hidden from the public until an editor reviews it. A reviewed track is never
replaced: that file is skipped, with the reason.
"""

import time
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Exists, OuterRef

from media_library import asr
from media_library.models import CaptionTrack, MediaFile
from media_library.models.files import ProcessingStatus
from media_library.processing import MediaError


def missing_captions():
    """Processed files with sound and no caption track in their spoken language (none at
    all when it is not set)."""
    tracks = CaptionTrack.objects.filter(media=OuterRef("pk"))
    in_language = tracks.filter(language=OuterRef("language"))
    return (
        MediaFile.objects.filter(processing_status=ProcessingStatus.READY)
        .exclude(audio_codec="")
        .exclude(language="", pk__in=tracks.values("media"))
        .filter(~Exists(in_language))
        .order_by("pk")
    )


class Command(BaseCommand):
    help = (
        "Draft captions by speech recognition (ASR_MODEL) for the media files given by id, "
        "or for every processed file without captions in its spoken language (--missing). "
        "Exits non-zero when any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Media file ids.")
        parser.add_argument(
            "--missing",
            action="store_true",
            help="Every processed file with sound and no caption track in its spoken language.",
        )

    def report(self, fraction):
        """Every tenth of a file: how far the recogniser has got."""
        tenth = int(fraction * 10)
        if tenth > self.reported:
            self.reported = tenth
            self.stdout.write(f"      {tenth * 10}%")

    def handle(self, *args, ids, missing, **options):
        if not asr.enabled():
            raise CommandError("Speech recognition is off: set ASR_MODEL (see the README).")
        if bool(ids) == missing:
            raise CommandError("Give media file ids, or --missing (not both).")
        if missing:
            files = list(missing_captions())
        else:
            files = list(MediaFile.objects.filter(pk__in=ids).order_by("pk"))
            unknown = sorted(set(ids) - {media.pk for media in files})
            if unknown:
                raise CommandError(f"No media file with id {', '.join(map(str, unknown))}.")
        try:
            asr.load_model()
        except MediaError as exc:
            raise CommandError(str(exc)) from exc
        started = time.monotonic()
        total = len(files)
        self.stdout.write(f"Transcribing {total} media file(s) with {settings.ASR_MODEL}…")
        counts, failures = Counter(), []
        for done, media in enumerate(files, 1):
            began, self.reported = time.monotonic(), 0
            try:
                track = asr.transcribe(media, report=self.report)
            except asr.Skipped as skipped:
                status = f"skipped ({skipped})"
                counts["skipped"] += 1
            except MediaError as problem:
                status = "failed"
                counts["failed"] += 1
                failures.append(f"{media.pk} “{media.title}”: {problem}")
            else:
                status = (
                    f"draft {track.language} captions, {track.segments.count()} cues "
                    f"({time.monotonic() - began:.0f}s)"
                )
                counts["done"] += 1
            self.stdout.write(f"  [{done}/{total}] {media.pk} {media.title}: {status}")
        summary = (
            f"{counts['done']} transcribed, {counts['skipped']} skipped, {counts['failed']} failed"
        )
        style = self.style.WARNING if counts["failed"] else self.style.SUCCESS
        self.stdout.write(style(f"Done: {summary} in {time.monotonic() - started:.1f}s."))
        if failures:
            self.stderr.write("Failed:")
            for failure in failures:
                self.stderr.write(f"  {failure}")
            raise CommandError(f"{counts['failed']} file(s) failed; see the list above.")

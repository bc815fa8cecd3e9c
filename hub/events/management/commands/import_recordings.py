"""``manage.py import_recordings FOLDER --manifest recordings.csv``: the recordings that
arrive on a disk, as media files with their captions and draft recording pages.

Each good row is saved in its own transaction (hub.events.recordings_import reads and
checks the manifest first; bad rows are reported and skipped, the rest imported):

- the recording becomes a media file (copied in chunks, never read into memory; its
  processing, renditions and poster, is queued as for an upload). The ``file`` column
  identifies it (``MediaFile.source_file``): a second run updates it, and replaces the
  stored file only when the size of the one on the disk differs;
- each caption file becomes the media file's caption track in that language, *reviewed*
  (people wrote them), the spoken language's marked original;
- a recording page in the spoken language, under that language's recordings index, with
  the speakers, is created as a **draft**, and linked from the panel (in a new draft of
  the panel page). Nothing is published: editors review and publish them. A second run
  saves a new draft of the page when its title or speakers changed.
"""

from pathlib import PurePosixPath

from django.core.files import File
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale

from hub.core.manifests import ImportRefused, RowFailed, import_rows, slug_for, unique_slug
from hub.core.uploads import clean_filename
from hub.events.models import PanelPage, PanelRecording
from hub.events.recordings_import import read_recordings
from hub.network.importing import person_named
from media_library.models import (
    CaptionTrack,
    MediaFile,
    RecordingIndexPage,
    RecordingPage,
    RecordingPageSpeaker,
)
from media_library.models.files import CaptionStatus


class Command(BaseCommand):
    help = (
        "Import the recordings of FOLDER listed in a CSV manifest (columns: file, title, "
        "date, panel, language, speakers, captions) as media files with reviewed captions "
        "and draft recording pages (never published). A second run updates them. Exits "
        "non-zero when the manifest is refused or any row failed (the good rows are imported)."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="The folder holding the recordings and captions.")
        parser.add_argument(
            "--manifest",
            default="recordings.csv",
            help="The CSV manifest: a path, or a name in FOLDER (default recordings.csv).",
        )

    def handle(self, *args, **options):
        try:
            parsed = read_recordings(options["folder"], options["manifest"])
        except ImportRefused as exc:
            raise CommandError(f"Refused, nothing imported: {exc}") from exc
        total = len(parsed.rows)
        self.stdout.write(f"Importing {total} recording(s) from {parsed.path} as drafts…")
        self.indexes = {}
        import_rows(self, parsed.rows, self.save_row)

    # --- one row ------------------------------------------------------------------------

    def save_row(self, values):
        stored = []  # files written to storage, removed again if the row fails
        try:
            with transaction.atomic():
                return self.save_recording(values, stored)
        except BaseException:
            for storage, name in stored:
                storage.delete(name)
            raise

    def save_recording(self, values, stored):
        index = self.index_for(values["language"])
        media, media_status = self.media_file(values, stored)
        captions_changed = self.captions(media, values, stored)
        page_status = self.page(media, index, values)
        if "created" in (media_status, page_status):
            return "created"
        changed = captions_changed or "updated" in (media_status, page_status)
        return "updated" if changed else "unchanged"

    def media_file(self, values, stored):
        media = MediaFile.objects.filter(source_file=values["file"]).first()
        status = "unchanged"
        if media is None:
            media = MediaFile(source_file=values["file"])
            status = "created"
        wanted = {
            "title": values["title"],
            "type": values["kind"],
            "language": values["language"],
            "recorded_on": values["date"],
        }
        if any(getattr(media, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(media, name, value)
            status = "updated" if status == "unchanged" else status
        size = values["path"].stat().st_size
        if status == "created" or not same_size(media, size):
            old = media.file.name if media.pk else ""
            name = clean_filename(PurePosixPath(values["file"]).name, fallback="recording")
            with values["path"].open("rb") as handle:  # copied in chunks by the storage
                media.file.save(name, File(handle), save=False)
            stored.append((media.file.storage, media.file.name))
            if old:
                storage = media.file.storage
                transaction.on_commit(lambda: storage.delete(old))
            status = "updated" if status == "unchanged" else status
        if status != "unchanged":
            media.full_clean(exclude=["file", "thumbnail"])
            media.save()  # a new file queues its processing (media_library.signals)
        return media, status

    def captions(self, media, values, stored):
        changed = False
        for language, (name, vtt_text) in values["captions"].items():
            track = CaptionTrack.objects.filter(media=media, language=language).first()
            data = vtt_text.encode("utf-8")
            if track is not None and same_text(track, data):
                if track.status != CaptionStatus.REVIEWED:
                    track.status = CaptionStatus.REVIEWED
                    track.save()
                    changed = True
                continue
            track = track or CaptionTrack(media=media, language=language)
            track.is_original = language == values["language"]
            track.status = CaptionStatus.REVIEWED  # written by people
            track.file.save(PurePosixPath(name).stem + ".vtt", ContentFile(data), save=False)
            stored.append((track.file.storage, track.file.name))
            track.save()  # rebuilds the transcript (media_library.signals)
            changed = True
        return changed

    def page(self, media, index, values):
        people = [person_named(name, index.locale) for name in values["speakers"]]
        page = RecordingPage.objects.filter(media=media, locale=index.locale).first()
        if page is None:
            page = RecordingPage(
                title=values["title"],
                slug=unique_slug(
                    slug_for(values["title"], "recording"),
                    lambda slug: index.get_children().filter(slug=slug).exists(),
                ),
                media=media,
                locale=index.locale,
                live=False,
            )
            page.speakers = [RecordingPageSpeaker(person=person) for person in people]
            index.add_child(instance=page)
            page.save_revision(log_action=True)
            self.link_panel(page, values["panel"])
            return "created"
        latest = page.get_latest_revision_as_object()
        current = [item.person_id for item in latest.speakers.all()]
        if latest.title == values["title"] and current == [person.pk for person in people]:
            return "unchanged"
        latest.title = values["title"]
        latest.speakers = [RecordingPageSpeaker(person=person) for person in people]
        latest.save_revision(log_action=True)
        return "updated"

    def link_panel(self, page, key):
        """The panel (in the page's language if translated) lists the recording, in a new
        draft of the panel: nothing changes on the public site until it is published."""
        if key is None:
            return
        panels = PanelPage.objects.filter(translation_key=key).order_by("pk")
        panel = panels.filter(locale=page.locale).first() or panels.first()
        draft = panel.get_latest_revision_as_object()
        if any(link.recording_id == page.pk for link in draft.recordings.all()):
            return
        draft.recordings.add(PanelRecording(recording=page))
        draft.save_revision(log_action=True)

    def index_for(self, language):
        if language not in self.indexes:
            source = (
                RecordingIndexPage.objects.filter(locale=Locale.get_default())
                .order_by("path")
                .first()
            )
            locale = Locale.objects.filter(language_code=language).first()
            index = None
            if source is not None and locale is not None:
                index = source.get_translation_or_none(locale)
            self.indexes[language] = index
        index = self.indexes[language]
        if index is None:
            raise RowFailed(
                "language",
                language,
                "has no recordings index: translate the Spanish recordings index into it first",
            )
        return index


def same_size(media, size):
    try:
        return media.file.size == size
    except OSError:  # the stored file is missing: replace it
        return False


def same_text(track, data):
    try:
        with track.file.open("rb") as handle:
            return handle.read() == data
    except OSError:
        return False

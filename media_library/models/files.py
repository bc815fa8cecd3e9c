"""The recording as a file: metadata read from it, renditions, captions, transcript.

A MediaFile (WAGTAILMEDIA["MEDIA_MODEL"]) is shared by every locale; the translated
RecordingPage presents it. Metadata, the poster frame and the renditions are made by a
background task (`media_library.tasks.process_media`) whenever the file changes.
"""

from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtailmedia.models import AbstractMedia, MediaQuerySet

from hub.core.models.files import CONTENT_LANGUAGES
from hub.core.privacy import file_access, restricted_collections
from media_library.caption_form import CaptionTrackForm
from search.contract import SearchDependency
from search.text import LANGUAGES

# Asked for by download links and feed enclosures: the file comes as an attachment and the
# request counts as a download, while the player's own requests never do.
DOWNLOAD_QUERY = "?download=1"


class ProcessingStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be processed")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Processing failed")


class TranscriptionStatus(models.TextChoices):
    """Speech recognition of a media file (media_library.asr), when ASR_MODEL is set."""

    NONE = "", _("Not requested")
    QUEUED = "queued", _("Waiting for speech recognition")
    RUNNING = "running", _("Recognising speech")
    DONE = "done", _("Draft captions made")
    FAILED = "failed", _("Speech recognition failed")


class CaptionStatus(models.TextChoices):
    """A machine draft is never shown to the public; an editor marks it reviewed."""

    MACHINE_DRAFT = "draft", _("Machine draft")
    REVIEWED = "reviewed", _("Reviewed")


class MediaFileQuerySet(MediaQuerySet):
    def public(self):
        """The media files anyone may fetch (what `MediaFile.access` calls PUBLIC): those a
        live recording page without a view restriction plays, outside restricted
        collections. A file for a draft, or that no page plays, is not public."""
        RecordingPage = apps.get_model("media_library", "RecordingPage")  # noqa: N806
        return self.filter(pk__in=RecordingPage.objects.live().public().values("media_id")).exclude(
            collection__in=restricted_collections()
        )


def may_manage_media(user):
    """Editors, moderators and administrators: they upload, choose and check media files."""
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(MediaFile)
    return policy.user_has_any_permission(user, ["add", "change", "delete"])


class MediaFile(SearchDependency, AbstractMedia):
    language = models.CharField(
        _("language spoken"), max_length=5, choices=CONTENT_LANGUAGES, blank=True
    )
    recorded_on = models.DateField(_("date recorded"), null=True, blank=True)
    # The file's path in the folder `import_recordings` read it from: a second run
    # updates the media file imported from it.
    source_file = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    mime_type = models.CharField(_("type"), max_length=50, blank=True, editable=False)
    file_size = models.PositiveBigIntegerField(_("size"), null=True, editable=False)
    video_codec = models.CharField(max_length=30, blank=True, editable=False)
    audio_codec = models.CharField(max_length=30, blank=True, editable=False)
    bit_rate = models.PositiveIntegerField(null=True, editable=False)
    poster = models.ForeignKey(
        "core.HubImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("poster"),
        help_text=_("Taken from the video when it is processed; choose another to replace it."),
    )
    processing_status = models.CharField(
        _("processing"),
        max_length=10,
        choices=ProcessingStatus.choices,
        default=ProcessingStatus.PENDING,
        editable=False,
    )
    processing_error = models.TextField(blank=True, editable=False)
    processed_at = models.DateTimeField(null=True, editable=False)
    transcription_status = models.CharField(
        _("speech recognition"),
        max_length=10,
        choices=TranscriptionStatus.choices,
        default=TranscriptionStatus.NONE,
        blank=True,
        editable=False,
    )
    # 0 to 1: how much of the recording the recogniser has been through.
    transcription_progress = models.FloatField(default=0, editable=False)
    transcription_error = models.TextField(blank=True, editable=False)

    # "id": the API searches only the files that live public pages play (a filter on it).
    search_fields = AbstractMedia.search_fields + [index.FilterField("id")]

    objects = MediaFileQuerySet.as_manager()

    admin_form_fields = (
        "title",
        "file",
        "collection",
        "language",
        "recorded_on",
        "poster",
        "tags",
    )

    class Meta:
        verbose_name = _("media file")
        verbose_name_plural = _("media files")

    @property
    def is_video(self):
        return self.type == "video"

    def access(self, request):
        """Who may fetch the file, its renditions and captions (hub.core.privacy.file_access):
        public once a live, unrestricted recording plays it (`MediaFileQuerySet.public`);
        else only staff who work on it (the admin, the preview) and visitors let in by a
        live recording's restriction. A file no page plays is not public."""
        pages = list(self.pages.all())
        return file_access(
            request, self.collection, pages, unused_is_public=False, may_manage=may_manage_media
        )

    @property
    def serve_url(self):
        return reverse("media_file", args=[self.pk, self.filename])

    @property
    def download_url(self):
        """The file as a download (counted, hub.stats); the player streams `serve_url`."""
        return self.serve_url + DOWNLOAD_QUERY

    def _rendition(self, kind):
        return next((r for r in self.renditions.all() if r.kind == kind), None)

    @property
    def light_video(self):
        return self._rendition(MediaRendition.Kind.LOW_VIDEO)

    @property
    def audio_rendition(self):
        return self._rendition(MediaRendition.Kind.AUDIO)

    @property
    def podcast_audio(self):
        """What a podcast app gets: the audio itself, or a video's audio rendition."""
        if not self.is_video:
            return {"url": self.download_url, "size": self.file_size, "type": self.mime_type}
        audio = self.audio_rendition
        if audio is None:
            return None
        return {"url": audio.download_url, "size": audio.file_size, "type": audio.mime_type}

    @property
    def public_captions(self):
        """The caption tracks the public may see: machine drafts wait for an editor's
        review. Filters `captions.all()`, so a prefetch of the captions serves it."""
        return [track for track in self.captions.all() if not track.is_machine_draft]

    # Every track, machine drafts included: for the admin (the public's are above).
    def caption_for(self, language):
        return next((c for c in self.captions.all() if c.language == language), None)

    @property
    def original_caption(self):
        return next((c for c in self.captions.all() if c.is_original), None)

    def search_dependents(self):
        return recording_pages(self.pk)


class MediaRendition(models.Model):
    """A lighter version of a media file, made from it by the processing task."""

    class Kind(models.TextChoices):
        LOW_VIDEO = "low-video", _("Light video (360p)")
        AUDIO = "audio", _("Audio only")

    media = models.ForeignKey(MediaFile, on_delete=models.CASCADE, related_name="renditions")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    file = models.FileField(upload_to="media_renditions")
    mime_type = models.CharField(max_length=50)
    file_size = models.PositiveBigIntegerField()
    width = models.PositiveIntegerField(null=True)
    height = models.PositiveIntegerField(null=True)
    duration = models.FloatField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["media", "kind"], name="unique_rendition_kind")
        ]

    def __str__(self):
        return f"{self.media} ({self.get_kind_display()})"

    @property
    def filename(self):
        return self.file.name.rsplit("/", 1)[-1]

    @property
    def url(self):
        return reverse("media_rendition", args=[self.pk, self.filename])

    @property
    def download_url(self):
        return self.url + DOWNLOAD_QUERY


class CaptionTrackQuerySet(models.QuerySet):
    def reviewed(self):
        """The tracks the public may see: machine drafts wait for an editor's review."""
        return self.filter(status=CaptionStatus.REVIEWED)


class CaptionTrack(SearchDependency, models.Model):
    """Captions of a media file in one language, stored as WebVTT (SRT is converted)."""

    media = models.ForeignKey(
        MediaFile, on_delete=models.CASCADE, related_name="captions", verbose_name=_("media file")
    )
    language = models.CharField(_("language"), max_length=5, choices=CONTENT_LANGUAGES)
    is_original = models.BooleanField(
        _("original language"),
        default=False,
        help_text=_("The language spoken in the recording (the others are translations)."),
    )
    file = models.FileField(
        _("caption file"),
        upload_to="media_captions",
        help_text=_("WebVTT (.vtt) or SubRip (.srt); SubRip is converted to WebVTT."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CaptionStatus.choices,
        default=CaptionStatus.REVIEWED,
        help_text=_("A machine draft is hidden from the public until it is marked reviewed."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = CaptionTrackQuerySet.as_manager()

    base_form_class = CaptionTrackForm
    panels = [
        FieldPanel("media"),
        FieldPanel("language"),
        FieldPanel("is_original"),
        FieldPanel("status"),
        FieldPanel("file"),
    ]

    class Meta:
        verbose_name = _("caption track")
        verbose_name_plural = _("caption tracks")
        ordering = ["media", "language"]
        constraints = [
            models.UniqueConstraint(fields=["media", "language"], name="unique_caption_language")
        ]

    def __str__(self):
        return f"{self.media} — {self.get_language_display()}"

    @property
    def is_machine_draft(self):
        return self.status == CaptionStatus.MACHINE_DRAFT

    @property
    def url(self):
        return reverse("media_caption", args=[self.pk, self.language])

    def search_dependents(self):
        return recording_pages(self.media_id)


class TranscriptSegment(models.Model):
    """One cue of a caption track: what was said, and when. Search indexes these."""

    caption = models.ForeignKey(CaptionTrack, on_delete=models.CASCADE, related_name="segments")
    index = models.PositiveIntegerField()
    start = models.FloatField()
    end = models.FloatField()
    speaker = models.CharField(max_length=200, blank=True)
    text = models.TextField()

    class Meta:
        ordering = ["caption", "index"]
        constraints = [
            models.UniqueConstraint(fields=["caption", "index"], name="unique_segment_index")
        ]

    def __str__(self):
        return f"{self.start:.1f}s {self.text[:40]}"


def recording_pages(media_id):
    """The recording pages (any state) that play a media file: their search documents
    hold its date and transcript."""
    return apps.get_model("media_library", "RecordingPage").objects.filter(media_id=media_id)


def chosen_track(tracks, language):
    """The caption track a page in `language` searches: its own language, else the original."""
    tracks = list(tracks)
    for track in tracks:
        if track.language[:2] == language:
            return track
    return next((track for track in tracks if track.is_original), tracks[0] if tracks else None)


def transcript_segments(media_ids):
    """{(media id, page language): [(start, text, language)]} for the chosen tracks, among
    the reviewed ones (a machine draft's words are never searched)."""
    tracks = {}
    reviewed = CaptionTrack.objects.reviewed().filter(media_id__in=media_ids)
    for track in reviewed.prefetch_related("segments"):
        tracks.setdefault(track.media_id, []).append(track)
    found = {}
    for media_id, media_tracks in tracks.items():
        for language in LANGUAGES:
            track = chosen_track(media_tracks, language)
            if track is not None:
                found[(media_id, language)] = [
                    (segment.start, segment.text, track.language[:2])
                    for segment in sorted(track.segments.all(), key=lambda s: s.start)
                ]
    return found

"""The recording's public, translated face, and the index of recordings."""

from django.apps import apps
from django.db import models
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from hub.core.licences import LICENCE_URLS, Licence
from hub.core.models import BasePage, names_field
from hub.core.utils import json_ld_text, language_of, localized_all, paginate, public_pages
from hub.stats.panels import CountsPanel
from media_library.blocks import ChapterBlock, timecode_seconds
from media_library.filters import RecordingFilters
from media_library.models.files import transcript_segments
from media_library.recording_panel import RecordingMediaPanel
from search.pages import SearchablePage


def parse_start(value, duration):
    """Seconds from ?t= (83, 1:23), within the recording; 0 when unreadable."""
    if not value:
        return 0
    try:
        seconds = timecode_seconds(str(value)[:12])
    except ValueError:
        return 0
    return min(seconds, duration) if duration else seconds


def iso_duration(seconds):
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"PT{hours}H{minutes}M{secs}S" if hours else f"PT{minutes}M{secs}S"


class RecordingIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["media_library.RecordingPage"]
    max_count_per_parent = 1
    template = "media_library/recording_index_page.html"
    per_page = 12

    class Meta:
        verbose_name = _("recordings index")

    def get_context(self, request, *args, **kwargs):
        from hub.network.models import Person

        context = super().get_context(request, *args, **kwargs)
        recordings = (
            public_pages(RecordingPage.objects.live().child_of(self))
            .select_related("media", "poster", "media__poster")
            # The cards' pictures find their renditions loaded with the list.
            .prefetch_related("poster__renditions", "media__poster__renditions")
            .order_by("-media__recorded_on", "title")
        )
        speakers = (
            Person.objects.live()
            .filter(
                pk__in=RecordingPageSpeaker.objects.filter(page__locale=self.locale).values(
                    "person"
                )
            )
            .order_by("name")
        )
        filters = RecordingFilters(request.GET, speakers=speakers)
        items = paginate(filters.filter(recordings), request, per_page=self.per_page)
        context.update({"items": items, "filters": filters})
        return context


class RecordingPageSpeaker(Orderable):
    """Synchronised across translations; templates show `person.localized`."""

    page = ParentalKey(
        "media_library.RecordingPage", on_delete=models.CASCADE, related_name="speakers"
    )
    person = models.ForeignKey("network.Person", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("person")]


class RecordingPage(SearchablePage, BasePage):
    media = models.ForeignKey(
        "media_library.MediaFile",
        null=True,
        on_delete=models.SET_NULL,
        related_name="pages",
        verbose_name=_("media file"),
    )
    description = models.TextField(_("description"), blank=True)
    poster = models.ForeignKey(
        "core.HubImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("poster"),
        help_text=_("Leave empty to use the frame taken from the video."),
    )
    chapters = StreamField([("chapter", ChapterBlock())], blank=True, verbose_name=_("chapters"))
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    is_sample = models.BooleanField(
        _("sample recording"), default=False, help_text=_("Demo content, shown with a notice.")
    )

    content_panels = BasePage.content_panels + [
        MediaChooserPanel("media"),
        RecordingMediaPanel(),
        FieldPanel("description"),
        FieldPanel("poster"),
        FieldPanel("chapters"),
        MultiFieldPanel(
            [
                InlinePanel("speakers", label=_("Speaker")),
                FieldPanel("licence"),
                FieldPanel("is_sample"),
            ],
            heading=_("Speakers and licence"),
        ),
        CountsPanel(heading=_("Plays and downloads")),
    ]
    api_fields = BasePage.api_fields + [
        APIField("media"),
        APIField("description"),
        APIField("poster"),
        APIField("chapters"),
        APIField("licence"),
        APIField("is_sample"),
        APIField("speakers", serializer=names_field("speaker_names")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description", boost=2),
        index.FilterField("media"),
        index.RelatedFields(
            "speakers", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
    ]
    parent_page_types = ["media_library.RecordingIndexPage"]
    subpage_types = []
    template = "media_library/recording_page.html"

    search_kind = "recording"
    search_kind_label = _("Recording")
    search_weight = 1.5

    class Meta:
        verbose_name = _("recording")
        verbose_name_plural = _("recordings")

    # Its search document holds the transcript; a result lands on the moments it matched.
    @property
    def search_media_id(self):
        return self.media_id

    @classmethod
    def search_segments(cls, media_ids):
        return transcript_segments(media_ids)

    content_date_related = ("media",)
    routed_with = ("poster", "media__poster", "media__collection")

    def content_date(self):
        """The day it was recorded, if known."""
        return self.media.recorded_on if self.media_id else None

    def search_facets(self):
        # The panel that plays it (hub.events sits above: found through the app registry).
        link = (
            apps.get_model("events", "PanelRecording")
            .objects.filter(recording=self)
            .select_related("page")
            .first()
        )
        return {"panel": str(link.page.translation_key)} if link is not None else {}

    def search_texts(self):
        if not self.media_id:
            return []
        language = self.locale.language_code
        segments = transcript_segments([self.media_id]).get((self.media_id, language), [])
        if not segments:
            return []
        return [[segments[0][2], "\n".join(text for _start, text, _language in segments)]]

    @property
    def summary(self):
        return self.listing_summary or self.description

    @property
    def poster_image(self):
        return self.poster or (self.media.poster if self.media else None)

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def open_graph_type(self):
        if self.media is None:
            return "website"
        return "video.other" if self.media.is_video else "music.song"

    def get_share_image(self):
        return super().get_share_image() or self.poster_image

    def chapter_list(self):
        return [
            {
                "start": timecode_seconds(block.value["start"]),
                "label": block.value["start"],
                "title": block.value["title"],
            }
            for block in self.chapters
        ]

    def speaker_people(self):
        return localized_all(
            (item.person for item in self.speakers.select_related("person")), self.locale_id
        )

    def speaker_names(self):
        return [person.name for person in self.speaker_people()]

    def get_context(self, request, *args, **kwargs):
        from django.utils.translation import gettext as _

        from hub.core.templatetags.hub_tags import timecode
        from hub.core.utils import absolute_url

        context = super().get_context(request, *args, **kwargs)
        self.prefetch_media()
        media = self.media
        caption, segments = self.transcript()
        canonical = absolute_url(request, self)
        duration = int(media.duration) if media and media.duration else 0
        context.update(
            {
                "start": parse_start(request.GET.get("t"), duration),
                "light_first": request.GET.get("quality") == "light",
                "tracks": self.caption_tracks(),
                "caption": caption,
                "segments": segments,
                "canonical_url": canonical,
                "embed_url": request.build_absolute_uri(reverse("recording_embed", args=[self.pk])),
                "duration_iso": iso_duration(duration),
                "duration_label": timecode(duration),
                "downloads": self.downloads(),
                "citation": _("%(title)s [recording]. Torture Prevention Hub, %(year)s. %(url)s")
                % {
                    "title": self.title,
                    "year": (media.recorded_on or self.first_published_at or timezone.now()).year
                    if media
                    else timezone.now().year,
                    "url": canonical,
                },
            }
        )
        context["json_ld"] = self.structured_data(request, context)
        context["json_ld_text"] = json_ld_text(context["json_ld"])
        return context

    def structured_data(self, request, context):
        """schema.org VideoObject or AudioObject for search engines."""
        media = self.media
        if media is None:
            return {}
        data = {
            "@context": "https://schema.org",
            "@type": "VideoObject" if media.is_video else "AudioObject",
            "name": self.title,
            "description": self.description or self.title,
            "duration": context["duration_iso"],
            # The day it was recorded, as search engines show it; the day it was put
            # online only when that is not known.
            "uploadDate": (
                self.content_date()
                or timezone.localtime(self.first_published_at or media.created_at).date()
            ).isoformat(),
            "contentUrl": request.build_absolute_uri(media.serve_url),
            "embedUrl": context["embed_url"],
            "inLanguage": media.language or language_of(self),
            "url": context["canonical_url"],
        }
        if media.recorded_on:
            data["dateCreated"] = media.recorded_on.isoformat()
        poster = self.poster_image
        if poster is not None:
            data["thumbnailUrl"] = request.build_absolute_uri(
                poster.get_rendition("width-1280|format-jpeg").url
            )
        if context["tracks"]:
            data["caption"] = [
                {
                    "@type": "MediaObject",
                    "contentUrl": request.build_absolute_uri(track.url),
                    "encodingFormat": "text/vtt",
                    "inLanguage": track.language,
                }
                for track in context["tracks"]
            ]
        if context["segments"]:
            data["transcript"] = " ".join(segment.text for segment in context["segments"])
        if self.licence_url:
            data["license"] = self.licence_url
        return data

    def prefetch_media(self):
        """Load the media file with its renditions and captions once, for every use below."""
        if self.media_id and "media" not in getattr(self, "_prefetched", ()):
            field = self._meta.get_field("media")
            if field.is_cached(self):  # routing fetched it, with its poster (`routed_with`)
                prefetch_related_objects([self.media], "renditions", "captions")
            else:
                self.media = (
                    field.related_model.objects.select_related("poster", "collection")
                    .prefetch_related("renditions", "captions")
                    .get(pk=self.media_id)
                )
            self._prefetched = ("media",)

    def downloads(self):
        from django.utils.translation import gettext as _

        media = self.media
        if media is None:
            return []
        items = [
            {
                "url": media.download_url,
                "label": _("Original file"),
                "format": (media.mime_type or media.file_extension).split("/")[-1].upper(),
                "size": media.file_size or media.file.size,
            }
        ]
        for rendition in media.renditions.all():
            items.append(
                {
                    "url": rendition.download_url,
                    "label": rendition.get_kind_display(),
                    "format": rendition.mime_type.split("/")[-1].upper(),
                    "size": rendition.file_size,
                }
            )
        return items

    def caption_tracks(self):
        """The reviewed caption tracks, the page's language first (the player's list)."""
        if self.media is None:
            return []
        language = language_of(self)
        return sorted(self.media.public_captions, key=lambda track: track.language != language)

    def transcript(self):
        """(caption track, cues) in the page's language, else in the original language:
        reviewed tracks only. Each cue is a row with its `start`, `end`, `speaker` and
        `text`, not a model instance: a recording of hours has thousands."""
        if self.media is None:
            return None, []
        captions = {c.language: c for c in self.media.public_captions}
        caption = captions.get(language_of(self)) or next(
            (c for c in captions.values() if c.is_original), None
        )
        if caption is None:
            return None, []
        return caption, list(
            caption.segments.values_list("start", "end", "speaker", "text", named=True)
        )

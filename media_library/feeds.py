"""Feeds of recordings: the podcast and the feed of every recording.

The podcast has every recording of a locale as audio (videos through their audio
rendition): RSS 2.0 with the iTunes tags podcast apps need, exact enclosure lengths and
types, and the Podcasting 2.0 `podcast:transcript` and `podcast:chapters` elements. The
recordings feed has every recording, video or audio, with its original file.
"""

from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.core.feeds import LocaleFeed
from hub.core.templatetags.hub_tags import timecode
from media_library.models import RecordingIndexPage, RecordingPage

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"


class PodcastFeedType(Rss201rev2Feed):
    def rss_attributes(self):
        attributes = super().rss_attributes()
        attributes["xmlns:itunes"] = ITUNES
        attributes["xmlns:podcast"] = PODCAST
        return attributes

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:type", "episodic")
        handler.startElement("itunes:category", {"text": "Government"})
        handler.endElement("itunes:category")
        if feed.get("itunes_image"):
            handler.startElement("itunes:image", {"href": feed["itunes_image"]})
            handler.endElement("itunes:image")
        handler.addQuickElement("itunes:summary", feed["description"])

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:duration", item["itunes_duration"])
        handler.addQuickElement("itunes:explicit", "false")
        if item.get("itunes_image"):
            handler.startElement("itunes:image", {"href": item["itunes_image"]})
            handler.endElement("itunes:image")
        for transcript in item["transcripts"]:
            handler.startElement("podcast:transcript", transcript)
            handler.endElement("podcast:transcript")
        if item.get("chapters_url"):
            handler.startElement(
                "podcast:chapters",
                {"url": item["chapters_url"], "type": "application/json+chapters"},
            )
            handler.endElement("podcast:chapters")


def _recordings(locale):
    return (
        RecordingPage.objects.live()
        .public()
        .filter(locale=locale, media__isnull=False)
        .select_related("media", "poster", "media__poster")
        # By the day recorded, as their pubDate says (hub.core.feeds.feed_date).
        .order_by(
            Coalesce("media__recorded_on", TruncDate("first_published_at")).desc(),
            "-first_published_at",
            "-pk",
        )
    )


class PodcastFeed(LocaleFeed):
    feed_type = PodcastFeedType
    index_model = RecordingIndexPage
    title = gettext_lazy("Recordings — Torture Prevention Hub")
    description = gettext_lazy(
        "Panels and talks of the network on national human rights institutions, the "
        "UPR and the prevention of torture in Latin America."
    )

    def feed_extra_kwargs(self, locale):
        from django.templatetags.static import static

        return {
            "itunes_author": _("Torture Prevention Hub"),
            "itunes_image": self.absolute(static("img/podcast-cover.png")),
        }

    def items(self, locale):
        pages = _recordings(locale).prefetch_related("media__renditions", "media__captions")[:100]
        return [page for page in pages if page.media.podcast_audio]

    def item_description(self, item):
        return item.description

    def enclosure(self, item):
        audio = item.media.podcast_audio
        return {"url": audio["url"], "length": audio["size"], "type": audio["type"]}

    def item_extra_kwargs(self, item):
        absolute = self.absolute
        poster = item.poster_image
        return {
            "itunes_duration": timecode(item.media.duration),
            "itunes_image": absolute(poster.get_rendition("fill-1400x1400|format-jpeg").url)
            if poster
            else None,
            "transcripts": [
                {
                    "url": absolute(track.url),
                    "type": "text/vtt",
                    "language": track.language,
                    "rel": "captions",
                }
                for track in item.media.public_captions
            ],
            "chapters_url": absolute(reverse("recording_chapters", args=[item.pk]))
            if item.chapters
            else None,
        }


class RecordingFeed(LocaleFeed):
    """Every recording of the locale, video and audio, each with its original file."""

    index_model = RecordingIndexPage
    title = gettext_lazy("Video and audio recordings — Torture Prevention Hub")
    description = gettext_lazy(
        "Every recording of the panels and talks of the network, video and audio, with "
        "its original file."
    )

    def items(self, locale):
        return _recordings(locale)[:100]

    def item_description(self, item):
        return item.description

    def item_categories(self, item):
        return [_("Video") if item.media.is_video else _("Audio")]

    def enclosure(self, item):
        media = item.media
        return {
            "url": media.download_url,
            "length": media.file_size or media.file.size,
            "type": media.mime_type or ("video/mp4" if media.is_video else "audio/mp4"),
        }

"""What every feed of the hub shares: RSS 2.0 of pages of the active locale.

Titles and descriptions are in the active language, links are absolute (Django's feed
view adds the host the visitor used), and an item's guid stays the same when its page
moves: its translation key and language. An item is dated by what it is about (its page's
`content_date()`: a news item's date, a workshop's first day, a brief's publication, the
day a recording was made), not by the day it was put online.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Rss201rev2Feed

from wagtail.models import Locale

from hub.core.utils import language_of


class LocaleFeed(Feed):
    """Subclasses set `title` and `description` (lazy translations: they are read in the
    active language), `items()`, and `enclosure()` when items come with a file."""

    feed_type = Rss201rev2Feed
    # The index page the feed follows (its link), if it has one.
    index_model = None
    item_guid_is_permalink = False

    def get_object(self, request):
        self.request = request
        return Locale.objects.get(language_code=translation.get_language())

    def index_page(self, locale):
        if self.index_model is None:
            return None
        return self.index_model.objects.live().filter(locale=locale).first()

    def link(self, locale):
        index = self.index_page(locale)
        return index.get_url(self.request) if index else f"/{locale.language_code}/"

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"{item.translation_key}:{language_of(item)}"

    def item_pubdate(self, item):
        return feed_date(item)

    def absolute(self, url):
        return self.request.build_absolute_uri(url)

    def enclosure(self, item):
        """{"url", "length", "type"} of the item's file, or None."""
        return None

    def item_enclosure_url(self, item):
        enclosure = self.enclosure(item)
        return self.absolute(enclosure["url"]) if enclosure else None

    def item_enclosure_length(self, item):
        return self.enclosure(item)["length"]

    def item_enclosure_mime_type(self, item):
        return self.enclosure(item)["type"]


def start_of_day(date):
    """A date as the midnight that begins it in the site's time zone (RSS wants a time)."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def feed_date(page):
    """The start of the page's content date; its first publication only when it has no
    date of its own (a recording whose day is not known), since RSS readers order by it."""
    day = page.content_date()
    return start_of_day(day) if day else page.first_published_at

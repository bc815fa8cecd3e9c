from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from hub.news.models import NewsIndexPage, NewsPage


class NewsFeed(Feed):
    """RSS 2.0 of the latest news in the active locale (/<lang>/feeds/news/)."""

    feed_type = Rss201rev2Feed

    def get_object(self, request):
        self.request = request
        return Locale.objects.get(language_code=translation.get_language())

    def title(self, locale):
        return _("News — Torture Prevention Hub")

    def link(self, locale):
        index = NewsIndexPage.objects.live().filter(locale=locale).first()
        return index.get_url(self.request) if index else "/"

    def description(self, locale):
        return _(
            "News from the network on national human rights institutions and the "
            "prevention of torture in Latin America."
        )

    def items(self, locale):
        return NewsPage.objects.live().public().filter(locale=locale).order_by("-date", "-pk")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_guid(self, item):
        return f"{item.translation_key}:{item.locale.language_code}"

    item_guid_is_permalink = False

from django.utils.translation import gettext_lazy as _

from hub.core.feeds import LocaleFeed
from hub.news.models import NewsIndexPage, NewsPage


class NewsFeed(LocaleFeed):
    """RSS 2.0 of the latest news in the active locale (/<lang>/feeds/news/)."""

    index_model = NewsIndexPage
    title = _("News — Torture Prevention Hub")
    description = _(
        "News from the network on national human rights institutions and the "
        "prevention of torture in Latin America."
    )

    def items(self, locale):
        return NewsPage.objects.live().public().filter(locale=locale).order_by("-date", "-pk")[:30]

    def item_description(self, item):
        return item.summary

"""The news feed (/<lang>/feeds/news/): the live news of one language, newest first."""

import pytest

from hub.core.feeds import start_of_day
from hub.news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory
from tests.feeds import read_feed

pytestmark = pytest.mark.django_db
OTHER_FEEDS = ["news", "briefs", "recordings", "podcast", "events"]


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_news_feed_per_locale(client, code):
    NewsPageFactory(language=code, title=f"Noticia del feed ({code})")
    _channel, items = read_feed(client, f"/{code}/feeds/news/")
    titles = {item["title"] for item in items}
    expected = set(
        NewsPage.objects.live().filter(locale__language_code=code).values_list("title", flat=True)
    )
    assert titles == expected and f"Noticia del feed ({code})" in titles
    for item in items:
        assert f"/{code}/" in item["link"]


def test_an_item_is_the_news_summary_and_drafts_stay_out(client):
    news = NewsPageFactory(
        title="Noticia más reciente", date="2099-01-02", summary_text="Lo esencial en dos frases."
    )
    NewsPageFactory(title="Noticia sin publicar", date="2099-01-03", live=False)
    _channel, items = read_feed(client, "/es/feeds/news/")
    first = items[0]
    assert first["title"] == "Noticia más reciente"
    assert first["link"] == "http://testserver" + news.url
    assert first["description"] == "Lo esencial en dos frases."
    assert first["published"] == start_of_day(news.date)
    assert "Noticia sin publicar" not in {item["title"] for item in items}


def test_the_news_index_lists_the_other_feeds(client):
    html = client.get(NewsIndexPage.objects.get(locale__language_code="en").url).content.decode()
    for name in OTHER_FEEDS:
        assert f'href="/en/feeds/{name}/"' in html

"""News: where news pages live, how the index lists them, how a news item presents itself
to link previews and search engines."""

import pytest

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.core.models import StandardPage
from hub.news.models import NewsIndexPage, NewsPage
from tests.factories import ImageFactory, NewsIndexPageFactory, NewsPageFactory, home
from tests.open_web import head_of, schema_object

pytestmark = pytest.mark.django_db


class NewsTreeTests(WagtailPageTestCase):
    def test_news_lives_only_in_its_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_one_news_index_per_home(self):
        self.assertTrue(NewsIndexPage.objects.child_of(home("es")).exists())
        self.assertFalse(NewsIndexPage.can_create_at(home("es")))

    def test_news_cannot_be_created_at_home(self):
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanCreateAt(HomePage, StandardPage)


def test_adding_a_news_item_offers_only_the_allowed_place(editor_client):
    index = NewsIndexPage.objects.get(locale__language_code="es")
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])
    assert editor_client.get(url).status_code == 200
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", home("es").pk])
    assert editor_client.get(url).status_code in (302, 403)  # Wagtail refuses with a redirect


def test_the_index_lists_its_live_news_newest_first_ten_a_page(client):
    index = NewsIndexPageFactory()
    for day in range(1, 13):
        NewsPageFactory(parent=index, title=f"Noticia del día {day:02}", date=f"2024-05-{day:02}")
    NewsPageFactory(parent=index, title="Noticia en borrador", live=False)
    newest = [f"Noticia del día {day:02}" for day in range(12, 0, -1)]
    first = client.get(index.url).content.decode()
    assert [first.index(title) for title in newest[:10]] == sorted(
        first.index(title) for title in newest[:10]
    )
    assert "Noticia del día 02" not in first and "Noticia en borrador" not in first
    second = client.get(index.url, {"page": 2}).content.decode()
    assert "Noticia del día 02" in second and "Noticia del día 01" in second
    assert "Noticia del día 12" in client.get(index.url, {"page": "x"}).content.decode()


def test_a_page_is_shared_with_its_own_image_as_a_jpeg_rendition(client):
    picture = ImageFactory(file__width=1600, file__height=900)
    news = NewsPageFactory(language="en", lead_image=picture, date="2024-05-02")
    meta = head_of(client, news.url).meta
    assert meta["og:type"] == "article"
    assert meta["og:image"].endswith(".jpg") and "fill-1200x630" in meta["og:image"]
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["article:published_time"] == "2024-05-02"


def test_news_articles_have_a_date_publisher_and_image(client):
    news = NewsPageFactory(language="pt", lead_image=ImageFactory(), date="2024-05-02")
    item = schema_object(head_of(client, news.url), "NewsArticle")
    assert item["headline"] == news.title
    assert item["datePublished"] == "2024-05-02"
    assert item["inLanguage"] == "pt"
    assert item["publisher"]["@type"] == "Organization"
    assert item["image"].startswith("http://testserver/")

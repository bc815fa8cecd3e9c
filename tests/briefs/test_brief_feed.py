"""The briefs feed, as a feed reader meets it, in each language."""

import pytest

from django.utils import timezone

from hub.briefs.models import BriefIndexPage
from hub.core.models import Topic
from tests.feeds import fetch_enclosure, read_feed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_the_briefs_feed_lists_what_the_index_lists(client, code):
    index = BriefIndexPage.objects.get(locale__language_code=code)
    channel, items = read_feed(client, f"/{code}/feeds/briefs/")
    assert channel.findtext("link") == "http://testserver" + index.url
    briefs = list(index.all_briefs().order_by("-publication_date", "-pk"))
    assert len(briefs) > 1
    assert [item["title"] for item in items] == [brief.title for brief in briefs]
    for item, brief in zip(items, briefs, strict=True):
        assert item["link"] == "http://testserver" + brief.url
        assert item["guid"] == f"{brief.translation_key}:{brief.locale.language_code}"
        assert item["description"] == brief.abstract
        published = timezone.localtime(item["published"])
        assert published.date() == brief.publication_date
        assert (published.hour, published.minute) == (0, 0)
        assert item["author"]


def test_each_brief_comes_with_its_document(client):
    _channel, items = read_feed(client, "/en/feeds/briefs/")
    index = BriefIndexPage.objects.get(locale__language_code="en")
    documents = {brief.title: brief.document for brief in index.all_briefs()}
    types = set()
    for item in items:
        document = documents[item["title"]]
        enclosure = item["enclosure"]
        assert enclosure["url"] == "http://testserver" + document.url
        body, response = fetch_enclosure(client, enclosure)
        assert int(enclosure["length"]) == len(body) == document.file_size
        assert response["Content-Type"] == enclosure["type"]
        types.add(enclosure["type"])
    assert "application/pdf" in types


def test_topics_are_named_in_the_feeds_language(client):
    _channel, items = read_feed(client, "/pt/feeds/briefs/")
    portuguese = set(
        Topic.objects.filter(locale__language_code="pt").values_list("name", flat=True)
    )
    categories = {category for item in items for category in item["categories"]}
    assert categories and categories <= portuguese


def test_the_index_advertises_its_feed(client):
    index = BriefIndexPage.objects.get(locale__language_code="es")
    html = client.get(index.url).content.decode()
    head = html[: html.index("</head>")]
    assert '<link rel="alternate" type="application/rss+xml" title="Notas"' in head
    assert 'href="/es/feeds/briefs/"' in head
    assert 'class="feed-link"><a href="/es/feeds/briefs/"' in html

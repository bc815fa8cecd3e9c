"""Each recommendation's permalink is in the sitemap, in every language, dated by when
its row last changed; more recommendations cost the sitemap no more queries."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hub.upr.models import Recommendation
from tests.factories import RecommendationFactory, recommendations_database

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def entries(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext("s:loc", namespaces=NS): (
            url.findtext("s:lastmod", namespaces=NS),
            {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)},
        )
        for url in root.findall("s:url", NS)
    }


def test_every_permalink_is_listed_with_the_day_its_row_changed(client):
    item = RecommendationFactory()
    changed = timezone.make_aware(datetime.datetime(2019, 3, 4, 12))
    Recommendation.objects.filter(pk=item.pk).update(updated_at=changed)
    listed = entries(client)
    permalinks = {}
    for language in ("es", "en", "pt"):
        database = recommendations_database(language)
        permalinks[language] = "http://testserver" + database.recommendation_url(item)
    for language, permalink in permalinks.items():
        lastmod, alternates = listed[permalink]
        assert lastmod == "2019-03-04", language
        assert alternates == permalinks
    # Each permalink answers.
    for permalink in permalinks.values():
        assert client.get(permalink.removeprefix("http://testserver")).status_code == 200


def test_more_recommendations_cost_the_sitemap_no_more_queries(
    client, django_assert_max_num_queries
):
    RecommendationFactory()
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as before:
        listed = client.get("/sitemap.xml").content.count(b"<loc>")
    RecommendationFactory.create_batch(5)
    with django_assert_max_num_queries(len(before.captured_queries)):
        response = client.get("/sitemap.xml")
    assert response.content.count(b"<loc>") == listed + 3 * 5

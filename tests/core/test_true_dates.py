"""Feeds, the sitemap and JSON-LD give the content's own date (issue 18, item 3), never
the day a page was loaded: in the demo, everything was published on the day it was loaded,
years after the workshop it describes."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from django.utils import timezone

from wagtail.models import Page

from hub.core.feeds import start_of_day
from hub.core.models import StandardPage
from hub.declaration.models import DeclarationPage
from hub.events.models import PanelPage, WorkshopPage
from hub.news.models import NewsPage
from media_library.models import RecordingPage
from tests.factories import NewsPageFactory, RecordingPageFactory, WorkshopPageFactory
from tests.feeds import read_feed
from tests.open_web import head_of, schema_object

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
FEEDS = ("news", "events", "briefs", "recordings", "podcast")


def load_day():
    """The day the demo was loaded (its pages' first publication)."""
    home = Page.objects.get(depth=2, locale__language_code="en")
    return timezone.localtime(home.first_published_at).date()


def lastmods(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext(f"{SITEMAP}loc").removeprefix("http://testserver"): url.findtext(
            f"{SITEMAP}lastmod"
        )
        for url in root.iter(f"{SITEMAP}url")
    }


@pytest.mark.demo
@pytest.mark.parametrize("name", FEEDS)
def test_no_demo_feed_item_is_dated_by_its_load(client, name):
    _channel, items = read_feed(client, f"/en/feeds/{name}/")
    assert items
    for item in items:
        assert timezone.localtime(item["published"]).date() < load_day(), item["title"]
    dates = [item["published"] for item in items]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.demo
def test_the_events_feed_dates_panels_by_their_workshop_and_orders_by_date(client):
    old = WorkshopPageFactory(
        language="en", start_date=datetime.date(2005, 6, 1), end_date=datetime.date(2005, 6, 2)
    )
    _channel, items = read_feed(client, "/en/feeds/events/")
    workshop = WorkshopPage.objects.live().get(locale__language_code="en", start_date__year=2011)
    by_link = {item["link"].removeprefix("http://testserver"): item for item in items}
    assert by_link[workshop.url]["published"] == start_of_day(workshop.start_date)
    for panel in PanelPage.objects.live().filter(locale__language_code="en"):
        assert by_link[panel.url]["published"] == start_of_day(panel.content_date())
    # Published last, it happened first: it comes last.
    assert items[-1]["link"].endswith(old.url)


def test_the_recordings_feeds_date_and_order_recordings_by_the_day_recorded(client):
    old = RecordingPageFactory(language="en", media__recorded_on=datetime.date(2005, 6, 1))
    new = RecordingPageFactory(language="en", media__recorded_on=datetime.date(2030, 1, 2))
    _channel, items = read_feed(client, "/en/feeds/recordings/")
    assert items[0]["link"].endswith(new.url) and items[-1]["link"].endswith(old.url)
    assert items[0]["published"] == start_of_day(datetime.date(2030, 1, 2))
    assert items[-1]["published"] == start_of_day(datetime.date(2005, 6, 1))


@pytest.mark.demo
def test_sitemap_lastmod_is_the_content_date_of_pages_that_have_one(client):
    dates = lastmods(client)
    workshop = WorkshopPage.objects.live().get(locale__language_code="en")
    assert dates[workshop.url] == "2011-12-13"
    for panel in PanelPage.objects.live().filter(locale__language_code="en"):
        assert dates[panel.url] == "2011-12-13", panel.url
    declaration = DeclarationPage.objects.live().get(locale__language_code="en")
    assert dates[declaration.url] == "2011-12-14"
    for news in NewsPage.objects.live().filter(locale__language_code="en"):
        assert dates[news.url] == news.date.isoformat()
    for recording in RecordingPage.objects.live().filter(locale__language_code="en"):
        assert dates[recording.url] == recording.media.recorded_on.isoformat()
    # A page without a date of its own: its last publication is its last change.
    page = StandardPage.objects.live().filter(locale__language_code="en").first()
    assert dates[page.url] == timezone.localtime(page.last_published_at).date().isoformat()


def test_sitemap_lastmod_follows_a_real_edit_of_a_dated_page(client):
    news = NewsPageFactory(date=datetime.date(2012, 4, 27))
    assert lastmods(client)[news.url] == "2012-04-27"
    news.save_revision().publish()  # an editor's correction, later
    assert lastmods(client)[news.url] == timezone.localdate().isoformat()


def test_news_json_ld_is_modified_only_by_a_real_edit(client):
    news = NewsPageFactory(date=datetime.date(2012, 4, 27))
    article = schema_object(head_of(client, news.url), "NewsArticle")
    assert article["datePublished"] == "2012-04-27"
    assert "dateModified" not in article  # published once: loaded, never edited
    news.save_revision().publish()
    article = schema_object(head_of(client, news.url), "NewsArticle")
    news.refresh_from_db()
    assert article["dateModified"] == news.last_published_at.isoformat()


def test_recording_json_ld_is_dated_by_the_day_recorded(client):
    page = RecordingPageFactory(language="en", media__recorded_on=datetime.date(2011, 12, 14))
    data = schema_object(head_of(client, page.url), "AudioObject")
    assert data["uploadDate"] == "2011-12-14"
    assert data["dateCreated"] == "2011-12-14"

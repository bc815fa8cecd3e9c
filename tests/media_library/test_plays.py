"""Plays and downloads of recordings: counted once, as daily totals, with nothing about
the visitor; bad requests refused with a clear answer."""

import datetime

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction

from hub.stats.models import DailyCount
from media_library.models import MediaRendition, RecordingPage
from tests.factories import (
    MediaFileFactory,
    MediaRenditionFactory,
    NewsPageFactory,
    RecordingPageFactory,
)

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
PLAY_URL = "/api/stats/play/"


def recording(code="en", **fields):
    """A live recording page in the language `code`."""
    return RecordingPageFactory(language=code, **fields)


def counted(obj, kind):
    rows = DailyCount.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, kind=kind
    )
    return sum(rows.values_list("count", flat=True))


def play(client, page_id, agent=BROWSER, **extra):
    return client.post(PLAY_URL, {"page": str(page_id)}, headers={"user-agent": agent}, **extra)


def test_each_play_request_adds_one_to_todays_total(client):
    page = recording()
    response = play(client, page.pk)
    assert response.status_code == 204
    assert response.content == b""
    assert not response.cookies
    assert counted(page, "play") == 1
    assert play(client, page.pk).status_code == 204
    row = DailyCount.objects.get(object_id=page.pk, kind="play")
    assert row.count == 2
    assert row.date == timezone.localdate()
    assert row.content_type.model_class() is RecordingPage
    # Another language's page is another item of the same recording.
    portuguese = recording("pt", media=page.media)
    play(client, portuguese.pk)
    assert counted(page, "play") == 2 and counted(portuguese, "play") == 1


def test_only_aggregates_are_stored():
    fields = {field.name for field in DailyCount._meta.get_fields()}
    assert fields == {"id", "content_type", "object_id", "kind", "date", "count"}


def test_the_beacon_needs_no_csrf_token_and_sets_no_cookie():
    client = Client(enforce_csrf_checks=True)
    page = recording()
    response = play(client, page.pk)
    assert response.status_code == 204
    assert not response.cookies
    assert response["Cache-Control"] == "no-store"
    assert counted(page, "play") == 1


@pytest.mark.parametrize(
    "body, status",
    [
        ({}, 400),
        ({"page": ""}, 400),
        ({"page": "abc"}, 400),
        ({"page": "-3"}, 400),
        ({"page": "１２"}, 400),  # digits, but not ASCII ones
        ({"page": "9" * 40}, 400),
        ({"page": "99999999"}, 404),
    ],
)
def test_bad_input_is_refused_clearly(client, body, status):
    response = client.post(PLAY_URL, body, headers={"user-agent": BROWSER})
    assert response.status_code == status
    assert response.json()["error"]
    assert not DailyCount.objects.exists()


def test_only_live_recordings_the_visitor_may_see_are_counted(client):
    news = NewsPageFactory()
    assert play(client, news.pk).status_code == 404
    draft = recording("es")
    draft.unpublish()
    assert play(client, draft.pk).status_code == 404
    private = recording("en")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="panel"
    )
    assert play(client, private.pk).status_code == 404
    assert not DailyCount.objects.exists()


def test_other_methods_are_not_allowed(client):
    page = recording()
    assert client.get(PLAY_URL, {"page": page.pk}).status_code == 405
    assert client.put(PLAY_URL).status_code == 405
    assert not DailyCount.objects.exists()


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/124.0 Safari/537.36",
    ],
)
def test_robots_are_not_counted(client, agent):
    assert play(client, recording().pk, agent=agent).status_code == 204
    assert not DailyCount.objects.exists()


def test_the_play_counter_is_rate_limited(client):
    caches["default"].clear()
    page = recording()
    with override_settings(HUB_RATE_LIMITS={"search": "", "api": "", "forms": "", "stats": "2/m"}):
        statuses = [play(client, page.pk).status_code for _ in range(3)]
        assert statuses == [204, 204, 429]
        assert int(play(client, page.pk)["Retry-After"]) > 0
        assert play(client, page.pk, REMOTE_ADDR="10.0.0.7").status_code == 204
    assert counted(page, "play") == 3
    caches["default"].clear()


def test_counting_does_not_empty_the_page_cache(client):
    page = recording()
    client.get("/en/")
    caches["pages"].clear()
    with override_settings(HUB_PAGE_CACHE=True):
        assert client.get(page.url)["X-Page-Cache"] == "miss"
        play(client, page.pk)
        client.get(page.media.download_url, headers={"user-agent": BROWSER})
        cached = client.get(page.url)
        assert cached["X-Page-Cache"] == "hit"
        assert not cached.cookies
    caches["pages"].clear()
    assert counted(page, "play") == 1 and counted(page.media, "download") == 1


def test_the_player_knows_where_to_send_its_play(client):
    page = recording()
    html = client.get(page.url).content.decode()
    assert f'data-count-url="{PLAY_URL}" data-page="{page.pk}"' in html
    embed = client.get(reverse("recording_embed", args=[page.pk])).content.decode()
    assert f'data-page="{page.pk}"' in embed
    # The counts are for editors only.
    play(client, page.pk)
    assert "Plays and downloads" not in client.get(page.url).content.decode()


def test_download_links_are_counted_and_the_players_requests_are_not(client):
    media = MediaFileFactory(type="video")
    MediaRenditionFactory(media=media)
    MediaRenditionFactory(media=media, kind=MediaRendition.Kind.AUDIO)
    page = recording(media=media)
    html = client.get(page.url).content.decode()
    assert f'href="{media.download_url}" download' in html
    assert f'href="{media.light_video.download_url}" download' in html
    browser = {"user-agent": BROWSER}
    # The player streams the file: whole or in ranges, never a download.
    client.get(media.serve_url, headers=browser)
    client.get(media.serve_url, headers={**browser, "range": "bytes=0-"})
    assert counted(media, "download") == 0
    # A download link: counted once, even when the browser resumes it with ranges.
    response = client.get(media.download_url, headers=browser)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    client.get(media.download_url, headers={**browser, "range": "bytes=1000-"})
    client.head(media.download_url, headers=browser)
    assert counted(media, "download") == 1
    # A rendition's download is a download of the recording's file.
    rendition = client.get(media.audio_rendition.download_url, headers=browser)
    assert rendition.status_code == 200
    assert counted(media, "download") == 2
    assert not response.cookies and not rendition.cookies


def test_counts_are_per_day(client):
    page = recording()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    DailyCount.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=page.pk,
        kind="play",
        date=yesterday,
        count=5,
    )
    play(client, page.pk)
    rows = dict(DailyCount.objects.filter(object_id=page.pk).values_list("date", "count"))
    assert rows == {yesterday: 5, timezone.localdate(): 1}

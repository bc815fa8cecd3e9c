"""The feed of every recording, video and audio, in each language."""

import pytest

from hub.core.feeds import start_of_day
from media_library.models import RecordingIndexPage, RecordingPage
from tests.feeds import fetch_enclosure, read_feed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_every_recording_of_the_language_with_its_file(client, code):
    channel, items = read_feed(client, f"/{code}/feeds/recordings/")
    index = RecordingIndexPage.objects.get(locale__language_code=code)
    assert channel.findtext("link") == "http://testserver" + index.url
    pages = RecordingPage.objects.live().filter(locale__language_code=code)
    assert {item["title"] for item in items} == {page.title for page in pages}
    by_title = {page.title: page for page in pages}
    kinds = set()
    for item in items:
        page = by_title[item["title"]]
        assert item["link"] == "http://testserver" + page.url
        assert item["published"] == start_of_day(page.media.recorded_on)
        enclosure = item["enclosure"]
        assert enclosure["url"] == "http://testserver" + page.media.download_url
        assert enclosure["type"] == page.media.mime_type
        body, _response = fetch_enclosure(client, enclosure)
        assert int(enclosure["length"]) == len(body)
        kinds.add(enclosure["type"].split("/")[0])
    assert kinds == {"audio", "video"}  # unlike the podcast, videos come as videos
    dates = [item["published"] for item in items]
    assert dates == sorted(dates, reverse=True)


def test_the_index_advertises_both_feeds(client):
    index = RecordingIndexPage.objects.get(locale__language_code="pt")
    html = client.get(index.url).content.decode()
    head = html[: html.index("</head>")]
    assert 'type="application/rss+xml" title="Gravações de vídeo e áudio"' in head
    assert 'href="/pt/feeds/recordings/"' in head and 'href="/pt/feeds/podcast/"' in head

"""Pages, feeds and JSON travel gzipped to a browser that accepts it; files never are."""

import gzip

import pytest

from django.test import override_settings

from tests.factories import MINIMAL_PDF, DocumentFactory

pytestmark = pytest.mark.django_db
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def test_a_page_is_gzipped_for_a_browser_that_accepts_it(client):
    plain = client.get("/es/")
    assert "Content-Encoding" not in plain
    packed = client.get("/es/", **GZIP)
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert len(packed.content) < len(plain.content) / 2
    assert gzip.decompress(packed.content) == plain.content


def test_a_cached_page_is_gzipped_too_and_stays_whole_in_the_cache(client):
    client.get("/es/")  # a first request makes the site's settings row, which purges
    with override_settings(HUB_PAGE_CACHE=True):
        for headers in (GZIP, {}):
            client.get("/en/", **headers)  # an entry for each: compressed once, when stored
        hit = client.get("/en/", **GZIP)
        plain_hit = client.get("/en/")
    assert hit["X-Page-Cache"] == plain_hit["X-Page-Cache"] == "hit"
    assert hit["Content-Encoding"] == "gzip"
    assert hit["Vary"] == "Accept-Encoding"
    assert gzip.decompress(hit.content) == plain_hit.content


def test_json_and_feeds_are_gzipped(client):
    assert client.get("/api/search/?q=tortura&lang=es", **GZIP)["Content-Encoding"] == "gzip"
    assert client.get("/es/feeds/news/", **GZIP)["Content-Encoding"] == "gzip"


def test_files_are_sent_as_they_are(client):
    document = DocumentFactory()
    whole = client.get(document.url, **GZIP)
    assert "Content-Encoding" not in whole
    assert b"".join(whole.streaming_content) == MINIMAL_PDF
    part = client.get(document.url, HTTP_RANGE="bytes=0-9", **GZIP)
    assert part.status_code == 206
    assert "Content-Encoding" not in part
    assert b"".join(part.streaming_content) == MINIMAL_PDF[:10]

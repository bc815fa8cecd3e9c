"""Whole pages cached for anonymous visitors, per address and language, and forgotten
as soon as content changes; never for editors or private pages."""

import gzip

import pytest

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from hub.core.models import FooterText, StandardPage
from hub.network.models import NetworkPage, Person

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def test_a_second_visit_is_served_whole_without_queries(client):
    first = client.get("/en/")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/en/")
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert "Content-Security-Policy" in second


def test_a_miss_reads_the_content_version_twice_not_three_times(client, cache_reads):
    """With its lookup, and again before storing (content changed meanwhile: not kept);
    the page frame takes the one the lookup read."""
    from hub.core import page_cache

    asked = cache_reads(caches["pages"])
    client.get("/es/")  # a first version
    asked.clear()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert asked.count(page_cache.VERSION_KEY) == 2
    assert client.get("/en/")["X-Page-Cache"] == "hit"


def test_no_cookie_and_no_vary_cookie_for_visitors(client):
    response = client.get("/es/")
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies


def test_each_language_and_address_has_its_own_entry(client):
    spanish, english = client.get("/es/"), client.get("/en/")
    assert spanish.content != english.content
    assert client.get("/es/")["X-Page-Cache"] == "hit"
    network = NetworkPage.objects.get(locale__language_code="en").url
    assert client.get(network, {"country": "AR"})["X-Page-Cache"] == "miss"
    assert client.get(network, {"country": "BR"})["X-Page-Cache"] == "miss"


def test_editors_always_get_a_fresh_page(admin_client):
    admin_client.get("/en/")
    response = admin_client.get("/en/")
    assert "X-Page-Cache" not in response
    # A page with the editor's user bar is for the editor's browser alone.
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("cache_on", [True, False])
def test_search_and_uncached_pages_do_not_vary_on_cookies_either(client, settings, cache_on):
    settings.HUB_PAGE_CACHE = cache_on
    for address in ("/en/search/?q=torture", "/pt/", "/es/noticias/"):
        response = client.get(address)
        assert response.status_code == 200, address
        assert "Cookie" not in response.get("Vary", ""), address
        assert "private" not in response.get("Cache-Control", ""), address
        assert not response.cookies, address


def test_search_is_not_cached(client):
    client.get("/en/search/", {"q": "torture"})
    assert "X-Page-Cache" not in client.get("/en/search/", {"q": "torture"})


def test_publishing_a_change_is_seen_at_once(client):
    page = StandardPage.objects.live().filter(locale__language_code="en").order_by("id").first()
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    page.title = "A new title for this page"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "A new title for this page" in response.content.decode()


def test_a_snippet_change_is_seen_at_once(client):
    url = NetworkPage.objects.get(locale__language_code="en").url
    person = Person.objects.filter(locale__language_code="en").order_by("id").first()
    client.get(url, {"q": person.name})
    person.name = "Zoe Example (renamed)"
    person.save()
    assert "Zoe Example (renamed)" in client.get(url, {"q": "Zoe Example"}).content.decode()


def test_a_footer_draft_is_not_seen_its_publication_is_at_once(client):
    footer = FooterText.objects.filter(locale__language_code="en", live=True).first()
    client.get("/en/")
    footer.tagline = "A footer tagline waiting for review"
    revision = footer.save_revision()
    assert "waiting for review" not in client.get("/en/").content.decode()
    revision.publish()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "A footer tagline waiting for review" in response.content.decode()


def test_private_pages_are_never_stored(client, django_user_model):
    page = StandardPage.objects.live().filter(locale__language_code="pt").order_by("id").first()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    user = django_user_model.objects.create_user("leitora", password="pw-12345678")
    client.get(page.url)  # a redirect to sign in: not stored
    client.force_login(user)
    assert client.get(page.url).status_code == 200
    client.logout()
    assert client.get(page.url).status_code == 302


def test_unpublishing_forgets_the_page(client):
    page = StandardPage.objects.live().filter(locale__language_code="pt").order_by("-id").first()
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    page.unpublish()
    assert client.get(page.url).status_code == 404


class CountingCache(LocMemCache):
    """The local-memory cache, noting each call that is one round trip with Redis (a call
    made inside another, as LocMemCache.get_many calls get, is not one more)."""

    calls = []
    _busy = False


def _counted(name):
    method = getattr(LocMemCache, name)

    def counted(self, *args, **kwargs):
        if self._busy:
            return method(self, *args, **kwargs)
        CountingCache.calls.append((self.alias, name))
        self._busy = True
        try:
            return method(self, *args, **kwargs)
        finally:
            self._busy = False

    return counted


for _name in ("get", "get_many", "set", "set_many", "add", "delete", "has_key", "incr", "touch"):
    setattr(CountingCache, _name, _counted(_name))


def _counting(alias):
    return {"BACKEND": f"{__name__}.CountingCache", "LOCATION": f"counting-{alias}"}


@override_settings(CACHES={"default": _counting("default"), "pages": _counting("pages")})
def test_a_hit_is_one_round_trip_to_the_cache_and_nothing_else():
    for alias in ("default", "pages"):
        caches[alias].alias = alias
    client = Client()
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    CountingCache.calls.clear()
    with CaptureQueriesContext(connection) as queries:
        hit = client.get("/en/")
    assert hit["X-Page-Cache"] == "hit"
    assert CountingCache.calls == [("pages", "get_many")]
    assert len(queries) == 0


def _headers(response):
    return {name: value for name, value in response.items() if name != "X-Page-Cache"}


def test_a_hit_has_every_header_of_the_miss_that_stored_it(settings):
    settings.SECURE_HSTS_SECONDS = 3600
    client = Client(HTTP_ACCEPT_ENCODING="gzip, br")  # middleware made with these settings
    miss = client.get("/pt/", secure=True)
    hit = client.get("/pt/", secure=True)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert _headers(hit) == _headers(miss)
    # The very bytes the miss sent: compressed once, when the page was stored.
    assert hit.content == miss.content
    assert b"</html>" in gzip.decompress(hit.content)
    for name in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Strict-Transport-Security",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "Content-Language",
        "Content-Type",
    ):
        assert name in hit, name
    assert hit["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in hit["Vary"]
    # And the headers of the same page rendered with the cache off, but for its length
    # (gzip pads each compression with a random number of bytes).
    settings.HUB_PAGE_CACHE = False
    uncached = client.get("/pt/", secure=True)
    assert "X-Page-Cache" not in uncached
    del uncached["Content-Length"], hit["Content-Length"]
    assert _headers(hit) == _headers(uncached)


def test_each_encoding_and_scheme_has_its_own_entry(client):
    compressed = client.get("/es/", HTTP_ACCEPT_ENCODING="gzip")
    assert compressed["Content-Encoding"] == "gzip"
    plain = client.get("/es/")
    assert plain["X-Page-Cache"] == "miss"
    assert "Content-Encoding" not in plain
    assert b"</html>" in plain.content
    assert client.get("/es/", secure=True)["X-Page-Cache"] == "miss"
    assert client.get("/es/", HTTP_ACCEPT_ENCODING="gzip")["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in client.get("/es/")


def test_a_visitor_with_a_session_cookie_is_not_served_a_stored_page(client):
    client.get("/en/")
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    client.cookies["sessionid"] = "no-such-session"
    response = client.get("/en/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_hostile_headers_get_no_server_error_from_the_cache(client):
    assert client.get("/en/", HTTP_HOST="evil.example").status_code == 400
    odd = {"HTTP_ACCEPT_ENCODING": "gzip;q=NaN, br;q=-1, *;q=" + "9" * 50}
    assert client.get("/en/", **odd).status_code == 200
    assert client.get("/en/", **odd)["X-Page-Cache"] == "hit"
    forwarded = {"HTTP_X_FORWARDED_PROTO": "https, \x00", "HTTP_X_FORWARDED_HOST": "x" * 300}
    assert client.get("/en/", **forwarded).status_code < 500

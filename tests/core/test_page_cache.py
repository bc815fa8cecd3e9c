"""Whole pages cached for anonymous visitors, per address and language, and forgotten
as soon as content changes; never for editors or private pages."""

import pytest

from django.db import connection
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

"""Sitemap, robots.txt, /healthz, search input. (Each feed: tests/<app>/test_*_feed.py.)"""

import xml.etree.ElementTree as ET

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from hub.upr.models import Recommendation
from tests.factories import PanelPageFactory

pytestmark = pytest.mark.django_db
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


@pytest.mark.demo
def test_sitemap_lists_every_live_page_of_every_locale_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall("s:url", SITEMAP_NS)
    locations = {url.findtext("s:loc", namespaces=SITEMAP_NS) for url in urls}
    live = Page.objects.live().public().filter(depth__gt=1)
    pages = {"http://testserver" + page.url for page in live}
    assert pages <= locations
    # The rest are country profiles, served by the countries overview of each locale, and
    # the recommendations' permalinks, served by the database of each locale.
    extra = locations - pages
    profiles = {url for url in extra if url.rstrip("/").rsplit("/", 1)[-1].isalpha()}
    assert len(profiles) == 3 * 17
    assert len(extra - profiles) == 3 * Recommendation.objects.count()
    assert all(url.rstrip("/").rsplit("/", 1)[-1].isdigit() for url in extra - profiles)
    translated = {
        page.full_url.replace("http://localhost", "http://testserver")
        for page in live
        if page.get_translations().live().exists()
    }
    for url in urls:
        alternates = {link.get("hreflang") for link in url.findall("xhtml:link", SITEMAP_NS)}
        location = url.findtext("s:loc", namespaces=SITEMAP_NS)
        if location in translated:
            assert alternates == {"es", "en", "pt"}, location
        elif location in pages:
            assert alternates == set(), location  # A brief in one language only.


@pytest.mark.demo
def test_every_sitemap_url_answers_200(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    for loc in root.iterfind("s:url/s:loc", SITEMAP_NS):
        path = "/" + loc.text.split("/", 3)[3]
        assert client.get(path).status_code == 200, path


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_healthz_tells_the_public_only_the_status(client, django_user_model):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    # A signed-in user without admin access learns no more.
    client.force_login(django_user_model.objects.create_user("lector", password="pw-12345678"))
    assert client.get("/healthz").json() == {"status": "ok"}


def test_healthz_reports_each_part_to_staff(client, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("redactor", password="pw-12345678")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get("/healthz")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok"
    assert set(data["checks"]) == {"database", "cache", "search", "tasks"}
    assert data["checks"]["tasks"]["pending"] == 0
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_favicon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301


# Hostile queries and page numbers: tests/search/test_search.py.


@pytest.mark.demo
def test_search_finds_demo_pages_in_the_requested_language(client):
    data = client.get("/api/search/", {"q": "Subcomité", "lang": "es"}).json()
    assert data["total"] >= 1
    assert all(result["lang"] == "es" for result in data["results"])
    assert all(result["url"].startswith("/es/") for result in data["results"])


def test_search_api_rejects_an_unknown_language(client):
    response = client.get("/api/search/", {"q": "x", "lang": "fr"})
    assert response.status_code == 400


def test_uptime_monitors_and_robots_may_ask_with_head(client):
    """Monitors often check /healthz with HEAD (it answered 405); robots.txt likewise."""
    for address in ("/healthz", "/robots.txt"):
        response = client.head(address)
        assert response.status_code == 200, address
        assert response.content == b""
    assert client.post("/healthz").status_code == 405


def test_the_sitemap_dates_panels_without_a_query_each(client, django_assert_max_num_queries):
    """Panels and declarations are dated by their workshop, which the sitemap's own list
    holds: more panels, no more queries."""
    PanelPageFactory()
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap.xml")
    PanelPageFactory.create_batch(4)
    with django_assert_max_num_queries(len(before.captured_queries)):
        client.get("/sitemap.xml")

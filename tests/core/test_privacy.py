"""Which pages are private (hub.core.privacy): each process keeps the restricted paths and
reads their version once per request; a public page is served without asking the
database for restrictions, and a restriction made anywhere applies at once."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from hub.core import privacy
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def restriction_queries(queries):
    return [q for q in queries.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]]


def test_a_public_page_is_served_without_asking_for_restrictions(client):
    page = StandardPageFactory(title="Pública", language="en")
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    assert restriction_queries(queries) == []


def test_a_private_page_still_asks_for_its_restriction(client):
    section = StandardPageFactory(title="Reservada")
    page = StandardPageFactory(title="Dentro", parent=section)
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="clave"
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert restriction_queries(queries)
    html = response.content.decode()
    assert response.status_code == 200 and 'name="password"' in html and "Dentro" not in html


def test_a_restriction_made_by_another_process_applies_at_once(client):
    """Another process saves a restriction (no signal here) and bumps the shared version."""
    page = StandardPageFactory(title="Abierta")
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    cache.set(privacy.VERSION_KEY, cache.get(privacy.VERSION_KEY) + 1, None)
    response = client.get(page.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_restrictions_version_is_read_once_per_request(client, cache_reads):
    page = StandardPageFactory(title="Contada", language="en", show_in_menus=True)
    client.get(page.url)
    asked = cache_reads(cache)
    assert client.get(page.url).status_code == 200
    assert privacy.restricted_paths() == ()  # outside a request: read again
    assert asked.count(privacy.VERSION_KEY) == 2


def test_the_live_page_of_a_type_is_found_without_asking_for_restrictions():
    from wagtail.models import Locale

    from search.contract import live_page

    spanish = Locale.objects.get(language_code="es")
    privacy.restricted_paths()  # known to the process, as on a running site
    with CaptureQueriesContext(connection) as queries:
        index = live_page("news.NewsIndexPage", spanish)
    assert index is not None and restriction_queries(queries) == []
    for page in type(index).objects.filter(locale=spanish):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert live_page("news.NewsIndexPage", spanish) is None

"""A guard on SQL queries per page type: bounded, and not growing with list length."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from hub.core.models import StandardPage
from hub.news.models import NewsIndexPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db
BUDGET = 25


def page_types():
    from django.apps import apps

    from wagtail.models import Page

    return sorted(
        (m for m in apps.get_models() if issubclass(m, Page) and m is not Page),
        key=lambda m: m.__name__,
    )


@pytest.mark.demo
@pytest.mark.parametrize("model", page_types(), ids=lambda m: m.__name__)
def test_each_page_type_stays_within_the_query_budget(client, model):
    page = model.objects.live().filter(locale__language_code="en").first()
    assert page is not None, f"the demo has no {model.__name__} in English"
    client.get(page.url)  # warm caches that are per-process, as in production
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    assert len(queries) <= BUDGET, "\n".join(q["sql"][:150] for q in queries.captured_queries)


def test_news_index_queries_do_not_grow_with_the_number_of_items(client):
    index = NewsIndexPage.objects.get(locale__language_code="es")
    client.get(index.url)
    with CaptureQueriesContext(connection) as before:
        client.get(index.url)
    for _ in range(6):
        NewsPageFactory(parent=index)
    with CaptureQueriesContext(connection) as after:
        client.get(index.url)
    assert len(after) == len(before)


@pytest.mark.parametrize(
    "suffix", ["", "?on=2011-12-31", "ar/"], ids=["overview", "overview-2011", "profile"]
)
def test_country_pages_stay_within_the_budget(client, suffix):
    from hub.network.models import CountryIndexPage

    url = CountryIndexPage.objects.get(locale__language_code="pt").url + suffix
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) <= BUDGET


def test_directory_stays_within_the_budget(client):
    from hub.network.models import NetworkPage

    url = NetworkPage.objects.get(locale__language_code="en").url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, {"country": "AR"}).status_code == 200
    assert len(queries) <= BUDGET


@pytest.mark.parametrize("kind", ["video", "audio"])
def test_recording_pages_stay_within_the_budget(client, kind):
    from media_library.models import RecordingPage

    page = RecordingPage.objects.filter(locale__language_code="en", media__type=kind).first()
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    assert len(queries) <= BUDGET


@pytest.mark.parametrize(
    "params",
    [
        {"q": "tortura"},
        {"q": "sample recording"},
        {"q": "tortura", "lang": "all", "type": "country"},
    ],
    ids=["words", "transcripts", "filtered"],
)
def test_search_pages_stay_within_the_budget(client, params):
    client.get("/en/search/", params)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/search/", params).status_code == 200
    assert len(queries) <= BUDGET, "\n".join(q["sql"][:150] for q in queries.captured_queries)


def test_search_queries_do_not_grow_with_the_number_of_results(
    client, django_capture_on_commit_callbacks
):
    params = {"q": "overcrowding"}
    home = HomePage.objects.get(locale__language_code="en")
    # Three first: a search with fewer also tries a spelling correction (search.service).
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("one", "two", "three"):
            first = StandardPage(title=f"Overcrowding {name}", introduction="Overcrowding.")
            home.add_child(instance=first)
            first.save_revision().publish()
    client.get("/en/search/", params)
    with CaptureQueriesContext(connection) as before:
        client.get("/en/search/", params)
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(6):
            page = StandardPage(
                title=f"Overcrowding {number}", introduction="Overcrowding in cells."
            )
            home.add_child(instance=page)
            page.save_revision().publish()
    with CaptureQueriesContext(connection) as after:
        response = client.get("/en/search/", params)
    assert response.content.decode().count('class="result result--page"') == 9
    assert len(after) == len(before)

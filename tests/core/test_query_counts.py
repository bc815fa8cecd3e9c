"""A guard on SQL queries per page type: bounded, and not growing with list length."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from hub.core.models import StandardPage
from hub.news.models import NewsIndexPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db
BUDGET = 20


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


@pytest.mark.demo
def test_a_routed_page_asks_neither_for_its_locale_nor_for_its_parent(client):
    """Routing gives each page its parent and the frame's locale: a brief (its topics
    link to its index, its countries to the profiles of its language) asks for neither."""
    from hub.briefs.models import BriefPage

    brief = BriefPage.objects.live().filter(locale__language_code="en").first()
    client.get(brief.url)  # per-process caches warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(brief.url)
    assert response.status_code == 200
    asked = [q["sql"] for q in queries.captured_queries]
    assert not [sql for sql in asked if 'FROM "wagtailcore_locale"' in sql]
    # The briefs index is a section the frame knows: routing reads it not at all, and the
    # brief does not read it again as its parent.
    assert not [sql for sql in asked if '"briefs_briefindexpage"' in sql]
    assert "?topic=" in response.content.decode()  # the topics still link to their index


def queries_of(client, url):
    client.get(url)  # per-process caches warm
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries), "\n".join(q["sql"][:150] for q in queries.captured_queries)


def add_recordings(language):
    from tests.factories import PersonFactory, RecordingPageFactory

    for _ in range(4):
        RecordingPageFactory(language=language, people=[PersonFactory()])


def add_briefs(language):
    from tests.factories import BriefPageFactory, PersonFactory, TopicFactory

    for code in ("AR", "BR", "CL", "UY"):
        BriefPageFactory(
            language=language,
            people=[PersonFactory()],
            country_codes=[code],
            topic_list=[TopicFactory()],
        )


def add_directory_entries(language):
    from tests.factories import OrganisationFactory, PersonFactory

    for _ in range(4):
        PersonFactory(organisation=OrganisationFactory(country_code="AR"), country_code="AR")


def add_recommendations(language):
    from tests.factories import RecommendationFactory

    for _ in range(4):
        RecommendationFactory()


def add_panels(language):
    from hub.events.models import WorkshopPage
    from tests.factories import PanelPageFactory

    workshop = WorkshopPage.objects.live().get(locale__language_code=language)
    for _ in range(4):
        PanelPageFactory(parent=workshop)


@pytest.mark.parametrize(
    "model, add",
    [
        ("media_library.RecordingIndexPage", add_recordings),
        ("briefs.BriefIndexPage", add_briefs),
        ("network.NetworkPage", add_directory_entries),
        ("upr.RecommendationIndexPage", add_recommendations),
        ("events.WorkshopPage", add_panels),
    ],
    ids=["recordings", "briefs", "directory", "recommendations", "workshop"],
)
def test_listing_queries_do_not_grow_with_the_number_of_items(client, model, add):
    from django.apps import apps

    page = apps.get_model(model).objects.live().get(locale__language_code="es")
    add(page.locale.language_code)
    before, _ = queries_of(client, page.url)
    add(page.locale.language_code)
    after, sql = queries_of(client, page.url)
    assert after == before, sql


def test_news_index_queries_do_not_grow_with_the_number_of_items(client):
    index = NewsIndexPage.objects.get(locale__language_code="es")
    before, _ = queries_of(client, index.url)
    for _ in range(6):
        NewsPageFactory(parent=index)
    after, sql = queries_of(client, index.url)  # the frame of the new version made first
    assert after == before, sql


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
    client.get("/en/search/", params)  # the page frame of the new content version
    with CaptureQueriesContext(connection) as after:
        response = client.get("/en/search/", params)
    assert response.content.decode().count('class="result result--page"') == 9
    assert len(after) == len(before)


def add_news_with_pictures(language):
    from tests.factories import ImageFactory, NewsPageFactory

    for _ in range(3):
        NewsPageFactory(language=language, lead_image=ImageFactory())


def add_recordings_with_posters(language):
    from tests.factories import ImageFactory, RecordingPageFactory

    for _ in range(3):
        RecordingPageFactory(language=language, poster=ImageFactory())


@pytest.mark.parametrize(
    "model, add",
    [
        ("news.NewsIndexPage", add_news_with_pictures),
        ("media_library.RecordingIndexPage", add_recordings_with_posters),
    ],
    ids=["news", "recordings"],
)
def test_pictures_in_lists_read_their_renditions_with_the_list(client, model, add):
    """Even with Wagtail's rendition cache empty (a new process, an evicted entry), the
    cards' pictures cost no query each: their renditions come with the list."""
    from django.apps import apps
    from django.core.cache import caches

    def cold_queries(url):
        client.get(url)  # the renditions are made
        caches["default"].clear()  # Wagtail's rendition cache here
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries), "\n".join(q["sql"][:150] for q in queries.captured_queries)

    page = apps.get_model(model).objects.live().get(locale__language_code="en")
    add("en")
    before, _ = cold_queries(page.url)
    add("en")
    after, sql = cold_queries(page.url)
    assert after == before, sql


@pytest.mark.parametrize(
    ("factory_name", "table"),
    [
        ("BriefPageFactory", "core_hubdocument"),
        ("NewsPageFactory", "core_hubimage"),
        ("RecordingPageFactory", "media_library_mediafile"),
    ],
)
def test_a_routed_page_comes_with_the_file_it_shows(client, factory_name, table):
    """Routing fetches a brief with its document, a news item with its lead image and a
    recording with its media file (and the file's poster): no query of their own."""
    import tests.factories as factories

    extra = {"lead_image": factories.ImageFactory()} if factory_name == "NewsPageFactory" else {}
    page = getattr(factories, factory_name)(**extra)
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    own = [q["sql"] for q in queries.captured_queries if q["sql"].find(f'FROM "{table}"') >= 0]
    assert own == []

"""A snippet that public pages show is public only once published (issue 15, finding 3).

People, institutions, topics, countries and action points have drafts: one never
published is in no listing, page, JSON-LD, feed, sitemap, API, citation or search
document, and appears in every one of them once a moderator publishes it. A published
one with a pending draft shows its published values (Wagtail keeps them in the row).
"""

import pytest

from django.test import Client

from hub.briefs.models import BriefAuthor, BriefIndexPage, BriefTopic
from hub.declaration.models import DeclarationPage, DeclarationSignatory
from hub.events.models import (
    PanelPage,
    PanelParticipant,
    WorkshopConvenor,
    WorkshopPage,
    WorkshopSponsor,
)
from hub.network.models import CountryIndexPage, NetworkPage
from hub.news.models import NewsPage, NewsPageAuthor, NewsPageTopic
from media_library.models import RecordingIndexPage, RecordingPage
from media_library.models.pages import RecordingPageSpeaker
from search.documents import build, key
from search.models import SearchDocument
from tests.factories import (
    ActionPointFactory,
    CountryFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def spanish(model):
    return model.objects.live().public().filter(locale__language_code="es").order_by("pk").first()


def listed_brief():
    """The newest Spanish brief: in the brief index and the briefs feed."""
    index = spanish(BriefIndexPage)
    return index.all_briefs().order_by("-publication_date", "-pk").first().specific


def found(urls, text):
    """{address: whether an anonymous visitor finds `text` there}."""
    seen = {}
    for url in urls:
        response = Client().get(url)
        assert response.status_code == 200, url
        seen[url] = text in response.content.decode()
    return seen


def indexed(obj):
    return SearchDocument.objects.filter(key=key(obj)).exists()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a snippet as the admin does, with the search signals' tasks run."""

    def publish(snippet):
        with django_capture_on_commit_callbacks(execute=True):
            snippet.save_revision().publish()
        snippet.refresh_from_db()

    return publish


@pytest.fixture
def draft(django_capture_on_commit_callbacks):
    """A never-published snippet, saved (search signals run) with its first revision."""

    def make(factory, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            snippet = factory(live=False, **fields)
            snippet.save_revision()
        return snippet

    return make


def test_a_draft_person_is_nowhere_public_until_published(draft, publish):
    name = "Zacarias Inedito"
    person = draft(PersonFactory, name=name, slug="zacarias-inedito", country_code="AR")
    news, brief = spanish(NewsPage), listed_brief()
    panel, recording, workshop = spanish(PanelPage), spanish(RecordingPage), spanish(WorkshopPage)
    NewsPageAuthor.objects.create(page=news, person=person)
    BriefAuthor.objects.create(page=brief, person=person)
    PanelParticipant.objects.create(page=panel, person=person, role="speaker")
    RecordingPageSpeaker.objects.create(page=recording, person=person)
    WorkshopConvenor.objects.create(page=workshop, person=person)
    urls = [
        spanish(NetworkPage).url + "?q=Zacarias",
        spanish(CountryIndexPage).url + "ar/",
        news.url,  # byline and JSON-LD
        brief.url,  # byline, citation meta tags, JSON-LD
        brief.url + "cite.bib",
        brief.url + "cite.ris",
        panel.url,
        recording.url,
        spanish(RecordingIndexPage).url,  # the speaker filter
        workshop.url,
        f"/api/v2/pages/{news.pk}/",
        f"/api/v2/pages/{recording.pk}/",
        "/es/feeds/briefs/",
    ]
    assert not any(found(urls, name).values())
    assert not indexed(person)
    assert name not in str(build(panel).parts)  # the panel's search text names its speakers

    publish(person)
    assert all(found(urls, name).values()), found(urls, name)
    assert indexed(person)
    # Publishing brings the person into the documents of the pages that name them.
    assert name in str(SearchDocument.objects.get(key=key(panel)).parts)


def test_a_published_person_shows_its_live_values_while_a_draft_waits(draft, publish):
    person = draft(PersonFactory, name="Zacarias Publicado", slug="zacarias", country_code="AR")
    publish(person)
    person.name = "Zacarias Borrador"
    person.save_revision()
    person.refresh_from_db()
    assert person.live and person.has_unpublished_changes
    assert person.name == "Zacarias Publicado"
    directory = spanish(NetworkPage).url + "?q=Zacarias"
    assert found([directory], "Zacarias Publicado") == {directory: True}
    assert found([directory], "Zacarias Borrador") == {directory: False}
    assert SearchDocument.objects.get(key=key(person)).title == "Zacarias Publicado"


def test_a_draft_organisation_is_nowhere_public_until_published(draft, publish):
    name = "Observatorio Inedito"
    organisation = draft(
        OrganisationFactory, name=name, slug="observatorio-inedito", country_code="AR"
    )
    declaration, workshop = spanish(DeclarationPage), spanish(WorkshopPage)
    DeclarationSignatory.objects.create(page=declaration, organisation=organisation)
    WorkshopSponsor.objects.create(page=workshop, organisation=organisation)
    urls = [
        spanish(NetworkPage).url + "?q=Observatorio",
        spanish(CountryIndexPage).url + "ar/",
        "/api/organisations/?country=AR&page_size=200",
        declaration.url,
        workshop.url,
    ]
    assert not any(found(urls, name).values())
    assert not indexed(organisation)

    publish(organisation)
    assert all(found(urls, name).values()), found(urls, name)
    assert indexed(organisation)


def test_a_draft_topic_is_nowhere_public_until_published(draft, publish):
    name = "Tema Inedito"
    topic = draft(TopicFactory, name=name, slug="tema-inedito")
    news, brief = spanish(NewsPage), listed_brief()
    NewsPageTopic.objects.create(page=news, topic=topic)
    BriefTopic.objects.create(page=brief, topic=topic)
    urls = [
        spanish(BriefIndexPage).url,  # the topic filter
        news.url,
        brief.url,
        f"/api/v2/pages/{news.pk}/",
        f"/api/v2/pages/{brief.pk}/",
        "/es/feeds/briefs/",  # categories
    ]
    assert not any(found(urls, name).values())
    assert "tema-inedito" not in build(brief).topics  # the search's topic facet

    publish(topic)
    assert all(found(urls, name).values()), found(urls, name)
    assert "|tema-inedito|" in SearchDocument.objects.get(key=key(brief)).topics


def test_a_draft_country_is_nowhere_public_until_published(client, draft, publish):
    name = "Belice Inedito"
    country = draft(CountryFactory, iso_code="BZ", name=name)
    overview = spanish(CountryIndexPage).url
    urls = [
        overview,  # table and map
        spanish(NetworkPage).url,  # the country filter
        "/api/countries/?page_size=200",
        "/sitemap.xml",
    ]
    assert not any(found(urls, name).values())
    assert f"{overview}bz/" not in client.get("/sitemap.xml").content.decode()
    assert client.get(f"{overview}bz/").status_code == 404
    assert not indexed(country)

    publish(country)
    urls.remove("/sitemap.xml")
    assert all(found(urls, name).values()), found(urls, name)
    assert f"{overview}bz/" in client.get("/sitemap.xml").content.decode()
    assert name in client.get(f"{overview}bz/").content.decode()
    assert indexed(country)


def test_a_draft_action_point_is_nowhere_public_until_published(draft, publish):
    text = "Punto de accion inedito"
    point = draft(ActionPointFactory, text=text, number=91)
    declaration = spanish(DeclarationPage)
    urls = [declaration.url, "/api/action-points/?lang=es&page_size=200"]
    assert not any(found(urls, text).values())
    assert not indexed(point)
    assert text not in str(build(declaration).parts)

    publish(point)
    assert all(found(urls, text).values()), found(urls, text)
    assert indexed(point)
    assert text in str(build(declaration).parts)

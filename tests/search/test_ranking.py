"""The order of results: substantive content before directory cards for a topic, and
the thing a query names first (search.ranking). Made-up words keep the demo out of it."""

import pytest

from search import documents
from tests.factories import NewsPageFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def indexed(*sources):
    for source in sources:
        documents.sync(source)
    return sources


def order(client, query, lang="es"):
    data = client.get("/api/search/", {"q": query, "lang": lang}).json()
    return [result["title"] for result in data["results"]]


def test_for_a_topic_the_news_comes_before_the_cards_that_carry_the_word(client):
    cards = [
        OrganisationFactory(name=f"Observatorio Zanfonia {number}", description="Institución.")
        for number in range(3)
    ]
    news = NewsPageFactory(
        title="Informe anual",
        summary_text="El informe estudia la zanfonia en los centros de detención, "
        "con visitas a cárceles y comisarías, entrevistas y recomendaciones.",
    )
    indexed(*cards, news)
    titles = order(client, "zanfonia")
    assert titles[0] == news.title
    assert len(titles) == 4


def test_a_name_puts_its_person_or_institution_first(client):
    person = PersonFactory(name="Zenobia Quintanilla", role="Investigadora")
    institution = OrganisationFactory(name="Defensoría de Zanfonia", description="Defensoría.")
    news = NewsPageFactory(
        title="Zenobia Quintanilla visitó la Defensoría de Zanfonia",
        summary_text="Zenobia Quintanilla habló de la Defensoría de Zanfonia y su trabajo "
        "con Zenobia Quintanilla en la Defensoría de Zanfonia.",
    )
    indexed(person, institution, news)
    assert order(client, "Zenobia Quintanilla")[0].startswith(person.name)
    assert order(client, "Defensoría de Zanfonia")[0].startswith(institution.name)


def test_suggestions_start_with_the_titles_that_start_with_what_was_typed(client):
    news = [
        NewsPageFactory(title=f"Zanfonia, Zanfonia y Zanfonia {number}", summary_text="Texto.")
        for number in range(3)
    ]
    first = NewsPageFactory(title="Informe sobre Zanfonia", summary_text="Texto.")
    institution = OrganisationFactory(name="Zanfonia", description="Institución.")
    indexed(*news, first, institution)
    found = client.get("/api/search/autocomplete/", {"q": "zanf", "lang": "es"}).json()
    titles = [result["title"] for result in found["results"]]
    assert titles[0].startswith("Zanfonia") and titles[-1] == first.title


def test_an_institution_named_with_its_country_does_not_get_it_twice():
    from search.registry import build

    named = OrganisationFactory(name="Oficina Zanfonia (Argentina)", country_code="AR")
    other = OrganisationFactory(name="Oficina Zanfonia", country_code="AR")
    assert build(named).title == "Oficina Zanfonia (Argentina)"
    assert build(other).title == "Oficina Zanfonia (Argentina)"

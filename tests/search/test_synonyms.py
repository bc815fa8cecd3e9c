"""Synonyms: editors keep groups of terms in the admin, and a search for one term of a
group finds the others, whatever the engine (the query is expanded before it runs)."""

import pytest

from search import documents
from search.models import SearchSynonym
from search.query import AnyOf, Phrase, Term, parse
from search.synonyms import Group, expand
from tests.factories import StandardPageFactory

GROUPS = [
    Group([("npm",), ("mnp",), ("mnpct",), ("national", "preventive", "mechanism")]),
    Group([("opcat",), ("protocolo", "facultativo")]),
]


def test_a_word_of_a_group_becomes_any_of_the_group():
    expanded = expand(parse("MNPCT Brasil"), GROUPS)
    assert expanded.required == [
        AnyOf(
            (
                Term("npm"),
                Term("mnp"),
                Term("mnpct"),
                Phrase(("national", "preventive", "mechanism")),
            )
        ),
        Term("brasil"),
    ]


def test_a_phrase_or_a_run_of_words_that_is_a_term_is_expanded_too():
    quoted = expand(parse('"protocolo facultativo" 2006'), GROUPS)
    typed = expand(parse("Protocolo Facultativo 2006"), GROUPS)
    expected = AnyOf((Term("opcat"), Phrase(("protocolo", "facultativo"))))
    assert quoted.required == typed.required == [expected, Term("2006")]


def test_word_forms_and_accents_of_a_term_match_it():
    groups = [Group([("defensoria",), ("ouvidoria",), ("ombudsman",)])]
    expanded = expand(parse("Defensorías"), groups)
    assert Term("ouvidoria") in expanded.required[0].options


def test_exclusions_prefixes_and_other_words_are_left_as_typed():
    expanded = expand(parse("tortura -npm"), GROUPS)
    assert expanded.required == [Term("tortura")] and expanded.excluded == [Term("npm")]
    assert expand(parse("mnp", prefix_last=True), GROUPS).required == [Term("mnp", prefix=True)]


@pytest.mark.django_db
def test_a_search_for_one_term_finds_the_pages_of_the_others(client):
    SearchSynonym.objects.create(terms="Zafarrancho, Barullo grande, Jaleo")
    pages = [
        StandardPageFactory(title=title, introduction="Texto.", language="es")
        for title in ("Zafarrancho en el puerto", "Un barullo grande", "Jaleo")
    ]
    lone = StandardPageFactory(title="Barullo pequeño", introduction="Texto.", language="es")
    for page in [*pages, lone]:
        documents.sync(page)
    for query in ("jaleo", '"barullo grande"', "barullo grande", "zafarranchos"):
        data = client.get("/api/search/", {"q": query, "lang": "es"}).json()
        found = {result["title"] for result in data["results"]}
        assert {page.title for page in pages} <= found, query
        assert lone.title not in found, query
        assert data["query"] == query  # the page echoes what was typed, not the expansion


@pytest.mark.django_db
def test_the_domain_groups_are_there_from_the_start(client):
    """Seeded by a migration: NHRI, NPM, UPR, Defensoría and OPCAT with their names."""
    all_terms = " ".join(SearchSynonym.objects.values_list("terms", flat=True))
    for term in ("INDDHH", "MNPCT", "EPU", "RPU", "Ouvidoria", "Protocolo Facultativo"):
        assert term in all_terms

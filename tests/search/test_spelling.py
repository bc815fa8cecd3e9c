"""Spelling: the vocabulary of the search documents, the corrections drawn from it, and
a search that corrects a mistyped query (or suggests the correction) with a way back to
what was typed. The words are made up, so no demo text can answer for them."""

import pytest

from django.utils.html import escape

from search import documents, vocabulary
from search.models import SearchWord
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def page(title, text="", language="es"):
    made = StandardPageFactory(title=title, introduction=text, language=language)
    documents.sync(made)
    return made


def count(word, lang="es"):
    row = SearchWord.objects.filter(word=word, lang=lang).first()
    return row.documents if row else 0


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_the_vocabulary_counts_the_documents_that_hold_each_word():
    first = page("Zarandajas del puerto", "Las zarandajas se venden.")
    page("Más zarandajas", "Otra vez.")
    assert count("zarandajas") == 2
    assert SearchWord.objects.get(word="puerto", lang="es").form == "puerto"
    assert count("zarandajas", "en") == 0

    first.introduction = "Ahora sin la palabra."
    first.title = "Zafarrancho"
    first.save_revision().publish()
    documents.sync(first)
    assert count("zarandajas") == 1 and count("zafarrancho") == 1

    first.unpublish()
    documents.sync(first)  # its document removed, and its words with it
    assert count("zafarrancho") == 0
    assert count("zarandajas") == 1


def test_counting_again_gives_the_counts_kept_as_documents_changed():
    page("Pimentón de Murcia", "El pimentón ahumado.")
    kept = set(SearchWord.objects.values_list("word", "form", "lang", "documents"))
    vocabulary.rebuild()
    assert set(SearchWord.objects.values_list("word", "form", "lang", "documents")) == kept


def test_the_words_keep_their_accents_for_display():
    page("Peñíscola", "Peñíscola y su castillo.")
    assert SearchWord.objects.get(word="peniscola", lang="es").form == "peñíscola"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("zarnadajas", "zarandajas"),  # two letters swapped
        ("zarandaja", "zarandajas"),  # one left out
        ("zarandajjas", "zarandajas"),  # one too many
        ("zarondajas", "zarandajas"),  # one wrong
    ],
)
def test_a_near_word_is_corrected(typed, meant):
    page("Zarandajas", "Zarandajas y más zarandajas.")
    assert vocabulary.correct(typed, ("es",)) == meant


def test_what_is_not_corrected():
    page("Zarandajas", "Zarandajas.")
    assert vocabulary.correct("zarandajas", ("es",)) is None  # known
    assert vocabulary.correct("zar", ("es",)) is None  # too short
    assert vocabulary.correct("xarandajas", ("es",)) is None  # another first letter
    assert vocabulary.correct("zrnadajaz", ("es",)) is None  # too far
    # Only the languages searched: an English search has no such word.
    assert vocabulary.correct("zarnadajas", ("en",)) is None


def test_the_commonest_of_the_nearest_words_wins():
    page("Quimerismo", "Quimerismo.")
    for number in range(3):
        page(f"Quimerista {number}", "Quimerista.")
    # "quimerisma" is one edit from both: the word in more documents wins.
    assert vocabulary.correct("quimerisma", ("es",)) == "quimerista"


def test_a_mistyped_query_with_no_result_shows_the_correction_and_the_way_back(client):
    found = page("Zarandajas del puerto", "Las zarandajas se venden.")
    data = api(client, q="zarnadajas puerto", lang="es")
    assert data["query"] == "zarnadajas puerto"  # as typed
    assert data["corrected_query"] == "zarandajas puerto"
    assert found.title in [result["title"] for result in data["results"]]

    response = client.get("/es/search/", {"q": "zarnadajas puerto"})
    html = response.content.decode()
    assert "<strong>zarandajas puerto</strong>" in html
    assert "spell=0" in html and "zarnadajas" in html

    exact = api(client, q="zarnadajas puerto", lang="es", spell="0")
    assert exact["total"] == 0 and exact["corrected_query"] is None


def test_a_correction_that_finds_a_little_more_is_only_suggested(client):
    for number in range(2):
        page(f"Quimerismo {number}", "Texto.")
    for number in range(3):
        page(f"Zarandajas {number}", "Texto.")
    data = api(client, q="quimerismo OR zarnadajas", lang="es")
    assert data["total"] == 2 and data["corrected_query"] is None
    assert data["suggestion"] == "quimerismo OR zarandajas"
    html = client.get("/es/search/", {"q": "quimerismo OR zarnadajas"}).content.decode()
    assert "quimerismo OR zarandajas</a>" in html


def test_a_correction_that_clearly_dominates_replaces_the_query(client):
    for number in range(2):
        page(f"Quimerismo {number}", "Texto.")
    for number in range(12):
        page(f"Zarandajas {number}", "Texto.")
    data = api(client, q="quimerismo OR zarnadajas", lang="es")
    assert data["corrected_query"] == "quimerismo OR zarandajas"
    assert data["total"] == 14


@pytest.mark.parametrize(
    "typed", ["prevenção da tortura", "Defensoría", '"mecanismo nacional" -Brasil']
)
def test_the_page_and_the_api_echo_the_query_as_typed(client, typed):
    data = api(client, q=typed, lang="es")
    assert data["query"] == typed
    html = client.get("/es/search/", {"q": typed}).content.decode()

    title = html.split("<title>")[1].split("</title>")[0]
    assert escape(typed) in title
    summary = html.split('role="status"')[1][:300]
    shown = data["corrected_query"] or typed  # a correction says so, beside the way back
    assert escape(shown) in summary

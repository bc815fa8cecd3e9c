"""The public recommendations database: its filters narrow the list, its exports hold
the filtered set, each recommendation has a permalink with its source, a hostile query
never fails, and the country profile links to it."""

import csv
import io
import json
import re

import pytest
from openpyxl import load_workbook

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from hub.upr.models import Recommendation
from tests.factories import CountryFactory, RecommendationFactory, recommendations_database

pytestmark = pytest.mark.django_db

WORD = "qzxwords"  # in every test recommendation's text, in none of the demo's


@pytest.fixture
def client():
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def rows():
    """Recommendations to states the demo does not use (FJ, KE), one per mechanism."""
    make = RecommendationFactory
    return {
        "upr": make(
            text=f"Ratify the Optional Protocol {WORD}",
            country="FJ",
            session=7,
            response="noted",
            recommending_states=[{"code": "FR", "name": "France"}],
            themes=["Detention conditions"],
            action_category=5,
            document_symbol="A/HRC/8/4",
        ),
        "cat": make(
            text=f"Investigate every allegation of torture promptly {WORD}",
            country="KE",
            body="Committee against Torture",
            session=None,
            recommending_states=[],
            response="other",
            themes=["Torture and other cruel, inhuman or degrading treatment"],
            implementation_status="partial",
            document_symbol="CAT/C/KEN/CO/2",
        ),
        "treaty": make(
            text=f"Guarantee legal aid from the outset of detention {WORD}",
            country="KE",
            body="Human Rights Committee",
            session=None,
            recommending_states=[],
            response="other",
            themes=["Right to a fair trial"],
        ),
        "special": make(
            text=f"Close the isolation cells {WORD}",
            country="FJ",
            body="Special Rapporteur on torture and other cruel, inhuman or degrading treatment",
            session=None,
            recommending_states=[],
            response="other",
            themes=["Torture and other cruel, inhuman or degrading treatment"],
            implementation_status="implemented",
        ),
        "second_cycle": make(
            text=f"Give the national institution a mandate to visit prisons {WORD}",
            country="FJ",
            session=20,
            response="supported",
            recommending_states=[
                {"code": "CH", "name": "Switzerland"},
                {"code": "FR", "name": "France"},
            ],
            themes=["National Human Rights Institutions"],
            action_category=4,
        ),
    }


def listed_ids(response):
    """The ids of the recommendations a listing page shows (its permalinks)."""
    assert response.status_code == 200
    return {int(pk) for pk in re.findall(r'href="[^"]*/(\d+)/"', response.content.decode())}


def ids(rows, *keys):
    return {rows[key].pk for key in keys}


FILTERS = [
    ({"country": "KE"}, ("cat", "treaty")),
    ({"country": "fj"}, ("upr", "special", "second_cycle")),
    ({"mechanism": "upr"}, ("upr", "second_cycle")),
    ({"mechanism": "cat"}, ("cat",)),
    ({"mechanism": "treaty"}, ("treaty",)),
    ({"mechanism": "special"}, ("special",)),
    ({"cycle": "1"}, ("upr",)),
    ({"cycle": "2"}, ("second_cycle",)),
    ({"session": "20"}, ("second_cycle",)),
    ({"recommending_state": "CH"}, ("second_cycle",)),
    ({"recommending_state": "FR"}, ("upr", "second_cycle")),
    ({"response": "noted"}, ("upr",)),
    ({"response": "supported"}, ("second_cycle",)),
    ({"theme": "TORTURE and other cruel, inhuman or degrading treatment"}, ("cat", "special")),
    ({"action_category": "5"}, ("upr",)),
    ({"implementation": "partial"}, ("cat",)),
    ({"implementation": "implemented"}, ("special",)),
    ({"q": "allegation"}, ("cat",)),
    ({"q": "ISOLATION cells"}, ("special",)),
    ({"country": "FJ", "mechanism": "upr", "cycle": "2"}, ("second_cycle",)),
]


@pytest.mark.parametrize(("query", "expected"), FILTERS, ids=lambda v: str(v))
def test_each_filter_narrows_the_list_and_its_exports(client, rows, query, expected):
    url = recommendations_database("en").url
    params = {"q": WORD, **query}
    if "q" in query:
        params["q"] = f"{WORD} {query['q']}"
    assert listed_ids(client.get(url, params)) == ids(rows, *expected)
    exported = json.loads(b"".join(client.get(url, {**params, "format": "json"})))
    assert {item["id"] for item in exported["results"]} == ids(rows, *expected)
    assert exported["count"] == len(expected)


def test_without_filters_the_list_has_everything(client, rows):
    response = client.get(recommendations_database("en").url, {"q": WORD})
    assert listed_ids(response) == ids(rows, *rows)


def test_the_three_exports_hold_the_filtered_set_with_their_content_types(client, rows):
    url = recommendations_database("es").url
    params = {"q": WORD, "country": "FJ"}
    expected = {str(pk) for pk in ids(rows, "upr", "special", "second_cycle")}

    response = client.get(url, {**params, "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="recommendations-FJ.csv"' in response["Content-Disposition"]
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {row["id"] for row in table} == expected
    special = next(row for row in table if row["id"] == str(rows["special"].pk))
    assert special["mechanism"] == "special"
    assert special["implementation_status"] == "implemented"

    response = client.get(url, {**params, "format": "xlsx"})
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    assert {str(row[header.index("id")]) for row in values[1:]} == expected
    upr = next(row for row in values[1:] if row[header.index("id")] == rows["upr"].pk)
    assert upr[header.index("recommending_states")] == "France (FR)"
    assert upr[header.index("action_category")] == 5

    response = client.get(url, {**params, "format": "json"})
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(b"".join(response.streaming_content))
    assert {str(item["id"]) for item in data["results"]} == expected


def test_the_listing_links_its_exports_with_its_filters(client, rows):
    html = client.get(recommendations_database("en").url, {"country": "KE"}).content.decode()
    for file_format in ("csv", "xlsx", "json"):
        assert f'href="?format={file_format}&amp;country=KE"' in html


def test_a_formula_in_a_text_stays_text_in_the_exports(client):
    RecommendationFactory(text=f"=HYPERLINK(1) {WORD}", country="FJ")
    url = recommendations_database("en").url
    csv_text = b"".join(client.get(url, {"q": WORD, "format": "csv"}).streaming_content)
    assert b"'=HYPERLINK" in csv_text
    response = client.get(url, {"q": WORD, "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    cell = sheet.cell(row=2, column=13)
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"


def test_a_permalink_shows_the_recommendation_and_its_source_document(client, rows):
    index = recommendations_database("en")
    recommendation = rows["cat"]
    url = index.recommendation_url(recommendation)
    assert url == f"{index.url}{recommendation.pk}/"
    html = client.get(url).content.decode()
    assert "Investigate every allegation of torture promptly" in html
    assert 'href="https://undocs.org/en/CAT/C/KEN/CO/2"' in html
    assert "Committee against Torture" in html
    assert "Partially implemented" in html
    assert "callout--sample" not in html


def test_a_permalink_in_spanish_links_the_spanish_record(client, rows):
    url = recommendations_database("es").recommendation_url(rows["upr"])
    html = client.get(url).content.decode()
    assert 'href="https://undocs.org/es/A/HRC/8/4"' in html


def test_a_sample_recommendation_says_so_on_its_permalink_and_in_the_list(client):
    sample = RecommendationFactory(text=f"Sample text {WORD}", country="FJ", is_sample=True)
    index = recommendations_database("pt")
    assert "callout--sample" in client.get(index.recommendation_url(sample)).content.decode()
    assert "sample-label" in client.get(index.url, {"q": WORD}).content.decode()


def test_a_permalink_to_no_recommendation_is_404(client):
    assert client.get(recommendations_database("en").url + "999999/").status_code == 404


HOSTILE = [
    {"country": "ZZ"},
    {"country": "<script>"},
    {"cycle": "abc"},
    {"cycle": "99999999999999999999"},
    {"session": "-1"},
    {"session": "1e9"},
    {"mechanism": "'; DROP TABLE upr_recommendation; --"},
    {"action_category": "6"},
    {"recommending_state": "FRA"},
    {"implementation": "yes"},
    {"response": "%"},
    {"theme": "x" * 5000},
    {"theme": "torture"},
    {"q": " ".join(["w"] * 50)},
]
# Search syntax of SQL LIKE or FTS5 is plain text here: words that match nothing, or
# punctuation that folds away (then only WORD is looked for).
HARMLESS = [
    ({"q": '"* OR NEAR( -'}, "none"),
    ({"q": "%_%"}, "all"),
    ({"session": "\x00"}, "all"),
    ({"page": "-3"}, "all"),
]


@pytest.mark.parametrize("query", HOSTILE, ids=lambda v: str(v)[:40])
def test_a_hostile_value_never_fails(client, rows, query):
    url = recommendations_database("en").url
    response = client.get(url, query)
    assert response.status_code == 200
    assert "field__error" in response.content.decode()  # the field says it is left out
    export = client.get(url, {**query, "format": "csv"})
    assert export.status_code == 400
    assert "error" in json.loads(export.content)


@pytest.mark.parametrize(("query", "found"), HARMLESS, ids=str)
def test_a_value_that_reads_as_syntax_elsewhere_is_plain_text_here(client, rows, query, found):
    url = recommendations_database("en").url
    listed = listed_ids(client.get(url, {**query, "q": f"{WORD} {query.get('q', '')}"}))
    assert listed == (set() if found == "none" else ids(rows, *rows))
    assert client.get(url, {**query, "format": "json"}).status_code in (200, 400)


def test_an_unknown_export_format_is_400(client):
    response = client.get(recommendations_database("en").url, {"format": "pdf"})
    assert response.status_code == 400


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, {"q": WORD}).status_code == 200
    return len(queries)


def test_the_listing_needs_as_many_queries_for_a_full_page_as_for_two_rows(client):
    url = recommendations_database("en").url
    RecommendationFactory.create_batch(2, text=f"Few {WORD}", country="FJ")
    client.get(url)  # caches warm (locales, site)
    few = count_queries(client, url)
    RecommendationFactory.create_batch(40, text=f"Many {WORD}", country="KE")
    client.get(url)  # the page frame of the new content version (hub.core.page_frame)
    assert count_queries(client, url) == few


def test_the_country_profile_links_to_its_recommendations(client):
    from hub.network.models import CountryIndexPage

    index = CountryIndexPage.objects.live().get(locale__language_code="en")
    country = CountryFactory(locale=index.locale)
    recommendation = RecommendationFactory(country=country.iso_code)
    database = recommendations_database("en")
    html = client.get(index.profile_url(country.iso_code)).content.decode()
    assert f'href="{database.url}?country={country.iso_code}"' in html
    assert f'href="{database.recommendation_url(recommendation)}"' in html


@pytest.mark.parametrize(
    ("body", "mechanism"),
    [
        ("UPR", "upr"),
        ("Committee against Torture", "cat"),
        ("CAT", "cat"),
        ("Human Rights Committee", "treaty"),
        ("SPT", "treaty"),
        ("Special Rapporteur on torture", "special"),
        ("Working Group on Arbitrary Detention", "special"),
        ("", "other"),
    ],
)
def test_the_mechanism_follows_the_recommending_body(body, mechanism):
    assert RecommendationFactory(body=body).mechanism == mechanism
    assert Recommendation.objects.filter(mechanism=mechanism, body=body).exists()


def test_more_filters_are_folded_unless_one_of_them_is_asked_for(client):
    url = recommendations_database("en").url
    assert '<details class="filters__more">' in client.get(url, {"country": "AR"}).content.decode()
    html = client.get(url, {"implementation": "yes"}).content.decode()
    assert '<details class="filters__more" open>' in html


def test_the_api_takes_the_same_filters(client, rows):
    data = client.get("/api/recommendations/", {"q": WORD, "mechanism": "special"}).json()
    assert [item["id"] for item in data["results"]] == [rows["special"].pk]
    assert data["results"][0]["implementation_status"] == "implemented"
    response = client.get("/api/recommendations/", {"recommending_state": "XX"})
    assert response.status_code == 400
    assert "recommending_state" in response.json()["error"]


THEME_LABELS = {
    "es": ("Tortura y otros tratos crueles, inhumanos o degradantes", "Tema"),
    "en": ("Torture and other cruel, inhuman or degrading treatment", "Theme"),
    "pt": ("Tortura e outros tratamentos cruéis, desumanos ou degradantes", "Tema"),
}


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_the_theme_is_chosen_among_the_themes_on_record_in_the_page_language(
    client, rows, language
):
    html = client.get(recommendations_database(language).url).content.decode()
    select = re.search(r'<select[^>]*name="theme"[^>]*>(.*?)</select>', html, re.S).group(1)
    torture, _label = THEME_LABELS[language]
    key = "torture and other cruel inhuman or degrading treatment"  # folded: no comma
    assert f'<option value="{key}">{torture}</option>' in select
    assert '<option value="right to a fair trial">' in select
    assert "rights of the child" not in select  # no recommendation has it


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_an_unknown_theme_is_said_beside_the_field_and_the_list_is_not_filtered_by_it(
    client, rows, language
):
    url = recommendations_database(language).url
    html = client.get(url, {"q": WORD, "theme": "torture"}).content.decode()
    select = re.search(r'<select[^>]*name="theme"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in select
    expected = {
        "es": "No es una de las opciones",
        "en": "That is not one of the choices",
        "pt": "Não é uma das opções",
    }[language]
    assert expected in html
    assert listed_ids(client.get(url, {"q": WORD, "theme": "torture"})) == ids(rows, *rows)
    response = client.get(url, {"q": WORD, "theme": "torture", "format": "csv"})
    assert response.status_code == 400
    assert "theme" in json.loads(response.content)["error"]


def test_a_theme_matches_only_recommendations_that_have_that_whole_theme(client):
    url = recommendations_database("en").url
    both = RecommendationFactory(
        text=f"Both {WORD}", themes=["National Human Rights Institutions", "Detention conditions"]
    )
    last = RecommendationFactory(
        text=f"Last {WORD}", themes=["Detention conditions", "Right to a fair trial"]
    )
    RecommendationFactory(text=f"Other {WORD}", themes=["Detention conditions of minors"])
    found = listed_ids(client.get(url, {"q": WORD, "theme": "detention CONDITIONS"}))
    assert found == {both.pk, last.pk}
    found = listed_ids(client.get(url, {"q": WORD, "theme": "national human rights institutions"}))
    assert found == {both.pk}


@pytest.mark.parametrize("language", ["es", "pt"])
def test_a_permalink_names_the_themes_in_the_page_language(client, language):
    item = RecommendationFactory(
        themes=["Torture and other cruel, inhuman or degrading treatment", "Rights of the child"]
    )
    html = client.get(recommendations_database(language).recommendation_url(item)).content.decode()
    torture, _label = THEME_LABELS[language]
    assert f"<dd>{torture}; " in html
    # A theme the catalogue does not translate keeps its name, marked with its language.
    assert '<span lang="en">Rights of the child</span>' in html


def test_a_country_profile_asks_only_for_what_is_the_countrys(client):
    """Its breadcrumb comes from routing and the recommendations database is kept with the
    page frame (no query for either on a second visit); a country with fewer
    recommendations than the profile lists is not counted again; one with more is."""
    from hub.network.models import CountryIndexPage

    index = CountryIndexPage.objects.live().get(locale__language_code="en")
    few, many = CountryFactory(locale=index.locale), CountryFactory(locale=index.locale)
    RecommendationFactory.create_batch(3, country=few.iso_code)
    RecommendationFactory.create_batch(23, country=many.iso_code)
    for country, count in [(few, 3), (many, 23)]:
        url = index.profile_url(country.iso_code)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        assert f"{count} recommendations on record." in html
        assert html.count('class="recommendation"') == min(count, 20)
        assert f'<a href="{index.url}">' in html and f'<a href="{home_url()}">' in html
        sql = [q["sql"] for q in queries.captured_queries]
        assert not [s for s in sql if '"wagtailcore_page"."path" IN' in s]  # ancestors
        assert not [s for s in sql if 'FROM "upr_recommendationindexpage"' in s]
        counted = [s for s in sql if "COUNT(*)" in s and "upr_recommendation" in s]
        assert len(counted) == (0 if count < 20 else 1)


def home_url():
    from tests.factories.core import home

    return home("en").url

"""GET /api/recommendations/: filters, pagination, CSV, CORS and bad parameters."""

import csv
import io

import pytest

from django.urls import reverse

from hub.upr.models import Recommendation

pytestmark = pytest.mark.django_db

URL = "/api/recommendations/"


def make(source_id, **values):
    defaults = {
        "source": "uhri",
        "source_id": source_id,
        "text": f"Recommendation {source_id}",
        "country": "NZ",
        "session": 18,
        "response": "supported",
    }
    defaults.update(values)
    return Recommendation.objects.create(**defaults)


@pytest.fixture
def sample_set():
    """Recommendations on states the demo does not use (NZ, FJ, KE)."""
    return [
        make(
            "a",
            country="FJ",
            session=7,
            response="noted",
            response_original="Noted",
            themes=["Torture and other cruel, inhuman or degrading treatment"],
            recommending_states=[
                {"code": "FR", "name": "France"},
                {"code": "CI", "name": "Côte d'Ivoire"},
            ],
            text="Ratify the Optional Protocol to the Convention against Torture",
            document_symbol="A/HRC/18/8",
        ),
        make(
            "b",
            country="FJ",
            session=34,
            response="supported",
            themes=["National Human Rights Institutions", "Conditions of detention"],
            text="Give the national human rights institution a mandate to visit prisons",
        ),
        make(
            "c",
            country="KE",
            session=21,
            response="other",
            themes=["Rights of the child"],
            text='=HYPERLINK("http://example.org") Protect children in detention',
        ),
    ]


def ids(response):
    return sorted(item["source_id"] for item in response.json()["results"])


def test_the_route_is_named():
    assert reverse("api_recommendations") == URL


def test_each_result_carries_the_documented_fields(client, sample_set):
    response = client.get(URL, {"country": "fj", "response": "noted"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["count"] == 1 and data["next"] is None and data["previous"] is None
    item = data["results"][0]
    assert set(item) >= {
        "id",
        "source",
        "source_id",
        "text",
        "text_language",
        "country",
        "country_name",
        "recommending_states",
        "cycle",
        "session",
        "document_symbol",
        "response",
        "response_original",
        "themes",
        "affected_persons",
        "sdgs",
        "date",
        "is_sample",
    }
    assert item["country"] == "FJ" and item["country_name"] == "Fiji"
    assert item["cycle"] == 1 and item["session"] == 7
    assert item["recommending_states"][1] == {"code": "CI", "name": "Côte d'Ivoire"}
    assert item["response_original"] == "Noted"
    assert item["date"] is None and item["is_sample"] is False


def test_filters(client, sample_set):
    assert ids(client.get(URL, {"country": "FJ"})) == ["a", "b"]
    assert ids(client.get(URL, {"country": "FJ", "cycle": 3})) == ["b"]
    assert ids(client.get(URL, {"country": "KE", "cycle": 3})) == []
    assert ids(client.get(URL, {"source": "uhri", "response": "OTHER"})) == ["c"]
    torture = "TORTURE and other cruel, inhuman or degrading treatment"
    assert ids(client.get(URL, {"source": "uhri", "theme": torture})) == ["a"]
    assert ids(client.get(URL, {"source": "uhri", "theme": "Conditions of detention"})) == ["b"]
    assert ids(client.get(URL, {"source": "uhri", "q": "optional protocol"})) == ["a"]
    assert ids(client.get(URL, {"source": "uhri", "q": "prisons NATIONAL"})) == ["b"]
    assert ids(client.get(URL, {"source": "uhri", "q": "protocol prisons"})) == []
    assert ids(client.get(URL, {"source": "uhri", "session": 21})) == ["c"]


@pytest.mark.parametrize("theme", ["institutions conditions", "cruel, inhuman", "%_"])
def test_a_theme_is_a_whole_theme_on_record_or_a_400(client, sample_set, theme):
    response = client.get(URL, {"source": "uhri", "theme": theme})
    assert response.status_code == 400
    message = response.json()["error"]
    assert message.startswith("theme ")  # names the parameter, and the themes on record
    assert "conditions of detention" in message


def test_accents_and_case_do_not_matter_in_text_search(client):
    make("acc", text="Garantizar la protección de las personas privadas de libertad")
    assert ids(client.get(URL, {"source": "uhri", "q": "PROTECCION"})) == ["acc"]


def test_pagination(client):
    for n in range(120):
        make(f"page-{n:03}")
    first = client.get(URL, {"country": "NZ"}).json()
    assert first["count"] == 120
    assert len(first["results"]) == 50
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/recommendations/?")
    assert "page=2" in first["next"] and "country=NZ" in first["next"]

    second = client.get(first["next"]).json()
    assert len(second["results"]) == 50
    assert "page=1" in second["previous"]
    third = client.get(second["next"]).json()
    assert len(third["results"]) == 20 and third["next"] is None
    seen = {item["id"] for page in (first, second, third) for item in page["results"]}
    assert len(seen) == 120

    big = client.get(URL, {"country": "NZ", "page_size": 100}).json()
    assert len(big["results"]) == 100 and "page=2" in big["next"]
    # page_size is capped at 200 (the hub's open-data lists all do so).
    for n in range(120, 230):
        make(f"page-{n:03}")
    capped = client.get(URL, {"country": "NZ", "page_size": 1000}).json()
    assert capped["count"] == 230 and len(capped["results"]) == 200


def test_page_past_the_end_is_a_json_404(client, sample_set):
    response = client.get(URL, {"country": "FJ", "page": 2})
    assert response.status_code == 404
    assert "error" in response.json()
    assert response["Access-Control-Allow-Origin"] == "*"


def test_no_match_is_an_empty_first_page(client):
    response = client.get(URL, {"country": "TV"})
    assert response.status_code == 200
    assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.parametrize(
    "params",
    [
        {"page": "two"},
        {"page": "0"},
        {"page": "-1"},
        {"page_size": "abc"},
        {"page_size": "0"},
        {"page": "²"},
        {"page_size": "1e3"},
        {"country": "XX"},
        {"country": "ARG"},
        {"country": "ÄÄ"},
        {"cycle": "two"},
        {"cycle": "99"},
        {"session": "1.5"},
        {"response": "accepted"},
        {"source": "elsewhere"},
        {"format": "xml"},
        {"q": "x" * 600},
        {"q": " ".join(["word"] * 9)},
    ],
)
def test_bad_parameters_answer_400_json(client, params):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert "error" in response.json()
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "params",
    # A null character is dropped from every parameter before the view (hub.core.middleware).
    [{"q": "a\x00b"}, {"theme": "\x00"}, {"q": 'NEAR("x" "y") OR *'}],
)
def test_odd_text_never_breaks_the_api(client, params):
    assert client.get(URL, params).status_code == 200


def test_only_get(client):
    assert client.post(URL).status_code == 405


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(body)))


def test_csv_export(client, sample_set):
    for n in range(60):
        make(f"csv-{n}", country="KE", session=40)
    response = client.get(URL, {"country": "KE", "format": "csv", "page_size": 5})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="upr-recommendations-KE.csv"'
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = read_csv(response)
    assert len(rows) == 61  # every page, not page_size
    assert {row["country"] for row in rows} == {"KE"}
    assert list(rows[0])[:3] == ["id", "source", "source_id"]
    formula = next(row for row in rows if row["source_id"] == "c")
    assert formula["text"].startswith("'=HYPERLINK")


def test_csv_respects_filters_and_lists_states(client, sample_set):
    theme = "Torture and other cruel, inhuman or degrading treatment"
    response = client.get(URL, {"format": "csv", "source": "uhri", "theme": theme})
    rows = read_csv(response)
    assert [row["source_id"] for row in rows] == ["a"]
    row = rows[0]
    assert row["recommending_states"] == "France (FR); Côte d'Ivoire (CI)"
    assert row["themes"] == "Torture and other cruel, inhuman or degrading treatment"
    assert row["response"] == "noted" and row["cycle"] == "1" and row["country_name"] == "Fiji"


def test_csv_bad_filter_is_400(client):
    assert client.get(URL, {"format": "csv", "response": "maybe"}).status_code == 400

"""The JSON lists read their parameters through forms: a value a form refuses is a 400
whose {"error"} names the parameter; an empty one is the default."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "address, params, message",
    [
        ("/api/countries/", {"lang": "fr"}, "lang must be one of: es, en, pt."),
        ("/api/action-points/", {"lang": "xx"}, "lang must be one of: es, en, pt."),
        ("/api/organisations/", {"lang": "de"}, "lang must be one of: es, en, pt."),
        ("/api/organisations/", {"country": "ARG"}, "country must be an ISO 3166 two-letter code."),
        ("/api/organisations/", {"kind": "x"}, "kind must be one of: nhri, npm, state, "),
        ("/api/recommendations/", {"cycle": "x"}, "cycle must be a whole number from 1 to 9."),
        (
            "/api/recommendations/",
            {"session": "100"},
            "session must be a whole number from 1 to 99.",
        ),
        (
            "/api/recommendations/",
            {"response": "yes"},
            "response must be one of: supported, noted, other.",
        ),
        ("/api/recommendations/", {"format": "xml"}, "format must be one of: json, csv."),
        (
            "/api/recommendations/",
            {"theme": "x" * 501},
            "theme must be the name of a theme on record: ",
        ),
        ("/api/countries/", {"page": "²"}, "page must be a positive whole number."),
        ("/api/organisations/", {"page_size": "-5"}, "page_size must be a positive whole number."),
    ],
)
def test_a_refused_parameter_is_named(client, address, params, message):
    response = client.get(address, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_message_is_in_the_visitors_language(client):
    response = client.get("/api/action-points/", {"lang": "xx"}, HTTP_ACCEPT_LANGUAGE="pt")
    assert response.json() == {"error": "lang deve ser um destes valores: es, en, pt."}


@pytest.mark.parametrize(
    "address", ["/api/countries/", "/api/organisations/", "/api/action-points/"]
)
def test_an_empty_language_is_the_default(client, address):
    assert client.get(address, {"lang": ""}).json() == client.get(address).json()


def test_codes_in_any_case_and_the_last_repeated_value(client):
    lower = client.get("/api/organisations/", {"country": "ar", "kind": "NHRI"})
    assert lower.status_code == 400  # kinds are lower case, as listed
    argentina = client.get("/api/organisations/?country=BR&country=ar").json()
    assert argentina["count"] and {o["country"] for o in argentina["results"]} == {"AR"}
    assert client.get("/api/recommendations/", {"response": "Noted"}).status_code == 200

"""Every list the API serves as JSON is CSV too with ?format=csv; a format it does not
offer answers 400 and says so (it was silently ignored, or an empty 404)."""

import csv
import io

import pytest

from tests.factories import RecordingPageFactory

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/countries/",
    "/api/organisations/",
    "/api/action-points/",
    "/api/recommendations/",
    "/api/search/?q=tortura",
]


def rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(body.decode())))


def joined(url, query):
    return url + ("&" if "?" in url else "?") + query


@pytest.mark.demo
@pytest.mark.parametrize("url", LISTS)
def test_a_list_as_csv_has_the_rows_of_its_json(client, url):
    data = client.get(url).json()
    response = client.get(joined(url, "format=csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    table = rows(response)
    expected = len(data["results"]) if "search" in url else data["count"]
    assert len(table) == expected > 0
    first = data["results"][0]
    for key, value in first.items():
        if not isinstance(value, dict | list) and value is not None:
            shown = ("true" if value else "false") if isinstance(value, bool) else str(value)
            assert table[0][key].lstrip("'") == shown, key


@pytest.mark.demo
def test_nested_fields_become_columns(client):
    table = rows(client.get("/api/countries/?format=csv"))
    assert {"iso_code", "names.es", "names.pt", "status.category"} <= set(table[0])
    assert table[0]["names.es"]


@pytest.mark.parametrize("url", [*LISTS, "/api/search/autocomplete/?q=tor"])
def test_an_unknown_format_is_refused_with_a_400_naming_it(client, url):
    response = client.get(joined(url, "format=xml"))
    assert response.status_code == 400
    assert "format" in response.json()["error"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents", "media"])
def test_the_wagtail_api_refuses_csv_with_a_400(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/?format=csv")
    assert response.status_code == 400
    assert "format" in response.json()["message"]
    assert client.get(f"/api/v2/{endpoint}/?format=json").status_code == 200


def test_chapters_are_json_only(client):
    recording = RecordingPageFactory()
    url = f"/api/recordings/{recording.pk}/chapters.json"
    assert client.get(url).status_code == 200
    response = client.get(url + "?format=csv")
    assert response.status_code == 400 and "format" in response.json()["error"]

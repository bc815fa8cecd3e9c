import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.demo
def test_countries_list_shape_and_content(client):
    response = client.get("/api/countries/", {"lang": "en"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["count"] == 17 and data["next"] is None and data["previous"] is None
    ecuador = next(c for c in data["results"] if c["iso_code"] == "EC")
    assert ecuador["names"] == {"es": "Ecuador", "en": "Ecuador", "pt": "Equador"}
    assert ecuador["status"]["category"] == "npm-nhri"
    designation = next(e for e in ecuador["timeline"] if e["kind"] == "npm_designated")
    assert designation["date"] == "2011-11-08"
    assert designation["source"]["title"]
    assert ecuador["nhri"]["kind"] == "nhri"
    assert ecuador["url"].endswith("/en/countries/ec/")


def test_countries_pagination(client):
    first = client.get("/api/countries/", {"page_size": 5}).json()
    assert len(first["results"]) == 5 and first["previous"] is None
    assert "page=2" in first["next"]
    last = client.get("/api/countries/", {"page_size": 5, "page": 4}).json()
    assert len(last["results"]) == 2 and last["next"] is None


@pytest.mark.parametrize(
    "params, status",
    [({"page": "0"}, 400), ({"page": "x"}, 400), ({"page": "99"}, 404), ({"lang": "fr"}, 400)],
)
def test_countries_bad_parameters(client, params, status):
    response = client.get("/api/countries/", params)
    assert response.status_code == status
    assert "error" in response.json()


def test_organisations_filters(client):
    data = client.get("/api/organisations/", {"kind": "nhri", "lang": "pt"}).json()
    assert data["count"] == 16  # Brazil had no NHRI in the reference's period
    assert all(item["kind"] == "nhri" for item in data["results"])
    argentina = client.get("/api/organisations/", {"country": "ar"}).json()
    assert {item["country"] for item in argentina["results"]} == {"AR"}
    assert client.get("/api/organisations/", {"kind": "x"}).status_code == 400
    assert client.get("/api/organisations/", {"country": "ARG"}).status_code == 400

"""What a hostile probe put in paths and paging: refused before the database sees it.

A NUL character anywhere in the path is a 400 (PostgreSQL refuses it in a query); an id
beyond what the database can hold is a 404 (SQLite overflowed on the embed and chapters
views); the API's offset and limit are bounded (a 400 with Wagtail's {"message": ...});
a year 0 in the country overview is ignored.
"""

import pytest

from tests.site import live_pages

pytestmark = pytest.mark.django_db

BEYOND_BIGINT = "9223372036854775808"


@pytest.mark.parametrize(
    "address",
    [
        "/media/captions/1/%00.vtt",
        "/media/files/1/%00.mp4",
        "/media/renditions/1/a%00.mp4",
        "/documents/1/%00.pdf",
        "/media/originals/1/%00.jpg",
        "/media/images/%00.jpg",
        "/es/paises/%00/",
        "/en/countries/ar/%00",
        "/api/v2/pages/%00/",
    ],
)
def test_a_nul_in_the_path_is_a_bad_request(client, address):
    client.raise_request_exception = False
    response = client.get(address)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "address",
    [
        f"/media/captions/{BEYOND_BIGINT}/es.vtt",
        f"/media/files/{BEYOND_BIGINT}/x.mp4",
        f"/media/renditions/{BEYOND_BIGINT}/x.mp4",
        f"/media/originals/{BEYOND_BIGINT}/x.jpg",
        f"/documents/{BEYOND_BIGINT}/x.pdf",
        f"/documents/authenticate_with_password/{BEYOND_BIGINT}/",
        f"/embed/recordings/{BEYOND_BIGINT}/",
        f"/api/recordings/{BEYOND_BIGINT}/chapters.json",
        f"/api/v2/pages/{BEYOND_BIGINT}/",
        f"/api/v2/images/{BEYOND_BIGINT}/",
        f"/api/v2/documents/{BEYOND_BIGINT}/",
        f"/api/v2/media/{BEYOND_BIGINT}/",
        "/api/v2/pages/" + "9" * 5000 + "/",
    ],
)
def test_an_id_the_database_cannot_hold_is_not_found(client, address):
    client.raise_request_exception = False
    assert client.get(address).status_code == 404


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents", "media"])
@pytest.mark.parametrize(
    "query",
    [
        {"offset": BEYOND_BIGINT},
        {"offset": "9" * 5000},
        {"offset": "1000001"},
        {"limit": BEYOND_BIGINT},
        {"offset": "-1"},
        {"search": "a", "offset": BEYOND_BIGINT},
    ],
)
def test_api_paging_out_of_bounds_is_a_bad_request(client, endpoint, query):
    client.raise_request_exception = False
    response = client.get(f"/api/v2/{endpoint}/", query)
    assert response.status_code == 400
    assert set(response.json()) == {"message"}


def test_api_paging_within_bounds_still_works(client):
    response = client.get("/api/v2/pages/", {"offset": "1000000", "limit": "50"})
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_year_zero_in_the_country_overview_is_ignored(client):
    from hub.network.models import CountryIndexPage

    overview = next(p for p in live_pages() if isinstance(p, CountryIndexPage))
    client.raise_request_exception = False
    for value in ("0000", "0", "00000", "0000-12-31", "9999", "10000"):
        assert client.get(overview.url, {"on": value}).status_code == 200, value

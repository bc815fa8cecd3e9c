"""Whatever a visitor puts in the address, the site answers without a server error.

Every page type in every language, the routable views, feeds and the JSON APIs, asked
with every query parameter the site reads set at once to a bad value: a 4xx or the page
(with the value ignored) is fine, a 5xx never is.
"""

import pytest

from tests.site import live_pages

pytestmark = pytest.mark.django_db

# Every query parameter a view or an API of the site reads.
PARAMETERS = [
    "page",
    "page_size",
    "q",
    "country",
    "kind",
    "lang",
    "language",
    "on",
    "t",
    "quality",
    "speaker",
    "topic",
    "year",
    "type",
    "sort",
    "format",
    "cycle",
    "response",
    "theme",
    "token",
    "download",
    "search",
    "search_operator",
    "fields",
    "limit",
    "offset",
    "order",
    "panel",
    "session",
    "status",
    "subregion",
    "locale",
    "child_of",
    "translation_of",
    "descendant_of",
]
BAD_VALUES = [
    "-1",
    "0",
    "99999999999999999999999",
    "abc",
    "\x00",
    "<script>alert(1)</script>",
    "2011-13-45",
    "' OR 1=1 --",
    '"unterminated',
    "x" * 3000,
    "",
]
ADDRESSES = [
    "/es/paises/ar/",
    "/en/countries/zz/",
    "/es/feeds/news/",
    "/en/feeds/podcast/",
    "/pt/feeds/briefs/",
    "/en/feeds/recordings/",
    "/es/feeds/events/",
    "/es/search/",
    "/api/search/",
    "/api/search/autocomplete/",
    "/api/countries/",
    "/api/organisations/",
    "/api/recommendations/",
    "/api/action-points/",
    "/api/v2/pages/",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v2/media/",
    "/sitemap.xml",
]


def test_bad_query_values_never_cause_a_server_error(client):
    client.raise_request_exception = False  # count every 500, not only the first
    addresses = [page.url for page in live_pages()] + ADDRESSES
    assert len(addresses) > 40
    failures = []
    for address in addresses:
        for value in BAD_VALUES:
            response = client.get(address, {name: value for name in PARAMETERS})
            if response.status_code >= 500:
                failures.append((response.status_code, address, value[:20]))
        # The same parameter given twice, and a parameter with no value at all.
        for query in ("page=1&page=2&country=AR&country=BR", "page&q&on"):
            response = client.get(f"{address}?{query}")
            if response.status_code >= 500:
                failures.append((response.status_code, address, query))
    assert failures == [], "\n".join(map(str, failures))


@pytest.mark.parametrize(
    "address",
    [
        "/es/" + "a" * 2000 + "/",
        "/en/countries/%00/",
        "/pt/paises/ar/../../",
        "/documents/999999999/x.pdf",
        "/media/files/999999999/x.mp4",
        "/embed/recordings/999999999/",
        "/es/grabaciones/%E2%80%AE/",
    ],
)
def test_bad_paths_are_not_found_not_server_errors(client, address):
    client.raise_request_exception = False
    assert client.get(address).status_code in (301, 302, 400, 404)


def test_a_nul_character_is_dropped_from_the_query(client):
    with_nul = client.get("/pt/notas-tecnicas/", {"year": "2\x00011"})
    assert with_nul.status_code == 200
    without = client.get("/pt/notas-tecnicas/", {"year": "2011"})
    assert with_nul.content == without.content
    assert client.get("/api/organisations/", {"q": "\x00", "country": "A\x00R"}).status_code == 200


def test_a_bad_request_has_a_page_of_its_own(client):
    response = client.get("/es/", HTTP_HOST="not-allowed.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert "<h1>Solicitud incorrecta</h1>" in html  # the default language, Spanish
    assert "El servidor no pudo entender esta solicitud." in html

"""Every URL pattern of the site, asked the way a hostile client asks: bad path parameters,
every HTTP method, broken headers. A 4xx (or the page, the bad part ignored) is fine; a
5xx never is.

The URL patterns are read from the resolver, so a new view is swept without editing this
file. The query-parameter sweep of every page type is tests/core/test_hostile_input.py.
"""

import re

import pytest

from django.urls import URLPattern, URLResolver, get_resolver

from tests.site import live_pages

pytestmark = pytest.mark.django_db

INT_VALUES = ["0", "999999999", "9223372036854775808", "1" * 40]
STR_VALUES = ["%00", "a%00b", "x" * 1000, "%E2%80%AE", "..%2F..%2Fetc%2Fpasswd", "%F0%9F%92%A9"]
METHODS = ["get", "head", "post", "put", "patch", "delete", "options", "trace"]
HEADERS = [
    {"HTTP_RANGE": "bytes=abc"},
    {"HTTP_RANGE": "bytes=99999999999999999999999-"},
    {"HTTP_RANGE": "bytes=0-1,5-9,-3"},
    {"HTTP_RANGE": "bytes=5-2", "HTTP_IF_RANGE": "\x00garbage"},
    {"HTTP_IF_MODIFIED_SINCE": "not a date", "HTTP_IF_NONE_MATCH": "*" * 500},
    {"HTTP_ACCEPT_LANGUAGE": "x" * 2000 + ";q=abc, zz-ZZ;q=2"},
    {"HTTP_ACCEPT_ENCODING": "gzip;q=NaN, br;q=-1, *;q=" + "9" * 50},
    {"HTTP_X_FORWARDED_FOR": "not-an-address, , 999.999.1.1, \x00"},
    {"HTTP_COOKIE": "sessionid=" + "\x00" * 10 + "; csrftoken=; hub=%ZZ; " + "a=b;" * 200},
    {"HTTP_AUTHORIZATION": "Bearer \x00\xff", "HTTP_ORIGIN": "null"},
]
CONVERTER = re.compile(r"<(?:(?P<kind>\w+):)?(?P<name>\w+)>")
# Regex patterns of the site (citations, programme, declaration PDF, Wagtail's serve):
# their group stands for a page path.
REGEX_GROUP = re.compile(r"\^?\(\?P<path>.*?\)\+\)")


def url_patterns(resolver=None, prefix=""):
    """Every (route, pattern) of the site, the admin's included, as text."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from url_patterns(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


def fill(route, int_values=INT_VALUES, str_values=STR_VALUES):
    """The route's addresses, each converter in turn given each bad value of its kind
    while the others hold a plain one."""
    route = route.replace("^", "").replace("$", "")
    converters = list(CONVERTER.finditer(route))
    if not converters:
        return ["/" + route]

    def plain(match):
        return "1" if match["kind"] == "int" else "x"

    addresses = []
    for index, converter in enumerate(converters):
        values = int_values if converter["kind"] == "int" else str_values
        for value in values:
            parts, last = [], 0
            for position, match in enumerate(converters):
                parts += [route[last : match.start()], value if position == index else plain(match)]
                last = match.end()
            addresses.append("/" + "".join(parts) + route[last:])
    return addresses


def public_routes():
    return [route for route in url_patterns() if not route.startswith("admin/")]


def page_addresses():
    """One live page of every type. In one language: methods and headers take the same
    code in all three (tests/core/test_hostile_input.py asks every language)."""
    return [page.url for page in live_pages() if page.locale.language_code == "es"]


def test_the_sweep_reads_every_url_pattern():
    routes = list(url_patterns())
    assert "media/captions/<int:caption_id>/<str:language>.vtt" in routes
    assert any(route.startswith("admin/") for route in routes)
    assert len(public_routes()) > 30


def server_errors(client, addresses, method="get", **headers):
    failures = []
    for address in addresses:
        response = getattr(client, method)(address, **headers)
        if response.status_code >= 500:
            failures.append((response.status_code, method.upper(), address[:120], headers))
    return failures


def concrete_addresses():
    """Every public route with bad path values, and the real pages and files."""
    addresses = []
    for route in public_routes():
        route = REGEX_GROUP.sub("una-pagina/", route)
        addresses += fill(route)
    addresses += page_addresses()
    return sorted(set(addresses))


def test_bad_path_parameters_never_cause_a_server_error(client):
    client.raise_request_exception = False
    failures = server_errors(client, concrete_addresses())
    assert failures == [], "\n".join(map(str, failures))


@pytest.mark.parametrize("method", METHODS)
def test_every_method_on_every_address_is_answered_without_a_server_error(client, method):
    client.raise_request_exception = False
    addresses = concrete_addresses()
    assert server_errors(client, addresses, method) == []


@pytest.mark.parametrize("headers", HEADERS, ids=lambda h: ",".join(h))
def test_broken_headers_never_cause_a_server_error(client, headers):
    client.raise_request_exception = False
    addresses = page_addresses() + [
        "/api/search/?q=tortura",
        "/api/v2/pages/",
        "/sitemap.xml",
        "/healthz",
    ]
    addresses += file_addresses()
    assert server_errors(client, addresses, **headers) == []


def file_addresses():
    """Real documents, media, renditions and captions of the demo (files exist)."""
    from wagtail.documents import get_document_model

    from media_library.models import CaptionTrack, MediaFile, MediaRendition

    addresses = [doc.url for doc in get_document_model().objects.all()[:3]]
    addresses += [media.url for media in MediaFile.objects.all()[:3]]
    addresses += [rendition.url for rendition in MediaRendition.objects.all()[:3]]
    addresses += [caption.url for caption in CaptionTrack.objects.all()[:3]]
    return [address for address in addresses if address]


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("sweeper", "sweeper@example.org", "x")
    client.force_login(user)
    client.raise_request_exception = False
    return client


def test_admin_addresses_with_bad_path_parameters_never_cause_a_server_error(superuser_client):
    addresses = []
    for route in url_patterns():
        if route.startswith("admin/") and CONVERTER.search(route):
            addresses += fill(route, ["9223372036854775808"], ["%00", "zz"])
    assert len(addresses) > 100
    failures = server_errors(superuser_client, sorted(set(addresses)))
    assert failures == [], "\n".join(map(str, failures))


@pytest.mark.parametrize("key", ["\x00" * 10, "abc\x00defghij", "ÿ" * 32, "a" * 5000])
def test_a_malformed_session_cookie_is_no_session(client, key):
    """PostgreSQL answered 500 on every page to a session cookie with a NUL in it."""
    client.raise_request_exception = False
    client.cookies["sessionid"] = key
    response = client.get("/es/")
    assert response.status_code == 200
    # The broken cookie is cleared (an empty value), never answered with a new session.
    assert response.cookies["sessionid"].value == ""

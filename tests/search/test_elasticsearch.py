"""Elasticsearch: ELASTICSEARCH_URL switches every settings module to it; whatever goes
wrong with it, the page and the API answer from the database, marked `degraded`; and,
when ELASTICSEARCH_URL is set, the search against a real server (the tests marked
`elasticsearch`; the README says how to run them against a local container).

What the hub sends and reads without a server: test_elasticsearch_contract.py.
"""

import json
import logging
import os
import subprocess
import sys

import pytest
from elastic_transport import ConnectionError, TransportError

from django.conf import settings
from django.core import checks
from django.test import override_settings

from hub.settings.elasticsearch import search_backends
from search.elasticsearch_backend import HubElasticsearchBackend
from search.engines import ElasticsearchEngine, FallbackEngine, get_engine
from search.models import SearchDocument
from search.registry import key
from tests.factories import CaptionTrackFactory, PersonFactory, RecordingPageFactory
from tests.search import elasticsearch_api as api
from tests.search.elasticsearch_node import Server

NOWHERE = "http://127.0.0.1:9"  # nothing listens on the discard port
URL = "http://elasticsearch.test:9200"


def backend_of(module, **environ):
    """WAGTAILSEARCH_BACKENDS["default"] of a settings module, read in a new process."""
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default'], default=str))"
    )
    env = {
        k: v for k, v in os.environ.items() if k not in ("ELASTICSEARCH_URL", "PYTEST_XDIST_WORKER")
    }
    env.update(DJANGO_SETTINGS_MODULE=module, SECRET_KEY="x", **environ)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "module", ["hub.settings.test", "hub.settings.dev", "hub.settings.production"]
)
def test_elasticsearch_url_switches_every_settings_module_to_elasticsearch(module):
    backend = backend_of(module, ELASTICSEARCH_URL=URL, PYTEST_XDIST_WORKER="gw3")
    assert backend["BACKEND"] == "search.elasticsearch_backend"
    assert backend["URLS"] == [URL]
    if module == "hub.settings.test":
        # The run's own indexes, one set per pytest-xdist worker, each write visible at once.
        assert backend["INDEX_PREFIX"] == "hubtest_gw3_"
        assert backend["REFRESH"] == "true"
    else:
        assert backend["INDEX_PREFIX"] == "hub_"
    assert backend_of(module)["BACKEND"] == "wagtail.search.backends.database"


@pytest.fixture
def server():
    """The site on Elasticsearch, with a recording node (elasticsearch_node.py) in place of
    the server: it answers what the test tells it to."""
    server = Server()
    backends = search_backends(URL, "hubfallback_", refresh="true")
    backends["default"]["OPTIONS"] = {"node_class": server.node_class, "max_retries": 0}
    with override_settings(ELASTICSEARCH_URL=URL, WAGTAILSEARCH_BACKENDS=backends):
        yield server


def database_answer(client, query):
    data = client.get("/api/search/", {"q": query, "lang": "es"}).json()
    assert data["total"] > 0 and not data["degraded"]
    page = client.get("/es/search/", {"q": query}).content.decode()
    assert NOTICE not in page
    return data


NOTICE = '<div class="notice">'  # "Search is running in a simpler mode for now…"


def falls_back(client, query, expected, caplog):
    """The API and the page answer from the database, say so, and log why."""
    with caplog.at_level(logging.WARNING, logger="search.engines"):
        response = client.get("/api/search/", {"q": query, "lang": "es"})
        page = client.get("/es/search/", {"q": query})
        suggestions = client.get("/api/search/autocomplete/", {"q": query[:5], "lang": "es"})
    assert response.status_code == page.status_code == suggestions.status_code == 200
    data = response.json()
    assert data["degraded"] is True
    assert data["engine"] == expected["engine"] != "elasticsearch"
    assert data["total"] == expected["total"]
    assert [r["url"] for r in data["results"]] == [r["url"] for r in expected["results"]]
    assert data["facets"] == expected["facets"]
    html = page.content.decode()
    assert NOTICE in html
    assert html.count('<li class="result result--') == len(expected["results"])
    assert suggestions.json()["results"]
    assert "falls back to the database" in caplog.text
    return caplog.text


FAILURES = {
    "a query it cannot run (400)": api.search_phase_error(),
    "unavailable (503)": (503, api.error_response("master_not_discovered_exception", "", 503)),
    "a refused connection": ConnectionError("Connection refused"),
    "a transport error": TransportError("the connection broke"),
    "an answer that is not JSON": (200, b"<html><body>502 Bad Gateway</body></html>"),
    "an answer without hits": (200, {"took": 1, "timed_out": False, "_shards": api.shards()}),
    "hits without fields": (200, {"hits": {"hits": [{"_index": "hub", "_id": "1", "_score": 1}]}}),
    "a pk that is no number": (200, api.search_response("hub", [("not-a-pk", 1.0)])),
}


@pytest.mark.django_db
@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
def test_any_error_from_elasticsearch_falls_back_to_the_database(client, caplog, server, failure):
    with override_settings(ELASTICSEARCH_URL="", WAGTAILSEARCH_BACKENDS=search_backends("", "")):
        expected = database_answer(client, "defensoria")
    server.fail_with(failure)
    falls_back(client, "defensoria", expected, caplog)
    assert server.sent("search"), "the search asked Elasticsearch first"


@pytest.mark.django_db
def test_a_database_backend_behind_elasticsearch_url_falls_back_too(client, caplog):
    """ELASTICSEARCH_URL set with the database backend (what the test settings did): the
    engine cannot ask Elasticsearch, and says so."""
    expected = database_answer(client, "defensoria")
    with override_settings(
        ELASTICSEARCH_URL=NOWHERE, WAGTAILSEARCH_BACKENDS=search_backends("", "")
    ):
        log = falls_back(client, "defensoria", expected, caplog)
        problems = checks.run_checks(tags=["search"])
    assert "not Elasticsearch" in log
    assert [problem.id for problem in problems] == ["hub_search.W001"]


@pytest.mark.django_db
def test_search_falls_back_to_the_database_when_elasticsearch_is_down(client, admin_client, caplog):
    """A real connection to where no server listens (the client's own HTTP node)."""
    expected = database_answer(client, "defensoria")
    backends = search_backends(NOWHERE, "hubtest_")
    backends["default"].update(TIMEOUT=1, OPTIONS={"max_retries": 0})
    with override_settings(ELASTICSEARCH_URL=NOWHERE, WAGTAILSEARCH_BACKENDS=backends):
        log = falls_back(client, "defensoria", expected, caplog)
        health = admin_client.get("/healthz").json()  # the checks are for staff
    assert "ConnectionError" in log
    assert health["status"] == "degraded"
    assert health["checks"]["search"]["status"] == "error"


# Against a real server: `ELASTICSEARCH_URL=http://127.0.0.1:9200 make test` (README).


def against_a_server(test):
    """A test of the search against the server at ELASTICSEARCH_URL (skipped without it)."""
    server_set = bool(os.environ.get("ELASTICSEARCH_URL"))
    test = pytest.mark.skipif(not server_set, reason="ELASTICSEARCH_URL is not set")(test)
    return pytest.mark.elasticsearch(pytest.mark.django_db(test))


def api_search(client, **params):
    data = client.get("/api/search/", params).json()
    assert (data["engine"], data["degraded"]) == ("elasticsearch", False), data
    return data


def titles(data):
    return [result["title"] for result in data["results"]]


@against_a_server
def test_the_test_settings_search_through_elasticsearch():
    engine = get_engine()
    assert isinstance(engine, FallbackEngine) and isinstance(engine.primary, ElasticsearchEngine)
    assert isinstance(engine.primary.backend, HubElasticsearchBackend)
    assert engine.primary.backend.es.ping()
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"].startswith("hubtest_")


@against_a_server
def test_words_accents_phrases_or_and_exclusion(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = PersonFactory(name="Zenobia Quiroga", short_bio="Visitó comisarías y cárceles.")
        second = PersonFactory(name="Zenobia Ibarra", short_bio="Visitó hospitales psiquiátricos.")
    both = {first.name, second.name}
    assert set(titles(api_search(client, q="zenobia", lang="es"))) == both
    assert titles(api_search(client, q="Comisaria", lang="es")) == [first.name]  # folded, stemmed
    assert titles(api_search(client, q='"hospitales psiquiatricos"', lang="es")) == [second.name]
    assert set(titles(api_search(client, q="comisarias OR hospital", lang="es"))) == both
    assert titles(api_search(client, q="zenobia -quiroga", lang="es")) == [second.name]
    # Words in the title and in the text of one document: each may be in either.
    assert titles(api_search(client, q="quiroga carceles", lang="es")) == [first.name]
    suggestions = client.get("/api/search/autocomplete/", {"q": "zenob", "lang": "es"}).json()
    assert {s["title"] for s in suggestions["results"]} == both

    with django_capture_on_commit_callbacks(execute=True):
        first.delete()
    assert titles(api_search(client, q="zenobia", lang="es")) == [second.name]


@against_a_server
def test_facets_snippets_and_transcript_moments(client, django_capture_on_commit_callbacks):
    said = ("Apertura de la sesión.", "Las visitas zumbadoras a las comisarías previenen.")
    with django_capture_on_commit_callbacks(execute=True):
        recording = RecordingPageFactory(language="es", title="Grabación zumbadora")
        CaptionTrackFactory(media=recording.media, language="es", lines=said)
        person = PersonFactory(name="Persona Zumbadora")
    data = api_search(client, q="zumbadoras", lang="es")
    assert set(titles(data)) == {recording.title, person.name}
    kinds = {item["value"]: item["count"] for item in data["facets"]["type"]}
    assert kinds == {"recording": 1, "person": 1}
    filtered = api_search(client, q="zumbadoras", lang="es", type="recording")
    assert titles(filtered) == [recording.title]
    hit = filtered["results"][0]
    assert hit["t"] == 2 and "<mark>" in hit["moments"][0]["text"]
    assert "<mark>" in hit["snippet"]


@pytest.mark.demo
@against_a_server
def test_every_document_is_found_by_its_title(client):
    for code in ("es", "en", "pt"):
        for document in SearchDocument.objects.filter(lang=code).order_by("id")[:15]:
            found = api_search(client, q=f'"{document.title}"', lang=code, type=document.kind)
            assert document.title in titles(found), document.key


@against_a_server
def test_a_source_written_in_a_test_is_found_at_once(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        person = PersonFactory(name="Yolanda Inmediata")
    assert SearchDocument.objects.filter(key=key(person)).exists()
    assert titles(api_search(client, q="inmediata", lang="es")) == [person.name]

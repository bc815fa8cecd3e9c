"""Elasticsearch: the mapping and analysis the hub sends, checked without a server; the
fallback to the database when the server does not answer; and, when ELASTICSEARCH_URL
is set, the same searches against a real server."""

import logging
import os

import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.engines import SEARCH_FIELDS, ElasticsearchEngine, get_engine
from search.models import SearchDocument
from search.query import parse, to_wagtail

# Nothing listens on the discard port: every request fails at once.
NOWHERE = "http://127.0.0.1:9"


def backend(url=NOWHERE):
    return Elasticsearch8SearchBackend(
        {
            "URLS": [url],
            "INDEX_PREFIX": "hubtest_",
            "TIMEOUT": 1,
            "INDEX_SETTINGS": settings.ELASTICSEARCH_ANALYSIS,
            "OPTIONS": {"max_retries": 0},
        }
    )


def test_each_language_field_has_its_language_analyzer():
    mapping = backend().mapping_class(SearchDocument).get_mapping()["properties"]
    for code in ("es", "en", "pt"):
        assert mapping[f"title_{code}"]["analyzer"] == f"hub_{code}"
        assert mapping[f"body_{code}"]["analyzer"] == f"hub_{code}"
    assert mapping["lang_filter"]["type"] == "keyword"
    assert mapping["kind_filter"]["type"] == "keyword"
    assert "edgengram" in mapping["title_edgengrams"]["analyzer"]


def test_analyzers_fold_accents_and_stem_per_language():
    analysis = backend().settings["settings"]["analysis"]
    languages = {"es": "light_spanish", "en": "english", "pt": "light_portuguese"}
    for code, stemmer in languages.items():
        chain = analysis["analyzer"][f"hub_{code}"]["filter"]
        assert "lowercase" in chain and "asciifolding" in chain
        # Accents are folded before the stemmer, as in the database engines.
        assert chain.index("asciifolding") < chain.index(f"hub_{code}_stemmer")
        assert analysis["filter"][f"hub_{code}_stemmer"] == {"type": "stemmer", "language": stemmer}
    # Wagtail's own analyzers (autocomplete) are still there.
    assert "edgengram_analyzer" in analysis["analyzer"]


@pytest.mark.django_db
def test_the_query_sent_to_elasticsearch():
    search_backend = backend()
    results = search_backend.search(
        to_wagtail(parse('torturas "mecanismo nacional" -brasil')),
        SearchDocument.objects.filter(lang__in=["es"]),
        fields=SEARCH_FIELDS,
        operator="and",
    )
    body = str(results._get_es_body())
    assert "'match_phrase'" in body and "mecanismo nacional" in body
    assert "'must_not'" in body and "brasil" in body
    assert "'lang_filter': ['es']" in body
    for field in SEARCH_FIELDS:
        assert field in body


@pytest.mark.django_db
def test_search_falls_back_to_the_database_when_elasticsearch_is_down(client, admin_client, caplog):
    config = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [NOWHERE],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "INDEX_SETTINGS": settings.ELASTICSEARCH_ANALYSIS,
        }
    }
    expected = client.get("/api/search/", {"q": "defensoria", "lang": "es"}).json()
    with override_settings(ELASTICSEARCH_URL=NOWHERE, WAGTAILSEARCH_BACKENDS=config):
        with caplog.at_level(logging.WARNING, logger="search.engines"):
            response = client.get("/api/search/", {"q": "defensoria", "lang": "es"})
            page = client.get("/es/search/", {"q": "defensoria"})
        health = admin_client.get("/healthz").json()  # the checks are for staff
    data = response.json()
    assert response.status_code == 200 and page.status_code == 200
    assert data["degraded"] is True
    assert data["engine"] == expected["engine"] != "elasticsearch"
    assert data["total"] == expected["total"] > 0
    assert "falls back to the database" in caplog.text
    assert health["status"] == "degraded"
    assert health["checks"]["search"]["status"] == "error"


requires_server = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL is not set"
)


@requires_server
@pytest.mark.django_db
def test_against_a_real_server(client):
    assert isinstance(get_engine().primary, ElasticsearchEngine)
    call_command("rebuild_search", verbosity=0)
    for code, query in [
        ("es", "defensoria"),
        ("es", "torturas"),
        ("en", "facilities"),
        ("pt", "prevencao"),
    ]:
        data = client.get("/api/search/", {"q": query, "lang": code}).json()
        assert data["engine"] == "elasticsearch" and data["degraded"] is False
        assert data["total"] > 0, (code, query)
        assert {r["lang"] for r in data["results"]} == {code}

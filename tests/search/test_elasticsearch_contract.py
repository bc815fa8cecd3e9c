"""What the hub sends to Elasticsearch and what it reads back, checked against the
Elasticsearch 8 API without a server.

The real `elasticsearch` client (whose API methods check their parameters) hands its
requests to a recording node (elasticsearch_node.py) that answers with the documented
shapes. Every request is checked against the API (elasticsearch_api.py): the index
settings and analysis, the mappings, the documents written one by one and in bulk, the
removals, the search and autocomplete queries. The searches go through the real page
and API, so the hits the node answers become the results, with their facets, snippets
and transcript moments from the database.
"""

import pytest

from django.core.management import call_command
from django.test import override_settings

from hub.settings.elasticsearch import search_backends
from search.documents import sync_many
from search.models import SearchDocument
from search.registry import key
from search.service import AUTOCOMPLETE_POOL
from search.signals import indexing_deferred
from search.text import LANGUAGES
from tests.factories import (
    CaptionTrackFactory,
    PersonFactory,
    RecommendationFactory,
    RecordingPageFactory,
)
from tests.search.elasticsearch_api import check_query, check_requests
from tests.search.elasticsearch_node import Server

pytestmark = pytest.mark.django_db

URL = "http://elasticsearch.test:9200"
PREFIX = "hubcontract_"
INDEX = PREFIX + "hub_search_searchdocument"
FIELDS = [f"{part}_{code}" for part in ("title", "body") for code in ("es", "en", "pt")]


@pytest.fixture
def server():
    """The site's search on Elasticsearch, the recording node in place of its server."""
    server = Server()
    backends = search_backends(URL, PREFIX, refresh="true")
    backends["default"]["OPTIONS"] = {"node_class": server.node_class, "max_retries": 0}
    with override_settings(ELASTICSEARCH_URL=URL, WAGTAILSEARCH_BACKENDS=backends):
        yield server


@pytest.fixture
def built(server):
    """The indexes as a deployment has them after `rebuild_search` (its update_index)."""
    call_command("update_index", verbosity=0)
    return server


def mapping():
    """The properties the hub maps the search documents' index with."""
    from wagtail.search.backends import get_search_backend

    return get_search_backend().mapping_class(SearchDocument).get_mapping()["properties"]


def searches(server):
    return [request.body for request in server.sent("search")]


def test_the_indexes_their_analysis_mappings_and_documents_follow_the_api(built):
    mappings = check_requests(built.requests)

    create = next(r for r in built.sent("indices.create") if r.path.startswith(f"/{INDEX}_"))
    analysis = create.body["settings"]["analysis"]
    stemmers = {"es": "light_spanish", "en": "english", "pt": "light_portuguese"}
    for code, stemmer in stemmers.items():
        chain = analysis["analyzer"][f"hub_{code}"]["filter"]
        assert "lowercase" in chain and "asciifolding" in chain
        # Accents are folded before the stemmer, as in the database engines.
        assert chain.index("asciifolding") < chain.index(f"hub_{code}_stemmer")
        assert analysis["filter"][f"hub_{code}_stemmer"] == {"type": "stemmer", "language": stemmer}
    assert analysis["analyzer"]["edgengram_analyzer"]["type"] == "custom"  # Wagtail's own

    properties = mappings[INDEX]  # the alias update_index points at the new index
    for code in LANGUAGES:
        assert properties[f"title_{code}"]["analyzer"] == f"hub_{code}"
        assert properties[f"body_{code}"]["analyzer"] == f"hub_{code}"
    assert properties["lang_filter"]["type"] == properties["kind_filter"]["type"] == "keyword"
    assert properties["pk"] == {"type": "keyword", "store": True}

    bulk = [r for r in built.sent("bulk") if r.path.startswith(f"/{INDEX}_")]
    documents = [line for request in bulk for line in request.body[1::2]]
    actions = [line for request in bulk for line in request.body[::2]]
    assert sorted(int(document["pk"]) for document in documents) == sorted(
        SearchDocument.objects.values_list("pk", flat=True)
    )
    assert [action["index"]["_id"] for action in actions] == [d["pk"] for d in documents]
    one = SearchDocument.objects.get(pk=documents[0]["pk"])
    sent = documents[0]
    assert sent["lang_filter"] == one.lang and sent[f"title_{one.lang}"] == one.title
    assert all(request.params == {"refresh": "true"} for request in bulk)
    assert {r.path.split("/")[-1] for r in built.sent("indices.put_alias")} >= {INDEX}


def test_a_source_saved_then_deleted_is_written_then_removed(
    built, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = PersonFactory(name="Ximena Contractual")
    document = SearchDocument.objects.get(key=key(person))
    with django_capture_on_commit_callbacks(execute=True):
        person.delete()
    check_requests(built.requests)

    (written,) = [r for r in built.sent("index") if r.path == f"/{INDEX}/_doc/{document.pk}"]
    assert written.params == {"refresh": "true"}
    assert written.body["pk"] == str(document.pk)
    assert written.body["kind_filter"] == "person"
    assert "Ximena Contractual" in written.body[f"title_{document.lang}"]
    assert written.body["title_edgengrams"] == document.title
    (removed,) = [r for r in built.sent("delete") if r.path == f"/{INDEX}/_doc/{document.pk}"]
    assert removed.params == {"refresh": "true"}


def test_the_documents_of_an_import_go_in_one_bulk_request(built):
    with indexing_deferred():  # as an import writes its rows
        recommendations = RecommendationFactory.create_batch(3)
    assert sync_many(recommendations)["written"] == 3
    check_requests(built.requests)

    documents = SearchDocument.objects.filter(key__in=[key(r) for r in recommendations])
    (bulk,) = [r for r in built.sent("bulk") if r.path == f"/{INDEX}/_bulk"]
    assert bulk.params == {"refresh": "true"}
    assert sorted(int(line["pk"]) for line in bulk.body[1::2]) == sorted(d.pk for d in documents)
    assert {line["kind_filter"] for line in bulk.body[1::2]} == {"recommendation"}


@pytest.mark.parametrize(
    "query",
    [
        "tortura",
        "torturas mecanismo",
        '"mecanismo nacional"',
        "defensoria OR ouvidoria",
        'tortura "mecanismo nacional" OR brasil -chile',
        '-"sin aviso" visitas',
    ],
)
def test_every_kind_of_query_is_one_the_api_accepts(server, client, query):
    # spell=0: one search each (with no hit, a search may ask again with a correction).
    for lang in ("es", "all"):
        response = client.get("/api/search/", {"q": query, "lang": lang, "spell": "0"})
        assert response.status_code == 200
    assert client.get("/es/search/", {"q": query, "spell": "0"}).status_code == 200
    assert client.get("/api/search/autocomplete/", {"q": query, "lang": "es"}).status_code == 200
    bodies = searches(server)
    assert len(bodies) == 4
    check_requests(server.requests, {INDEX: mapping()})
    for body in bodies:
        assert body["_source"] is False and body["fields"] == ["pk"]


def test_a_query_s_clauses_are_matched_across_fields_and_languages(server, client):
    client.get("/api/search/", {"q": 'tortura "mecanismo nacional" OR brasil -chile'})
    ((body,),) = [searches(server)]
    query = body["query"]["bool"]
    assert query["filter"] == {"match": {"_django_content_type": "hub_search.SearchDocument"}}
    must = query["must"]["bool"]["must"]
    every_field = ["title_es^5", "title_en^5", "title_pt^5", "body_es", "body_en", "body_pt"]
    assert must[0] == {
        "multi_match": {"query": "tortura", "operator": "and", "fields": every_field}
    }
    phrase, word = must[1]["bool"]["should"]
    assert must[1]["bool"]["minimum_should_match"] == 1
    assert phrase["multi_match"]["type"] == "phrase"
    assert phrase["multi_match"]["query"] == "mecanismo nacional"
    assert word["multi_match"]["query"] == "brasil"
    assert must[2]["bool"]["must_not"][0]["multi_match"]["query"] == "chile"
    assert body["size"] == 10_000


def test_autocomplete_asks_for_the_start_of_titles_in_the_languages_asked(server, client):
    client.get("/api/search/autocomplete/", {"q": "defens", "lang": "es,pt"})
    ((body,),) = [searches(server)]
    assert body["query"]["bool"]["must"] == {
        "match": {"_edgengrams": {"query": "defens", "operator": "and"}}
    }
    assert {"terms": {"lang_filter": ["es", "pt"]}} in body["query"]["bool"]["filter"]
    # Eight suggestions shown, from more candidates (the titles starting with it first).
    assert body["size"] == 8 * AUTOCOMPLETE_POOL


def test_the_hits_elasticsearch_answers_are_the_results(
    server, client, django_capture_on_commit_callbacks
):
    said = ("Apertura de la sesión.", "Las visitas zumbadoras a las comisarías previenen.")
    with django_capture_on_commit_callbacks(execute=True):
        recording = RecordingPageFactory(language="es", title="Grabación contractual")
        CaptionTrackFactory(media=recording.media, language="es", lines=said)
    playing = SearchDocument.objects.get(key=key(recording))
    other = SearchDocument.objects.filter(lang="es", kind="organisation").first()
    server.hits = [(other.pk, 1.5), (playing.pk, 7.25), (10**9, 3.0)]  # an id in no row

    data = client.get("/api/search/", {"q": "zumbadoras", "lang": "es"}).json()
    assert (data["engine"], data["degraded"]) == ("elasticsearch", False)
    assert [r["title"] for r in data["results"]] == [playing.title, other.title]
    assert data["total"] == 2
    kinds = {item["value"]: item["count"] for item in data["facets"]["type"]}
    assert kinds == {"recording": 1, "organisation": 1}
    hit = data["results"][0]
    assert hit["t"] == 2 and hit["moments"][0]["t"] == 2
    assert "<mark>zumbadoras</mark>" in hit["moments"][0]["text"]
    assert "<mark>zumbadoras</mark>" in hit["snippet"]

    html = client.get("/es/search/", {"q": "zumbadoras"}).content.decode()
    assert playing.title in html and f'href="{playing.url}?t=2"' in html
    assert "simpler mode" not in html

    server.hits = [(playing.pk, 2.0)]
    found = client.get("/api/search/autocomplete/", {"q": "graba", "lang": "es"}).json()
    assert [r["title"] for r in found["results"]] == [playing.title]


def test_the_queries_are_checked_against_the_api_for_real(server, client):
    """The checks themselves refuse what the API does not accept."""
    properties = {"title_es": {"type": "text"}, "lang_filter": {"type": "keyword"}}
    check_query({"multi_match": {"query": "x", "fields": ["title_es^5"]}}, properties)
    for wrong in [
        {"multi_match": {"query": "x", "fields": ["title_es"], "cutoff": 1}},
        {"multi_match": {"query": "x", "fields": ["title_fr"]}},
        {"terms": {"title_es": ["x"]}},
        {"bool": {"must": {"match": {"lang_filter": {"query": "x", "operator": "xor"}}}}},
        {"query_string": {"query": "x"}},
    ]:
        with pytest.raises(AssertionError):
            check_query(wrong, properties)


def multi_matches(query):
    """Every multi_match of a query body, wherever it is nested: (type, query text)."""
    found = []
    if isinstance(query, dict):
        for name, value in query.items():
            if name == "multi_match":
                found.append((value.get("type", "best_fields"), value["query"]))
            else:
                found.extend(multi_matches(value))
    elif isinstance(query, list):
        for item in query:
            found.extend(multi_matches(item))
    return found


def test_a_synonym_reaches_elasticsearch_as_any_of_its_group(server, client):
    """The editors' groups (here the NPM one the migration adds) expand the query before
    the engine: Elasticsearch is asked for any of the group's terms."""
    client.get("/api/search/", {"q": "MNPCT", "lang": "es"})
    ((body,),) = [searches(server)]
    check_requests(server.requests, {INDEX: mapping()})
    asked = multi_matches(body["query"])
    for term in ("npm", "mnp", "mnpct"):
        assert ("best_fields", term) in asked
    assert ("phrase", "national preventive mechanism") in asked


def test_a_typo_is_corrected_through_elasticsearch(built, client):
    """No hit for the word as typed: the search asks again with the word the index holds,
    and the results are the correction's."""
    from search import documents
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(title="Zarandajas del puerto", introduction="Texto.")
    documents.sync(page)
    found = SearchDocument.objects.get(key=key(page))

    def answer(body):
        asked = {text for _type, text in multi_matches(body["query"])}
        return [(found.pk, 3.0)] if "zarandajas" in asked else []

    built.hits = answer
    built.requests.clear()
    data = client.get("/api/search/", {"q": "zarnadajas", "lang": "es"}).json()
    assert (data["engine"], data["degraded"]) == ("elasticsearch", False)
    assert data["query"] == "zarnadajas" and data["corrected_query"] == "zarandajas"
    assert [result["title"] for result in data["results"]] == [page.title]
    first, _second = searches(built)
    assert {text for _type, text in multi_matches(first["query"])} == {"zarnadajas"}
    check_requests(built.requests, {INDEX: mapping()})

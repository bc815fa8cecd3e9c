"""Engines that match a parsed query against the search documents.

Each engine (`Engine`) answers two questions: which documents match (with a relevance
score, higher is better, and the few columns facets need), and which titles start with
what the visitor is typing. Filtering, facets, snippets, transcript moments, sorting and
pages are done once, above them (search.service), so every engine behaves the same.

- SQLite: the FTS5 table `hub_search_fts`, ranked by bm25 with the title ten times the
  weight of the text.
- PostgreSQL: the generated tsvector column `search_vector` (title weight A, names B,
  text D), ranked by ts_rank.
- Elasticsearch (when ELASTICSEARCH_URL is set): the hub's Wagtail backend
  (search.elasticsearch_backend), one analyzer per language, asked for ids and scores.
  Whatever goes wrong with it (no answer, an error, an answer of another shape, a
  misconfiguration), `FallbackEngine` logs it and the database engine answers, marked
  `degraded`.
"""

import logging
from dataclasses import replace

from django.db import connection

from search.models import SearchDocument, elasticsearch_enabled
from search.query import Term, to_fts5, to_tsquery, to_wagtail

logger = logging.getLogger(__name__)

# More matches than this are cut (the best first): facets then count the best ones.
MAX_MATCHES = 10_000
TITLE_WEIGHT = 10.0

FACET_COLUMNS = ("kind", "lang", "countries", "topics", "panel", "year", "date")


# A match is a plain row, (id, score, *FACET_COLUMNS): thousands are counted per search.
ID, SCORE, KIND, LANG, COUNTRIES, TOPICS, PANEL, YEAR, DATE = range(9)


class EngineUnavailable(RuntimeError):
    """The engine could not answer (a server down, an error from it); the caller falls back."""


class Engine:
    """What the search (search.service) asks of an engine."""

    name = ""
    degraded = False  # True when another engine answered in its place

    def match(self, parsed, languages=None):
        """Every matching document, the best first (at most MAX_MATCHES), as rows
        (id, score, *FACET_COLUMNS); `languages` limits them to those languages."""
        raise NotImplementedError

    def autocomplete(self, parsed, languages=None, limit=8):
        """The ids of at most `limit` documents whose title starts with the query's words."""
        raise NotImplementedError


def _prefixed(parsed):
    """The query with every word read as the start of a word (autocomplete)."""
    required = [Term(c.word, prefix=True) if isinstance(c, Term) else c for c in parsed.required]
    return replace(parsed, required=required, excluded=[])


def _language_sql(languages):
    if not languages:
        return "", []
    return f" AND d.lang IN ({', '.join(['%s'] * len(languages))})", list(languages)


def _rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class DatabaseEngine(Engine):
    """Both database engines: a `match_sql` and an `autocomplete_sql` with the same shape.

    Each SQL text has three slots: the engine's query string, the language filter and
    the row limit."""

    match_sql = autocomplete_sql = ""

    def match_expression(self, parsed):
        raise NotImplementedError

    def prefix_expression(self, parsed):
        raise NotImplementedError

    def match(self, parsed, languages=None):
        language_sql, language_params = _language_sql(languages)
        params = [self.match_expression(parsed), *language_params, MAX_MATCHES]
        return _rows(self.match_sql % language_sql, params)

    def autocomplete(self, parsed, languages=None, limit=8):
        language_sql, language_params = _language_sql(languages)
        params = [self.prefix_expression(_prefixed(parsed)), *language_params, limit]
        return [row[0] for row in _rows(self.autocomplete_sql % language_sql, params)]


COLUMNS = ", ".join(f"d.{column}" for column in FACET_COLUMNS)
# "%%s" stays a parameter slot once the language filter is put in with "%".


class SQLiteEngine(DatabaseEngine):
    name = "sqlite-fts5"
    match_sql = (
        f"SELECT d.id, -bm25(hub_search_fts, {TITLE_WEIGHT}, 1.0, 0.0) AS score, {COLUMNS}"
        " FROM hub_search_fts JOIN hub_search_document d ON d.id = hub_search_fts.rowid"
        " WHERE hub_search_fts MATCH %%s%s ORDER BY score DESC LIMIT %%s"
    )
    autocomplete_sql = (
        "SELECT d.id FROM hub_search_fts JOIN hub_search_document d"
        " ON d.id = hub_search_fts.rowid WHERE hub_search_fts MATCH %%s%s"
        " ORDER BY bm25(hub_search_fts, 0.0, 0.0, 1.0), length(d.title) LIMIT %%s"
    )

    def match_expression(self, parsed):
        return to_fts5(parsed, ["title_terms", "body_terms"])

    def prefix_expression(self, parsed):
        return to_fts5(parsed, ["names"])


# ts_rank's weights of D, C, B, A (PostgreSQL's default is {0.1, 0.2, 0.4, 1.0}): a word
# in a title weighs three times one in the text, not ten (ten let a one-line directory
# card that names a topic outrank the briefs about it).
RANK_WEIGHTS = "{0.3, 0.3, 0.6, 1.0}"


class PostgresEngine(DatabaseEngine):
    name = "postgresql-tsvector"
    match_sql = (
        f"SELECT d.id, ts_rank('{RANK_WEIGHTS}', d.search_vector, q, 1) AS score, {COLUMNS}"
        " FROM hub_search_document d, to_tsquery('simple', %%s) q"
        " WHERE d.search_vector @@ q%s ORDER BY score DESC LIMIT %%s"
    )
    autocomplete_sql = (
        "SELECT d.id FROM hub_search_document d, to_tsquery('simple', %%s) q"
        " WHERE d.search_vector @@ q%s ORDER BY length(d.title) LIMIT %%s"
    )

    def match_expression(self, parsed):
        return to_tsquery(parsed, "AD")  # title (A) and text (D)

    def prefix_expression(self, parsed):
        return to_tsquery(parsed, "B")  # names


def database_engine():
    return PostgresEngine() if connection.vendor == "postgresql" else SQLiteEngine()


SEARCH_FIELDS = [f"{part}_{code}" for part in ("title", "body") for code in ("es", "en", "pt")]


def hits(response):
    """(id, score) of each hit of an Elasticsearch search response: `hits.hits[]` with the
    document's `fields.pk` (asked for with `fields=["pk"]`) and its `_score`. Raises
    KeyError, TypeError or ValueError on an answer of another shape."""
    found = []
    for hit in response["hits"]["hits"]:
        pk = hit["fields"]["pk"]
        if not isinstance(pk, list) or len(pk) != 1:
            raise ValueError(f"Elasticsearch hit with fields.pk {pk!r}")
        found.append((int(pk[0]), float(hit["_score"] or 0.0)))
    return found


class ElasticsearchEngine(Engine):
    """The Elasticsearch backend of WAGTAILSEARCH_BACKENDS, asked for ids and scores only."""

    name = "elasticsearch"

    def __init__(self, backend=None):
        self._backend = backend

    @property
    def backend(self):
        if self._backend is None:
            from wagtail.search.backends import get_search_backend

            self._backend = get_search_backend()
        if not hasattr(self._backend, "es"):
            raise EngineUnavailable(
                "ELASTICSEARCH_URL is set but WAGTAILSEARCH_BACKENDS['default'] is "
                f"{type(self._backend).__module__}, not Elasticsearch"
            )
        return self._backend

    def _queryset(self, languages):
        queryset = SearchDocument.objects.all()
        return queryset.filter(lang__in=languages) if languages else queryset

    def _search(self, results, size):
        from elasticsearch import ApiError, TransportError

        backend = self.backend
        try:
            response = backend.es.search(
                index=backend.get_index_for_model(SearchDocument).name,
                query=results.query_compiler.get_query(),
                _source=False,
                fields=["pk"],
                size=size,
            )
        except (ApiError, TransportError) as error:
            raise EngineUnavailable(f"Elasticsearch: {type(error).__name__}: {error}") from error
        return hits(response)

    def match(self, parsed, languages=None):
        results = self.backend.search(
            to_wagtail(parsed), self._queryset(languages), fields=SEARCH_FIELDS, operator="and"
        )
        scores = dict(self._search(results, MAX_MATCHES))
        rows = SearchDocument.objects.filter(id__in=scores).values_list("id", *FACET_COLUMNS)
        matches = [(row[0], scores[row[0]], *row[1:]) for row in rows]
        return sorted(matches, key=lambda match: -match[SCORE])

    def autocomplete(self, parsed, languages=None, limit=8):
        # Against `_edgengrams`, the start of every word of the AutocompleteFields (the title).
        results = self.backend.autocomplete(
            " ".join(parsed.positive_words()), self._queryset(languages), operator="and"
        )
        return [pk for pk, _score in self._search(results, limit)]


class FallbackEngine(Engine):
    """The primary engine (Elasticsearch) first; the database when it fails in any way."""

    def __init__(self, primary, fallback):
        self.primary, self.fallback = primary, fallback
        self.name = primary.name

    def _call(self, method, *args):
        try:
            return getattr(self.primary, method)(*args)
        except Exception as error:  # noqa: BLE001 - the visitor gets the database's answer
            # A server's refusal is told in one line; anything else (an answer of another
            # shape, a misconfiguration) with its traceback.
            logger.warning(
                "Search falls back to the database: %s: %s",
                type(error).__name__,
                error,
                exc_info=not isinstance(error, EngineUnavailable),
            )
            self.degraded = True
            self.name = self.fallback.name
            return getattr(self.fallback, method)(*args)

    def match(self, parsed, languages=None):
        return self._call("match", parsed, languages)

    def autocomplete(self, parsed, languages=None, limit=8):
        return self._call("autocomplete", parsed, languages, limit)


def get_engine():
    """The engine of the settings: Elasticsearch (falling back to the database) when
    ELASTICSEARCH_URL is set, else the database's."""
    if elasticsearch_enabled():
        return FallbackEngine(ElasticsearchEngine(), database_engine())
    return database_engine()

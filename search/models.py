"""The search document: one row per public thing a visitor can find.

Every page and every row of a searchable model (`search.contract`: recordings with their
transcripts, countries, organisations, people, action points, UPR recommendations…) gets
one denormalised row, written by `search.documents` whenever the source changes. The
row carries what a result shows (title, text, address), what facets count (type,
language, countries, topics, panel, year) and the stemmed terms the database engines
match. The full-text index over those
terms is kept by the database itself (see the migration): an FTS5 table with triggers on
SQLite, a generated, GIN-indexed tsvector column on PostgreSQL. With Elasticsearch
configured, Wagtail's backend indexes the same rows with one analyzer per language.
"""

from django.conf import settings
from django.db import models

from wagtail.search import index

from search.text import LANGUAGES


def elasticsearch_enabled():
    """Whether the rows are also indexed in Elasticsearch (ELASTICSEARCH_URL is set)."""
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def _text_in(document, language):
    return "\n".join(text for lang, text in document.parts if lang == language)


class SearchDocument(index.Indexed, models.Model):
    # Small columns first: SQLite reads a row's columns in order, and a search reads the
    # facet columns of thousands of rows; the long texts come last.
    key = models.CharField(max_length=120, unique=True)
    source_model = models.CharField(max_length=100)
    source_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=20)  # what the source declares (search.contract)
    lang = models.CharField(max_length=5)
    date = models.DateField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    # Multi-valued facets as "|AR|BR|": one LIKE-free membership test in Python.
    countries = models.CharField(max_length=300, default="", blank=True)
    topics = models.CharField(max_length=500, default="", blank=True)
    panel = models.CharField(max_length=40, default="", blank=True)
    media_id = models.PositiveIntegerField(null=True)
    updated_at = models.DateTimeField(auto_now=True)
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=500)

    # The text after the title, as [language, text] pairs: a brief's PDF may be in another
    # language than its page, a recording's transcript in the language spoken.
    parts = models.JSONField(default=list)
    # What the database engines match: stemmed terms and, for autocomplete, folded words.
    title_terms = models.TextField(default="", blank=True)
    names = models.TextField(default="", blank=True)
    body_terms = models.TextField(default="", blank=True)

    # Indexed into Elasticsearch by search.documents, never by Wagtail's signal handlers
    # (the database engines read the table itself).
    search_auto_update = False
    search_fields = (
        [index.FilterField("lang"), index.FilterField("kind"), index.AutocompleteField("title")]
        + [
            index.SearchField(f"title_{code}", boost=5, es_extra={"analyzer": f"hub_{code}"})
            for code in LANGUAGES
        ]
        + [
            index.SearchField(f"body_{code}", es_extra={"analyzer": f"hub_{code}"})
            for code in LANGUAGES
        ]
    )

    class Meta:
        db_table = "hub_search_document"
        indexes = [
            models.Index(fields=["lang", "kind"]),
            models.Index(fields=["source_model", "source_id"]),
        ]

    def __str__(self):
        return f"{self.kind}: {self.title}"

    @classmethod
    def get_indexed_objects(cls):
        if not elasticsearch_enabled():
            return cls.objects.none()
        return cls.objects.all()

    def title_es(self):
        return self.title if self.lang == "es" else ""

    def title_en(self):
        return self.title if self.lang == "en" else ""

    def title_pt(self):
        return self.title if self.lang == "pt" else ""

    def body_es(self):
        return _text_in(self, "es")

    def body_en(self):
        return _text_in(self, "en")

    def body_pt(self):
        return _text_in(self, "pt")

    @property
    def body(self):
        return "\n".join(text for _lang, text in self.parts)

    def has(self, facet, value):
        return f"|{value}|" in getattr(self, facet)

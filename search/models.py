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
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

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


class SearchWord(models.Model):
    """A word of the search documents, in one language, with how many documents hold it:
    the vocabulary that spelling corrections come from (search.vocabulary keeps it)."""

    word = models.CharField(max_length=60)  # folded: "defensoria"
    form = models.CharField(max_length=60, default="")  # as written: "defensoría"
    lang = models.CharField(max_length=5)
    length = models.PositiveSmallIntegerField()
    documents = models.IntegerField(default=0)

    class Meta:
        db_table = "hub_search_word"
        constraints = [
            models.UniqueConstraint(fields=["word", "lang"], name="hub_search_word_unique")
        ]
        indexes = [models.Index(fields=["length", "word"])]

    def __str__(self):
        return f"{self.word} ({self.lang}, {self.documents})"


class SearchSynonym(models.Model):
    """Words or phrases a search treats as one ("NPM, MNP, MNPCT"), in any language:
    a query for one finds the others (search.synonyms). Live when saved."""

    terms = models.TextField(
        verbose_name=_("terms"),
        help_text=_(
            "Words or phrases that mean the same, separated by commas, for instance: "
            "NPM, MNP, MNPCT, national preventive mechanism. Accents and capitals do not "
            "matter. A search for any of them finds them all."
        ),
    )
    note = models.CharField(
        verbose_name=_("note"),
        max_length=255,
        blank=True,
        help_text=_("Why these belong together (for other editors; not shown on the site)."),
    )

    class Meta:
        db_table = "hub_search_synonym"
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonyms")
        ordering = ["terms"]

    def __str__(self):
        return self.terms[:80]

    def term_list(self):
        """The group's terms as typed, stripped, without empty ones or repeats."""
        found = [term.strip() for term in self.terms.replace("\n", ",").split(",")]
        return list(dict.fromkeys(term for term in found if term))

    def clean(self):
        from search.text import words

        terms = self.term_list()
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two terms, separated by commas.")})
        too_long = [term for term in terms if len(words(term)) > 6 or not words(term)]
        if too_long:
            raise ValidationError(
                {
                    "terms": _("Each term is one to six words: “%(term)s” is not.")
                    % {"term": too_long[0][:60]}
                }
            )

"""How a model becomes searchable: the one interface search reads.

A model whose things a visitor can find subclasses `Searchable` and says what its search
document holds (`search_document()` returns a `DocumentData`, or None when it must not be
found). A page type subclasses `search.pages.SearchablePage` instead, which builds the
document every page has and asks the page only for its own date, facets and texts; a page
type that does neither still gets that generic document, of kind "page". A model whose
rows are part of other models' documents (a country's timeline, a recording's captions)
subclasses `SearchDependency`. `search.registry` finds them all in the app registry, so
a new searchable type needs no change in search.
"""

import contextlib
import contextvars
import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from search.text import term_string, words

# Text kept per document: enough for a long report (about 150 pages).
MAX_TEXT = 400_000


@dataclass
class DocumentData:
    """What one search document holds, before it is written."""

    kind: str
    lang: str
    title: str
    url: str
    parts: list = field(default_factory=list)  # [language, text]
    names: list = field(default_factory=list)  # other names to autocomplete (acronyms)
    date: datetime.date | None = None
    year: int | None = None
    countries: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    panel: str = ""
    media_id: int | None = None

    def fields(self):
        parts = [[language, text] for language, text in self.parts if text and text.strip()]
        budget, kept = MAX_TEXT, []
        for language, text in parts:
            if budget <= 0:
                break
            kept.append([language, text[:budget]])
            budget -= len(text)
        return {
            "kind": self.kind,
            "lang": self.lang,
            "title": self.title[:500],
            "url": self.url[:500],
            "parts": kept,
            "date": self.date,
            "year": self.year,
            "countries": _joined(self.countries),
            "topics": _joined(self.topics),
            "panel": self.panel,
            "media_id": self.media_id,
            "title_terms": term_string(self.title, self.lang),
            "body_terms": " ".join(term_string(text, language) for language, text in kept),
            "names": " ".join(words(" ".join([self.title, *self.names]))),
        }


def _joined(values):
    values = sorted({value for value in values if value})
    return "|" + "|".join(values) + "|" if values else ""


class Searchable:
    """A model with one search document per row.

    `search_kind` is the result type stored with the document (the `type` filter and
    facet), `search_kind_label` its name for visitors, `search_weight` how much its
    matches weigh against other types' (search.ranking). `search_address_pages` names the
    page types (by label) whose publication changes where, or whether, this model's
    documents lead: publishing one rewrites the documents of its locale.
    """

    search_kind = "page"
    search_kind_label = _("Page")
    # How much a match of this type weighs in the order of results (search.ranking):
    # 1 for an ordinary page, more for substantive content, less for directory entries.
    search_weight = 1.0
    search_address_pages = ()
    # For results that play: a classmethod taking media ids and returning
    # {(media id, page language): [(start, text, language)]}, the timed text of each.
    search_segments = None

    def search_document(self):
        """The document's data, or None when nothing of this row may be found."""
        raise NotImplementedError


class SearchDependency:
    """A model whose rows are part of other models' search documents."""

    def search_dependents(self):
        """The searchable rows (a queryset or a list) whose documents hold this row."""
        raise NotImplementedError


# Within `remembering()`: lookups shared by every document of a kind, by key.
_remembered = contextvars.ContextVar("search_documents_remembered", default=None)


@contextlib.contextmanager
def remembering():
    """Share lookups between the documents built inside (`remember`): a bulk write."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def remember(key, compute):
    memo = _remembered.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def live_page(model_label, locale):
    """The live, public page of a type in a locale (a directory, the country index)."""

    def compute():
        from hub.core.utils import public_pages

        model = apps.get_model(model_label)
        return public_pages(model.objects.live().filter(locale=locale)).first()

    return remember(("live_page", model_label, locale.pk), compute)

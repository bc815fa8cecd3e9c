"""One search for the HTML page and the JSON API: parameters in, a page of results out.

The engine returns every matching document with its score and facet columns; filters,
facet counts, sorting and pagination happen here, the same way for every engine. Facet
counts are disjunctive: the counts of one facet ignore that facet's own filter, so
choosing "brief" still shows how many news items match. Nothing here writes to the
database (a search must never take SQLite's write lock).
"""

import math
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from search import registry, synonyms
from search.engines import DATE, ID, SCORE, get_engine
from search.facets import count_facets, facet_filter, facets
from search.models import SearchDocument
from search.query import QueryError, parse, strip_control
from search.ranking import ranked
from search.snippets import Highlighter, best_moments
from search.synonyms import expand
from search.text import LANGUAGES, fold
from search.vocabulary import corrections, respell

PER_PAGE = 10
SORTS = ("relevance", "date")
SLUG = re.compile(r"^[-\w]{1,100}$")
PANEL_KEY = re.compile(r"^[0-9a-f-]{36}$")


@dataclass
class SearchParams:
    query: str = ""
    languages: tuple = ()  # empty: every language
    filters: dict = field(default_factory=dict)  # facet → value
    sort: str = "relevance"
    page: int = 1
    spelling: bool = True  # False: the query exactly as typed, never corrected

    @classmethod
    def from_request(cls, request, default_language):
        """Read and check the query string. Raises QueryError with a message for the visitor."""
        get = request.GET
        params = cls(query=strip_control(get.get("q", "")))

        lang = (get.get("lang") or default_language).strip().lower()
        if lang == "all":
            params.languages = ()
        else:
            codes = tuple(dict.fromkeys(code.strip() for code in lang.split(",") if code.strip()))
            unknown = [code for code in codes if code not in LANGUAGES]
            if unknown or not codes:
                raise QueryError(_("Unknown language: use es, en, pt or all."))
            params.languages = codes

        kind = get.get("type", "").strip()
        if kind:
            kinds = registry.kinds()
            if kind not in kinds:
                raise QueryError(
                    _("Unknown result type “%(type)s”. Use one of: %(types)s.")
                    % {"type": kind[:40], "types": ", ".join(kinds)}
                )
            params.filters["type"] = kind
        country = get.get("country", "").strip().upper()
        if country:
            if not re.fullmatch(r"[A-Z]{2}", country):
                raise QueryError(_("A country is a two-letter ISO code, such as AR."))
            params.filters["country"] = country
        topic = get.get("topic", "").strip()
        if topic:
            if not SLUG.match(topic):
                raise QueryError(_("Unknown topic."))
            params.filters["topic"] = topic
        panel = get.get("panel", "").strip().lower()
        if panel:
            if not PANEL_KEY.match(panel):
                raise QueryError(_("Unknown panel."))
            params.filters["panel"] = panel
        year = get.get("year", "").strip()
        if year:
            if not (year.isdigit() and 1900 <= int(year) <= 2100):
                raise QueryError(_("A year is a number such as 2011."))
            params.filters["year"] = int(year)

        params.sort = get.get("sort", "relevance").strip() or "relevance"
        if params.sort not in SORTS:
            raise QueryError(_("Sort by relevance or date."))
        page = get.get("page", "1").strip() or "1"
        if not page.isdigit() or int(page) < 1 or len(page) > 6:
            raise QueryError(_("The page number must be a whole number from 1."))
        params.page = int(page)
        params.spelling = get.get("spell", "").strip() != "0"
        return params


@dataclass
class Result:
    type: str
    title: str
    url: str
    snippet: str
    lang: str
    date: str = ""
    t: int | None = None
    moments: list = field(default_factory=list)  # {"t", "text" (marked), "lang", "url"}
    promoted: bool = False
    title_html: str = ""  # the title, escaped, with matches in <mark>
    day: object = None  # the date as a date, for the page to write in its language
    timed: bool = False  # a result that plays: its moments are part of it, even none

    def as_json(self):
        data = {
            "type": self.type,
            "title": self.title,
            "url": self.url,
            "snippet": str(self.snippet),
            "lang": self.lang,
            "date": self.date or None,
        }
        if self.timed:
            data["t"] = self.t
            data["moments"] = [
                {"t": moment["t"], "text": str(moment["text"]), "url": moment["url"]}
                for moment in self.moments
            ]
        if self.promoted:
            data["promoted"] = True
        return data


@dataclass
class SearchOutcome:
    params: SearchParams
    query: str = ""  # as typed, or its correction when the results are the correction's
    corrected: bool = False  # the results are for the corrected query
    suggestion: str = ""  # a correction offered, not applied
    total: int = 0
    results: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    page: int = 1
    num_pages: int = 0
    engine: str = ""
    degraded: bool = False

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def has_previous(self):
        return self.page > 1


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first()


def _promotions(raw_query, language, active_filters):
    """Editors' picks for this query, in the visitor's language, live and public."""
    if active_filters:
        return []
    wanted = {normalise_query_string(raw_query), normalise_query_string(fold(raw_query))}
    picks = (
        SearchPromotion.objects.filter(query__query_string__in=wanted)
        .select_related("page")
        .order_by("sort_order")
    )
    promoted = []
    for pick in picks:
        if pick.page_id:
            page = pick.page
            if page.locale.language_code != language:
                page = page.get_translation_or_none(_locale(language))
            if page is None or not page.live:
                continue
            if page.get_view_restrictions().exists():
                continue
            promoted.append(
                Result(
                    type="page",
                    title=page.title,
                    url=page.get_url(),
                    snippet=pick.description or getattr(page.specific, "listing_summary", ""),
                    lang=language,
                    promoted=True,
                )
            )
        elif pick.external_link_url:
            promoted.append(
                Result(
                    type="page",
                    title=pick.external_link_text or pick.external_link_url,
                    url=pick.external_link_url,
                    snippet=pick.description,
                    lang=language,
                    promoted=True,
                )
            )
    return promoted


def _moments(parsed, documents, timed):
    """{document id: its best moments} for the documents of the types that play."""
    highlighter = Highlighter(parsed)
    moments = {}
    for kind, model in timed.items():
        playing = [doc for doc in documents if doc.kind == kind]
        if not playing:
            continue
        segments = model.search_segments({doc.media_id for doc in playing if doc.media_id})
        for doc in playing:
            found = best_moments(parsed, segments.get((doc.media_id, doc.lang), []))
            moments[doc.id] = [
                {
                    "t": int(start),
                    "text": highlighter.mark(text, lang),
                    "lang": lang,
                    "url": f"{doc.url}?t={int(start)}",
                }
                for start, text, lang in found
            ]
    return moments


def _results(parsed, documents):
    highlighter = Highlighter(parsed)
    timed = registry.timed_kinds()
    moments = _moments(parsed, documents, timed)
    results = []
    for doc in documents:
        result = Result(
            type=doc.kind,
            title=doc.title,
            url=doc.url,
            snippet=highlighter.snippet(doc.parts),
            lang=doc.lang,
            title_html=highlighter.mark(doc.title, doc.lang),
            date=doc.date.isoformat() if doc.date else "",
            day=doc.date,
            timed=doc.kind in timed,
        )
        found = moments.get(doc.id)
        if found:
            result.moments = found
            result.t = found[0]["t"]
            result.url = found[0]["url"]
            result.snippet = found[0]["text"]
        results.append(result)
    return results


# A search with fewer results than this is tried again with its spelling corrected; the
# correction's results replace it when there were none, or when they are this many
# times more (else the correction is only suggested).
FEW_RESULTS = 3
AUTOCOMPLETE_POOL = 4  # candidates read per suggestion shown
DOMINATES = 5


def _matching(engine, parsed, tests, synonym_groups):
    """(every match, the matches that pass the filters) of a query, synonyms included."""
    matches = engine.match(expand(parsed, synonym_groups))
    return matches, [row for row in matches if all(test(row) for test in tests.values())]


def _respelled(outcome, engine, parsed, tests, synonym_groups, found):
    """Try the query with its spelling corrected: the correction's (parsed, matches, kept)
    when it replaces the query, else None (and the correction suggested if it helps)."""
    params = outcome.params
    corrected = respell(params.query, corrections(parsed, params.languages))
    if not corrected or corrected == params.query:
        return None
    corrected_parsed = parse(corrected)
    matches, kept = _matching(engine, corrected_parsed, tests, synonym_groups)
    if len(kept) <= len(found):
        return None
    if found and len(kept) < DOMINATES * len(found):
        outcome.suggestion = corrected
        return None
    outcome.query, outcome.corrected = corrected, True
    return corrected_parsed, matches, kept


def run(params, language):
    """Search with checked parameters; `language` is the visitor's (labels, promotions)."""
    outcome = SearchOutcome(params=params, page=params.page, query=params.query)
    parsed = parse(params.query)
    if not parsed:
        return outcome

    engine = get_engine()
    active = dict(params.filters)
    if params.languages:
        active["lang"] = params.languages
    tests = {facet: facet_filter(facet, value) for facet, value in active.items()}
    synonym_groups = synonyms.groups()
    matches, kept = _matching(engine, parsed, tests, synonym_groups)
    if params.spelling and len(kept) < FEW_RESULTS:
        respelled = _respelled(outcome, engine, parsed, tests, synonym_groups, kept)
        if respelled:
            parsed, matches, kept = respelled
    outcome.engine = engine.name
    outcome.degraded = getattr(engine, "degraded", False)
    outcome.facets = facets(count_facets(matches, tests), params, language)

    if params.sort == "date":
        kept.sort(key=lambda row: (str(row[DATE] or ""), row[SCORE]), reverse=True)
    else:
        kept = [row for row, _score in ranked(kept, parsed)]

    outcome.total = len(kept)
    outcome.num_pages = max(1, math.ceil(len(kept) / PER_PAGE))
    outcome.page = min(params.page, outcome.num_pages)
    chosen = kept[(outcome.page - 1) * PER_PAGE : outcome.page * PER_PAGE]
    documents = SearchDocument.objects.in_bulk([row[ID] for row in chosen])
    outcome.results = _results(
        expand(parsed, synonym_groups),
        [documents[row[ID]] for row in chosen if row[ID] in documents],
    )

    if outcome.page == 1:
        # Picks in the one language asked for, else in the visitor's.
        shown_in = params.languages[0] if len(params.languages) == 1 else language
        outcome.promotions = _promotions(params.query, shown_in, params.filters)
        promoted_urls = {result.url for result in outcome.promotions}
        outcome.results = [r for r in outcome.results if r.url not in promoted_urls]
    return outcome


def autocomplete(raw_query, languages, limit=8):
    parsed = parse(raw_query, prefix_last=True)
    if not parsed:
        return []
    # More than shown, then the titles that start with what was typed first, shortest
    # first ("argen": Argentina before "Office of the Prison Ombudsman (Argentina)").
    ids = get_engine().autocomplete(parsed, languages, limit * AUTOCOMPLETE_POOL)
    documents = SearchDocument.objects.in_bulk(ids)
    typed = " ".join(parsed.positive_words())
    found = [documents[pk] for pk in ids if pk in documents]
    found.sort(key=lambda doc: (not doc.names.startswith(typed), len(doc.title)))
    return [
        {"type": doc.kind, "title": doc.title, "url": doc.url, "lang": doc.lang}
        for doc in found[:limit]
    ]

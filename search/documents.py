"""Building and keeping the search documents: one per public thing a visitor can find.

`build(obj)` turns a page, recording, country, organisation, person, action point or UPR
recommendation into the fields of its SearchDocument, or None when it must not be found
(a draft page or snippet, a private page, a page whose parent is gone). A published
snippet's row holds its live values, so its document never shows a pending draft. `sync(obj)` writes or removes
the row; `rebuild()` does every source and removes what no longer has one. Signals
(search.signals) queue `sync` through a background task whenever a source changes;
`sync_many(objects)` is `sync` for a bulk write (an import), with the pages and locales
every document of a kind looks up read once.
"""

import contextlib
import contextvars
import datetime
import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Manager
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.search import index

from hub.core.countries import country_name
from hub.core.utils import is_hidden
from search.models import ResultType, SearchDocument, elasticsearch_enabled
from search.text import LANGUAGES, term_string, words

logger = logging.getLogger(__name__)

# Text kept per document: enough for a long report (about 150 pages).
MAX_TEXT = 400_000

PAGE_TYPES = {
    "news.NewsPage": ResultType.NEWS,
    "events.WorkshopPage": ResultType.WORKSHOP,
    "events.PanelPage": ResultType.PANEL,
    "briefs.BriefPage": ResultType.BRIEF,
    "declaration.DeclarationPage": ResultType.DECLARATION,
    "media_library.RecordingPage": ResultType.RECORDING,
}
# Non-page sources, by model label: what `key()` and `load()` understand.
SOURCES = (
    "network.Country",
    "network.Organisation",
    "network.Person",
    "declaration.ActionPoint",
    "upr.Recommendation",
)


@dataclass
class Built:
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


def _label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def key(obj):
    if isinstance(obj, Page):
        return f"page:{obj.pk}"
    return f"{_label(type(obj))}:{obj.pk}"


def load(document_key):
    """The source object of a key, or None when it is gone."""
    label, _sep, pk = document_key.partition(":")
    if label == "page":
        return Page.objects.filter(pk=pk).first()
    if label not in SOURCES:
        return None
    return apps.get_model(label)._default_manager.filter(pk=pk).first()


# Text of pages -------------------------------------------------------------------------


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_as_text(item) for item in value.values())
    return strip_tags(str(value))


def _field_texts(obj, search_fields, skip=()):
    """The text of an object's search fields (title and `skip` left out)."""
    for search_field in search_fields:
        name = search_field.field_name
        if name == "title" or name in skip:
            continue
        if isinstance(search_field, index.SearchField):
            yield _as_text(search_field.get_value(obj))
        elif isinstance(search_field, index.RelatedFields):
            related = getattr(obj, name, None)
            if related is None:
                continue
            related = related.all() if isinstance(related, Manager) else [related]
            for item in related:
                if not is_hidden(item):
                    yield from _field_texts(item, search_field.fields)


def _page_date(page, kind):
    """(date for sorting, year for the facet): the content's own date where it has one."""
    content_date = None
    if kind == ResultType.NEWS:
        content_date = page.date
    elif kind == ResultType.BRIEF:
        content_date = page.publication_date
    elif kind == ResultType.WORKSHOP:
        content_date = page.start_date
    elif kind == ResultType.PANEL:
        content_date = page.starts_at.date() if page.starts_at else None
    elif kind == ResultType.DECLARATION:
        content_date = page.date
    elif kind == ResultType.RECORDING and page.media_id:
        content_date = page.media.recorded_on
    if content_date:
        return content_date, content_date.year
    published = page.first_published_at or page.last_published_at
    return (published.date() if published else None), None


def chosen_track(tracks, language):
    """The caption track a page in `language` searches: its own language, else the original."""
    tracks = list(tracks)
    for track in tracks:
        if track.language[:2] == language:
            return track
    return next((track for track in tracks if track.is_original), tracks[0] if tracks else None)


def transcript_segments(media_ids):
    """{(media id, page language): [(start, text, language)]} for the chosen tracks."""
    from media_library.models import CaptionTrack

    tracks = {}
    for track in CaptionTrack.objects.filter(media_id__in=media_ids).prefetch_related("segments"):
        tracks.setdefault(track.media_id, []).append(track)
    found = {}
    for media_id, media_tracks in tracks.items():
        for language in LANGUAGES:
            track = chosen_track(media_tracks, language)
            if track is not None:
                found[(media_id, language)] = [
                    (segment.start, segment.text, track.language[:2])
                    for segment in sorted(track.segments.all(), key=lambda s: s.start)
                ]
    return found


def _page_extras(page, kind, built):
    """Type-specific text and facets of a page."""
    language = built.lang
    if kind in (ResultType.NEWS, ResultType.BRIEF):
        built.topics = [
            link.topic.slug
            for link in page.topics.select_related("topic")
            if not is_hidden(link.topic)
        ]
    if kind == ResultType.BRIEF:
        built.countries = [link.country_code for link in page.countries.all()]
        if page.panel_id:
            built.panel = str(page.panel.translation_key)
        document = page.document
        if document is not None and document.extracted_text:
            built.parts.append([document.language or language, document.extracted_text])
    elif kind == ResultType.WORKSHOP:
        built.countries = [page.country_code]
    elif kind == ResultType.PANEL:
        built.panel = str(page.translation_key)
    elif kind == ResultType.RECORDING:
        from hub.events.models import PanelRecording

        link = PanelRecording.objects.filter(recording=page).select_related("page").first()
        if link is not None:
            built.panel = str(link.page.translation_key)
        if page.media_id:
            built.media_id = page.media_id
            segments = transcript_segments([page.media_id]).get((page.media_id, language), [])
            if segments:
                built.parts.append([segments[0][2], "\n".join(text for _s, text, _l in segments)])
    elif kind == ResultType.DECLARATION:
        from hub.declaration.models import ActionPoint

        built.parts.append(
            [
                language,
                "\n".join(p.text for p in ActionPoint.objects.live().filter(locale=page.locale)),
            ]
        )


def build_page(page):
    page = page.specific
    if page.depth <= 1 or not page.live or page.get_view_restrictions().exists():
        return None
    url = page.get_url()
    if not url:
        return None
    kind = PAGE_TYPES.get(_label(type(page)), ResultType.PAGE)
    language = page.locale.language_code
    skip = {"document"} if kind == ResultType.BRIEF else set()
    built = Built(
        kind=kind,
        lang=language,
        title=page.title,
        url=url,
        parts=[[language, text] for text in _field_texts(page, page.get_search_fields(), skip)],
    )
    built.date, built.year = _page_date(page, kind)
    _page_extras(page, kind, built)
    return built


# Other sources -------------------------------------------------------------------------


# Within `_remembering()`: lookups shared by every document of a kind, by key.
_remembered = contextvars.ContextVar("search_documents_remembered", default=None)


@contextlib.contextmanager
def _remembering():
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def _remember(key, compute):
    memo = _remembered.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _page_in(model_label, locale):
    def compute():
        model = apps.get_model(model_label)
        return model.objects.live().public().filter(locale=locale).first()

    return _remember(("page_in", model_label, locale.pk), compute)


def build_country(country):
    if is_hidden(country):
        return None
    index_page = _page_in("network.CountryIndexPage", country.locale)
    if index_page is None:
        return None
    texts = [country.summary]
    with translation.override(country.locale.language_code):
        for event in country.events.all():
            texts += [event.get_kind_display(), event.body, event.note]
    return Built(
        kind=ResultType.COUNTRY,
        lang=country.locale.language_code,
        title=country.name,
        url=index_page.profile_url(country.iso_code),
        parts=[[country.locale.language_code, "\n".join(filter(None, texts))]],
        countries=[country.iso_code],
    )


def _directory_url(network_page, name, country_code, anchor):
    """The network directory filtered down to one entry, scrolled to it."""
    from django.utils.http import urlencode

    query = {"country": country_code, "q": name} if country_code else {"q": name}
    return f"{network_page.get_url()}?{urlencode(query)}#{anchor}"


def build_organisation(organisation):
    if is_hidden(organisation):
        return None
    network_page = _page_in("network.NetworkPage", organisation.locale)
    if network_page is None:
        return None
    language = organisation.locale.language_code
    with translation.override(language):
        kind = organisation.get_kind_display()
        # str() here: a lazy name would be translated later, in whatever language is active.
        where = str(country_name(organisation.country_code)) if organisation.country_code else ""
    return Built(
        kind=ResultType.ORGANISATION,
        lang=language,
        # Many institutions share a name ("Defensoría del Pueblo"): the country tells them apart.
        title=f"{organisation.name} ({where})" if where else organisation.name,
        url=_directory_url(
            network_page, organisation.name, organisation.country_code, f"org-{organisation.slug}"
        ),
        parts=[[language, "\n".join(filter(None, [kind, organisation.description]))]],
        names=[organisation.acronym],
        countries=[organisation.country_code],
    )


def build_person(person):
    if is_hidden(person):
        return None
    network_page = _page_in("network.NetworkPage", person.locale)
    if network_page is None:
        return None
    language = person.locale.language_code
    texts = [person.role, person.affiliation, person.short_bio]
    return Built(
        kind=ResultType.PERSON,
        lang=language,
        title=person.name,
        url=_directory_url(network_page, person.name, person.country_code, f"person-{person.slug}"),
        parts=[[language, "\n".join(filter(None, texts))]],
        countries=[person.country_code],
    )


def build_action_point(point):
    if is_hidden(point):
        return None
    declaration = point.declaration.get_translation_or_none(point.locale)
    if declaration is None or not declaration.live or declaration.get_view_restrictions().exists():
        return None
    language = point.locale.language_code
    with translation.override(language):
        title = _("Action point %(number)s: %(declaration)s") % {
            "number": point.number,
            "declaration": declaration.title,
        }
    return Built(
        kind=ResultType.ACTION_POINT,
        lang=language,
        title=title,
        url=f"{declaration.get_url()}#action-{point.number}",
        parts=[[language, point.text]],
        date=declaration.date,
        year=declaration.date.year if declaration.date else None,
    )


def build_recommendation(recommendation):
    from wagtail.models import Locale

    language = recommendation.text_language or "en"
    locale = _remember(
        ("locale", language),
        lambda: Locale.objects.filter(language_code=language).first() or Locale.get_default(),
    )
    index_page = _page_in("network.CountryIndexPage", locale)
    if index_page is None:
        return None
    with translation.override(locale.language_code):
        by = ", ".join(
            state.get("name") or state.get("code", "")
            for state in recommendation.recommending_states or []
        ) or (recommendation.body or recommendation.get_source_display())
        title = _("%(country)s, UPR cycle %(cycle)s: recommendation by %(by)s") % {
            "country": country_name(recommendation.country),
            "cycle": recommendation.cycle or "?",
            "by": by,
        }
    texts = [
        recommendation.text,
        recommendation.recommending_state_names,
        recommendation.themes_text,
        recommendation.document_symbol,
    ]
    return Built(
        kind=ResultType.RECOMMENDATION,
        lang=language,
        title=title,
        url=index_page.profile_url(recommendation.country) + "#recommendations",
        parts=[[language, "\n".join(filter(None, texts))]],
        date=recommendation.date,
        year=recommendation.date.year if recommendation.date else None,
        countries=[recommendation.country],
    )


BUILDERS = {
    "network.Country": build_country,
    "network.Organisation": build_organisation,
    "network.Person": build_person,
    "declaration.ActionPoint": build_action_point,
    "upr.Recommendation": build_recommendation,
}


def build(obj):
    if isinstance(obj, Page):
        return build_page(obj)
    return BUILDERS[_label(type(obj))](obj)


# Writing -------------------------------------------------------------------------------


def _elasticsearch(method, document):
    if not elasticsearch_enabled():
        return
    try:
        getattr(index, method)(document)
    except Exception as error:  # noqa: BLE001 - the database rows stay right; rebuild later
        logger.warning("Elasticsearch could not %s %s: %s", method, document.key, error)


_UNKNOWN = object()


def sync(obj, document_key=None, existing=_UNKNOWN, deferred=None):
    """Write or remove the search document of one source: "written", "unchanged", "removed"
    or "skipped" (nothing to find and nothing to remove: a draft, a private page).
    `existing` is its SearchDocument (or None) when the caller has read it already; with a
    `deferred` list, a document to write is added to it instead (the caller writes it)."""
    document_key = document_key or key(obj)
    built = build(obj) if obj is not None else None
    if built is None:
        removed = "skipped"
        for document in SearchDocument.objects.filter(key=document_key):
            _elasticsearch("remove_object", document)
            document.delete()
            removed = "removed"
        return removed
    label, _sep, source_id = document_key.partition(":")
    values = {"source_model": label, "source_id": source_id, **built.fields()}
    document = existing
    if document is _UNKNOWN:
        document = SearchDocument.objects.filter(key=document_key).first()
    if document is not None and all(getattr(document, k) == v for k, v in values.items()):
        return "unchanged"
    document = document or SearchDocument(key=document_key)
    for name, value in values.items():
        setattr(document, name, value)
    if deferred is not None:
        deferred.append(document)
        return "written"
    document.save()
    _elasticsearch("insert_or_update_object", document)
    return "written"


def sync_keys(keys):
    for document_key in dict.fromkeys(keys):
        try:
            sync(load(document_key), document_key)
        except Exception:
            logger.exception("Search document %s could not be built", document_key)


def sync_many(objects):
    """`sync` for many sources (of one import): their documents read in one query and what
    they all look up (the country pages of each language…) once. Returns counts."""
    objects = list(objects)
    keys = [key(obj) for obj in objects]
    existing = {document.key: document for document in SearchDocument.objects.filter(key__in=keys)}
    counts = dict.fromkeys(("written", "unchanged", "skipped", "removed", "failed"), 0)
    deferred = []
    with _remembering():
        for obj, document_key in zip(objects, keys, strict=True):
            try:
                counts[sync(obj, document_key, existing.get(document_key), deferred)] += 1
            except Exception:
                counts["failed"] += 1
                logger.exception("Search document %s could not be built", document_key)
    # New documents in one statement; changed ones one by one (Django's bulk_update of
    # every column is slower than that).
    new = [document for document in deferred if document.pk is None]
    changed = [document for document in deferred if document.pk is not None]
    SearchDocument.objects.bulk_create(new)
    for document in changed:
        document.save()
    for document in deferred:
        _elasticsearch("insert_or_update_object", document)
    return counts


def all_sources():
    """(label, queryset) of everything that may have a search document."""
    yield "page", Page.objects.filter(depth__gt=1).order_by("path")
    for label in SOURCES:
        yield label, apps.get_model(label)._default_manager.order_by("pk")


def rebuild(progress=None):
    """Every document written again and stale ones removed. Returns counts per outcome."""
    counts = {"written": 0, "unchanged": 0, "skipped": 0, "removed": 0, "failed": 0}
    failures = []
    seen = set()
    for label, queryset in all_sources():
        total = queryset.count()
        for number, obj in enumerate(queryset.iterator(chunk_size=200), start=1):
            document_key = key(obj)
            seen.add(document_key)
            try:
                counts[sync(obj, document_key)] += 1
            except Exception as error:  # noqa: BLE001 - reported in the summary
                counts["failed"] += 1
                failures.append(f"{document_key}: {type(error).__name__}: {error}")
            if progress and (number % 200 == 0 or number == total):
                progress(label, number, total)
    stale = SearchDocument.objects.exclude(key__in=seen)
    for document in stale:
        _elasticsearch("remove_object", document)
    counts["removed"] += stale.delete()[0]
    counts["documents"] = SearchDocument.objects.count()
    return counts, failures

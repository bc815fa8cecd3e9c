"""Keeping the search documents: one per public thing a visitor can find.

`search.registry.build(obj)` gives the data of a source's document (what the source says
through the contract of `search.contract`), or None when it must not be found (a draft
page or snippet, a private page, a page whose parent is gone). `sync(obj)` writes or
removes the row; `rebuild()` does every source and removes what no longer has one.
Signals (search.signals) queue `sync` through a background task whenever a source
changes; `sync_many(objects)` is `sync` for a bulk write (an import), with the pages and
locales every document of a kind looks up read once. With ELASTICSEARCH_URL, what is
written or removed goes to Elasticsearch too (in one bulk request for `sync_many`); the
rows stay the reference (`rebuild_search` sends them all again).
"""

import logging

from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from search import vocabulary
from search.contract import remembering
from search.models import SearchDocument, elasticsearch_enabled
from search.registry import build, key, load, sources

logger = logging.getLogger(__name__)


def _elasticsearch(method, documents):
    """Write ("add") or remove ("delete") documents in Elasticsearch, when it is on: one
    request for one document, one bulk request to write many (an import)."""
    if not elasticsearch_enabled() or not documents:
        return
    for backend in get_search_backends(with_auto_update=True):
        try:
            if method == "add" and len(documents) > 1:
                backend.add_bulk(SearchDocument, documents)
            else:
                for document in documents:
                    getattr(backend, method)(document)
        except Exception as error:  # noqa: BLE001 - the database rows stay right; rebuild later
            keys = ", ".join(document.key for document in documents[:3])
            logger.warning("Elasticsearch could not %s %s: %s", method, keys, error)


_UNKNOWN = object()


def sync(obj, document_key=None, existing=_UNKNOWN, deferred=None, words=None):
    """Write or remove the search document of one source: "written", "unchanged", "removed"
    or "skipped" (nothing to find and nothing to remove: a draft, a private page).
    `existing` is its SearchDocument (or None) when the caller has read it already; with a
    `deferred` list, a document to write is added to it instead (the caller writes it),
    and its change to the vocabulary to `words` (a vocabulary.Change)."""
    document_key = document_key or key(obj)
    built = build(obj) if obj is not None else None
    if built is None:
        removed = "skipped"
        for document in SearchDocument.objects.filter(key=document_key):
            _elasticsearch("delete", [document])
            document.delete()
            vocabulary.changed(vocabulary.Change().add(vocabulary.words_of(document), {}))
            removed = "removed"
        return removed
    label, _sep, source_id = document_key.partition(":")
    values = {"source_model": label, "source_id": source_id, **built.fields()}
    document = existing
    if document is _UNKNOWN:
        document = SearchDocument.objects.filter(key=document_key).first()
    if document is not None and all(getattr(document, k) == v for k, v in values.items()):
        return "unchanged"
    old_words = vocabulary.words_of(document)
    document = document or SearchDocument(key=document_key)
    for name, value in values.items():
        setattr(document, name, value)
    new_words = vocabulary.words_of(document)
    if deferred is not None:
        deferred.append(document)
        words.add(old_words, new_words)
        return "written"
    document.save()
    vocabulary.changed(vocabulary.Change().add(old_words, new_words))
    _elasticsearch("add", [document])
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
    deferred, words = [], vocabulary.Change()
    with remembering():
        for obj, document_key in zip(objects, keys, strict=True):
            try:
                counts[sync(obj, document_key, existing.get(document_key), deferred, words)] += 1
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
    vocabulary.changed(words)
    _elasticsearch("add", deferred)
    return counts


def all_sources():
    """(label, queryset) of everything that may have a search document."""
    yield "page", Page.objects.filter(depth__gt=1).order_by("path")
    for label, model in sources().items():
        yield label, model._default_manager.order_by("pk")


def rebuild(progress=None):
    """Every document written again and stale ones removed. Returns counts per outcome."""
    counts = {"written": 0, "unchanged": 0, "skipped": 0, "removed": 0, "failed": 0}
    failures = []
    seen = set()
    with vocabulary.paused():
        _write_all(counts, failures, seen, progress)
    stale = SearchDocument.objects.exclude(key__in=seen)
    _elasticsearch("delete", list(stale))
    counts["removed"] += stale.delete()[0]
    counts["documents"] = SearchDocument.objects.count()
    counts["words"] = vocabulary.rebuild()
    return counts, failures


def _write_all(counts, failures, seen, progress):
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

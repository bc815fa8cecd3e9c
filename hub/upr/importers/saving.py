"""Parsed rows saved: created, updated or left unchanged, in bulk.

Rows are written in batches (`BATCH`): one query finds the batch's existing rows, one
`bulk_create` and one `bulk_update` write it, in one savepoint. Bulk writes send no
signals, so nothing is re-indexed row by row; the search documents of every created or
updated row are written once at the end by the search app's own code (the same task the
signals queue) and Wagtail's index gets them in bulk. Should a batch fail in the database,
its rows are saved one by one, each in its own savepoint as before, so that one bad row
costs only itself.
"""

import time
from collections import Counter
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.upr.importers.values import quoted
from hub.upr.models import DERIVED, Recommendation

BATCH = 1000
DERIVED_FIELDS = (*DERIVED, "updated_at")
COMPARED_FIELDS = (
    "text",
    "text_language",
    "country",
    "recommending_states",
    "body",
    "cycle",
    "session",
    "document_symbol",
    "response",
    "response_original",
    "action_category",
    "themes",
    "affected_persons",
    "sdgs",
    "date",
)


@dataclass
class ImportResult:
    counts: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)
    ignored: Counter = field(default_factory=Counter)
    touched: list = field(default_factory=list)  # pks created or updated


def save_rows(parsed, progress=None, every=500, batch=BATCH):
    """Create or update the good rows in batches; count what happened.

    `progress(done, total, counts, rate)` is called every `every` rows and at the end,
    `rate` being rows a second so far. The search documents are not written here: call
    `index_rows(result)` once the rows are committed.
    """
    result = ImportResult()
    total = len(parsed.rows)
    seen, pending = {}, []
    started = time.monotonic()
    for done, row in enumerate(parsed.rows, 1):
        if row.ignored:
            result.counts["ignored"] += 1
            result.ignored[row.ignored] += 1
        elif row.errors:
            result.counts["failed"] += 1
            result.failures.extend(row.errors)
        else:
            key = row.values["source_id"]
            if key in seen:
                result.counts["failed"] += 1
                result.failures.append(
                    _("row %(row)s: id %(value)s repeats row %(first)s")
                    % {"row": row.number, "value": quoted(key), "first": seen[key]}
                )
            else:
                seen[key] = row.number
                pending.append(row)
        reporting = progress and (done % every == 0 or done == total)
        if len(pending) >= batch or (reporting and pending) or (done == total and pending):
            save_batch(pending, result)
            pending = []
        if reporting:
            progress(done, total, result.counts, done / max(time.monotonic() - started, 1e-6))
    return result


def save_batch(rows, result):
    source = rows[0].values["source"]
    existing = {
        recommendation.source_id: recommendation
        for recommendation in Recommendation.objects.filter(
            source=source, source_id__in=[row.values["source_id"] for row in rows]
        )
    }
    created, updated, fields, unchanged = [], [], set(), 0
    now = timezone.now()
    for row in rows:
        values = row.values
        recommendation = existing.get(values["source_id"])
        if recommendation is None:
            recommendation = Recommendation(**values)
            recommendation.fill_derived()
            created.append(recommendation)
            continue
        changed = [
            name for name in COMPARED_FIELDS if getattr(recommendation, name) != values[name]
        ]
        if not changed:
            unchanged += 1
            continue
        for name in changed:
            setattr(recommendation, name, values[name])
        recommendation.fill_derived()
        recommendation.updated_at = now
        fields.update(changed)
        updated.append(recommendation)
    try:
        with transaction.atomic():
            Recommendation.objects.bulk_create(created)
            if updated:
                Recommendation.objects.bulk_update(updated, [*sorted(fields), *DERIVED_FIELDS])
    except DatabaseError:
        for row in rows:  # one by one: only the bad rows fail
            save_row(row, result)
        return
    result.counts["created"] += len(created)
    result.counts["updated"] += len(updated)
    result.counts["unchanged"] += unchanged
    result.touched += [recommendation.pk for recommendation in created + updated]


def save_row(row, result):
    values = row.values
    try:
        with transaction.atomic():
            existing = Recommendation.objects.filter(
                source=values["source"], source_id=values["source_id"]
            ).first()
            if existing is None:
                result.touched.append(Recommendation.objects.create(**values).pk)
                result.counts["created"] += 1
                return
            changed = [name for name in COMPARED_FIELDS if getattr(existing, name) != values[name]]
            if not changed:
                result.counts["unchanged"] += 1
                return
            for name in changed:
                setattr(existing, name, values[name])
            existing.save()
            result.touched.append(existing.pk)
            result.counts["updated"] += 1
    except DatabaseError as exc:
        result.counts["failed"] += 1
        result.failures.append(
            _("row %(row)s: not saved (%(why)s)") % {"row": row.number, "why": exc}
        )


def index_rows(result, progress=None, batch=BATCH):
    """The search documents and Wagtail index entries of the created and updated rows,
    written once, after the import, batch by batch."""
    from wagtail.search.backends import get_search_backends

    from search.documents import sync_many

    pks = sorted(set(result.touched))
    backends = list(get_search_backends(with_auto_update=True))
    for start in range(0, len(pks), batch):
        chunk = pks[start : start + batch]
        objects = list(Recommendation.get_indexed_objects().filter(pk__in=chunk))
        sync_many(objects)
        for backend in backends:
            backend.add_bulk(Recommendation, objects)
        if progress:
            progress(min(start + batch, len(pks)), len(pks))

"""Plays and downloads per item, for editors: the last 30 days and all time.

An item is a recording (its pages in every language: plays of each page, downloads of
its media file and renditions), a brief (downloads of the documents of its pages in every
language), or a media file or document that no recording or brief uses. Titles are in
the editor's language when the item has a page in it.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from hub.stats.models import DailyCount

RECENT_DAYS = 30  # The report's and the panel's labels say "last 30 days".
PLAY, DOWNLOAD = DailyCount.Kind.PLAY, DailyCount.Kind.DOWNLOAD


@dataclass
class Row:
    title: str
    kind: str
    edit_url: str
    plays_recent: int = 0
    plays_total: int = 0
    downloads_recent: int = 0
    downloads_total: int = 0
    languages: list = field(default_factory=list)
    has_plays: bool = False

    def add(self, kind, recent, total):
        if kind == PLAY:
            self.plays_recent += recent
            self.plays_total += total
        else:
            self.downloads_recent += recent
            self.downloads_total += total

    @property
    def language_list(self):
        return ", ".join(code.upper() for code in self.languages)

    @property
    def counted(self):
        return bool(self.plays_total or self.downloads_total)

    @property
    def sort_key(self):
        recent = self.plays_recent + self.downloads_recent
        return (-recent, -(self.plays_total + self.downloads_total), self.title.lower())


def totals(objects=None):
    """{(model, object id, kind): (last 30 days, all time)}; `objects` = {model: ids} limits it."""
    since = timezone.localdate() - datetime.timedelta(days=RECENT_DAYS - 1)
    rows = DailyCount.objects.all()
    if objects is not None:
        limit = Q(pk__in=[])
        for model, ids in objects.items():
            limit |= Q(content_type=ContentType.objects.get_for_model(model), object_id__in=ids)
        rows = rows.filter(limit)
    rows = rows.values("content_type_id", "object_id", "kind").annotate(
        recent=Coalesce(Sum("count", filter=Q(date__gte=since)), 0), total=Sum("count")
    )
    models = {}
    result = {}
    for row in rows:
        content_type_id = row["content_type_id"]
        if content_type_id not in models:
            models[content_type_id] = ContentType.objects.get_for_id(content_type_id).model_class()
        key = (models[content_type_id], row["object_id"], row["kind"])
        result[key] = (row["recent"], row["total"])
    return result


@dataclass
class PageKind:
    """A page type whose plays (of its pages) and downloads (of their files) are counted."""

    label: str
    model_label: str
    file_field: str
    counts_plays: bool

    def model(self):
        return apps.get_model(self.model_label)

    def file_model(self):
        return self.model()._meta.get_field(self.file_field).related_model

    @property
    def file_id(self):
        return f"{self.file_field}_id"

    def pages(self, **filters):
        return list(
            self.model()
            .objects.filter(**filters)
            .values("id", "translation_key", "title", "locale__language_code", self.file_id)
        )

    def counted_objects(self, pages):
        objects = {self.file_model(): [p[self.file_id] for p in pages if p[self.file_id]]}
        if self.counts_plays:
            objects[self.model()] = [p["id"] for p in pages]
        return objects

    def rows(self, pages, counts, language):
        """One row per translation group of `pages`, and the ids of the files they use."""
        groups = {}
        for page in pages:
            groups.setdefault(page["translation_key"], []).append(page)
        rows, used_files = [], set()
        model, file_model = self.model(), self.file_model()
        for group in groups.values():
            shown = next((p for p in group if p["locale__language_code"] == language), group[0])
            row = Row(
                title=shown["title"],
                kind=self.label,
                edit_url=reverse("wagtailadmin_pages:edit", args=[shown["id"]]),
                languages=sorted(p["locale__language_code"] for p in group),
                has_plays=self.counts_plays,
            )
            if self.counts_plays:
                for page in group:
                    row.add(PLAY, *counts.get((model, page["id"], PLAY), (0, 0)))
            files = {page[self.file_id] for page in group if page[self.file_id]}
            used_files |= files
            for file_id in files:
                row.add(DOWNLOAD, *counts.get((file_model, file_id, DOWNLOAD), (0, 0)))
            rows.append(row)
        return rows, used_files


RECORDINGS = PageKind(_("Recording"), "media_library.RecordingPage", "media", counts_plays=True)
BRIEFS = PageKind(_("Brief"), "briefs.BriefPage", "document", counts_plays=False)


def _file_rows(counts, model, used, kind_label, url_name):
    ids = {obj_id for (m, obj_id, _kind) in counts if m is model and obj_id not in used}
    rows = []
    for obj in model.objects.filter(pk__in=ids).only("pk", "title"):
        row = Row(title=obj.title, kind=kind_label, edit_url=reverse(url_name, args=[obj.pk]))
        row.add(DOWNLOAD, *counts[(model, obj.pk, DOWNLOAD)])
        rows.append(row)
    return rows


def _base_language(language):
    """ "pt" for the admin's "pt-br": the content languages have no region."""
    return (language or translation.get_language() or "").split("-")[0]


def report_rows(language=None):
    """Every item that was ever played or downloaded, the busiest of the last 30 days first."""
    language = _base_language(language)
    counts = totals()
    if not counts:
        return []
    rows = []
    used = {}
    for kind in (RECORDINGS, BRIEFS):
        kind_rows, used[kind.file_model()] = kind.rows(kind.pages(), counts, language)
        rows += [row for row in kind_rows if row.counted]
    for kind, label, url_name in (
        (RECORDINGS, _("Media file"), "wagtailmedia:edit"),
        (BRIEFS, _("Document"), "wagtaildocs:edit"),
    ):
        model = kind.file_model()
        rows += _file_rows(counts, model, used[model], label, url_name)
    return sorted(rows, key=lambda row: row.sort_key)


def page_row(page, language=None):
    """The counts of one recording or brief (all its languages), for its edit view."""
    kind = next((k for k in (RECORDINGS, BRIEFS) if isinstance(page, k.model())), None)
    if kind is None or not page.translation_key:
        return None
    pages = kind.pages(translation_key=page.translation_key)
    if not pages:
        return None
    counts = totals(kind.counted_objects(pages))
    rows, _used = kind.rows(pages, counts, _base_language(language))
    return rows[0]

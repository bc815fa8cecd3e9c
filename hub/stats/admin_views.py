"""Reports → Plays and downloads: per item, the last 30 days and all time, for editors."""

import datetime

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from hub.stats.report import report_rows

# Anyone who works on pages (editors, moderators, translators, administrators).
PAGE_WORK = ["add", "change", "publish"]


def may_see_counts(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, PAGE_WORK)


class PlaysAndDownloadsView(ReportView):
    page_title = _("Plays and downloads")
    header_icon = "view"
    index_url_name = "stats_report"
    index_results_url_name = "stats_report_results"
    any_permission_required = PAGE_WORK
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Item"), get_url=lambda row: row.edit_url),
        Column("kind", label=_("Type")),
        Column("language_list", label=_("Languages")),
        Column("plays_recent", label=_("Plays, last 30 days")),
        Column("plays_total", label=_("Plays, total")),
        Column("downloads_recent", label=_("Downloads, last 30 days")),
        Column("downloads_total", label=_("Downloads, total")),
    ]
    list_export = [
        "title",
        "kind",
        "language_list",
        "plays_recent",
        "plays_total",
        "downloads_recent",
        "downloads_total",
    ]
    export_headings = {column.name: column.label for column in columns}

    @property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_filename(self):
        return f"plays-and-downloads-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return report_rows()

    @property
    def no_results_message(self):
        return _("Nothing has been played or downloaded yet.")

"""The admin's list of form submissions, whose export writes what visitors typed."""

from wagtail.contrib.forms.views import SubmissionsListView

from hub.core.spreadsheets import SafeSpreadsheetExportMixin


class SafeSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """Wagtail's submissions list and export, with formulas neutralised in the CSV."""

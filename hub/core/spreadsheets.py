"""Spreadsheet cells a spreadsheet program will not run as formulas (CSV injection).

A CSV cell that starts with =, +, -, @, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula: `=HYPERLINK(…)` in a contact form's name
would become a link that sends the other cells away. Every CSV the hub writes passes
its text cells through `safe_csv_cell`, which puts a single quote in front (OWASP's
advice); the spreadsheet shows the text as typed, quote hidden or visible.

Numbers written as numbers (the counts of the plays report) are not text and are left
alone: a negative count is still a number. A number that arrives as text ("-2") is text
and gets the quote.

Every spreadsheet export of the admin — Wagtail's reports (site history, aging pages,
locked pages, workflows, workflow tasks), the redirects, the search terms, the form
submissions of every form page, the hub's plays report, and any listing given a
`list_export` later — is written by Wagtail's `SpreadsheetExportMixin`.
`escape_admin_exports` (called once by `hub.core.apps.CoreConfig.ready`) changes that
mixin: CSV cells and every heading (form submissions' headings are the form's labels)
through `safe_csv_cell`, and in the Excel file a text that looks like a formula stays a
text cell (Wagtail already turns `=` cells back into text) carrying Excel's own "quote
prefix" mark (the hidden `'` of a cell typed as text), the value itself unchanged.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_cell(value):
    """The value for a CSV cell: text that would run as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value):
    """A value as the hub's open-data CSV writes it: empty for None, true/false for a
    boolean, "a; b" for a list, and text that would run as a formula quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    return safe_csv_cell(str(value))


class _Echo:
    """A file that hands back what is written to it: csv.writer then yields lines."""

    def write(self, value):
        return value


def csv_lines(fields, records):
    """The lines of a CSV file: the heading `fields`, then each record (a dict) in that
    order through `csv_cell`; a generator, for a streaming response."""
    writer = csv.writer(_Echo())
    yield writer.writerow(fields)
    for record in records:
        yield writer.writerow([csv_cell(record[name]) for name in fields])


def escape_admin_exports():
    """Make Wagtail's `SpreadsheetExportMixin` escape formulas, in CSV and XLSX alike.

    Why a patch of the mixin rather than replacement views: Wagtail has no hook for the
    rows of an export, and its exports are about ten views behind fixed URLs (the reports
    in `wagtailadmin_reports`, redirects, search terms, each form page's submissions);
    replacing each through its viewset or URL would copy Wagtail's wiring view by view
    and miss any export added later (a snippet's `list_export`, a Wagtail upgrade). The
    three methods changed here are the mixin's documented extension points (subclasses
    override them); each calls Wagtail's own method and only changes the cell it wrote.
    Idempotent (the check runs once per process).
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "hub_escapes_formulas", False):
        return
    wagtail_heading = SpreadsheetExportMixin.get_heading
    wagtail_xlsx_row = SpreadsheetExportMixin.generate_xlsx_row

    def get_heading(self, queryset, field):
        return safe_csv_cell(wagtail_heading(self, queryset, field))

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_csv_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in wagtail_xlsx_row(self, worksheet, row_dict, date_format=date_format):
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell

    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin.write_csv_row = write_csv_row
    SpreadsheetExportMixin.generate_xlsx_row = generate_xlsx_row
    SpreadsheetExportMixin.hub_escapes_formulas = True

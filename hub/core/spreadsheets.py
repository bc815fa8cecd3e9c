"""Spreadsheet cells a spreadsheet program will not run as formulas (CSV injection).

A CSV cell that starts with =, +, -, @, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula: `=HYPERLINK(…)` in a contact form's name
would become a link that sends the other cells away. Every CSV the hub writes passes
its text cells through `safe_csv_cell`, which puts a single quote in front (OWASP's
advice); the spreadsheet shows the text as typed, quote hidden or visible.

Numbers written as numbers (the counts of the plays report) are not text and are left
alone: a negative count is still a number. A number that arrives as text ("-2") is text
and gets the quote. Excel files need nothing of this: Wagtail's export writes a value
that looks like a formula as a text cell.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_cell(value):
    """The value for a CSV cell: text that would run as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """For Wagtail's SpreadsheetExportMixin views: their CSV rows through safe_csv_cell.

    Put it before the view's own bases (it calls the mixin's preprocessing first).
    """

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_csv_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

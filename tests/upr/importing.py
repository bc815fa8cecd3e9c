"""Helpers of the import_recommendations tests: export files as the sources write them.

UHRI_HEADER and uhri_row() make a UN Human Rights Index export row; write_xlsx, write_csv
and write_json write rows in each format; Run is what the run_import fixture (conftest)
returns; uhri() queries the recommendations imported from UHRI files.
"""

import csv
import io
import json

from openpyxl import Workbook

from hub.upr.importers.files import UHRI_EXPORT_HEADER
from hub.upr.models import Recommendation

UHRI_HEADER = list(UHRI_EXPORT_HEADER)


def uhri_row(**values):
    """A UHRI export row (dict by column name), with sensible defaults."""
    row = {
        "Text": "Ratify the Optional Protocol to the Convention against Torture",
        "Countries Concerned": "- Argentina",
        "Reccomending Body": "- UPR",
        "Document Symbol": "A/HRC/22/4",
        "Themes": "- Torture and other cruel, inhuman or degrading treatment\n"
        "- Acceptance of international norms",
        "Affected Persons": "- Persons deprived of their liberty",
        "Sdgs": "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
        "Document Publication Date": 41257,
        "UPR Reccomending States": "- France",
        "UPR Position": "- Supported",
        "Type": "- Recommendations",
        "OHCHR Annotation Id": "id-1",
        "UPR Session": 14,
        "Regions Concerned": "- Latin America & Caribbean",
        "Recommending Regions": "- WEOG",
        "Date of publication on UHRI": 46125.4996282407,
    }
    row.update(values)
    return row


def write_xlsx(path, header, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(name) for name in header])
    workbook.save(path)
    return path


def write_csv(path, header, rows, delimiter=",", encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if row.get(name) is None else row.get(name) for name in header])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_json(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


class Run:
    """What a run of import_recommendations printed, and its CommandError (if any)."""

    def __init__(self, stdout, stderr, error):
        self.stdout, self.stderr, self.error = stdout, stderr, error

    @property
    def output(self):
        return self.stdout + self.stderr + (str(self.error) if self.error else "")


def uhri(**filters):
    return Recommendation.objects.filter(source="uhri", **filters)

import csv
import io
import json

import pytest
from openpyxl import Workbook

from django.core.management import CommandError, call_command
from django.utils import translation

UHRI_HEADER = [
    "Text",
    "Countries Concerned",
    "Reccomending Body",
    "Document Symbol",
    "Themes",
    "Affected Persons",
    "Sdgs",
    "Document Publication Date",
    "UPR Reccomending States",
    "UPR Position",
    "Type",
    "OHCHR Annotation Id",
    "UPR Session",
    "Regions Concerned",
    "Recommending Regions",
    "Date of publication on UHRI",
]


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
    def __init__(self, stdout, stderr, error):
        self.stdout, self.stderr, self.error = stdout, stderr, error

    @property
    def output(self):
        return self.stdout + self.stderr + (str(self.error) if self.error else "")


@pytest.fixture
def run_import():
    """Run import_recommendations in English; returns its output and CommandError (if any)."""

    def run(*args):
        stdout, stderr = io.StringIO(), io.StringIO()
        error = None
        with translation.override("en"):
            try:
                call_command(
                    "import_recommendations", *map(str, args), stdout=stdout, stderr=stderr
                )
            except CommandError as exc:
                error = exc
        return Run(stdout.getvalue(), stderr.getvalue(), error)

    return run

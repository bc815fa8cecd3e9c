"""Helpers of the import_briefs tests: a folder of documents and its briefs.csv.

make_document() writes a small PDF, DOCX, ODT or text file holding given words; row() is a
line of briefs.csv with sensible values and write_csv() writes them; run() runs the command
in English; imported() and documents_named() find what it stored.
"""

import csv
import io

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from hub.briefs import importer
from hub.briefs.models import BriefPage
from hub.core.models import HubDocument
from hub.demo import documents as sample_documents

MAKERS = {
    "pdf": sample_documents.make_pdf,
    "docx": sample_documents.make_docx,
    "odt": sample_documents.make_odt,
}


def make_document(folder, name, title, words="zanahoria", language="en"):
    """A small document whose text holds ``words``, for finding it in the extracted text."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".txt":
        path.write_text(f"{title}\n\n{words}\n", encoding="utf-8")
    else:
        MAKERS[path.suffix[1:]](path, title, "Import Tester", [f"Body text: {words}."], language)
    return path


def row(file, title, language="en", **values):
    return {
        "file": file,
        "title": title,
        "authors": "Ana Ejemplo; Import Author One",
        "language": language,
        "published": "2012-03-04",
        "abstract": f"Abstract of {title}.",
        "topics": "opcat; Imported topic one",
        "countries": "ar; UY",
        "panel": "",
        **values,
    }


def write_csv(folder, rows, columns=importer.COLUMNS):
    with (folder / "briefs.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def run(folder, *args):
    """stdout, stderr and the CommandError (or None) of a run, in English."""
    out, err = io.StringIO(), io.StringIO()
    error = None
    with translation.override("en"):
        try:
            call_command("import_briefs", str(folder), *args, stdout=out, stderr=err)
        except CommandError as exc:
            error = exc
    return out.getvalue(), err.getvalue(), error


def imported(file):
    return BriefPage.objects.get(source_file=file)


def documents_named(stem):
    return HubDocument.objects.filter(file__contains=stem)

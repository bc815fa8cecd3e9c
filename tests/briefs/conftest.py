"""Fixtures of the import_briefs tests: a folder, three briefs, messages in English."""

import pytest

from django.utils import translation

from tests.briefs.importing import make_document, row, write_csv


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "briefs"
    folder.mkdir()
    return folder


@pytest.fixture
def three_briefs(folder):
    make_document(folder, "import-es.pdf", "Nota importada", "berenjena", "es")
    make_document(folder, "import-en.docx", "Imported brief", "pumpkin")
    make_document(folder, "sub/import-pt.odt", "Nota importada pt", "abóbora", "pt")
    rows = [
        row(
            "import-es.pdf",
            "Nota importada",
            "es",
            panel="2",
            topics="MECANISMOS NACIONALES DE PREVENCIÓN (MNP); imported topic ONE",
        ),
        row(
            "import-en.docx",
            "Imported brief",
            "EN",
            panel="sample panel: NATIONAL preventive mechanisms at work",
        ),
        row("sub/import-pt.odt", "Nota importada pt", "pt", authors="", topics="", countries=""),
    ]
    write_csv(folder, rows)
    return rows


@pytest.fixture
def english_messages():
    """Messages are checked in English whatever language an earlier request left active."""
    with translation.override("en"):
        yield

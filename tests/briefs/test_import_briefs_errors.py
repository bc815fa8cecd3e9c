"""import_briefs reports each bad row and imports the good ones; a bad file is refused.

A row's problems (a missing, unreadable, damaged or inflating document, a path outside the
folder, an empty title, an unknown language, date, country or panel, a repeated file, a
language without a briefs index, a change of language) are listed by row number and field,
never as a traceback, and nothing of that row is stored. A briefs.csv without a required
column, or a folder without one, is refused whole.
"""

import io

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from hub.briefs import importer
from hub.briefs.models import BriefIndexPage, BriefPage
from hub.core.models import Topic
from hub.network.models import Person
from tests.archives import damage_member
from tests.briefs.importing import documents_named, imported, make_document, row, run, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_messages")]


# --- bad rows ----------------------------------------------------------------------------


def test_bad_rows_are_reported_and_good_rows_still_import(folder, tmp_path):
    make_document(folder, "good-import.pdf", "Good brief", "pepino")
    (folder / "html-import.pdf").write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    make_document(folder, "many-problems-import.pdf", "Many problems")
    make_document(tmp_path, "escape.pdf", "Outside")
    (folder / "old-format-import.doc").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    rows = [
        row("good-import.pdf", "Good brief"),  # row 2
        row("missing-import.pdf", "Missing"),  # row 3
        row("html-import.pdf", "HTML page"),  # row 4
        row(
            "many-problems-import.pdf",
            "",
            language="fr",
            published="not-a-date",
            countries="AR; XX; Argentina",
            panel="99",
        ),  # row 5
        row("../escape.pdf", "Escape"),  # row 6
        row(str(tmp_path / "escape.pdf"), "Absolute"),  # row 7
        row("old-format-import.doc", "Old format", published="2011-02-30"),  # row 8
        row("good-import.pdf", "Good brief again"),  # row 9
    ]
    write_csv(folder, rows)

    out, err, error = run(folder)

    assert error is not None and error.returncode == 1
    assert "7 row(s) failed" in str(error)
    assert "1 created, 0 updated, 0 unchanged, 7 failed" in out
    assert "  [1/8] good-import.pdf: created" in out
    assert "  [2/8] missing-import.pdf: failed" in out
    expected = [
        "row 3 (missing-import.pdf): file: 'missing-import.pdf' does not exist in ",
        "row 4 (html-import.pdf): file: 'html-import.pdf' unreadable: “html-import.pdf” is not "
        "a PDF, DOCX, ODT or text document.",
        "row 5 (many-problems-import.pdf): title: '' is empty",
        "row 5 (many-problems-import.pdf): language: 'fr' is not es, en or pt",
        "row 5 (many-problems-import.pdf): published: 'not-a-date' is not YYYY-MM-DD",
        "row 5 (many-problems-import.pdf): countries: 'XX' is not one of the network's countries",
        "row 5 (many-problems-import.pdf): countries: 'Argentina' is not an ISO 3166 two-letter "
        "country code",
        "row 5 (many-problems-import.pdf): panel: '99' matches no panel (by number or title)",
        "row 6 (../escape.pdf): file: '../escape.pdf' points outside the folder",
        # A value over 80 characters is shortened in the message (a temporary folder's
        # path can be: pytest-xdist's are one level deeper).
        f"row 7 ({tmp_path}/escape.pdf): file: {importer.quoted(tmp_path / 'escape.pdf')} "
        "is an absolute path",
        "row 8 (old-format-import.doc): file: 'old-format-import.doc' is not a PDF, DOCX, ODT or "
        "TXT file",
        "row 8 (old-format-import.doc): published: '2011-02-30' is not a real date",
        "row 9 (good-import.pdf): file: 'good-import.pdf' repeats row 2",
    ]
    for line in expected:
        assert line in err, line
    assert err.count("row 5 (") == 6

    assert imported("good-import.pdf").live
    assert "pepino" in imported("good-import.pdf").document.extracted_text
    for stem in ["missing-import", "html-import", "many-problems-import", "escape", "old-format"]:
        assert not documents_named(stem).exists(), stem
        assert not BriefPage.objects.filter(source_file__contains=stem).exists(), stem
    assert not BriefPage.objects.filter(title__in=["HTML page", "Escape", "Absolute"]).exists()


def test_nothing_of_a_bad_row_is_stored(folder):
    make_document(folder, "bad-import.pdf", "Bad")
    write_csv(
        folder,
        [row("bad-import.pdf", "Bad", authors="Nobody Yet", topics="No topic yet", published="")],
    )

    out, err, error = run(folder)

    assert error is not None
    assert "row 2 (bad-import.pdf): published: '' is not YYYY-MM-DD" in err
    assert not documents_named("bad-import").exists()
    assert not BriefPage.objects.filter(source_file="bad-import.pdf").exists()
    assert not Person.objects.filter(name="Nobody Yet").exists()
    assert not Topic.objects.filter(name="No topic yet").exists()


def test_a_language_without_briefs_index_fails_that_row(folder, locales):
    BriefIndexPage.objects.get(locale=locales["pt"]).delete()
    make_document(folder, "pt-import.pdf", "Nota", language="pt")
    make_document(folder, "en-import.pdf", "Brief")
    write_csv(folder, [row("pt-import.pdf", "Nota", "pt"), row("en-import.pdf", "Brief")])

    out, err, error = run(folder)

    assert error is not None
    assert "row 2 (pt-import.pdf): language: 'pt' has no briefs index" in err
    assert "1 created, 0 updated, 0 unchanged, 1 failed" in out
    assert not documents_named("pt-import").exists()
    assert not BriefPage.objects.filter(source_file="pt-import.pdf").exists()
    assert imported("en-import.pdf").live


def test_a_brief_does_not_change_language(folder, three_briefs):
    run(folder)
    three_briefs[1]["language"] = "pt"
    write_csv(folder, three_briefs)

    out, err, error = run(folder)

    assert error is not None
    assert "row 3 (import-en.docx): language: 'pt' differs from the brief already imported" in err
    assert imported("import-en.docx").locale.language_code == "en"


# --- the file ----------------------------------------------------------------------------


def test_a_missing_column_refuses_the_whole_file(folder):
    make_document(folder, "header-import.pdf", "Header")
    columns = [c for c in importer.COLUMNS if c not in ("published", "panel")]
    write_csv(folder, [row("header-import.pdf", "Header")], columns=columns)

    out, err, error = run(folder)

    assert error is not None
    assert 'lacks the column(s) "published", "panel"; nothing imported' in str(error)
    assert not documents_named("header-import").exists()
    assert not BriefPage.objects.filter(source_file="header-import.pdf").exists()


def test_a_folder_without_briefs_csv_is_refused(folder):
    with pytest.raises(CommandError, match="holds no briefs.csv"):
        call_command("import_briefs", str(folder), stdout=io.StringIO())


# --- damaged documents are a row's clear error, never a traceback (issue 15, finding 7) ---


def test_damaged_and_inflating_documents_fail_their_rows_only(folder):
    import zipfile

    make_document(folder, "fine-import.pdf", "Fine brief", "calabacín")
    broken = make_document(folder, "broken-import.docx", "Broken", "rábano " * 400)
    damage_member(broken, "word/document.xml")
    bomb = folder / "bomb-import.odt"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>")
    write_csv(
        folder,
        [
            row("fine-import.pdf", "Fine brief"),
            row("broken-import.docx", "Broken"),
            row("bomb-import.odt", "Bomb"),
        ],
    )

    out, err, error = run(folder)

    assert error is not None and "2 row(s) failed" in str(error)
    assert "Traceback" not in out + err
    assert (
        "row 3 (broken-import.docx): file: 'broken-import.docx' unreadable: “broken-import.docx” "
        "could not be read: the file is damaged or incomplete." in err
    )
    assert (
        "row 4 (bomb-import.odt): file: 'bomb-import.odt' unreadable: “bomb-import.odt” is too "
        "large once uncompressed (content.xml would be 60 MB; the limit is 50 MB a part); its "
        "text was not read." in err
    )
    assert imported("fine-import.pdf").live
    assert not BriefPage.objects.filter(source_file__in=["broken-import.docx", "bomb-import.odt"])

import csv
import io

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from hub.briefs import importer
from hub.briefs.models import BriefIndexPage, BriefPage
from hub.core.models import HubDocument, Topic
from hub.demo import documents as sample_documents
from hub.events.models import PanelPage
from hub.network.models import Person

pytestmark = pytest.mark.django_db

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
            panel="sample panel 3: NATIONAL preventive mechanisms at work",
        ),
        row("sub/import-pt.odt", "Nota importada pt", "pt", authors="", topics="", countries=""),
    ]
    write_csv(folder, rows)
    return rows


# --- good rows ---------------------------------------------------------------------------


@pytest.mark.demo  # reuses the demo's people, topics and panels
def test_good_rows_create_published_briefs_in_their_language(folder, three_briefs, locales):
    out, err, error = run(folder)

    assert error is None, err
    assert "  [1/3] import-es.pdf: created" in out
    assert "  [2/3] import-en.docx: created" in out
    assert "  [3/3] sub/import-pt.odt: created" in out
    assert "3 created, 0 updated, 0 unchanged, 0 failed" in out
    es_index = BriefIndexPage.objects.get(locale=locales["es"])
    for file, language in [
        ("import-es.pdf", "es"),
        ("import-en.docx", "en"),
        ("sub/import-pt.odt", "pt"),
    ]:
        page = imported(file)
        assert page.live and not page.has_unpublished_changes
        assert page.locale == locales[language]
        assert page.get_parent().specific == es_index.get_translation(locales[language])
        assert page.url.startswith(f"/{language}/")
        assert page.document.language == language
        assert page.document.title == page.title
        assert page.document.file_hash
        assert not page.is_sample

    page = imported("import-en.docx")
    assert page.title == "Imported brief"
    assert page.slug == "imported-brief"
    assert page.abstract == "Abstract of Imported brief."
    assert page.publication_date.isoformat() == "2012-03-04"
    assert "pumpkin" in page.document.extracted_text
    assert page.document.extraction_error == ""
    assert page.document.filename.startswith("import-en")
    assert page.panel.number == 3 and page.panel.locale == locales["en"]
    assert [p.name for p in page.author_people()] == ["Ana Ejemplo", "Import Author One"]
    assert [c for c, _name in page.country_list()] == ["AR", "UY"]
    topics = [item.topic for item in page.topics.all()]
    assert [t.slug for t in topics] == ["opcat", "imported-topic-one"]
    # Existing people and topics are reused in Spanish; new ones are created there.
    ana = page.authors.first().person
    assert ana.locale == locales["es"] and ana.slug == "ana-ejemplo"
    assert Person.objects.filter(name="Ana Ejemplo", locale=locales["es"]).count() == 1
    new_person = Person.objects.get(name="Import Author One")
    assert (new_person.slug, new_person.locale, new_person.is_sample) == (
        "import-author-one",
        locales["es"],
        False,
    )
    assert topics[0].locale == locales["es"]
    new_topic = Topic.objects.get(slug="imported-topic-one")
    assert (new_topic.name, new_topic.locale) == ("imported topic ONE", locales["es"])

    es = imported("import-es.pdf")
    assert es.panel.number == 2
    # Topics match by name without case (accents too); a new topic is created once.
    assert [item.topic.slug for item in es.topics.all()] == ["npm", "imported-topic-one"]
    assert Topic.objects.filter(slug="imported-topic-one").count() == 1
    assert "berenjena" in imported("import-es.pdf").document.extracted_text
    pt = imported("sub/import-pt.odt")
    assert "abóbora" in pt.document.extracted_text
    assert (pt.panel, pt.authors.count(), pt.topics.count(), pt.countries.count()) == (
        None,
        0,
        0,
        0,
    )


def test_second_run_changes_nothing(folder, three_briefs):
    run(folder)
    pages = {p.pk: p.latest_revision_id for p in BriefPage.objects.all()}
    documents = HubDocument.objects.count()

    out, err, error = run(folder)

    assert error is None, err
    assert "0 created, 0 updated, 3 unchanged, 0 failed" in out
    assert "  [2/3] import-en.docx: unchanged" in out
    assert {p.pk: p.latest_revision_id for p in BriefPage.objects.all()} == pages
    assert HubDocument.objects.count() == documents
    assert BriefPage.objects.filter(source_file="import-en.docx").count() == 1


def test_changed_title_and_file_update_the_brief(folder, three_briefs):
    run(folder)
    before = imported("import-en.docx")
    document_pk = before.document.pk
    three_briefs[1]["title"] = "Imported brief, revised"
    make_document(folder, "import-es.pdf", "Nota importada", "remolacha", "es")
    write_csv(folder, three_briefs)

    out, err, error = run(folder)

    assert error is None, err
    assert "0 created, 2 updated, 1 unchanged, 0 failed" in out
    assert "  [1/3] import-es.pdf: updated" in out
    assert "  [2/3] import-en.docx: updated" in out
    page = imported("import-en.docx")
    assert page.pk == before.pk and page.live and not page.has_unpublished_changes
    assert page.title == "Imported brief, revised"
    assert page.slug == before.slug  # the URL stays
    assert page.latest_revision_id != before.latest_revision_id
    assert page.document.pk == document_pk
    assert page.document.title == "Imported brief, revised"
    # A new file replaces the document's file and text, in place.
    es = imported("import-es.pdf")
    assert "remolacha" in es.document.extracted_text
    assert HubDocument.objects.filter(pk=es.document.pk, file_hash=es.document.file_hash).exists()
    assert BriefPage.objects.filter(source_file="import-es.pdf").count() == 1


def test_draft_leaves_briefs_unpublished(folder, three_briefs):
    out, err, error = run(folder, "--draft")

    assert error is None, err
    assert "3 created" in out
    page = imported("import-en.docx")
    assert not page.live
    assert page.latest_revision is not None
    assert not BriefPage.objects.live().filter(source_file__startswith="import-").exists()

    out, err, error = run(folder)
    assert error is None, err
    assert "0 created, 3 updated, 0 unchanged" in out
    assert imported("import-en.docx").live


def test_draft_change_of_a_live_brief_keeps_the_live_version(folder, three_briefs):
    run(folder)
    three_briefs[1]["title"] = "Imported brief, draft"
    make_document(folder, "import-en.docx", "Imported brief", "courgette")
    write_csv(folder, three_briefs)

    out, err, error = run(folder, "--draft")

    assert error is None, err
    page = imported("import-en.docx")
    assert page.live and page.has_unpublished_changes
    assert page.title == "Imported brief"
    assert "pumpkin" in page.document.extracted_text
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Imported brief, draft"
    assert "courgette" in draft.document.extracted_text


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


def test_reading_is_pure_and_collects_every_problem(folder):
    make_document(folder, "a.txt", "Plain", "lechuga")
    (folder / "briefs.csv").write_bytes(
        "\ufeffFile;Title;Authors;Language;Published;Abstract;Topics;Countries;Panel\n"
        '" a.txt ";Plain;" A ;; B ; A ";ES;2011-12-01;Text;;"br;BR";Panel X\n'
        "\n"
        "b.pdf;;;de;2011/12/01;;;;\n".encode()
    )
    calls = []

    def find_panel(value):
        calls.append(value)
        return "panel-key", None

    parsed = importer.read_briefs(folder, find_panel=find_panel)

    good, bad = parsed.rows
    assert calls == ["Panel X"]
    assert good.values["file"] == "a.txt" and good.values["language"] == "es"
    assert good.values["authors"] == ["A", "B"]
    assert good.values["topics"] == []
    assert good.values["countries"] == ["BR"]
    assert good.values["panel"] == "panel-key"
    assert "lechuga" in good.values["text"]
    assert bad.number == 4
    with translation.override("en"):
        assert bad.messages() == [
            "row 4 (b.pdf): file: 'b.pdf' does not exist in " + str(folder),
            "row 4 (b.pdf): title: '' is empty",
            "row 4 (b.pdf): abstract: '' is empty",
            "row 4 (b.pdf): language: 'de' is not es, en or pt",
            "row 4 (b.pdf): published: '2011/12/01' is not YYYY-MM-DD",
        ]


def test_panels_match_by_number_or_title_in_any_locale(locales):
    panel = PanelPage.objects.get(number=3, locale=locales["pt"])
    assert importer.panel_key("3") == (panel.translation_key, None)
    assert importer.panel_key(f"  {panel.title.upper()} ") == (panel.translation_key, None)
    key, problem = importer.panel_key("Panel 42")
    assert key is None and problem


def test_unique_slug():
    taken = {"brief", "brief-2"}
    assert importer.unique_slug("brief", taken.__contains__) == "brief-3"
    assert importer.unique_slug("x" * 100, taken.__contains__) == "x" * 80
    assert importer.split_list(" a; ;b ;a;  c  d ") == ["a", "b", "c d"]


@pytest.fixture(autouse=True)
def english_messages():
    """Messages are checked in English whatever language an earlier request left active."""
    from django.utils import translation

    with translation.override("en"):
        yield


# --- damaged documents are a row's clear error, never a traceback (issue 15, finding 7) ---


def break_deflate(path, member):
    """Overwrite the start of a member's deflate stream: zlib.error when it is read."""
    import zipfile

    with zipfile.ZipFile(path) as package:
        info = package.getinfo(member)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + 24] = b"\xff" * 24
    path.write_bytes(bytes(data))


def test_damaged_and_inflating_documents_fail_their_rows_only(folder):
    import zipfile

    make_document(folder, "fine-import.pdf", "Fine brief", "calabacín")
    broken = make_document(folder, "broken-import.docx", "Broken", "rábano " * 400)
    break_deflate(broken, "word/document.xml")
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

"""import_recommendations refuses what it cannot read, and reports what it cannot import.

A file it cannot read (a missing column, a damaged or unknown format, an archive that
inflates without end, JSON nested too deeply) is refused whole, with one clear message and
nothing imported. A readable file with bad rows imports its good rows and reports each bad
one by its spreadsheet row number (or its position in a JSON list), field by field.
"""

import pytest

from tests.archives import damage_member
from tests.upr.importing import UHRI_HEADER, uhri, uhri_row, write_json, write_xlsx

pytestmark = pytest.mark.django_db


# -- refusals -----------------------------------------------------------------------------


def test_missing_column_refuses_the_whole_file(tmp_path, run_import):
    header = [name for name in UHRI_HEADER if name != "OHCHR Annotation Id"]
    path = write_xlsx(tmp_path / "no-id.xlsx", header, [uhri_row(), uhri_row()])
    run = run_import(path)
    assert run.error is not None
    message = str(run.error)
    assert '"OHCHR Annotation Id"' in message
    assert "Columns found" in message and '"Countries Concerned"' in message
    assert not uhri().exists()


def test_missing_json_field_refuses(tmp_path, run_import):
    path = write_json(tmp_path / "x.json", [{"Text": "No country here", "Id": "x"}])
    run = run_import(path)
    assert run.error is not None
    assert '"Countries"' in str(run.error) and '"Text"' in str(run.error)
    assert not uhri().exists()


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("broken.xlsx", b"this is not a zip archive", "Excel"),
        ("broken.json", b'[{"Text": "unterminated"', "not valid JSON"),
        (
            "latin1.csv",
            "Text,Countries Concerned,OHCHR Annotation Id\nBogotá,Colombia,x\n".encode("latin-1"),
            "--encoding",
        ),
        ("empty.csv", b"", "no rows"),
        ("old.xls", b"\xd0\xcf\x11\xe0", ".xlsx"),
        ("notes.pdf", b"%PDF-1.4", "unknown file type"),
    ],
)
def test_unreadable_files_are_refused(tmp_path, run_import, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    run = run_import(path)
    assert run.error is not None
    assert expected in str(run.error)
    assert not uhri().exists()


def test_a_truncated_xlsx_is_refused(tmp_path, run_import):
    good = write_xlsx(tmp_path / "good.xlsx", UHRI_HEADER, [uhri_row()])
    broken = tmp_path / "truncated.xlsx"
    broken.write_bytes(good.read_bytes()[:400])
    run = run_import(broken)
    assert run.error is not None and "Excel" in str(run.error)
    assert not uhri().exists()


def test_missing_file(tmp_path, run_import):
    run = run_import(tmp_path / "nowhere.csv")
    assert run.error is not None and "No such file" in str(run.error)


def test_non_utf8_csv_imports_with_its_encoding(tmp_path, run_import):
    path = tmp_path / "cp1252.csv"
    path.write_bytes(
        "Text;Countries Concerned;OHCHR Annotation Id\nProtección;Perú;cp-1\n".encode("cp1252")
    )
    run = run_import(path, "--encoding", "cp1252", "--language", "es")
    assert run.error is None, run.output
    row = uhri().get(source_id="cp-1")
    assert (row.text, row.country, row.text_language) == ("Protección", "PE", "es")


# -- bad rows -----------------------------------------------------------------------------


def test_bad_rows_are_reported_and_good_rows_still_import(tmp_path, run_import):
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        UHRI_HEADER,
        [
            uhri_row(**{"OHCHR Annotation Id": "good-1"}),
            uhri_row(
                **{
                    "OHCHR Annotation Id": "bad-1",
                    "Countries Concerned": "- Atlantis",
                    "Text": "   ",
                    "Document Publication Date": "31/02/2012",
                    "UPR Session": "forty",
                    "UPR Reccomending States": "- France\n- Narnia",
                }
            ),
            uhri_row(**{"OHCHR Annotation Id": "bad-2", "Countries Concerned": "- Chile\n- Peru"}),
            uhri_row(**{"OHCHR Annotation Id": "good-2", "Countries Concerned": "- Uruguay"}),
        ],
    )
    run = run_import(path)
    assert run.error is not None
    assert "2 row(s) failed" in str(run.error)
    assert "2 created" in run.stdout and "2 failed" in run.stdout
    # Row numbers are the spreadsheet's (the header is row 1).
    assert "row 3: Countries Concerned: 'Atlantis' unknown country" in run.stderr
    assert "row 3: Text: '' empty text" in run.stderr
    assert "row 3: Document Publication Date: '31/02/2012' is not a date" in run.stderr
    assert "row 3: UPR Session: 'forty' is not a UPR session number" in run.stderr
    assert "row 3: UPR Reccomending States: 'Narnia' unknown country" in run.stderr
    assert "row 4: Countries Concerned: 'Chile; Peru' several states under review" in run.stderr
    assert set(uhri().values_list("source_id", flat=True)) == {"good-1", "good-2"}


def test_bad_json_records_use_their_position(tmp_path, run_import):
    path = write_json(
        tmp_path / "bad.json",
        [
            {"Text": "Fine", "Countries": ["Ecuador"], "Id": "j-ok"},
            {
                "Text": "Bad date",
                "Countries": ["Ecuador"],
                "Id": "j-bad",
                "PublicationDate": "soon",
            },
            "not an object",
        ],
    )
    run = run_import(path)
    assert run.error is not None
    assert "row 2: PublicationDate: 'soon' is not a date" in run.stderr
    assert "row 3: 'not an object' is not an object" in run.stderr
    assert list(uhri().values_list("source_id", flat=True)) == ["j-ok"]


def test_a_repeated_id_in_one_file_is_a_failure(tmp_path, run_import):
    path = write_xlsx(tmp_path / "twice.xlsx", UHRI_HEADER, [uhri_row(), uhri_row(Text="Other")])
    run = run_import(path)
    assert run.error is not None
    assert "row 3: id 'id-1' repeats row 2" in run.stderr
    assert uhri().get().text.startswith("Ratify")


# -- damaged files (issue 15, finding 7) --------------------------------------------------


def test_a_damaged_xlsx_is_one_clear_error(tmp_path, run_import):
    rows = [
        uhri_row(**{"OHCHR Annotation Id": f"z-{n}", "Text": f"Text {n} " * 20}) for n in range(300)
    ]
    path = damage_member(
        write_xlsx(tmp_path / "damaged.xlsx", UHRI_HEADER, rows), "xl/worksheets/sheet1.xml"
    )
    run = run_import(path)
    assert run.error is not None
    assert str(run.error).startswith("Refused, nothing imported: damaged.xlsx")
    assert "Excel" in str(run.error)
    assert not uhri().exists()


def test_an_xlsx_that_inflates_without_end_is_refused(tmp_path, run_import):
    import zipfile

    good = write_xlsx(tmp_path / "good.xlsx", UHRI_HEADER, [uhri_row()])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>", b"<row/>" * (12 * 1024 * 1024) + b"</sheetData>"
                )
            copy.writestr(info.filename, data)
    assert bomb.stat().st_size < 1024 * 1024
    run = run_import(bomb)
    assert run.error is not None
    assert "bomb.xlsx" in str(run.error) and "too large once uncompressed" in str(run.error)
    assert not uhri().exists()


def test_deeply_nested_json_is_one_clear_error(tmp_path, run_import):
    path = tmp_path / "nested.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    run = run_import(path)
    assert run.error is not None
    assert "nested.json" in str(run.error) and "nested too deeply" in str(run.error)

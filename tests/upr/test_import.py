"""import_recommendations with each export format, refusals, bad rows and re-runs."""

import datetime

import pytest

from hub.upr.importers import stable_hash
from hub.upr.models import Recommendation
from tests.upr.conftest import UHRI_HEADER, uhri_row, write_csv, write_json, write_xlsx

pytestmark = pytest.mark.django_db

UPRINFO_HEADER = [
    "State under Review",
    "SuR Region",
    "Recommending State",
    "Recommending State Region",
    "Recommendation",
    "Response",
    "Session",
    "Cycle",
    "Issues",
    "Action category",
]


def uhri(**filters):
    return Recommendation.objects.filter(source="uhri", **filters)


# -- UHRI Excel ---------------------------------------------------------------------------


def test_uhri_xlsx_with_serial_dates_and_multi_value_cells(tmp_path, run_import):
    path = write_xlsx(
        tmp_path / "export.xlsx",
        UHRI_HEADER,
        [
            uhri_row(),
            uhri_row(
                **{
                    "OHCHR Annotation Id": "id-2",
                    "Text": "Establish a national preventive mechanism",
                    "Countries Concerned": "- Venezuela (Bolivarian Republic of)",
                    "UPR Reccomending States": "- United Kingdom of Great Britain and Northern "
                    "Ireland\n- Türkiye\n- Côte d'Ivoire",
                    "UPR Position": "- Noted",
                    "UPR Session": "26th session",
                    "Document Publication Date": "01/11/2016",
                }
            ),
        ],
    )
    run = run_import(path)
    assert run.error is None, run.output
    assert "2 created" in run.stdout

    first = uhri().get(source_id="id-1")
    assert first.country == "AR"
    assert first.text == "Ratify the Optional Protocol to the Convention against Torture"
    assert first.recommending_states == [{"code": "FR", "name": "France"}]
    assert first.themes == [
        "Torture and other cruel, inhuman or degrading treatment",
        "Acceptance of international norms",
    ]
    assert first.affected_persons == ["Persons deprived of their liberty"]
    assert first.sdgs == ["16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"]
    assert first.date == datetime.date(2012, 12, 14)  # Excel serial 41257
    assert (first.session, first.cycle) == (14, 2)
    assert (first.response, first.response_original) == ("supported", "Supported")
    assert first.body == "UPR"
    assert first.document_symbol == "A/HRC/22/4"
    assert first.text_language == "en"
    assert first.is_sample is False

    second = uhri().get(source_id="id-2")
    assert second.country == "VE"
    assert [state["code"] for state in second.recommending_states] == ["GB", "TR", "CI"]
    assert (second.session, second.cycle) == (26, 2)
    assert second.response == "noted"
    assert second.date == datetime.date(2016, 11, 1)


def test_xlsx_date_cells_and_columns_in_another_order(tmp_path, run_import):
    header = ["OHCHR Annotation Id", "  upr   SESSION ", "countries concerned", "TEXT"]
    path = write_xlsx(
        tmp_path / "reordered.xlsx",
        header + ["Document Publication Date"],
        [
            {
                "OHCHR Annotation Id": "id-order",
                "  upr   SESSION ": 41,
                "countries concerned": "- Chile",
                "TEXT": "Text in a reordered export",
                "Document Publication Date": datetime.datetime(2023, 1, 20, 10, 30),
            }
        ],
    )
    run = run_import(path)
    assert run.error is None, run.output
    row = uhri().get(source_id="id-order")
    assert (row.country, row.session, row.cycle) == ("CL", 41, 4)
    assert row.date == datetime.date(2023, 1, 20)
    assert row.response == "other"


def test_uhri_rows_of_other_annotation_types_are_ignored(tmp_path, run_import):
    path = write_xlsx(
        tmp_path / "mixed.xlsx",
        UHRI_HEADER,
        [
            uhri_row(**{"OHCHR Annotation Id": "rec"}),
            uhri_row(**{"OHCHR Annotation Id": "concern", "Type": "- Concerns/Observations"}),
        ],
    )
    run = run_import(path)
    assert run.error is None, run.output
    assert "1 ignored" in run.stdout
    assert "Concerns/Observations" in run.stdout
    assert set(uhri().values_list("source_id", flat=True)) == {"rec"}


# -- UHRI CSV and JSON --------------------------------------------------------------------


def test_uhri_csv(tmp_path, run_import):
    path = write_csv(
        tmp_path / "export.csv",
        UHRI_HEADER,
        [
            uhri_row(**{"OHCHR Annotation Id": "csv-1", "Document Publication Date": "2014-01-28"}),
            uhri_row(
                **{
                    "OHCHR Annotation Id": "csv-2",
                    "Countries Concerned": "- Bolivia (Plurinational State of)",
                    "UPR Reccomending States": "- Republic of Korea\n- Russian Federation",
                    "UPR Session": "20",
                    "Document Publication Date": "41257",
                }
            ),
        ],
        delimiter=";",
    )
    run = run_import(path)
    assert run.error is None, run.output
    assert uhri().get(source_id="csv-1").date == datetime.date(2014, 1, 28)
    second = uhri().get(source_id="csv-2")
    assert second.country == "BO"
    assert second.recommending_states == [
        {"code": "KR", "name": "Republic of Korea"},
        {"code": "RU", "name": "Russian Federation"},
    ]
    assert second.date == datetime.date(2012, 12, 14)
    assert second.themes[0] == "Torture and other cruel, inhuman or degrading treatment"


def test_uhri_json_export(tmp_path, run_import):
    records = [
        {
            "AnnotationType": "Recommendations",
            "Body": ["UPR"],
            "Symbol": "A/HRC/25/7",
            "Text": "Guarantee the independence of the national preventive mechanism",
            "Countries": ["Mexico"],
            "Regions": ["Latin America & Caribbean"],
            "Themes": ["National Human Rights Institutions"],
            "Sdgs": "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
            "AffectedPersons": [],
            "PublicationDate": "2013-12-11T00:00:00",
            "UprCycle": "Cycle 2",
            "UprPositions": ["Supported"],
            "UprRecommendingCountry": ["Viet Nam", "Holy See"],
            "Id": "json-1",
        },
        {
            "AnnotationType": "Recommendations",
            "Symbol": "A/HRC/25/7",
            "Text": "A recommendation without an identifier",
            "Countries": "- Mexico",
            "UprCycle": 2,
            "UprPositions": ["Noted"],
            "UprRecommendingCountry": "- State of Palestine",
        },
    ]
    path = write_json(tmp_path / "export.json", {"value": records})
    run = run_import(path)
    assert run.error is None, run.output
    assert "2 created" in run.stdout

    first = uhri().get(source_id="json-1")
    assert (first.country, first.cycle, first.session) == ("MX", 2, None)
    assert first.date == datetime.date(2013, 12, 11)
    assert [state["code"] for state in first.recommending_states] == ["VN", "VA"]
    assert first.sdgs == ["16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"]
    assert first.themes == ["National Human Rights Institutions"]

    hashed = uhri().get(
        source_id=stable_hash("A/HRC/25/7", "A recommendation without an identifier")
    )
    assert hashed.recommending_states == [{"code": "PS", "name": "State of Palestine"}]
    assert hashed.response == "noted"


def test_plain_json_list_is_accepted(tmp_path, run_import):
    path = write_json(
        tmp_path / "list.json",
        [
            {
                "Text": "Plain list\u0000",
                "Countries": ["Peru"],
                "id": "plain-1",
                "UprCycle": [3],
                "PublicationDate": ["2019-11-05"],
            }
        ],
    )
    run = run_import(path)
    assert run.error is None, run.output
    row = uhri().get(source_id="plain-1")
    assert (row.country, row.text, row.cycle) == ("PE", "Plain list", 3)
    assert row.date == datetime.date(2019, 11, 5)


# -- UPR Info CSV -------------------------------------------------------------------------


def uprinfo_rows():
    return [
        {
            "State under Review": "Paraguay",
            "Recommending State": "Turkey",
            "Recommendation": "Strengthen the national mechanism for the prevention of torture",
            "Response": "Supported",
            "Session": "24",
            "Cycle": "2",
            "Issues": "Torture and other CID, Detention",
            "Action category": "4",
        },
        {
            "State under Review": "Honduras",
            "Recommending State": "Czech Republic",
            "Recommendation": "Investigate all allegations of torture",
            "Response": "rejected",
            "Session": "9",
            "Cycle": "",
            "Issues": "Torture and other CID",
        },
        {
            "State under Review": "Guatemala",
            "Recommending State": "The former Yugoslav Republic of Macedonia",
            "Recommendation": "Consider ratifying the Optional Protocol",
            "Response": "without clear position",
            "Session": "2",
            "Issues": "",
        },
    ]


def test_uprinfo_csv(tmp_path, run_import):
    path = write_csv(tmp_path / "uprinfo.csv", UPRINFO_HEADER, uprinfo_rows())
    run = run_import(path)
    assert run.error is None, run.output
    assert "UPR Info" in run.stdout
    rows = Recommendation.objects.filter(source="uprinfo")
    assert rows.count() == 3

    paraguay = rows.get(country="PY")
    assert paraguay.recommending_states == [{"code": "TR", "name": "Türkiye"}]
    assert (paraguay.session, paraguay.cycle) == (24, 2)
    assert paraguay.response == "supported"
    assert paraguay.themes == ["Torture and other CID", "Detention"]
    assert paraguay.body == "UPR"
    assert paraguay.source_id == stable_hash(
        "PY", "TR", 24, "Strengthen the national mechanism for the prevention of torture"
    )

    honduras = rows.get(country="HN")
    assert (honduras.response, honduras.response_original) == ("noted", "rejected")
    assert (honduras.session, honduras.cycle) == (9, 1)  # cycle derived from the session
    assert honduras.recommending_states[0]["code"] == "CZ"

    guatemala = rows.get(country="GT")
    assert guatemala.response == "other"
    assert guatemala.recommending_states[0]["code"] == "MK"


def test_uprinfo_id_survives_a_country_spelling_change(tmp_path, run_import):
    rows = uprinfo_rows()[:1]
    run_import(write_csv(tmp_path / "a.csv", UPRINFO_HEADER, rows))
    rows[0]["Recommending State"] = "Türkiye"
    second = run_import(write_csv(tmp_path / "b.csv", UPRINFO_HEADER, rows))
    assert second.error is None, second.output
    assert "0 created" in second.stdout and "1 unchanged" in second.stdout
    assert Recommendation.objects.filter(source="uprinfo").count() == 1


def test_source_option_forces_the_format(tmp_path, run_import):
    path = write_csv(tmp_path / "uprinfo.csv", UPRINFO_HEADER, uprinfo_rows())
    run = run_import(path, "--source", "uhri")
    assert run.error is not None
    assert '"Text"' in str(run.error) and '"Countries Concerned"' in str(run.error)
    assert not Recommendation.objects.filter(source__in=["uhri", "uprinfo"]).exists()


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


# -- re-runs ------------------------------------------------------------------------------


def test_second_run_creates_nothing_and_updates_what_changed(tmp_path, run_import):
    rows = [uhri_row(**{"OHCHR Annotation Id": f"re-{n}", "Text": f"Text {n}"}) for n in range(3)]
    path = write_xlsx(tmp_path / "export.xlsx", UHRI_HEADER, rows)
    assert run_import(path).error is None

    again = run_import(path)
    assert again.error is None, again.output
    assert "0 created, 0 updated, 3 unchanged" in again.stdout
    assert uhri().count() == 3

    rows[1]["UPR Position"] = "- Noted"
    rows[2]["Text"] = "Text 2, revised"
    write_xlsx(path, UHRI_HEADER, rows)
    third = run_import(path)
    assert "0 created, 2 updated, 1 unchanged" in third.stdout
    assert uhri().get(source_id="re-1").response == "noted"
    assert uhri().get(source_id="re-2").text == "Text 2, revised"
    assert uhri().count() == 3


def test_dry_run_saves_nothing(tmp_path, run_import):
    path = write_xlsx(tmp_path / "export.xlsx", UHRI_HEADER, [uhri_row()])
    run = run_import(path, "--dry-run")
    assert run.error is None, run.output
    assert "Dry run" in run.stdout and "1 created" in run.stdout
    assert not uhri().exists()


def test_progress_is_reported(tmp_path, run_import):
    rows = [uhri_row(**{"OHCHR Annotation Id": f"p-{n}", "Text": f"T {n}"}) for n in range(5)]
    path = write_csv(tmp_path / "export.csv", UHRI_HEADER, rows)
    run = run_import(path, "--progress-every", "2")
    assert "2/5 rows" in run.stdout and "4/5 rows" in run.stdout and "5/5 rows" in run.stdout


def test_bad_language_option(tmp_path, run_import):
    path = write_csv(tmp_path / "export.csv", UHRI_HEADER, [uhri_row()])
    run = run_import(path, "--language", "english")
    assert run.error is not None
    assert not uhri().exists()


# -- damaged files and large imports (issue 15, finding 7) ----------------------------------


def damage_member(path, member):
    """Overwrite the first bytes of one member's deflate stream (an invalid block type:
    zlib.error) while the ZIP directory still reads."""
    import zipfile

    with zipfile.ZipFile(path) as package:
        info = package.getinfo(member)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + 24] = b"\xff" * 24
    path.write_bytes(bytes(data))
    return path


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


def test_a_large_import_writes_in_bulk_and_indexes_once(
    tmp_path, run_import, django_assert_max_num_queries
):
    from search.models import SearchDocument

    rows = [
        uhri_row(**{"OHCHR Annotation Id": f"bulk-{n}", "Text": f"Bulk recommendation {n}"})
        for n in range(400)
    ]
    path = write_csv(tmp_path / "export.csv", UHRI_HEADER, rows)
    with django_assert_max_num_queries(150):
        run = run_import(path, "--progress-every", "100")
    assert run.error is None, run.output
    assert uhri(source_id__startswith="bulk-").count() == 400
    assert "rows/s" in run.stdout
    assert "400 created" in run.stdout
    # Every recommendation has its search document, written once at the end.
    keys = {
        f"upr.Recommendation:{pk}"
        for pk in uhri(source_id__startswith="bulk-").values_list("pk", flat=True)
    }
    assert set(SearchDocument.objects.filter(key__in=keys).values_list("key", flat=True)) == keys

    # A second run changes nothing; a changed row is updated, and so is its document.
    rows[7]["Text"] = "Bulk recommendation seven, revised"
    write_csv(path, UHRI_HEADER, rows)
    run = run_import(path)
    assert "1 updated, 399 unchanged" in run.stdout
    changed = uhri(source_id="bulk-7").get()
    assert changed.text == "Bulk recommendation seven, revised"
    document = SearchDocument.objects.get(key=f"upr.Recommendation:{changed.pk}")
    assert "seven, revised" in str(
        document.body if hasattr(document, "body") else document.__dict__
    )

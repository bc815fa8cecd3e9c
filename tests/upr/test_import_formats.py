"""import_recommendations reads each export format into the same recommendations.

The UN Human Rights Index (UHRI) exports as Excel, CSV (any delimiter) and JSON, and UPR
Info's CSV: dates as Excel serials, text or date cells; multi-value cells; columns in any
order and spelling of case and spaces; country names as the UN writes them. Rows of other
annotation types are ignored, and --source forces one format.
"""

import datetime

import pytest

from hub.upr.importers import stable_hash
from hub.upr.models import Recommendation
from tests.upr.importing import UHRI_HEADER, uhri, uhri_row, write_csv, write_json, write_xlsx

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

"""UHRI exports of every mechanism (the UPR, the Committee against Torture, the other
treaty bodies, the special procedures) are imported with their mechanism; UPR Info's
action category is read; a category outside 1–5 is a row error."""

import pytest

from hub.upr.models import Recommendation
from tests.upr.importing import UHRI_HEADER, uhri_row, write_csv, write_json, write_xlsx
from tests.upr.test_import_formats import UPRINFO_HEADER, uprinfo_rows

pytestmark = pytest.mark.django_db


def other_mechanisms_rows():
    """Rows as UHRI writes them for bodies other than the UPR: no session, no position."""
    common = {"UPR Session": None, "UPR Reccomending States": None, "UPR Position": None}
    return [
        uhri_row(
            **common,
            **{
                "OHCHR Annotation Id": "cat-1",
                "Reccomending Body": "- Committee against Torture",
                "Document Symbol": "CAT/C/ARG/CO/5-6",
                "Text": "Ensure that every allegation of torture is investigated promptly",
            },
        ),
        uhri_row(
            **common,
            **{
                "OHCHR Annotation Id": "ccpr-1",
                "Reccomending Body": "- Human Rights Committee",
                "Document Symbol": "CCPR/C/ARG/CO/5",
                "Text": "Reduce pre-trial detention",
            },
        ),
        uhri_row(
            **common,
            **{
                "OHCHR Annotation Id": "sr-1",
                "Reccomending Body": "- Special Rapporteur on torture and other cruel, "
                "inhuman or degrading treatment or punishment",
                "Document Symbol": "A/HRC/31/57/Add.1",
                "Text": "Close the punishment cells",
            },
        ),
        uhri_row(**{"OHCHR Annotation Id": "upr-1"}),
    ]


@pytest.mark.parametrize("writer", ["xlsx", "csv"])
def test_uhri_rows_of_every_mechanism_are_imported_with_it(tmp_path, run_import, writer):
    rows = other_mechanisms_rows()
    if writer == "xlsx":
        path = write_xlsx(tmp_path / "uhri.xlsx", UHRI_HEADER, rows)
    else:
        path = write_csv(tmp_path / "uhri.csv", UHRI_HEADER, rows)
    run = run_import(path)
    assert run.error is None, run.output
    imported = {r.source_id: r for r in Recommendation.objects.filter(source="uhri")}
    assert {key: imported[key].mechanism for key in ("cat-1", "ccpr-1", "sr-1", "upr-1")} == {
        "cat-1": "cat",
        "ccpr-1": "treaty",
        "sr-1": "special",
        "upr-1": "upr",
    }
    cat = imported["cat-1"]
    assert (cat.session, cat.cycle, cat.recommending_states) == (None, None, [])
    assert cat.document_symbol == "CAT/C/ARG/CO/5-6"
    assert cat.implementation_status == "unknown"


def test_uhri_json_of_a_treaty_body(tmp_path, run_import):
    data = [
        {
            "Id": "json-cat",
            "AnnotationType": "Recommendation",
            "Body": "CAT",
            "Symbol": "CAT/C/PER/CO/7",
            "Text": "Establish the national preventive mechanism",
            "Countries": ["Peru"],
        }
    ]
    run = run_import(write_json(tmp_path / "uhri.json", data))
    assert run.error is None, run.output
    assert Recommendation.objects.get(source_id="json-cat").mechanism == "cat"


def test_uprinfo_action_category_is_read(tmp_path, run_import):
    run = run_import(write_csv(tmp_path / "uprinfo.csv", UPRINFO_HEADER, uprinfo_rows()))
    assert run.error is None, run.output
    rows = Recommendation.objects.filter(source="uprinfo")
    assert rows.get(country="PY").action_category == 4
    assert rows.get(country="HN").action_category is None
    assert set(rows.values_list("mechanism", flat=True)) == {"upr"}


def test_an_action_category_outside_one_to_five_is_a_row_error(tmp_path, run_import):
    rows = uprinfo_rows()
    rows[0]["Action category"] = "7"
    run = run_import(write_csv(tmp_path / "uprinfo.csv", UPRINFO_HEADER, rows))
    assert "Action category: '7' is not a category 1–5" in run.output
    assert not Recommendation.objects.filter(source="uprinfo", country="PY").exists()

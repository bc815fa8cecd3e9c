"""import_recommendations run again and again: updates, dry runs, progress, large files.

A second run of the same file creates nothing and updates only the rows that changed; a
dry run saves nothing; progress is reported every so many rows; a large import writes in
bulk and indexes the search documents once, at the end.
"""

import pytest

from tests.upr.importing import UHRI_HEADER, uhri, uhri_row, write_csv, write_xlsx

pytestmark = pytest.mark.django_db


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


# -- large imports (issue 15, finding 7) --------------------------------------------------


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

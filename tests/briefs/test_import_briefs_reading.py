"""The importer's reading of briefs.csv, without the database's writes.

read_briefs() trims and normalises the values (the BOM, semicolons, case, repeated names)
and collects every problem of a row; panels match by number or title in any language;
slugs stay unique and short; lists split on semicolons.
"""

import pytest

from django.utils import translation

from hub.briefs import importer
from hub.events.models import PanelPage
from tests.briefs.importing import make_document

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_messages")]


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

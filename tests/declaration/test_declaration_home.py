"""The declaration as the home of the project's third objective: each action point's dated
status history, the recommendations and briefs it concerns, its CSV and JSON beside the
page, and the ways to it (home page, workshop page, search)."""

import csv
import datetime
import io
import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from hub.declaration.models import ActionPointStatus, DeclarationPage
from tests.factories import (
    ActionPointFactory,
    BriefPageFactory,
    DeclarationPageFactory,
    RecommendationFactory,
    WorkshopPageFactory,
    home,
)

pytestmark = pytest.mark.django_db
LANGUAGES = ["es", "en", "pt"]


def updates(point, *rows):
    point.status_updates = [
        ActionPointStatus(status=status, date=day, note=note, locale=point.locale)
        for status, day, note in rows
    ]


def declaration_with_points(language):
    """A declaration in `language` with two action points: the first with a history given
    out of order, a recommendation and a brief; the second with neither."""
    page = DeclarationPageFactory(language=language, title=f"Declaration {language}")
    brief = BriefPageFactory(language=language, title=f"Brief about NPMs ({language})")
    recommendation = RecommendationFactory(source_id=f"UHRI-{language}-1", country="CL")
    first = ActionPointFactory(declaration=page, number=1, text=f"First point ({language}).")
    updates(
        first,
        ("in-progress", datetime.date(2012, 5, 3), "A law was tabled."),
        ("not-started", datetime.date(2011, 12, 14), ""),
        ("done", datetime.date(2014, 2, 1), "=the law passed"),
    )
    first.recommendations.set([recommendation])
    first.briefs.set([brief])
    first.save()
    ActionPointFactory(declaration=page, number=2, text=f"Second point ({language}).")
    return page, brief, recommendation


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_action_point_shows_its_dated_history_and_what_it_concerns(client, language):
    page, brief, recommendation = declaration_with_points(language)
    html = client.get(page.url).content.decode()
    history = html[html.index('id="action-1-history"') : html.index('id="action-2"')]
    days = ["2011-12-14", "2012-05-03", "2014-02-01"]
    positions = [history.index(f'datetime="{day}"') for day in days]
    assert positions == sorted(positions), "the history reads in date order"
    assert "A law was tabled." in history
    assert escape(recommendation.text) in html
    assert f'href="{brief.url}"' in html and escape(brief.title) in html
    second = html[html.index('id="action-2"') :]
    assert "status-history" not in second[: second.index("</li>")]
    for name in ("declaration.pdf", "action-points.csv", "action-points.json"):
        assert f'href="{page.url}{name}"' in html


def test_a_brief_is_shown_in_the_page_language_where_translated(client, locales):
    spanish_page = DeclarationPageFactory()
    english_page = spanish_page.copy_for_translation(locales["en"])
    english_page.save_revision().publish()
    translated = BriefPageFactory(title="Nota traducida")
    untranslated = BriefPageFactory(title="Nota sin traducir")
    english_brief = translated.copy_for_translation(locales["en"], copy_parents=True)
    english_brief.title = "Translated brief"
    english_brief.save_revision().publish()
    point = ActionPointFactory(declaration=spanish_page, number=1)
    point.briefs.set([translated, untranslated])
    point.save()
    html = client.get(english_page.url).content.decode()
    assert f'href="{english_brief.url}"' in html and "Nota traducida" not in html
    assert f'href="{untranslated.url}" hreflang="es" lang="es"' in html
    spanish_html = client.get(spanish_page.url).content.decode()
    assert f'href="{translated.url}">' in spanish_html


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_action_points_download_as_csv(client, language):
    page, brief, recommendation = declaration_with_points(language)
    response = client.get(page.url + "action-points.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="{page.slug}-action-points.csv"' in response["Content-Disposition"]
    rows = csv_rows(response)
    assert [row["number"] for row in rows] == ["1", "2"]
    first, second = rows
    assert first["lang"] == language and first["text"] == f"First point ({language})."
    assert first["status"] == "done" and first["status_date"] == "2014-02-01"
    assert first["status_history"] == (
        "2011-12-14 not-started; 2012-05-03 in-progress: A law was tabled.; "
        "2014-02-01 done: =the law passed"
    )
    assert first["recommendations"] == recommendation.source_id
    assert first["briefs"] == "http://testserver" + brief.url
    assert second["status"] == "" and second["status_history"] == "" == second["briefs"]


def test_a_csv_cell_that_would_run_as_a_formula_is_quoted(client):
    page = DeclarationPageFactory()
    ActionPointFactory(declaration=page, number=1, text='=HYPERLINK("http://x")')
    response = client.get(page.url + "action-points.csv")
    [row] = csv_rows(response)
    assert row["text"] == '\'=HYPERLINK("http://x")'


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_action_points_download_as_json(client, language):
    page, brief, recommendation = declaration_with_points(language)
    response = client.get(page.url + "action-points.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["declaration"]["title"] == page.title
    assert data["declaration"]["lang"] == language
    assert data["count"] == 2
    first = data["results"][0]
    assert [u["date"] for u in first["status_history"]] == [
        "2011-12-14",
        "2012-05-03",
        "2014-02-01",
    ]
    assert first["status"] == "done"
    assert [r["source_id"] for r in first["recommendations"]] == [recommendation.source_id]
    assert first["briefs"] == [
        {"title": brief.title, "url": "http://testserver" + brief.url, "lang": language}
    ]
    assert data["results"][1]["status_history"] == []


def test_other_files_beside_the_declaration_are_not_found(client):
    page = DeclarationPageFactory()
    assert client.get(page.url + "action-points.xml").status_code == 404


def test_the_api_lists_the_briefs_and_status_date(client):
    page, brief, _recommendation = declaration_with_points("pt")
    data = client.get("/api/action-points/", {"lang": "pt", "page_size": 200}).json()
    first = next(r for r in data["results"] if r["text"] == "First point (pt).")
    assert first["status_date"] == "2014-02-01"
    assert first["briefs"][0]["url"].endswith(brief.url)


def test_the_page_reads_links_in_a_fixed_number_of_queries(client):
    page, _brief, _recommendation = declaration_with_points("en")
    client.get(page.url)
    with CaptureQueriesContext(connection) as before:
        client.get(page.url)
    for number in range(3, 9):
        point = ActionPointFactory(declaration=page, number=number)
        updates(point, ("in-progress", datetime.date(2013, 1, number), ""))
        point.recommendations.set([RecommendationFactory()])
        point.briefs.set([BriefPageFactory(language="en")])
        point.save()
    client.get(page.url)  # the page frame of the new content version (hub.core.page_frame)
    with CaptureQueriesContext(connection) as after:
        client.get(page.url)
    assert len(after) == len(before)


def hide_other_declarations(language):
    for page in DeclarationPage.objects.live().filter(locale__language_code=language):
        page.unpublish()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_links_to_the_declaration(client, language):
    hide_other_declarations(language)
    start = home(language)
    assert "declaration-callout" not in client.get(start.url).content.decode()
    page = DeclarationPageFactory(language=language)
    html = client.get(start.url).content.decode()
    assert "declaration-callout" in html and f'href="{page.url}"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workshop_page_links_to_its_declaration(client, language):
    workshop = WorkshopPageFactory(language=language)
    other = DeclarationPageFactory(language=language)
    page = DeclarationPageFactory(language=language, parent=workshop)
    html = client.get(workshop.url).content.decode()
    assert f'href="{page.url}"' in html
    assert f'href="{other.url}"' not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_declaration_is_found_by_search(client, language, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = DeclarationPageFactory(language=language, title="Declaración Zorrillo")
    html = client.get(f"/{language}/search/", {"q": "zorrillo"}).content.decode()
    assert f'href="{page.url}"' in html

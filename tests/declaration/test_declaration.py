"""The joint declaration: its numbered action points, traced to UPR recommendations, with
their status history; its PDF; the action points' API."""

import datetime
import io

import pytest

from django.utils.html import escape

from hub.declaration.models import ActionPointStatus
from tests.factories import ActionPointFactory, DeclarationPageFactory, RecommendationFactory

pytestmark = pytest.mark.django_db


def point_of(declaration, number, recommendations=(), **fields):
    point = ActionPointFactory(declaration=declaration, number=number, **fields)
    point.recommendations.set(recommendations)
    point.save()
    return point


@pytest.mark.parametrize("is_sample", [True, False])
def test_declaration_shows_numbered_action_points_traced_to_recommendations(client, is_sample):
    page = DeclarationPageFactory(is_sample=is_sample)
    to_argentina = RecommendationFactory(text="Establish an independent NPM.")
    to_chile = RecommendationFactory(country="CL", text="Ensure access to places of detention.")
    point_of(page, 2, [to_chile])
    point_of(page, 1, [to_argentina, to_chile])
    html = client.get(page.url).content.decode()
    assert ("callout--sample" in html) is is_sample  # sample text says so
    points = page.action_points()
    assert [p.number for p in points] == [1, 2]
    for point in points:
        assert f'id="action-{point.number}"' in html
    assert [r.country for r in points[0].linked_recommendations()] == ["AR", "CL"]
    assert escape(to_argentina.text) in html and escape(to_chile.text) in html


def test_a_translated_page_shows_the_source_points_until_they_are_translated(locales):
    page = DeclarationPageFactory()
    point = point_of(page, 1, text="Punto en castellano.")
    english = page.copy_for_translation(locales["en"])
    english.save_revision().publish()
    assert [p.text for p in english.action_points()] == ["Punto en castellano."]
    translated = point.copy_for_translation(locales["en"])
    translated.text = "Point in English."
    translated.save()
    assert [p.text for p in english.action_points()] == ["Point in English."]
    assert [p.text for p in page.action_points()] == ["Punto en castellano."]


def test_action_points_have_a_status_history():
    point = ActionPointFactory()
    point.status_updates = [
        ActionPointStatus(
            status="in-progress", date=datetime.date(2013, 6, 1), locale=point.locale
        ),
        ActionPointStatus(
            status="not-started", date=datetime.date(2012, 1, 1), locale=point.locale
        ),
    ]
    point.save()
    assert [u.status for u in point.history()] == ["not-started", "in-progress"]
    assert point.current_status().status == "in-progress"
    assert ActionPointFactory().current_status() is None


@pytest.mark.demo
def test_action_point_api(client):
    response = client.get("/api/action-points/", {"lang": "en"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["count"] == 3 and data["next"] is None and data["previous"] is None
    first = data["results"][0]
    assert first["number"] == 1 and first["lang"] == "en"
    assert first["who_must_act"] == ["nhris", "state"]
    assert first["cat_articles"] == ["2", "11"]
    assert first["recommendations"], "each sample action point answers sample recommendations"
    assert {r["country"] for r in first["recommendations"]} <= {"AR", "CL"}
    assert all("source_id" in r for r in first["recommendations"])
    assert client.get("/api/action-points/", {"lang": "xx"}).status_code == 400
    assert client.get("/api/action-points/", {"page": "7"}).status_code == 404


def test_declaration_pdf_is_generated_from_the_page(client):
    from pypdf import PdfReader

    page = DeclarationPageFactory(language="pt", title="Declaração de teste (rascunho)")
    for number in (1, 2):
        point_of(page, number)
    response = client.get(page.url + "declaration.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Declaração de teste" in text
    assert "1." in text and "2." in text
    assert client.get(page.url.replace(page.slug, "nada") + "declaration.pdf").status_code == 404


def test_a_declaration_without_a_summary_is_described_by_its_text(client):
    """Search engines and shares describe it by its opening words (Lighthouse found the
    demo's declaration with no meta description)."""
    page = DeclarationPageFactory(
        search_description="",
        listing_summary="",
        text="<p>Las instituciones <b>firmantes</b> se comprometen a prevenir la tortura.</p>",
    )
    html = client.get(page.url).content.decode()
    assert (
        '<meta name="description" content="Las instituciones firmantes se comprometen a '
        'prevenir la tortura.">' in html
    )

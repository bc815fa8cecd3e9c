import pytest

from django.utils.html import escape

from hub.declaration.models import ActionPoint, DeclarationPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_declaration_shows_numbered_action_points_traced_to_recommendations(client, code):
    page = DeclarationPage.objects.live().get(locale__language_code=code)
    html = client.get(page.url).content.decode()
    assert "callout--sample" in html  # The real text is lost: the page says so.
    points = page.action_points()
    assert [p.number for p in points] == [1, 2, 3]
    assert all(p.locale.language_code == code for p in points)
    for point in points:
        assert f'id="action-{point.number}"' in html
        recommendations = point.linked_recommendations()
        assert recommendations
        for recommendation in recommendations:
            assert escape(recommendation.text) in html


def test_action_points_have_a_status_history():
    point = ActionPoint.objects.get(number=1, locale__language_code="en")
    assert [u.status for u in point.history()] == ["not-started", "in-progress"]
    assert point.current_status().status == "in-progress"


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
    import io

    from pypdf import PdfReader

    page = DeclarationPage.objects.live().get(locale__language_code="pt")
    response = client.get(page.url + "declaration.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert page.title.split(" (")[0] in text
    for point in page.action_points():
        assert f"{point.number}." in text
    assert client.get(page.url.replace("amostra", "nada") + "declaration.pdf").status_code == 404

"""The declaration moved from the briefs app to its own: the pages API still finds it by
the label partners may have written down."""

import pytest

from hub.declaration.models import DeclarationPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("label", ["declaration.DeclarationPage", "briefs.DeclarationPage"])
def test_the_pages_api_lists_declarations_by_their_type(client, label):
    page = DeclarationPage.objects.live().public().first()
    response = client.get("/api/v2/pages/", {"type": label, "fields": "place"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert page.pk in [item["id"] for item in items]
    assert {item["meta"]["type"] for item in items} == {"declaration.DeclarationPage"}
    assert all("place" in item for item in items)


def test_other_type_labels_are_left_alone(client):
    response = client.get("/api/v2/pages/", {"type": "briefs.NoSuchPage"})
    assert response.status_code == 400

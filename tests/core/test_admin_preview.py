"""The preview panel of the page editor: it renders, new pages too, and may be framed
by the admin (the public pages may be framed by no one)."""

import pytest

from django.urls import reverse

from tests.accounts.role_actions import home, page_form
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def preview(client, url):
    posted = client.post(url, page_form("Vista previa", "vista-previa"))
    assert posted.json() == {"is_valid": True, "is_available": True}
    return client.get(url + "?in_preview_panel=true")


@pytest.mark.parametrize("new", [True, False], ids=["new page", "existing page"])
def test_the_preview_renders_and_may_be_framed_by_the_admin(editor_client, client, new):
    if new:
        url = reverse(
            "wagtailadmin_pages:preview_on_add", args=["core", "standardpage", home("es").pk]
        )
    else:
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[StandardPageFactory().pk])
    response = preview(editor_client, url)
    assert response.status_code == 200
    assert b"Vista previa" in response.content
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in client.get("/es/")["Content-Security-Policy"]

"""The predecessor site's addresses lead to the pages that now hold their content."""

import pytest

from django.core.management import call_command
from django.test import override_settings

from wagtail.contrib.redirects.models import Redirect

from hub.core.legacy import LEGACY_PATHS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("old_path", sorted(LEGACY_PATHS))
def test_every_old_english_address_is_a_permanent_redirect_to_a_live_page(client, old_path):
    response = client.get(old_path)
    assert response.status_code == 301
    target = response["Location"]
    assert target.startswith("/en/")
    assert client.get(target).status_code == 200
    # Without the trailing slash too.
    assert client.get(old_path.rstrip("/")).status_code == 301


@override_settings(ALLOWED_HOSTS=["es.nhritortureprevention.org", "testserver"])
def test_the_spanish_mirror_lands_on_spanish_pages(client):
    response = client.get("/nhris/latin-america/", HTTP_HOST="es.nhritortureprevention.org")
    assert response.status_code == 301
    assert response["Location"].endswith("/es/red/")
    workshop = client.get(
        "/events/buenos-aires-workshop-december-2011/workshop-outline/",
        HTTP_HOST="es.nhritortureprevention.org",
    )
    assert workshop["Location"].startswith(("/es/", "http://es.nhritortureprevention.org/es/"))


def test_installing_twice_changes_nothing_and_editors_see_them():
    call_command("install_legacy_redirects", verbosity=0)
    before = list(Redirect.objects.values_list("old_path", "redirect_page_id", "is_permanent"))
    call_command("install_legacy_redirects", verbosity=0)
    assert (
        list(Redirect.objects.values_list("old_path", "redirect_page_id", "is_permanent")) == before
    )
    assert Redirect.objects.filter(site=None, is_permanent=True).count() >= len(LEGACY_PATHS)

"""The admin as an editor meets it: every page type and snippet opens for editing."""

import pytest

from django.urls import reverse

from wagtail.models import Page

from hub.core.models import FooterText, Topic
from hub.network.models import Person

pytestmark = pytest.mark.django_db


@pytest.mark.demo
def test_every_page_opens_in_the_editor(editor_client):
    for page in Page.objects.filter(depth__gt=1):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.url


@pytest.mark.parametrize("model", [Person, Topic, FooterText], ids=lambda m: m.__name__)
def test_snippets_list_and_edit(editor_client, model):
    app, name = model._meta.app_label, model._meta.model_name
    assert editor_client.get(reverse(f"wagtailsnippets_{app}_{name}:list")).status_code == 200
    item = model.objects.first()
    url = reverse(f"wagtailsnippets_{app}_{name}:edit", args=[item.pk])
    assert editor_client.get(url).status_code == 200


def test_site_settings_and_media_library_open(editor_client):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    assert editor_client.get(url).status_code == 200
    assert editor_client.get(reverse("wagtailmedia:index")).status_code == 200
    assert editor_client.get(reverse("wagtaildocs:index")).status_code == 200
    assert editor_client.get(reverse("wagtailimages:index")).status_code == 200

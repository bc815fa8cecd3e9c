"""One way to translate: wagtail-localize's (its synced translations, their review and
their out-of-date notices). Wagtail's simple translation, which copies a page or snippet
once and skips all of that, offers nothing in the admin."""

import pytest

from django.urls import NoReverseMatch, reverse

from wagtail.models import Page

from tests.factories import StandardPageFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "x"))
    return client


def spanish_page():
    return StandardPageFactory(parent=Page.objects.get(depth=2, locale__language_code="es"))


def test_a_page_offers_wagtail_localizes_translate_action_only(admin_client):
    page = spanish_page()
    for address in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
    ):
        html = admin_client.get(address).content.decode()
        assert f"/admin/localize/submit/page/{page.pk}/" in html, address
        assert "/admin/translation/submit/" not in html, address


def test_a_snippet_offers_wagtail_localizes_translate_action_only(admin_client):
    topic = TopicFactory()  # in Spanish only: there is something to translate
    listing = admin_client.get(reverse("wagtailsnippets_core_topic:list"), {"q": topic.name})
    html = listing.content.decode()
    assert f"/admin/localize/submit/snippet/core/topic/{topic.pk}/" in html
    assert "/admin/translation/submit/" not in html


def test_simple_translations_addresses_are_gone(admin_client):
    page = spanish_page()
    with pytest.raises(NoReverseMatch):
        reverse("simple_translation:submit_page_translation", args=[page.pk])
    assert admin_client.get(f"/admin/translation/submit/page/{page.pk}/").status_code == 404

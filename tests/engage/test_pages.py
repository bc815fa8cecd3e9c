"""The form pages in the demo, in three languages, linked from every page's footer."""

import pytest

from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.core.models import SiteSettings
from hub.engage.models import ContactPage, NewsletterPage

pytestmark = pytest.mark.django_db


@pytest.mark.demo
@pytest.mark.parametrize("model", [NewsletterPage, ContactPage], ids=lambda m: m.__name__)
def test_the_demo_has_each_form_page_in_three_languages_marked_as_sample(client, model):
    pages = {page.locale.language_code: page for page in model.objects.live()}
    assert set(pages) == {"es", "en", "pt"}
    assert len({page.title for page in pages.values()}) == 3
    for page in pages.values():
        html = client.get(page.url).content.decode()
        assert "callout--sample" in html
        assert "<legend>" in html or model is ContactPage


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_the_footer_links_to_the_newsletter_and_contact_page(client, language):
    newsletter = NewsletterPage.objects.get(locale__language_code=language)
    contact = ContactPage.objects.get(locale__language_code=language)
    html = client.get(f"/{language}/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert f'href="{newsletter.url}"' in footer
    assert f'href="{contact.url}"' in footer


def test_the_footer_follows_the_pages_being_unpublished(client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "team@example.org"
    settings.save()
    contact = ContactPage.objects.get(locale__language_code="en")
    client.get("/en/")
    contact.unpublish()
    footer = client.get("/en/").content.decode().split('<footer class="site-footer">')[1]
    assert contact.url not in footer
    assert 'href="mailto:team@example.org"' in footer
    contact.save_revision().publish()
    assert contact.url in client.get("/en/").content.decode().split("<footer")[1]


def test_the_privacy_note_says_what_is_kept(client):
    newsletter = NewsletterPage.objects.get(locale__language_code="es")
    contact = ContactPage.objects.get(locale__language_code="es")
    html = client.get(newsletter.url).content.decode()
    assert "Qué guardamos" in html and "7 días" in html
    assert f'<a href="{contact.url}">escríbanos</a>' in html
    assert (
        "Su nombre, su correo electrónico y su mensaje" in client.get(contact.url).content.decode()
    )


@pytest.mark.parametrize("model", [NewsletterPage, ContactPage], ids=lambda m: m.__name__)
def test_editors_edit_and_preview_the_form_pages(admin_client, model):
    from django.urls import reverse

    page = model.objects.get(locale__language_code="en")
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    for mode in ("form", "landing"):
        url = reverse("wagtailadmin_pages:view_draft", args=[page.pk])
        response = admin_client.get(url, {"mode": mode})
        assert response.status_code == 200, mode


class FormPageTreeTests(WagtailPageTestCase):
    def test_form_pages_are_single_children_of_home(self):
        home = HomePage.objects.get(locale__language_code="es")
        for model in (NewsletterPage, ContactPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertTrue(model.objects.child_of(home).exists())
            self.assertFalse(model.can_create_at(home))


def test_the_footer_links_are_kept_with_the_page_frame(client, cache_reads):
    """Found once per content version (hub.core.page_frame): a second page asks neither
    the database nor the cache for them; a form page made private leaves the footer."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail.models import PageViewRestriction

    contact = ContactPage.objects.get(locale__language_code="en")
    client.get("/en/")
    asked = cache_reads(cache)
    with CaptureQueriesContext(connection) as queries:
        footer = client.get("/en/").content.decode().split("<footer")[1]
    assert f'href="{contact.url}"' in footer
    assert not [key for key in asked if "engage" in key]
    assert not [q for q in queries.captured_queries if '"content_type_id" IN' in q["sql"]]

    PageViewRestriction.objects.create(page=contact, restriction_type=PageViewRestriction.LOGIN)
    assert contact.url not in client.get("/en/").content.decode().split("<footer")[1]

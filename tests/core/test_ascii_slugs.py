"""Slugs are ASCII (transliterated), and an accented slug of before keeps working: its
old address, encoded or not, redirects for good to the page's new one."""

from urllib.parse import quote

import pytest

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page

from hub.core.models import StandardPage, Topic
from hub.core.slugs import ascii_slug
from tests.accounts.role_actions import home, page_form
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_transliteration():
    assert ascii_slug("Buena práctica: niñas, acción y tradução") == (
        "buena-practica-ninas-accion-y-traducao"
    )
    assert ascii_slug("¿?") == "page"


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_a_page_made_from_a_title_gets_an_ascii_slug_in_every_locale(language):
    page = StandardPage(title="Prevenção da tortura: ação e señal")
    home(language).add_child(instance=page)
    assert page.slug == "prevencao-da-tortura-acao-e-senal"


def test_a_slug_typed_with_accents_in_the_admin_is_transliterated(editor_client):
    parent = home("pt")
    response = editor_client.post(
        reverse("wagtailadmin_pages:add", args=["core", "standardpage", parent.pk]),
        page_form("Monitoramento", "monitoração-prática"),
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(title="Monitoramento")
    assert page.slug == "monitoracao-pratica"
    assert page.url.endswith("/monitoracao-pratica/")


def test_the_admin_slug_fields_transliterate_as_you_type(editor_client):
    """Wagtail's slug script (w-slug) drives the slug fields of pages and snippets, and
    is not told to keep accents (its allow-unicode value is present only when true)."""
    page = StandardPageFactory()
    topic = Topic.objects.first()
    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailsnippets_core_topic:edit", args=[topic.pk]),
    ):
        html = editor_client.get(url).content
        assert b'name="slug"' in html and b'data-controller="w-slug"' in html, url
        assert b"data-w-slug-allow-unicode-value" not in html, url


def test_a_snippet_slug_with_accents_is_refused_clearly(editor_client):
    topic = Topic.objects.filter(locale__language_code="es").first()
    url = reverse("wagtailsnippets_core_topic:edit", args=[topic.pk])
    response = editor_client.post(
        url, {"name": topic.name, "slug": "acción", "description": topic.description}
    )
    assert response.status_code == 200  # the form again, with its error
    assert b"error-message" in response.content
    topic.refresh_from_db()
    assert topic.slug.isascii()


def accented(page, slug):
    """The page as an older site stored it: an accented slug, and the addresses of its
    subpages under it."""
    old_url_path = page.url_path
    page.slug = slug
    page.set_url_path(page.get_parent())
    Page.objects.filter(pk=page.pk).update(slug=slug, url_path=page.url_path)
    for child in page.get_descendants():
        Page.objects.filter(pk=child.pk).update(
            url_path=page.url_path + child.url_path[len(old_url_path) :]
        )
    revision = page.get_latest_revision()
    revision.content["slug"] = slug
    revision.save()


def test_accented_slugs_become_ascii_and_their_old_addresses_redirect(
    client, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(title="Buena práctica", live=True)
    child = StandardPageFactory(title="Anexo", parent=page, live=True)
    accented(page, "buena-práctica")
    old_url, old_child_url = "/es/buena-práctica/", "/es/buena-práctica/anexo/"
    assert client.get(old_url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        call_command("ascii_slugs", stdout=open("/dev/null", "w"))  # noqa: SIM115

    page.refresh_from_db()
    child.refresh_from_db()
    assert page.slug == "buena-practica"
    assert page.get_latest_revision().content["slug"] == "buena-practica"  # drafts too
    assert client.get("/es/buena-practica/anexo/").status_code == 200
    for address, target in [
        (old_url, "/es/buena-practica/"),
        (quote(old_url), "/es/buena-practica/"),
        (quote(old_child_url), "/es/buena-practica/anexo/"),
    ]:
        response = client.get(address)
        assert response.status_code == 301, address
        assert response["Location"].endswith(target), address

    # Nothing left to do on a second run.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ascii_slugs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page.refresh_from_db()
    assert page.slug == "buena-practica"


def test_the_demo_site_has_only_ascii_slugs():
    assert all(slug.isascii() for slug in Page.objects.values_list("slug", flat=True))

"""A page's address is worked out (reversed) once per process and kept: it follows from
the page's `url_path`, the site roots above it, the active language and the URL
configuration, so it is always the one Wagtail would give."""

import pytest

from django.urls import set_script_prefix
from django.utils import translation

import wagtail.models.pages
from wagtail.models import Page

from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def wagtails(page):
    return Page.get_url_parts(page)


@pytest.fixture
def reversals(monkeypatch):
    calls = []
    reverse = wagtail.models.pages.reverse

    def counted(*args, **kwargs):
        calls.append(args)
        return reverse(*args, **kwargs)

    monkeypatch.setattr(wagtail.models.pages, "reverse", counted)
    return calls


def test_an_address_is_wagtails_and_is_reversed_once(reversals):
    page = NewsPageFactory(title="Una noticia")
    expected = wagtails(page)
    assert expected[2] == f"{page.get_parent().url}una-noticia/"
    reversals.clear()
    assert page.get_url_parts() == expected
    assert page.get_url_parts() == expected
    assert Page.objects.get(pk=page.pk).specific.url == expected[2]
    assert len(reversals) == 1


@pytest.mark.parametrize("active", ["es", "en", "pt"])
def test_an_address_in_any_active_language_is_wagtails(active):
    pages = [StandardPageFactory(title="Acerca"), StandardPageFactory(language="en")]
    with translation.override(active):
        for page in pages:
            assert page.get_url_parts() == wagtails(page)
            assert page.get_url_parts() == wagtails(page)


def test_a_page_renamed_or_moved_has_its_new_address_at_once():
    section = StandardPageFactory(title="Sección")
    page = StandardPageFactory(title="Página", parent=section)
    assert page.url == "/es/seccion/pagina/"
    section.slug = "otra-seccion"
    section.save_revision().publish()
    page.refresh_from_db()
    assert page.url == "/es/otra-seccion/pagina/" == wagtails(page)[2]
    page.move(section.get_parent(), pos="last-child")
    page.refresh_from_db()
    assert page.url == "/es/pagina/" == wagtails(page)[2]


def test_an_address_follows_the_script_prefix():
    page = StandardPageFactory(title="Acerca")
    assert page.url == "/es/acerca/"
    set_script_prefix("/hub/")
    try:
        assert page.url == "/hub/es/acerca/" == wagtails(page)[2]
    finally:
        set_script_prefix("/")
    assert page.url == "/es/acerca/"

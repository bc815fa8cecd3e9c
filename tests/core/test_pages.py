"""Every page of the demo site, in every locale, as a visitor gets it."""

import re

import pytest

from django.utils.html import escape

from wagtail.models import Page

from home.models import HomePage
from hub.core.models import StandardPage
from hub.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db
LANGS = ["es", "en", "pt"]
PAGE_TYPES = [HomePage, StandardPage, NewsIndexPage, NewsPage]


def live_pages(model, code):
    return model.objects.live().filter(locale__language_code=code)


@pytest.mark.demo
@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_page_type_renders_in_every_locale(client, model, code):
    pages = list(live_pages(model, code))
    assert pages, f"the demo has no {model.__name__} in {code}"
    for page in pages:
        url = page.url
        assert url.startswith(f"/{code}/")
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert f"<h1>{escape(page.title)}</h1>" in html or page.specific_class is HomePage
        assert 'hreflang="x-default"' in html


@pytest.mark.parametrize("code", LANGS)
def test_hreflang_alternates_name_every_translation(client, code):
    page = live_pages(NewsPage, code).first()
    html = client.get(page.url).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
    assert set(alternates) == {"es", "en", "pt", "x-default"}
    for translation in page.get_translations(inclusive=True):
        assert alternates[translation.locale.language_code] == "http://testserver" + translation.url
    default = page.get_translation(page.locale.get_default())
    assert alternates["x-default"] == "http://testserver" + default.url


def test_language_switcher_leads_to_the_same_page_translated(client):
    page = live_pages(StandardPage, "es").first()
    english = page.get_translation(live_pages(HomePage, "en").first().locale)
    html = client.get(page.url).content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert f'href="{english.url}"' in switcher
    assert 'aria-current="true" lang="es"' in switcher


def test_language_switcher_on_untranslated_page_goes_home_with_a_notice(client, locales):
    home = HomePage.objects.get(locale=locales["es"])
    only_spanish = home.add_child(
        instance=StandardPage(title="Solo en castellano", slug="solo-es", locale=locales["es"])
    )
    only_spanish.save_revision().publish()
    html = client.get(only_spanish.url).content.decode()
    assert 'href="/en/?untranslated=1"' in html
    assert 'href="/pt/?untranslated=1"' in html
    notice = client.get("/en/?untranslated=1").content.decode()
    assert "not translated into this language yet" in notice


@pytest.mark.parametrize(
    "accept, target", [("pt-BR,pt;q=0.9", "/pt/"), ("en-GB,en;q=0.8", "/en/"), ("de", "/es/")]
)
def test_root_redirects_by_accept_language(client, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_unknown_address_is_a_localized_404(client):
    response = client.get("/pt/nao-existe/")
    assert response.status_code == 404
    assert '<html lang="pt">' in response.content.decode()


def test_public_pages_carry_a_csp_without_inline_scripts(client):
    response = client.get("/es/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "<script>" not in response.content.decode()


@pytest.mark.demo
def test_every_page_has_one_h1_and_a_skip_link(client):
    for page in Page.objects.live().filter(depth__gt=1):
        html = client.get(page.url).content.decode()
        assert html.count("<h1") == 1, page.url
        assert 'href="#main"' in html


@pytest.mark.parametrize(
    "code, phrase",
    [
        ("es", "Saltar al contenido principal"),
        ("en", "Skip to main content"),
        ("pt", "Pular para o conteúdo principal"),
    ],
)
def test_interface_speaks_the_page_language(client, code, phrase):
    assert phrase in client.get(f"/{code}/").content.decode()

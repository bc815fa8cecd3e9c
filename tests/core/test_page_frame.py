"""What every page shows around its content (hub.core.page_frame) is fetched once per
language and content version, and a change of content shows at once; routing from the
frame keeps Wagtail's view restrictions."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from hub.core.models import FooterText, StandardPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory
from tests.factories.core import home, locale

pytestmark = pytest.mark.django_db


def menu(response):
    nav = re.search(r'<ul class="site-nav__list">(.*?)</ul>', response.content.decode(), re.S)
    return re.findall(r">([^<]+)</a></li>", nav.group(1))


def test_a_second_page_fetches_no_frame_again(client):
    first = StandardPageFactory(title="Primera", language="en")
    second = StandardPageFactory(title="Segunda", language="en")
    client.get(first.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(second.url).status_code == 200
    frame_tables = (
        "wagtailcore_site",
        "core_footertext",
        "core_sitesettings",
        "wagtailcore_locale",
    )
    sql = [q["sql"] for q in queries.captured_queries]
    assert not [s for s in sql if any(f'FROM "{table}"' in s for table in frame_tables)]


def test_a_page_published_for_the_menu_shows_in_it_at_once(
    client, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(title="Acerca", show_in_menus=True)
    assert "Nueva sección" not in menu(client.get(page.url))
    with django_capture_on_commit_callbacks(execute=True):
        section = StandardPageFactory(title="Nueva sección", show_in_menus=True)
    assert "Nueva sección" in menu(client.get(page.url))

    with django_capture_on_commit_callbacks(execute=True):
        section.unpublish()
    assert "Nueva sección" not in menu(client.get(page.url))


def test_a_menu_title_changed_and_published_shows_at_once(client):
    page = StandardPageFactory(title="Acerca", show_in_menus=True)
    client.get(page.url)
    page.title = "Quiénes somos"
    page.save_revision().publish()
    assert "Quiénes somos" in menu(client.get(page.url))


def test_a_footer_saved_shows_at_once(client):
    page = StandardPageFactory(title="Acerca")
    footer = FooterText.objects.filter(locale__language_code="es", live=True).first()
    client.get(page.url)
    footer.tagline = "Un lema nuevo"
    footer.save()
    assert "Un lema nuevo" in client.get(page.url).content.decode()


def test_each_language_has_its_own_frame(client):
    spanish = StandardPageFactory(title="Sección es", show_in_menus=True)
    english = StandardPageFactory(title="Section en", show_in_menus=True, language="en")
    assert "Section en" not in menu(client.get(spanish.url))
    assert "Sección es" not in menu(client.get(english.url))
    assert "Section en" in menu(client.get(english.url))


def test_a_restricted_page_moved_elsewhere_stays_restricted(client):
    section = StandardPageFactory(title="Sección")
    page = StandardPageFactory(title="Reservada", parent=section, show_in_menus=True)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 302
    page.move(home(), pos="last-child")
    page.refresh_from_db()
    assert page.get_parent().pk == home().pk
    response = client.get(page.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Reservada" not in menu(client.get(section.url))


def test_pages_below_a_restricted_section_stay_restricted(client):
    section = StandardPageFactory(title="Reservado", show_in_menus=True)
    page = StandardPageFactory(title="Dentro", parent=section)
    assert "Reservado" in menu(client.get(page.url))  # framed before the restriction
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 302
    assert "Reservado" not in menu(client.get(home().url))


def test_an_alias_of_a_restricted_page_is_restricted(client):
    section = StandardPageFactory(title="Sección")
    page = StandardPageFactory(title="Original", parent=section)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    alias = page.create_alias(parent=home(), update_slug="alias-de-original")
    response = client.get(alias.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_address_below_a_page_that_does_not_exist_is_not_found(client):
    page = StandardPageFactory(title="Acerca")
    assert client.get(page.url + "no-existe/").status_code == 404
    assert client.get(page.url + "no-existe/tampoco/").status_code == 404


def test_with_a_cache_that_does_not_answer_the_menu_is_still_current(client, settings):
    """Redis down: no content version can be read, so no frame is kept (each page fetches
    its own, as before frames were kept), and a page published shows in the menu."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "hub.core.cache.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        },
    }
    page = StandardPageFactory(title="Acerca")
    assert client.get(page.url).status_code == 200
    StandardPageFactory(title="Publicada sin caché", show_in_menus=True)
    assert "Publicada sin caché" in menu(client.get(page.url))


# Routing from the frame: the home's live children (the sections) are known to it, and a
# section whose pages are all of one type has them fetched by that type.

DISCOVERY = '"content_type_id" AS "content_type"'  # the query that learns pages' types


def page_queries(queries, slug):
    return [q["sql"] for q in queries.captured_queries if f"'{slug}'" in q["sql"]]


def test_a_section_is_routed_without_asking_for_its_page(client):
    section = NewsIndexPageFactory(title="Sección propia")
    client.get(section.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(section.url)
    assert response.status_code == 200 and "Sección propia" in response.content.decode()
    assert page_queries(queries, section.slug) == []
    assert not [q for q in queries.captured_queries if DISCOVERY in q["sql"]]


def test_a_page_in_a_section_of_one_page_type_is_routed_in_one_query(client):
    section = NewsIndexPageFactory(title="Sección de noticias")
    page = NewsPageFactory(title="Una noticia", parent=section)
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200 and "Una noticia" in response.content.decode()
    assert len(page_queries(queries, page.slug)) == 1
    assert not [q for q in queries.captured_queries if DISCOVERY in q["sql"]]


def test_a_page_of_another_type_in_such_a_section_is_still_served(client):
    """Made before the section allowed only one type (add_child does not check)."""
    section = NewsIndexPageFactory(title="Sección antigua")
    client.get(section.url)
    other = section.add_child(instance=StandardPage(title="Página de otro tipo", slug="otra"))
    other.save_revision().publish()
    response = client.get(other.url)
    assert response.status_code == 200 and "Página de otro tipo" in response.content.decode()


def test_an_unpublished_page_of_a_section_is_not_found(client):
    page = NewsPageFactory(title="Retirada")
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_a_section_renamed_answers_at_its_new_address_only(client):
    section = NewsIndexPageFactory(title="Antes")
    page = NewsPageFactory(title="Dentro de la sección", parent=section)
    old_section, old_page = section.url, page.url
    assert client.get(old_page).status_code == 200
    section.slug = "despues"
    section.save_revision().publish()
    page.refresh_from_db()
    assert client.get(old_section).status_code == 404
    assert client.get(old_page).status_code == 404
    assert client.get(page.url).status_code == 200 and page.url.startswith("/es/despues/")


# A page's translations (its hreflang alternates and the language switcher) are kept with
# the frame: read once per content version, and current after any change of content.


def alternates(response):
    html = response.content.decode()
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))


def translated(page, language):
    copy = page.copy_for_translation(locale(language))
    copy.save_revision().publish()
    copy.refresh_from_db()  # published: live
    return copy


def translation_queries(queries, page):
    key = page.translation_key.hex
    return [q["sql"] for q in queries.captured_queries if key in q["sql"]]


def test_a_pages_translations_are_read_once_per_content_version(client):
    page = StandardPageFactory(title="Acerca")
    translated(page, "en")
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert set(alternates(response)) == {"es", "en", "x-default"}
    assert translation_queries(queries, page) == []


def test_a_translation_published_is_an_alternate_at_once(client):
    page = StandardPageFactory(title="Acerca")
    assert set(alternates(client.get(page.url))) == {"es", "x-default"}
    english = translated(page, "en")
    found = alternates(client.get(page.url))
    assert found["en"].endswith(english.url)
    assert f'href="{english.url}"' in client.get(page.url).content.decode()  # the switcher


def test_a_translation_unpublished_or_made_private_is_no_longer_an_alternate(client):
    page = StandardPageFactory(title="Acerca")
    english, portuguese = translated(page, "en"), translated(page, "pt")
    assert set(alternates(client.get(page.url))) == {"es", "en", "pt", "x-default"}
    english.unpublish()
    assert set(alternates(client.get(page.url))) == {"es", "pt", "x-default"}
    PageViewRestriction.objects.create(page=portuguese, restriction_type=PageViewRestriction.LOGIN)
    assert set(alternates(client.get(page.url))) == {"es", "x-default"}


def test_a_page_asks_the_cache_for_wagtails_site_root_paths_no_more(client, cache_reads):
    """The frame knows the sites' root paths (Wagtail reads them from the cache on every
    request that links to a page)."""
    from django.core.cache import cache

    page = StandardPageFactory(title="Acerca")
    client.get(page.url)
    asked = cache_reads(cache)
    assert client.get(page.url).status_code == 200
    assert "wagtail_site_root_paths" not in asked


def test_the_menu_links_each_section_at_its_address(client):
    """The frame knows each menu item's address (worked out once per content version)."""
    first = StandardPageFactory(title="Primera sección", show_in_menus=True)
    second = NewsIndexPageFactory(title="Segunda sección", show_in_menus=True)
    html = client.get(first.url).content.decode()
    nav = re.search(r'<ul class="site-nav__list">(.*?)</ul>', html, re.S).group(1)
    assert f'<a href="{first.url}" aria-current="page">Primera sección</a>' in nav
    assert f'<a href="{second.url}">Segunda sección</a>' in nav
    tiles = client.get(home().url).content.decode().split('class="tiles"')[1]
    assert f'<a href="{second.url}">Segunda sección</a>' in tiles

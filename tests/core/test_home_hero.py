"""The home page's hero shows something true: today's map of the countries by OPCAT and
NPM status (the country overview's map, without links), not a generated picture."""

import pytest

from hub.network.models import CountryIndexPage
from tests.factories.core import home

pytestmark = pytest.mark.django_db
TITLES = {"es": "Mapa de América Latina", "pt": "Mapa da América Latina"}


@pytest.mark.parametrize("code", ["es", "pt"])
def test_the_hero_is_the_live_status_map(client, code):
    page = home(code)
    overview = CountryIndexPage.objects.live().descendant_of(page).get()
    map_html = client.get(overview.url).content.decode()
    html = client.get(page.url).content.decode()
    assert '<figure class="hero__map map">' in html
    assert 'role="img" aria-labelledby="hero-map-title"' in html
    assert f'<title id="hero-map-title">{TITLES[code]}' in html
    assert f'<a href="{overview.url}">' in html
    shapes = map_html.count('class="map-country status-')
    assert shapes and html.count('class="map-country status-') == shapes
    for category in ("npm-nhri", "not-party"):
        assert (f"status-{category}" in html) == (f"status-{category}" in map_html)
    assert "hero__image" not in html


def test_without_a_country_overview_the_home_page_has_no_map(client):
    page = home("en")
    CountryIndexPage.objects.live().descendant_of(page).get().unpublish()
    html = client.get(page.url).content.decode()
    assert "hero__map" not in html

import re
import xml.etree.ElementTree as ET

import pytest

from django.utils.html import escape

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.network.models import Country, CountryIndexPage, NetworkPage, Organisation

pytestmark = pytest.mark.django_db
LANGS = ["es", "en", "pt"]


def overview(code):
    return CountryIndexPage.objects.live().get(locale__language_code=code)


@pytest.mark.demo
@pytest.mark.parametrize("code", LANGS)
def test_overview_has_a_map_and_the_same_data_as_a_table(client, code):
    html = client.get(overview(code).url, {"on": "2011-12-31"}).content.decode()
    start = html.index('class="map__svg"')
    map_part = html[start : html.index("</svg>", start)]
    table_part = html[html.index("<table") : html.index("</table>")]
    map_rows = re.findall(
        r'class="map-country status-([\w-]+)" d="[^"]*"><title>([^<]+?): ', map_part
    )
    map_status = {name: status for status, name in map_rows}
    table_rows = re.findall(
        r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>\s*<td><span class="status-dot status-([\w-]+)"',
        table_part,
    )
    assert len(table_rows) == 17
    assert dict(table_rows) == map_status
    assert "31" in html and "2011" in html
    names = set(Country.objects.filter(locale__language_code=code).values_list("name", flat=True))
    assert {name for name, _status in table_rows} == names


def test_overview_on_a_date_changes_the_table(client):
    url = overview("en").url
    before = client.get(url, {"on": "2006-01-01"}).content.decode()
    after = client.get(url, {"on": "2011-12-31"}).content.decode()
    ecuador = r'>Ecuador</a></th>\s*<td><span class="status-dot status-([\w-]+)"'
    assert re.search(ecuador, before).group(1) == "not-party"
    assert re.search(ecuador, after).group(1) == "npm-nhri"


@pytest.mark.parametrize(
    "value", ["garbage", "2011-13-45", "'; --", "1800-01-01", "9999-12-31", "2011"]
)
def test_overview_accepts_any_date_input(client, value):
    assert client.get(overview("es").url, {"on": value}).status_code == 200


@pytest.mark.parametrize("code", LANGS)
def test_every_country_has_a_profile_in_every_locale(client, code):
    base = overview(code).url
    for country in Country.objects.filter(locale__language_code=code):
        response = client.get(f"{base}{country.iso_code.lower()}/")
        assert response.status_code == 200, country.iso_code
        html = response.content.decode()
        assert f"<h1>{country.name}</h1>" in html
        assert 'class="cite"' in html


def test_a_profile_shows_the_timeline_with_sources_and_the_nhri(client):
    html = client.get(overview("en").url + "ec/").content.decode()
    assert "Resolution 111" in html or "111" in html
    assert "treaties.un.org" in html
    nhri = Organisation.objects.get(country_code="EC", kind="nhri", locale__language_code="en")
    assert escape(nhri.name) in html


def test_unknown_country_is_404(client):
    assert client.get(overview("es").url + "zz/").status_code == 404


def test_sitemap_lists_country_profiles_with_alternates(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in root.iterfind("s:url/s:loc", ns)]
    for code in LANGS:
        assert f"http://testserver{overview(code).url}ar/" in locations


@pytest.mark.parametrize(
    "params, expected, unexpected",
    [
        ({"country": "AR"}, "Procuración Penitenciaria", "Trinity College"),
        ({"kind": "academia"}, "Trinity College", "Procuración Penitenciaria"),
        ({"q": "Palermo"}, "Universidad de Palermo", "Trinity College"),
    ],
)
def test_directory_filters(client, params, expected, unexpected):
    page = NetworkPage.objects.live().get(locale__language_code="es")
    html = client.get(page.url, params).content.decode()
    assert expected in html
    assert unexpected not in html


def test_directory_survives_hostile_filters(client):
    page = NetworkPage.objects.live().get(locale__language_code="es")
    for params in [
        {"country": "'; DROP"},
        {"kind": "<script>"},
        {"q": "x" * 5000},
        {"opage": "-1"},
    ]:
        assert client.get(page.url, params).status_code == 200


class NetworkTreeTests(WagtailPageTestCase):
    def test_network_pages_are_single_children_of_home(self):
        home = HomePage.objects.get(locale__language_code="es")
        for model in (CountryIndexPage, NetworkPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertFalse(model.can_create_at(home))

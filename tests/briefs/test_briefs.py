from datetime import date

import bibtexparser
import pytest
import rispy

from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.html import escape

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.briefs.models import BriefIndexPage, BriefPage
from tests.factories import BriefPageFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def brief():
    """A brief by two authors, published in 2011."""
    authors = [PersonFactory(name="Clara Autora"), PersonFactory(name="Pablo Coautor")]
    return BriefPageFactory(
        title="Nota sobre los mecanismos", people=authors, publication_date=date(2011, 11, 28)
    )


@pytest.mark.demo
def test_briefs_live_in_the_tree_of_their_language():
    for page in BriefPage.objects.all():
        assert page.url.startswith(f"/{page.locale.language_code}/")
        assert page.document.language == page.locale.language_code


@pytest.mark.parametrize("is_sample", [True, False])
def test_brief_page_heading_and_download(client, is_sample):
    page = BriefPageFactory(is_sample=is_sample)
    html = client.get(page.url).content.decode()
    assert f"<h1>{escape(page.title)}</h1>" in html
    assert f'href="{page.document.url}"' in html
    assert page.document.url.endswith(page.document.filename)
    assert page.document.file_size > 0
    with translation.override("en"):
        size = filesizeformat(page.document.file_size)
    assert f"PDF, {size}" in html
    assert ("callout--sample" in html) is is_sample


@pytest.mark.demo
@pytest.mark.parametrize("kind", ["pdf", "docx", "odt"])
def test_document_text_is_extracted_from_each_format(kind):
    page = next(p for p in BriefPage.objects.all() if p.document.filename.endswith(kind))
    text = page.document.extracted_text
    assert page.document.extraction_error == ""
    assert page.title.split(":")[0] in text or "SAMPLE" in text.upper() or "MUESTRA" in text.upper()
    assert len(text) > 100


def test_bibtex_citation_parses(client, brief):
    response = client.get(brief.url + "cite.bib")
    assert response.status_code == 200
    library = bibtexparser.parse_string(response.content.decode())
    assert not library.failed_blocks
    entry = library.entries[0]
    assert entry["title"] == "Nota sobre los mecanismos"
    assert entry["year"] == "2011"
    assert entry["author"] == "Clara Autora and Pablo Coautor"
    assert entry["url"] == "http://testserver" + brief.url


def test_ris_citation_parses(client, brief):
    response = client.get(brief.url + "cite.ris")
    records = rispy.loads(response.content.decode())
    assert len(records) == 1
    record = records[0]
    assert record["type_of_reference"] == "RPRT"
    assert record["title"] == "Nota sobre los mecanismos"
    assert record["authors"] == ["Clara Autora", "Pablo Coautor"]
    assert record["year"] == "2011"


def test_citation_files_answer_get_and_head_of_live_briefs_only(client, brief):
    head = client.head(brief.url + "cite.ris")
    assert head.status_code == 200
    assert head["Content-Type"].startswith("application/x-research-info-systems")
    assert client.post(brief.url + "cite.bib").status_code == 405
    assert client.get(brief.url + "cite.txt").status_code == 404
    assert client.get(brief.url + "cite.bib/").status_code == 404
    brief.unpublish()
    assert client.get(brief.url + "cite.bib").status_code == 404


def test_formatted_citation_on_the_page(client, brief):
    html = client.get(brief.url).content.decode()
    assert "Clara Autora; Pablo Coautor (2011). Nota sobre los mecanismos" in html


def index(code):
    return BriefIndexPage.objects.get(locale__language_code=code)


def titles(client, url, params):
    html = client.get(url, params).content.decode()
    return {p.title for p in BriefPage.objects.all() if escape(p.title) in html}


@pytest.mark.demo
def test_index_lists_every_language_and_filters(client):
    url = index("es").url
    assert len(titles(client, url, {})) == 6
    assert titles(client, url, {"language": "en"}) == {
        p.title for p in BriefPage.objects.filter(locale__language_code="en")
    }
    assert titles(client, url, {"country": "BR"}) == {
        p.title for p in BriefPage.objects.filter(countries__country_code="BR")
    }
    assert titles(client, url, {"topic": "spt"}) == {"Sample brief: monitoring places of detention"}
    assert len(titles(client, url, {"panel": "2"})) == 3
    assert titles(client, url, {"year": "1999"}) == set()


@pytest.mark.demo
def test_index_sorting(client):
    html = client.get(index("en").url, {"sort": "oldest"}).content.decode()
    first = html.index("Sample brief: an NHRI as NPM")  # 2011-11-28, the oldest
    assert first < html.index("Nota de muestra: el camino")


def test_hostile_index_parameters(client):
    for params in [
        {"panel": "x"},
        {"year": "'; --"},
        {"sort": "<script>"},
        {"page": "999"},
        {"country": "ZZZ"},
    ]:
        assert client.get(index("pt").url, params).status_code == 200


class BriefTreeTests(WagtailPageTestCase):
    def test_briefs_live_in_their_index(self):
        self.assertAllowedParentPageTypes(BriefIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BriefIndexPage, {BriefPage})
        self.assertAllowedParentPageTypes(BriefPage, {BriefIndexPage})


def test_a_briefs_topics_and_countries_link_to_where_they_lead(client):
    """A topic opens the briefs index filtered to it; a country its profile, where the
    site has one (a code without a profile stays plain text)."""
    from html import unescape

    from hub.network.models import CountryIndexPage
    from tests.factories import BriefPageFactory, TopicFactory

    topic = TopicFactory(name="Tema enlazado")
    brief = BriefPageFactory(topic_list=[topic], country_codes=["AR", "US"])
    html = unescape(client.get(brief.url).content.decode())
    index_url = brief.get_parent().url
    assert f'<a href="{index_url}?topic={topic.slug}">Tema enlazado</a>' in html
    countries = CountryIndexPage.objects.live().get(locale__language_code="es")
    assert f'<a href="{countries.url}ar/">Argentina</a>' in html
    assert "Argentina</a>, Estados Unidos</dd>" in html


def test_a_briefs_country_links_are_kept_until_content_changes(client):
    """Which countries have a profile is read once per content version (not on every
    brief), and a profile taken down is no longer linked at once."""
    from html import unescape

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from hub.network.models import Country, CountryIndexPage

    brief = BriefPageFactory(country_codes=["AR"])
    profile = f'<a href="{CountryIndexPage.objects.live().get(locale=brief.locale).url}ar/">'
    assert profile in unescape(client.get(brief.url).content.decode())
    with CaptureQueriesContext(connection) as queries:
        assert profile in unescape(client.get(brief.url).content.decode())
    tables = ('FROM "network_country"', 'FROM "network_countryindexpage"')
    assert not [q for q in queries.captured_queries if any(t in q["sql"] for t in tables)]

    Country.objects.get(iso_code="AR", locale=brief.locale).unpublish()
    html = unescape(client.get(brief.url).content.decode())
    assert profile not in html and "Argentina" in html


def test_a_brief_links_its_panel_in_the_visitors_language(client):
    """The panel a brief was written for, in the brief's language where it is published
    (found once per content version), else the panel as written."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import PanelPageFactory

    spanish = PanelPageFactory(title="Panel en castellano")
    english = PanelPageFactory(
        title="Panel in English", language="en", translation_key=spanish.translation_key
    )
    brief = BriefPageFactory(language="en", panel=spanish)
    assert f'href="{english.url}"' in client.get(brief.url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        html = client.get(brief.url).content.decode()
    assert f'href="{english.url}"' in html and "Panel in English</a>" in html
    assert not [q for q in queries.captured_queries if 'FROM "events_panelpage"' in q["sql"]]

    english.refresh_from_db()
    english.unpublish()
    html = client.get(brief.url).content.decode()
    assert f'href="{english.url}"' not in html and f'href="{spanish.url}"' in html

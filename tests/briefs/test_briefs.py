import bibtexparser
import pytest
import rispy

from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.html import escape

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.briefs.models import BriefIndexPage, BriefPage

pytestmark = pytest.mark.django_db


def brief(slug="sample-brief-nhri-npm-mexico"):
    return BriefPage.objects.live().get(slug=slug)


def test_briefs_live_in_the_tree_of_their_language():
    for page in BriefPage.objects.all():
        assert page.url.startswith(f"/{page.locale.language_code}/")
        assert page.document.language == page.locale.language_code


def test_brief_page_heading_and_download(client):
    page = brief()
    html = client.get(page.url).content.decode()
    assert f"<h1>{escape(page.title)}</h1>" in html
    assert f'href="{page.document.url}"' in html
    assert page.document.url.endswith(page.document.filename)
    assert page.document.file_size > 0
    with translation.override("en"):
        size = filesizeformat(page.document.file_size)
    assert f"PDF, {size}" in html
    assert "callout--sample" in html


@pytest.mark.parametrize("kind", ["pdf", "docx", "odt"])
def test_document_text_is_extracted_from_each_format(kind):
    page = next(p for p in BriefPage.objects.all() if p.document.filename.endswith(kind))
    text = page.document.extracted_text
    assert page.document.extraction_error == ""
    assert page.title.split(":")[0] in text or "SAMPLE" in text.upper() or "MUESTRA" in text.upper()
    assert len(text) > 100


def test_bibtex_citation_parses(client):
    page = brief()
    response = client.get(page.url + "cite.bib")
    assert response.status_code == 200
    library = bibtexparser.parse_string(response.content.decode())
    assert not library.failed_blocks
    entry = library.entries[0]
    assert entry["title"] == page.title
    assert entry["year"] == str(page.publication_date.year)
    assert entry["author"] == "Maria Exemplo"
    assert entry["url"] == "http://testserver" + page.url


def test_ris_citation_parses(client):
    page = brief("sample-brief-detention-monitoring")
    response = client.get(page.url + "cite.ris")
    records = rispy.loads(response.content.decode())
    assert len(records) == 1
    record = records[0]
    assert record["type_of_reference"] == "RPRT"
    assert record["title"] == page.title
    assert record["authors"] == ["Ana Ejemplo", "Pedro Muestra"]
    assert record["year"] == str(page.publication_date.year)


def test_citation_files_answer_get_and_head_of_live_briefs_only(client):
    page = brief()
    head = client.head(page.url + "cite.ris")
    assert head.status_code == 200
    assert head["Content-Type"].startswith("application/x-research-info-systems")
    assert client.post(page.url + "cite.bib").status_code == 405
    assert client.get(page.url + "cite.txt").status_code == 404
    assert client.get(page.url + "cite.bib/").status_code == 404
    page.unpublish()
    assert client.get(page.url + "cite.bib").status_code == 404


def test_formatted_citation_on_the_page(client):
    page = brief()
    html = client.get(page.url).content.decode()
    assert "Maria Exemplo (2011)" in html


def index(code):
    return BriefIndexPage.objects.get(locale__language_code=code)


def titles(client, url, params):
    html = client.get(url, params).content.decode()
    return {p.title for p in BriefPage.objects.all() if escape(p.title) in html}


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

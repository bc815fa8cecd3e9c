"""One site name per language, defined once (WAGTAIL_SITE_NAME): the page title, the
header, the footer and the citations of a brief all say it in the page's language."""

import pytest
import rispy

from tests.factories import BriefPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

NAMES = {
    "es": "Portal de Prevención de la Tortura",
    "en": "Torture Prevention Hub",
    "pt": "Portal de Prevenção da Tortura",
}


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_a_page_names_the_site_in_its_language_only(client, code):
    page = StandardPageFactory(language=code)
    html = client.get(page.url).content.decode()
    assert f"· {NAMES[code]}</title>" in html
    assert f'<span class="brand__name">{NAMES[code]}</span>' in html
    assert f'<h2 class="site-footer__name">{NAMES[code]}</h2>' in html
    others = [name for other, name in NAMES.items() if other != code]
    assert not any(name in html for name in others)
    assert "NHRI Torture Prevention" not in html


@pytest.mark.parametrize("code", ["es", "pt"])
def test_a_brief_is_cited_as_published_by_the_site_in_its_language(client, code):
    brief = BriefPageFactory(language=code)
    html = client.get(brief.url).content.decode()
    assert f". {NAMES[code]}. http://testserver{brief.url}" in html
    record = rispy.loads(client.get(brief.url + "cite.ris").content.decode())[0]
    assert record["publisher"] == NAMES[code]
    assert f"publisher = {{{NAMES[code]}}}" in client.get(brief.url + "cite.bib").content.decode()

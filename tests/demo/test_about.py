"""The demo's About page says what the project's synopsis says, in es, en and pt: its start,
its three objectives, the mechanisms in scope and the documents it cites (symbols and
dates); the workshop and Panel 1 say where their facts come from. (The synopsis and the
predecessor's addresses: shared/reference.)"""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from hub.core.legacy import LEGACY_PATHS, SPANISH_MIRROR_HOSTS
from hub.core.models import StandardPage
from hub.events.models import PanelPage, WorkshopPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]
LANGS = ["es", "en", "pt"]

# The three objectives, in each language: (networks, dissemination tool, meeting document
# with action points).
OBJECTIVES = {
    "es": ("redes", "herramienta multimedia de difusión", "puntos de acción"),
    "en": ("networks", "multimedia dissemination tool", "action points"),
    "pt": ("redes", "ferramenta multimídia de difusão", "pontos de ação"),
}
STARTED = {"es": "agosto de 2011", "en": "August 2011", "pt": "agosto de 2011"}
MECHANISMS = {
    "es": (
        "Comité contra la Tortura",
        "Comité de Derechos Humanos",
        "Relator Especial",
        "Subcomité para la Prevención de la Tortura",
        "Comisión Interamericana",
    ),
    "en": (
        "Committee against Torture",
        "Human Rights Committee",
        "Special Rapporteur on Torture",
        "Subcommittee on Prevention of Torture",
        "Inter-American Commission",
    ),
    "pt": (
        "Comitê contra a Tortura",
        "Comitê de Direitos Humanos",
        "Relator Especial",
        "Subcomitê de Prevenção da Tortura",
        "Comissão Interamericana",
    ),
}
# Hosts the reference names (the NHRIs' domains, the APT, the predecessor and its mirror).
REFERENCE_HOSTS = {
    "defensor.gob.ar",
    "indh.cl",
    "defensoria.org.co",
    "dhr.go.cr",
    "pdh.org.gt",
    "conadeh.hn",
    "cndh.org.mx",
    "defensoriadelpueblo.gov.py",
    "defensoria.gob.pe",
    "gub.uy",
    "apt.ch",
    "nhritortureprevention.org",
    *SPANISH_MIRROR_HOSTS,
}


def about(code):
    spanish = StandardPage.objects.get(locale__language_code="es", slug="acerca-del-proyecto")
    return spanish.get_translation(spanish.locale if code == "es" else locale_of(code))


def locale_of(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def main_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def text_of(node):
    return " ".join(node.get_text(" ").split())


def test_the_three_about_pages_are_translations_of_the_spanish_one():
    from wagtail_localize.models import Translation

    source = about("es")
    for code in ("en", "pt"):
        page = about(code)
        assert page.translation_key == source.translation_key
        assert Translation.objects.filter(
            source__object_id=source.translation_key, target_locale__language_code=code
        ).exists()


@pytest.mark.parametrize("code", LANGS)
def test_about_says_when_the_project_began_and_its_three_objectives(client, code):
    main = main_of(client, about(code))
    text = text_of(main)
    assert STARTED[code] in text
    # The objectives: one ordered list of three, the synopsis' three.
    lists = [ol for ol in main.select(".prose ol") if len(ol.find_all("li", recursive=False)) == 3]
    objectives = next(ol for ol in lists if OBJECTIVES[code][0] in text_of(ol).lower())
    items = [text_of(li).lower() for li in objectives.find_all("li", recursive=False)]
    for item, words in zip(items, OBJECTIVES[code], strict=True):
        assert words in item
    # Not "born" at the workshop: the project predates it.
    assert not re.search(r"\b(nació|nacida|was born|founded in|nasceu|nascida)\b", text.lower())


@pytest.mark.parametrize("code", LANGS)
def test_about_names_the_mechanisms_in_scope(client, code):
    text = text_of(main_of(client, about(code)))
    for name in MECHANISMS[code]:
        assert name in text, name


@pytest.mark.parametrize("code", LANGS)
def test_about_lists_the_cited_documents_with_symbols_and_dates(client, code):
    citations = main_of(client, about(code)).select(".citation")
    by_date = {
        time["datetime"]: text_of(citation)
        for citation in citations
        for time in citation.select("time")
    }
    assert "A/64/320" in by_date["2009-08-24"]
    assert "2011-11-30" in by_date  # the IACHR press release
    # The OHCHR survey: the synopsis gives it no date, and none is made up.
    (survey,) = [c for c in citations if "ACNUDH" in text_of(c) or "OHCHR" in text_of(c)]
    assert not survey.select("time")
    assert any("Project Synopsis" in text_of(c) for c in citations)


@pytest.mark.parametrize("code", LANGS)
def test_about_links_only_to_addresses_the_reference_gives(client, code):
    for link in main_of(client, about(code)).select(".prose a[href]"):
        address = urlsplit(link["href"])
        if not address.netloc or address.netloc in ("localhost", "testserver"):
            continue
        assert address.netloc in REFERENCE_HOSTS, link["href"]
        if "nhritortureprevention.org" in address.netloc:
            assert address.path in LEGACY_PATHS, link["href"]


@pytest.mark.parametrize("code", LANGS)
def test_the_workshop_shows_its_sources(client, code):
    workshop = WorkshopPage.objects.live().get(locale__language_code=code)
    main = main_of(client, workshop)
    sources = main.select_one("section.sources")
    assert sources is not None
    # The date, venue and convenors point to their sources.
    assert main.select_one('a[href="#sources-heading"]') is not None
    text = text_of(sources)
    assert "nhritortureprevention.org" in text and "Project Synopsis" in text
    assert len(sources.select(".citation")) == 2
    # The synopsis' three questions are the workshop's.
    assert len(workshop.guiding_questions) == 3


@pytest.mark.parametrize("code", LANGS)
def test_panel_1_says_what_survives_and_asks_no_questions_of_its_own(client, code):
    panel = PanelPage.objects.live().get(locale__language_code=code, number=1)
    main = main_of(client, panel)
    sources = main.select_one("section.sources")
    assert sources is not None and "nhritortureprevention.org" in text_of(sources)
    assert not panel.guiding_questions
    assert main.select_one("#questions-heading") is None

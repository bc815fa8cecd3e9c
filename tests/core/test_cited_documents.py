"""Cited documents (a standard page's list block) and a page's "Sources" (workshops and
panels): who issued a document, its title, symbol and date as precisely as known, and a
link only where an address was given."""

import datetime

import pytest
from bs4 import BeautifulSoup

from hub.core.blocks import (
    CitedDocumentBlock,
    CitedDocumentsBlock,
    SourcesBlock,
    StandardBodyBlock,
)
from tests.factories import PanelPageFactory, StandardPageFactory, WorkshopPageFactory

pytestmark = pytest.mark.django_db


def citation(**fields):
    return {"title": "Informe de prueba", "date_precision": "day", **fields}


def citations_on(client, page):
    html = client.get(page.url).content
    return BeautifulSoup(html, "html.parser").find("main").select(".citation")


def body(*blocks):
    return StandardBodyBlock().to_python([{"type": kind, "value": value} for kind, value in blocks])


def test_a_cited_document_shows_its_issuer_symbol_and_date(client):
    page = StandardPageFactory(
        language="en",
        body=body(
            (
                "documents",
                [
                    citation(
                        issuer="Un emisor de prueba",
                        symbol="A/99/999",
                        date="2009-08-24",
                        note="Por qué se cita.",
                        language="en",
                    )
                ],
            ),
        ),
    )
    (item,) = citations_on(client, page)
    text = " ".join(item.get_text(" ").split())
    assert "Un emisor de prueba" in text and "A/99/999" in text and "Por qué se cita." in text
    assert item.select_one("time")["datetime"] == "2009-08-24"
    assert "2009" in item.select_one("time").get_text()
    assert item.select_one("a") is None  # no address given: no link
    assert not item.select_one("cite").has_attr("lang")  # in the page's own language


def test_a_date_known_to_the_month_is_shown_to_the_month(client):
    page = StandardPageFactory(
        language="en",
        body=body(("documents", [citation(date="2011-11-30", date_precision="month")])),
    )
    (item,) = citations_on(client, page)
    time = item.select_one("time")
    assert time["datetime"] == "2011-11"
    assert "30" not in time.get_text() and "2011" in time.get_text()


def test_a_cited_document_links_only_to_the_address_given_and_marks_its_language(client):
    page = StandardPageFactory(
        body=body(
            (
                "documents",
                [
                    citation(
                        title="With an address", url="https://example.org/record", language="en"
                    ),
                    citation(title="Sin dirección"),
                ],
            ),
        ),
    )
    linked, unlinked = citations_on(client, page)
    link = linked.select_one("a")
    assert link["href"] == "https://example.org/record" and link["lang"] == "en"
    assert unlinked.select_one("a") is None and unlinked.select_one("cite").get_text() == (
        "Sin dirección"
    )


def sources(note, *documents):
    return SourcesBlock().to_python(
        [{"type": "note", "value": note}, {"type": "documents", "value": list(documents)}]
    )


def test_a_workshop_and_a_panel_show_their_sources(client):
    workshop = WorkshopPageFactory(
        sources=sources("<p>Fechas tomadas del sitio anterior.</p>", citation(title="Esquema")),
        start_date=datetime.date(2030, 1, 1),
        end_date=datetime.date(2030, 1, 2),
    )
    panel = PanelPageFactory(
        parent=workshop, sources=sources("<p>Se conserva el título.</p>", citation(title="Esquema"))
    )
    for page, note in ((workshop, "Fechas tomadas"), (panel, "Se conserva")):
        main = BeautifulSoup(client.get(page.url).content, "html.parser").find("main")
        section = main.select_one("section.sources")
        assert section is not None and note in section.get_text()
        assert section.select_one("h2").get_text() == "Fuentes"
        assert len(section.select(".citation")) == 1


def test_a_page_without_sources_has_no_sources_section(client):
    workshop = WorkshopPageFactory()
    main = BeautifulSoup(client.get(workshop.url).content, "html.parser").find("main")
    assert main.select_one("section.sources") is None


@pytest.mark.parametrize("block_class", [CitedDocumentBlock, CitedDocumentsBlock])
def test_the_block_picker_preview_renders(block_class):
    block = block_class()
    html = block.render(block.get_preview_value())
    assert "citation__symbol" in html and "<time" in html

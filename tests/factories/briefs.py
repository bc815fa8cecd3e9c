"""Factories of hub.briefs: briefs with their document, and their index."""

import datetime

import factory

from hub.briefs.models import (
    BriefAuthor,
    BriefCountry,
    BriefIndexPage,
    BriefPage,
    BriefTopic,
)
from tests.factories.core import DocumentFactory, HubPageFactory, in_its_index, rows_of


class BriefIndexPageFactory(HubPageFactory):
    """A briefs index under the language's home. A home has one in the demo: a second one
    lists the briefs of its own tree only... and of its translations' trees."""

    class Meta:
        model = BriefIndexPage

    title = factory.Sequence(lambda n: f"Notas de prueba {n}")


class BriefDocumentFactory(DocumentFactory):
    """A brief's PDF with its text already extracted (extraction runs after the commit)."""

    title = factory.Sequence(lambda n: f"Nota de prueba {n} (PDF)")
    language = "es"
    extracted_text = "Texto de la nota de prueba sobre los mecanismos nacionales de prevención."


class BriefPageFactory(HubPageFactory):
    """A live brief in its language's briefs index, with a PDF in that language.

    `people` (Person rows), `country_codes` and `topic_list` (Topic rows) fill its
    authors, countries and topics."""

    class Meta:
        model = BriefPage

    class Params:
        people = ()
        country_codes = ()
        topic_list = ()

    parent = in_its_index(BriefIndexPage, BriefIndexPageFactory)
    title = factory.Sequence(lambda n: f"Nota de prueba {n}")
    abstract = "Resumen de una nota de prueba."
    publication_date = datetime.date(2011, 11, 28)
    document = factory.SubFactory(
        BriefDocumentFactory, language=factory.SelfAttribute("..language")
    )
    authors = rows_of(BriefAuthor, "person", "people")
    countries = rows_of(BriefCountry, "country_code", "country_codes")
    topics = rows_of(BriefTopic, "topic", "topic_list")

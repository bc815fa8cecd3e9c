"""Factories of hub.briefs: briefs with their document, the declaration, action points."""

import datetime

import factory

from hub.briefs.models import (
    ActionPoint,
    BriefAuthor,
    BriefCountry,
    BriefIndexPage,
    BriefPage,
    BriefTopic,
    DeclarationPage,
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


class DeclarationPageFactory(HubPageFactory):
    """A declaration under the language's home (the tree also allows it in a workshop)."""

    class Meta:
        model = DeclarationPage

    title = factory.Sequence(lambda n: f"Declaración de prueba {n}")
    text = "<p>Las instituciones firmantes se comprometen a prevenir la tortura.</p>"
    place = "Buenos Aires"
    date = datetime.date(2011, 12, 1)


def spanish_declaration():
    existing = DeclarationPage.objects.live().filter(locale__language_code="es").first()
    return existing or DeclarationPageFactory()


class ActionPointFactory(factory.django.DjangoModelFactory):
    """An action point of the Spanish declaration (pass `declaration` for another)."""

    class Meta:
        model = ActionPoint

    declaration = factory.LazyFunction(spanish_declaration)
    number = factory.Sequence(lambda n: 90 + n)
    text = factory.Sequence(lambda n: f"Punto de acción de prueba {n}.")
    locale = factory.LazyAttribute(lambda o: o.declaration.locale)

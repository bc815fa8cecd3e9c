"""Factories of hub.declaration: the declaration page and its action points."""

import datetime

import factory

from hub.declaration.models import ActionPoint, DeclarationPage
from tests.factories.core import HubPageFactory


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

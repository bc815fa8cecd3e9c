"""Factories of hub.network: people, institutions, countries and their status events."""

import factory

from hub.network.models import Country, CountryStatusEvent, Organisation, Person
from tests.factories.core import spanish


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Persona Ejemplo {n}")
    slug = factory.Sequence(lambda n: f"persona-ejemplo-{n}")
    role = "Investigadora"
    is_sample = True
    locale = factory.LazyFunction(spanish)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Institución de prueba {n}")
    slug = factory.Sequence(lambda n: f"institucion-prueba-{n}")
    kind = "civil-society"
    locale = factory.LazyFunction(spanish)


class CountryFactory(factory.django.DjangoModelFactory):
    """A country the demo does not have (the demo has the 17 of the region)."""

    class Meta:
        model = Country

    iso_code = factory.Iterator(["GY", "SR", "JM", "TT", "BS", "HT"])
    name = factory.Sequence(lambda n: f"País de prueba {n}")
    subregion = "south-america"
    locale = factory.LazyFunction(spanish)


class CountryStatusEventFactory(factory.django.DjangoModelFactory):
    """A CAT ratification in a country's timeline (pass `country`)."""

    class Meta:
        model = CountryStatusEvent

    kind = "cat_ratification"
    date = "1986-03-17"
    source_title = "UN Treaty Collection"
    locale = factory.LazyAttribute(lambda event: event.country.locale)

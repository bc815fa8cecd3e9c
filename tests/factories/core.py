import factory
import wagtail_factories

from django.core.files.base import ContentFile

from wagtail.models import Locale

from hub.briefs.models import ActionPoint, DeclarationPage
from hub.core.models import FooterText, HubDocument, HubImage, StandardPage, Topic
from hub.network.models import Country, CountryStatusEvent, Organisation, Person
from hub.news.models import NewsIndexPage, NewsPage

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def spanish():
    return Locale.objects.get(language_code="es")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    locale = factory.LazyFunction(spanish)


class FooterTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FooterText

    tagline = factory.Sequence(lambda n: f"Lema de prueba {n}")
    body = "<p>Texto del pie de prueba.</p>"
    locale = factory.LazyFunction(spanish)


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


class ActionPointFactory(factory.django.DjangoModelFactory):
    """An action point of the demo's Spanish declaration."""

    class Meta:
        model = ActionPoint

    declaration = factory.LazyFunction(
        lambda: DeclarationPage.objects.get(locale__language_code="es")
    )
    number = factory.Sequence(lambda n: 90 + n)
    text = factory.Sequence(lambda n: f"Punto de acción de prueba {n}.")
    locale = factory.LazyFunction(spanish)


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = HubImage


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HubDocument

    title = factory.Sequence(lambda n: f"Documento {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(MINIMAL_PDF, name="informe.pdf"))


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Página {n}")
    locale = factory.LazyFunction(spanish)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Noticias de prueba"
    locale = factory.LazyFunction(spanish)


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Noticia {n}")
    summary_text = "Resumen de una noticia de prueba."
    locale = factory.LazyFunction(spanish)

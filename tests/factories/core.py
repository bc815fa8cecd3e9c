"""Factories of hub.core (topics, footer, images, documents, standard pages) and the base
of every page factory: a page lands under the parent its tree rules ask for, in the
language the test names (`language="en"`; Spanish by default), live and published."""

import factory
import wagtail_factories

from django.core.files.base import ContentFile

from wagtail.models import Locale

from hub.core.models import FooterText, HubDocument, HubImage, StandardPage, Topic

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def locale(language):
    return Locale.objects.get(language_code=language)


def spanish():
    return locale("es")


def home(language="es"):
    """The home page of a language: the root of its tree (every test database has the
    three, with their sites)."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code=language, depth=2)


def the_page(model, parent, factory_class):
    """The live `model` page under `parent` (an index a home has once), or a new one made
    by `factory_class` when there is none."""
    existing = model.objects.child_of(parent).live().first()
    return existing or factory_class(parent=parent)


def in_its_index(model, factory_class):
    """A `parent` declaration: the language's `model` page under its home (a new one made
    by `factory_class` if it has none)."""
    return factory.LazyAttribute(lambda o: the_page(model, home(o.language), factory_class))


def rows_of(model, field, param):
    """An inline-rows declaration: one `model(field=item)` for each item of the `param`
    parameter (`authors = rows_of(BriefAuthor, "person", "people")`), in that order (an
    editor's inline panel numbers its rows; without it PostgreSQL may read them in any
    order)."""
    ordered = any(model_field.name == "sort_order" for model_field in model._meta.fields)

    def rows(o):
        return [
            model(**{field: item}, **({"sort_order": number} if ordered else {}))
            for number, item in enumerate(getattr(o, param))
        ]

    return factory.LazyAttribute(rows)


class HubPageFactory(wagtail_factories.PageFactory):
    """A page of the hub: `parent` defaults to what the tree rules want (each factory says
    so), `locale` follows the parent, and a live page is published (it has a live revision,
    dates and the signals of a publication), as an editor's page would be."""

    class Meta:
        abstract = True

    class Params:
        language = "es"

    parent = factory.LazyAttribute(lambda o: home(o.language))
    locale = factory.LazyAttribute(lambda o: o.parent.locale)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        page = super()._create_instance(model_class, parent, kwargs)
        if page.live:
            page.save_revision().publish()
            page.refresh_from_db()
        return page


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


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = HubImage


class DocumentFactory(factory.django.DjangoModelFactory):
    """A one-page PDF. Its text is extracted after the commit (never, in most tests):
    pass `extracted_text` to have it already."""

    class Meta:
        model = HubDocument

    title = factory.Sequence(lambda n: f"Documento {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(MINIMAL_PDF, name="informe.pdf"))

    @classmethod
    def _create(cls, model_class, *args, extracted_text="", **kwargs):
        document = super()._create(model_class, *args, **kwargs)
        if extracted_text:  # saving a new file cleared it, for the task to fill
            document.extracted_text = extracted_text
            document.save(update_fields=["extracted_text"])
        return document


class StandardPageFactory(HubPageFactory):
    """Under the language's home (pass `parent` to nest it under another standard page)."""

    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Página {n}")

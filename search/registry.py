"""The searchable types, found in the app registry: what subclasses the contract.

A document's key names its source: "page:12" for a page (whatever its type), else the
model's label and primary key ("network.Country:7", "upr.Recommendation:5").
"""

from django.apps import apps
from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation

from wagtail.models import Page

from search.contract import Searchable, SearchDependency
from search.pages import page_document


def label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def searchable_models():
    """Every installed model with search documents, pages included, in the apps' order."""
    return [model for model in apps.get_models() if issubclass(model, Searchable)]


def sources():
    """{label: model} of the searchable models that are not pages."""
    return {label(model): model for model in searchable_models() if not issubclass(model, Page)}


def dependencies():
    """The models whose rows are part of other models' documents."""
    return [model for model in apps.get_models() if issubclass(model, SearchDependency)]


def kinds():
    """{kind: label} of every result type: the generic page, the page types, the others."""
    found = {Searchable.search_kind: Searchable.search_kind_label}
    for model in sorted(searchable_models(), key=lambda model: not issubclass(model, Page)):
        found.setdefault(model.search_kind, model.search_kind_label)
    return found


def weights():
    """{kind: weight} of every result type (search.ranking)."""
    found = {Searchable.search_kind: Searchable.search_weight}
    for model in searchable_models():
        found.setdefault(model.search_kind, model.search_weight)
    return found


def timed_kinds():
    """{kind: model} of the result types that play, with moments of their transcripts."""
    return {
        model.search_kind: model
        for model in searchable_models()
        if model.search_segments is not None
    }


def key(obj):
    if isinstance(obj, Page):
        return f"page:{obj.pk}"
    return f"{label(type(obj))}:{obj.pk}"


def keys(things):
    """The keys of a queryset (read as primary keys only) or a list of sources."""
    if isinstance(things, QuerySet):
        prefix = "page" if issubclass(things.model, Page) else label(things.model)
        return [f"{prefix}:{pk}" for pk in things.values_list("pk", flat=True)]
    return [key(thing) for thing in things]


def load(document_key):
    """The source object of a key, or None when it is gone."""
    source, _sep, pk = document_key.partition(":")
    if source == "page":
        return Page.objects.filter(pk=pk).first()
    model = sources().get(source)
    if model is None:
        return None
    return model._default_manager.filter(pk=pk).first()


def build(obj):
    """The document data of a page or another source, or None. It is built in the
    source's language, whichever is active (a background worker's, a request's): labels
    that Django translates (a callout's tone, an event's kind) are in that language."""
    locale = getattr(obj, "locale", None)
    with translation.override(locale.language_code if locale else settings.LANGUAGE_CODE):
        if isinstance(obj, Page):
            obj = obj.specific
            if not isinstance(obj, Searchable):
                return page_document(obj)
        return obj.search_document()

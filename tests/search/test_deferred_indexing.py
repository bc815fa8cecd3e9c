"""A bulk load (load_demo) defers indexing: within `indexing_deferred()` a save writes
neither a search document nor an entry of Wagtail's own index; after it, saves do again."""

import pytest

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.documents import key
from search.models import SearchDocument
from search.signals import indexing_deferred
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def in_wagtail_index(page):
    """Whether Wagtail's own index (the database's, or Elasticsearch's with
    ELASTICSEARCH_URL) has the page."""
    backend = get_search_backend()
    if hasattr(backend, "es"):
        name = backend.get_index_for_model(type(page)).name
        return bool(backend.es.exists(index=name, id=str(page.pk)))
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    return IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(page), object_id=str(page.pk)
    ).exists()


def indexed(page):
    return SearchDocument.objects.filter(key=key(page)).exists(), in_wagtail_index(page)


def published_page(title):
    """A new page under the Spanish home, published as an editor publishes it."""
    page = StandardPageFactory(parent=Page.objects.get(depth=2, locale__language_code="es"))
    page.title = title
    page.save_revision().publish()
    return page


def test_saves_within_it_are_not_indexed_and_saves_after_it_are(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True), indexing_deferred():
        deferred = published_page("Aplazada")
    assert indexed(deferred) == (False, False)

    with django_capture_on_commit_callbacks(execute=True):
        page = published_page("Indexada")
    assert indexed(page) == (True, True)


def test_it_ends_even_when_the_load_fails(django_capture_on_commit_callbacks):
    with pytest.raises(RuntimeError), indexing_deferred():
        raise RuntimeError("a broken data file")
    with django_capture_on_commit_callbacks(execute=True):
        page = published_page("Después del fallo")
    assert indexed(page) == (True, True)

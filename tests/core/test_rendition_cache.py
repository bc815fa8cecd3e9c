"""Renditions read from the cache are not written back to it on every rendering."""

import pytest

from hub.core.models import HubImage
from tests.factories.core import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_writes(monkeypatch):
    """The keys the renditions cache is asked to store (the writes are still made). The
    test settings' cache is local memory, whose ``set_many`` stores through ``set``."""
    backend = HubImage.get_rendition_model().cache_backend
    written = []
    store = backend.set

    def set_one(key, value, *args, **kwargs):
        written.append(key)
        return store(key, value, *args, **kwargs)

    monkeypatch.setattr(backend, "set", set_one)
    return written


def test_a_rendition_found_in_the_cache_is_not_stored_again(cache_writes):
    image = ImageFactory()
    first = image.get_rendition("width-80")  # made, and stored in the cache
    assert len(cache_writes) == 1

    again = HubImage.objects.get(pk=image.pk).get_rendition("width-80")
    assert (again.pk, again.url, again.image.pk) == (first.pk, first.url, image.pk)
    several = HubImage.objects.get(pk=image.pk).get_renditions("width-80", "width-40")
    assert several["width-80"].pk == first.pk
    assert len(cache_writes) == 2  # only width-40, made now


def test_a_rendition_found_in_the_database_is_cached(cache_writes):
    image = ImageFactory()
    image.get_rendition("width-80")
    HubImage.get_rendition_model().cache_backend.clear()
    cache_writes.clear()

    HubImage.objects.get(pk=image.pk).get_rendition("width-80")
    assert len(cache_writes) == 1

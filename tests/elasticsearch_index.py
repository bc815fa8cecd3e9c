"""With ELASTICSEARCH_URL set, the run's Elasticsearch indexes kept in step with the test
database (tests/conftest.py).

The indexes are built afresh when the test database is made: `load_demo` runs
`update_index` (new indexes under the run's prefix, hub/settings/test.py, with their
settings and mappings, and every object) and `rebuild_search`. A test's database writes
are rolled back at its end, but what it sent to Elasticsearch stays there; so every save
and delete of an indexed model is noted (Django's post_save and post_delete, the signals
Wagtail's own indexing listens to; search documents included), and before the next test
each noted object is indexed again as the database has it now, or removed. (Objects
written without signals, such as a bulk_create, are new ones: after the rollback their
ids are in no row, and the engine leaves out the hits of ids it cannot find.)
"""

from django.db.models.signals import post_delete, post_save

from wagtail.search import index
from wagtail.search.backends import get_search_backends

_noted = set()


def _note(sender, instance, **kwargs):
    if index.class_is_indexed(sender) and instance.pk is not None:
        _noted.add((sender, instance.pk))


def follow_writes():
    _noted.clear()
    post_save.connect(_note, dispatch_uid="tests.elasticsearch_index.saved")
    post_delete.connect(_note, dispatch_uid="tests.elasticsearch_index.deleted")


def restore():
    """Index the objects the last test wrote as the database has them now."""
    noted = list(_noted)
    _noted.clear()
    for model, pk in noted:
        if model.get_indexed_objects().filter(pk=pk).exists():
            index.insert_or_update_object(model._default_manager.get(pk=pk))
        else:
            for backend in get_search_backends(with_auto_update=True):
                backend.delete(model(pk=pk))

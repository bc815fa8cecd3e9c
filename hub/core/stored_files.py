"""Two things every app with uploaded files needs, in one place.

- ``on_file_change``: when a model instance is saved with a new or replaced file, queue
  its background work once the transaction commits (document text, media processing).
- ``local_path``: a filesystem path for a stored file, copied to a temporary file when the
  storage has no local paths (object storage), for libraries that read paths (PyAV, pypdf).
"""

import contextlib
import functools
import tempfile
from pathlib import Path

from django.db import transaction
from django.db.models.signals import post_save, pre_save


def on_file_change(model, *, then, reset=None, field="file", dispatch_uid):
    """Call ``then(pk)`` after the commit of every save that brings ``model`` a new file in
    ``field`` (a new instance, or another file than the stored one); ``reset(instance)``
    runs before such a save, to clear what belonged to the previous file.

    Loading fixtures or a backup (``raw``) never queues anything: the stored state is
    complete. A save that names its ``update_fields`` without ``field`` (a task writing its
    results) is not a change either.
    """

    def remember(sender, instance, raw=False, update_fields=None, **kwargs):
        instance._hub_file_changed = not raw and _brings_new_file(
            sender, instance, field, update_fields
        )
        if instance._hub_file_changed and reset is not None:
            reset(instance)

    def queue(sender, instance, raw=False, **kwargs):
        if raw or not getattr(instance, "_hub_file_changed", False):
            return
        instance._hub_file_changed = False
        transaction.on_commit(functools.partial(then, instance.pk), robust=True)

    pre_save.connect(remember, sender=model, weak=False, dispatch_uid=f"{dispatch_uid}.remember")
    post_save.connect(queue, sender=model, weak=False, dispatch_uid=f"{dispatch_uid}.queue")


def _brings_new_file(model, instance, field, update_fields):
    file = getattr(instance, field)
    if not file:
        return False
    if update_fields is not None and field not in update_fields:
        return False
    if instance.pk is None or not getattr(file, "_committed", True):
        return True
    stored = model.objects.filter(pk=instance.pk).values_list(field, flat=True).first()
    return stored != file.name


@contextlib.contextmanager
def local_path(fieldfile):
    """The stored file's path on this machine, or a temporary copy's (deleted afterwards)."""
    try:
        path = fieldfile.path
    except NotImplementedError:  # storage without local paths
        path = None
    if path is not None:
        yield path
        return
    with tempfile.NamedTemporaryFile(suffix=Path(fieldfile.name).suffix) as copy:
        with fieldfile.open("rb") as source:
            for chunk in source.chunks():
                copy.write(chunk)
        copy.flush()
        yield copy.name

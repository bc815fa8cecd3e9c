"""`manage.py backup` then `manage.py restore` on an empty site: nothing is lost."""

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest

from django.apps import apps
from django.core.cache import caches
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.test import override_settings

from wagtail.models import Page

from hub.core.backup import empty_database
from hub.core.models import HubImage
from search.models import SearchDocument

pytestmark = pytest.mark.django_db(transaction=False)

SKIPPED = {"sessions", "axes", "django_tasks_db", "hub_search", "wagtailsearch"}


def snapshot():
    """Rows per model (what a backup must bring back) and a fingerprint of some data."""
    counts = {}
    for model in apps.get_models():
        if (
            model._meta.app_label in SKIPPED
            or model._meta.proxy
            or model._meta.label_lower == "core.hubrendition"
        ):
            continue
        counts[model._meta.label_lower] = model._default_manager.count()
    pages = list(
        Page.objects.order_by("path").values_list(
            "pk", "path", "title", "live", "locale__language_code"
        )
    )
    return counts, pages


def file_digests(root):
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in Path(root).rglob("*")
        if path.is_file() and not str(path.relative_to(root)).startswith("images/")
    }


def test_round_trip_loses_nothing(tmp_path, settings):
    before_counts, before_pages = snapshot()
    before_files = file_digests(settings.MEDIA_ROOT)
    before_documents = SearchDocument.objects.count()
    archive = tmp_path / "hub.tar.gz"
    call_command("backup", output=str(archive), verbosity=0)

    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
    assert set(manifest["files"]) == set(before_files)
    assert manifest["database"] in ("sqlite", "postgresql")

    with pytest.raises(CommandError, match="already has users or pages"):
        call_command("restore", str(archive), verbosity=0)

    # As in production: renditions are looked up in a cache of their own.
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    HubImage.objects.order_by("pk").first().get_rendition("width-120")
    stale_key = "stale-rendition"
    caches["renditions"].set(stale_key, "images/gone.png")

    # An empty site: no data, and an empty file storage.
    empty_database()
    restored_media = tmp_path / "media"
    with override_settings(MEDIA_ROOT=str(restored_media)):
        assert not default_storage.exists("documents")
        call_command("restore", str(archive), verbosity=0)
        assert file_digests(restored_media) == before_files

        # What was cached before names renditions the backup left out: it is forgotten.
        assert caches["renditions"].get(stale_key) is None
        image = HubImage.objects.order_by("pk").first()
        rendition = image.get_rendition("width-120")
        assert default_storage.exists(rendition.file.name)

    after_counts, after_pages = snapshot()
    assert after_pages == before_pages
    assert {k: v for k, v in after_counts.items() if v != before_counts.get(k)} == {}
    assert SearchDocument.objects.count() == before_documents


def test_a_damaged_archive_is_refused_before_anything_changes(tmp_path):
    archive = tmp_path / "hub.tar.gz"
    call_command("backup", output=str(archive), verbosity=0)
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name.startswith("files/documents/"):
                data = data[:-10] + b"0123456789"
            target.addfile(member, io.BytesIO(data))
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(damaged), "--force", verbosity=0)
    assert Page.objects.count() == pages
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("restore", str(tmp_path / "nothing.tar.gz"), verbosity=0)

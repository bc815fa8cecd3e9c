"""`manage.py backup` then `manage.py restore` on an empty site: nothing is lost."""

import hashlib
import io
import json
import shutil
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


# --- a damaged db.json leaves the site exactly as it was (issue 15, finding 5) ---------


def rewrite(archive, target, change_db=None, change_manifest=None):
    """A copy of `archive` whose db.json and manifest went through the given changes."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        contents = {m.name: (m, source.extractfile(m).read()) for m in source.getmembers()}
        manifest = json.loads(contents["manifest.json"][1])
        db = contents["db.json"][1]
        if change_db:
            db = change_db(db)
        if change_manifest:
            change_manifest(manifest, db)
        contents["db.json"] = (contents["db.json"][0], db)
        contents["manifest.json"] = (contents["manifest.json"][0], json.dumps(manifest).encode())
        for member, data in contents.values():
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


def recompute_checksum(manifest, db):
    manifest["db"] = {"size": len(db), "sha256": hashlib.sha256(db).hexdigest()}


def broken_reference(db):
    """A valid dump whose last row points at a user that does not exist: the load gets
    most of the way (everything flushed, nearly everything loaded) before it fails."""
    rows = json.loads(db)
    page = next(row for row in rows if row["model"] == "wagtailcore.page")
    orphan = {**page, "pk": 987654, "fields": {**page["fields"], "owner": 987654}}
    orphan["fields"]["path"] = page["fields"]["path"] + "9999"
    orphan["fields"]["url_path"] = page["fields"]["url_path"] + "orphan/"
    orphan["fields"]["translation_key"] = "00000000-0000-0000-0000-000000987654"
    return json.dumps([*rows, orphan]).encode()


def truncated(db):
    return db[: len(db) // 2]


def flipped(db):
    return db.replace(b'"title": "', b'"title": "X', 1)


@pytest.fixture
def own_media(tmp_path, settings):
    """A copy of the stored files, so that a test may change them."""
    media = tmp_path / "own-media"
    shutil.copytree(settings.MEDIA_ROOT, media)
    with override_settings(MEDIA_ROOT=str(media)):
        yield media


@pytest.mark.parametrize(
    "change_db, change_manifest, message",
    [
        (flipped, None, "db.json is damaged"),
        (truncated, recompute_checksum, "db.json is damaged or incomplete"),
        (broken_reference, recompute_checksum, "The data in db.json does not load"),
    ],
    ids=["bad-checksum", "truncated", "missing-foreign-key"],
)
def test_a_damaged_database_dump_leaves_the_site_as_it_was(
    tmp_path, own_media, change_db, change_manifest, message
):
    from django.contrib.auth import get_user_model

    archive = tmp_path / "hub.tar.gz"
    call_command("backup", output=str(archive), verbosity=0)
    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
    assert manifest["db"]["sha256"]
    damaged = rewrite(archive, tmp_path / "damaged.tar.gz", change_db, change_manifest)

    # The site moved on after the backup: a file the archive also holds was changed.
    changed = sorted(name for name in manifest["files"] if name.startswith("documents/"))[0]
    (own_media / changed).write_bytes(b"changed after the backup")
    before_counts, before_pages = snapshot()
    before_files = file_digests(own_media)
    users = list(get_user_model().objects.order_by("pk").values_list("pk", "username", "password"))

    with pytest.raises(CommandError, match=message) as refused:
        call_command("restore", str(damaged), "--force", verbosity=0)
    assert "the site is as it was" in str(refused.value)

    after_counts, after_pages = snapshot()
    assert after_pages == before_pages
    assert {k: v for k, v in after_counts.items() if v != before_counts.get(k)} == {}
    assert (
        list(get_user_model().objects.order_by("pk").values_list("pk", "username", "password"))
        == users
    )
    assert file_digests(own_media) == before_files
    assert (own_media / changed).read_bytes() == b"changed after the backup"


def test_an_archive_without_the_database_checksum_loads_with_a_warning(tmp_path, own_media):
    """Archives written before the checksum existed still restore (the load is all or
    nothing, so a damaged one still cannot empty the site), with a warning."""
    archive = tmp_path / "hub.tar.gz"
    call_command("backup", output=str(archive), verbosity=0)
    old = rewrite(archive, tmp_path / "old.tar.gz", None, lambda manifest, db: manifest.pop("db"))
    before_counts, before_pages = snapshot()
    errors = io.StringIO()
    call_command("restore", str(old), "--force", verbosity=0, stderr=errors)
    assert "has no checksum for db.json" in errors.getvalue()
    after_counts, after_pages = snapshot()
    assert after_pages == before_pages

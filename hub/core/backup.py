"""One archive with everything the site needs back: the database and the stored files.

`write_backup()` makes a .tar.gz holding
- `manifest.json`: when, from which database, how many rows per model, every file with
  its size and SHA-256;
- `db.json`: the data with its primary keys, content types and permissions included
  (Django's dumpdata: JSON that loads into SQLite or PostgreSQL alike), read in one
  transaction (REPEATABLE READ on PostgreSQL), so it is one consistent state;
- `files/…`: every stored file (documents, images, recordings and their renditions,
  captions); image renditions only when asked (Wagtail makes them again on demand).

`read_backup()` first checks the whole archive against its manifest (db.json and every
file, by SHA-256) and unpacks the files into a staging folder; then it empties the
database (flush) and loads the data in one transaction, so a dump that fails to load
half-way rolls back to the site as it was; only after that commit are the files moved
into place. Last it rebuilds what is derived (search documents, Wagtail's search index).
It refuses to overwrite a site with content unless forced.
Derived or transient tables are left out of the dump: sessions, login attempts, the task
queue, search documents and Wagtail's search index entries.
"""

import datetime
import hashlib
import io
import json
import tarfile
import tempfile
import zlib
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction

FORMAT = 1
EXCLUDED = [
    "sessions",
    "axes",
    "django_tasks_db",
    "hub_search.searchdocument",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailsearch.postgressearchindexentry",
    "wagtailsearch.mysqlftsindexentry",
]
# Image renditions are made again on demand: they (rows and files) are in the archive only
# with --renditions. Recording renditions (transcodes, slow to redo) always are.
IMAGE_RENDITIONS = ("images", "core.hubrendition")


class BackupError(RuntimeError):
    """The archive cannot be written or read; the message says why."""


def _existing_labels(labels):
    """Leave out exclusions whose app or model is not installed (dumpdata refuses those)."""
    kept = []
    for label in labels:
        app_label, _dot, model = label.partition(".")
        try:
            config = apps.get_app_config(app_label)
            if model:
                config.get_model(model)
        except LookupError:
            continue
        kept.append(label)
    return kept


def _walk(folder):
    try:
        directories, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        yield f"{folder}/{name}"
    for directory in directories:
        yield from _walk(f"{folder}/{directory}")


def _sha256(handle):
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    return digest.hexdigest()


def _file_sha256(path):
    with open(path, "rb") as handle:
        return _sha256(handle)


def _dump_database(path, excluded):
    # A snapshot: one transaction, REPEATABLE READ on PostgreSQL (unless the caller already
    # holds a transaction, whose isolation then applies, as in the tests).
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        call_command("dumpdata", exclude=_existing_labels(excluded), output=str(path), verbosity=0)


def write_backup(destination, renditions=False, progress=print):
    """Write the archive to `destination` (a path). Returns the manifest."""
    destination = Path(destination)
    with tempfile.TemporaryDirectory() as workdir:
        dump = Path(workdir) / "db.json"
        progress("Reading the database…")
        _dump_database(dump, EXCLUDED if renditions else [*EXCLUDED, IMAGE_RENDITIONS[1]])
        rows = Counter(item["model"] for item in json.loads(dump.read_text()))
        folders = [
            f for f in default_storage.listdir("")[0] if renditions or f != IMAGE_RENDITIONS[0]
        ]
        manifest = {
            "format": FORMAT,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "database": connection.vendor,
            "db": {"size": dump.stat().st_size, "sha256": _file_sha256(dump)},
            "rows": dict(sorted(rows.items())),
            "renditions": renditions,
            "files": {},
            "missing": [],
        }
        with tarfile.open(destination, "w:gz") as archive:
            archive.add(dump, arcname="db.json")
            names = [name for folder in folders for name in _walk(folder)]
            for number, name in enumerate(names, start=1):
                try:
                    with default_storage.open(name, "rb") as handle:
                        digest = _sha256(handle)
                        handle.seek(0)
                        info = tarfile.TarInfo(f"files/{name}")
                        info.size = default_storage.size(name)
                        archive.addfile(info, handle)
                except FileNotFoundError:
                    manifest["missing"].append(name)  # deleted while we were reading
                    continue
                manifest["files"][name] = {"size": info.size, "sha256": digest}
                if number % 50 == 0 or number == len(names):
                    progress(f"  files: {number}/{len(names)}")
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return manifest


def empty_database():
    """Every table emptied (flush). On PostgreSQL, foreign-key checks still pending in the
    current transaction are run first: TRUNCATE refuses to run while they are."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # as loaddata expects


def site_has_content():
    from django.contrib.auth import get_user_model

    from wagtail.models import Page

    return get_user_model().objects.exists() or Page.objects.filter(depth__gt=2).exists()


def _members(archive):
    members = {member.name: member for member in archive.getmembers()}
    if "manifest.json" not in members or "db.json" not in members:
        raise BackupError("This is not a hub backup: manifest.json or db.json is missing.")
    for name in members:
        if name.startswith("/") or ".." in Path(name).parts:
            raise BackupError(f"Refusing an archive with an unsafe path: {name}")
    return members


def _manifest(archive, members):
    try:
        manifest = json.load(archive.extractfile(members["manifest.json"]))
    except (ValueError, OSError, tarfile.TarError, EOFError) as error:
        raise BackupError(f"manifest.json is damaged: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise BackupError(f"Unknown backup format {found!r}.")
    return manifest


def _read_member(archive, member, path, expected=None):
    """Copy one member to `path`; raise BackupError unless it is whole and, when the
    manifest has its SHA-256, unchanged."""
    digest = hashlib.sha256()
    try:
        with archive.extractfile(member) as source, open(path, "wb") as target:
            for chunk in iter(lambda: source.read(1024 * 1024), b""):
                digest.update(chunk)
                target.write(chunk)
    except (OSError, tarfile.TarError, EOFError, zlib.error) as error:
        raise BackupError(f"{member.name} cannot be read from the archive: {error}") from error
    if expected is not None and digest.hexdigest() != expected:
        raise BackupError(
            f"{member.name} is damaged (its SHA-256 differs from the manifest); "
            "nothing was changed: the site is as it was."
        )


def _check_database(archive, members, manifest, path, warn):
    """db.json checked and parsed before anything changes. Returns its rows."""
    checksum = manifest.get("db", {}).get("sha256")
    if checksum is None:
        warn(
            "Warning: this archive (written by an older version) has no checksum for "
            "db.json; it is loaded all or nothing, but a change that still loads cannot "
            "be detected."
        )
    _read_member(archive, members["db.json"], path, checksum)
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, RecursionError, MemoryError) as error:
        raise BackupError(
            f"db.json is damaged or incomplete ({error}); nothing was changed: the site is "
            "as it was."
        ) from error
    if not isinstance(data, list) or not all(
        isinstance(row, dict) and isinstance(row.get("model"), str) for row in data
    ):
        raise BackupError(
            "db.json is damaged or incomplete (not a list of rows); nothing was changed: "
            "the site is as it was."
        )
    return data


def _stage_files(archive, members, manifest, folder, progress):
    """Every file copied out of the archive and checked, before the site changes."""
    files = manifest["files"]
    for number, (name, expected) in enumerate(files.items(), start=1):
        member = members.get(f"files/{name}")
        if member is None or not member.isfile():
            raise BackupError(f"The archive lacks {name}; nothing was changed.")
        staged = folder / name
        staged.parent.mkdir(parents=True, exist_ok=True)
        _read_member(archive, member, staged, expected["sha256"])
        if number % 50 == 0 or number == len(files):
            progress(f"  files checked: {number}/{len(files)}")


def _load(data, workdir):
    """Flush and load in one transaction: any failure rolls everything back."""
    # Content types and permissions load first: other rows (and signal receivers that
    # look content types up while loading) rely on them.
    first = [row for row in data if row["model"] == "contenttypes.contenttype"]
    first += [row for row in data if row["model"] == "auth.permission"]
    dump, types = workdir / "load.json", workdir / "types.json"
    types.write_text(json.dumps(first))
    dump.write_text(json.dumps([row for row in data if row not in first]))
    del first
    try:
        with transaction.atomic():
            empty_database()
            # The backup's content types and permissions replace the ones migrate made
            # (same set, maybe other ids): every row refers to them by id.
            ContentType.objects.all().delete()
            ContentType.objects.clear_cache()
            call_command("loaddata", str(types), verbosity=0)
            call_command("loaddata", str(dump), verbosity=0)
    except Exception as error:  # noqa: BLE001 - loaddata raises anything a bad row causes
        raise BackupError(
            f"The data in db.json does not load ({error}); the transaction was rolled back: "
            "nothing was changed, the site is as it was."
        ) from error
    finally:
        ContentType.objects.clear_cache()


def _put_back(folder, names, progress):
    progress(f"Putting back {len(names)} files…")
    for name in names:
        if default_storage.exists(name):
            default_storage.delete(name)
        with open(folder / name, "rb") as handle:
            stored = default_storage.save(name, File(handle))
        if stored != name:
            raise BackupError(f"{name} was stored as {stored}.")


def read_backup(source, force=False, progress=print, warn=print):
    """Bring a backup back. Returns the manifest. Raises BackupError, with the site as
    it was, when the archive is damaged (anywhere: db.json included) or does not load,
    or when the site is not empty (unless forced)."""
    try:
        archive = tarfile.open(source, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"Cannot read {source}: {error}") from error
    with archive, tempfile.TemporaryDirectory() as workdir:
        workdir = Path(workdir)
        try:
            members = _members(archive)
        except (OSError, tarfile.TarError, EOFError, zlib.error) as error:
            raise BackupError(f"Cannot read {source}: {error}") from error
        manifest = _manifest(archive, members)
        if site_has_content() and not force:
            raise BackupError(
                "This site already has users or pages: restore onto an empty site, or pass "
                "--force to replace everything."
            )
        progress("Checking the archive against the manifest…")
        data = _check_database(archive, members, manifest, workdir / "db.json", warn)
        _stage_files(archive, members, manifest, workdir / "files", progress)
        progress("Emptying the database and loading the data (one transaction)…")
        _load(data, workdir)
        del data
        _put_back(workdir / "files", list(manifest["files"]), progress)
    # Cached pages and rendition addresses describe the site as it was before: a rendition
    # left out of the backup would be linked but missing (404).
    progress("Emptying the caches…")
    for alias in settings.CACHES:
        caches[alias].clear()
    progress("Rebuilding the search index…")
    call_command("rebuild_search", verbosity=0)
    call_command("update_index", verbosity=0)
    return manifest

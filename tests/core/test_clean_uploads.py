"""manage.py clean_uploads: expired and abandoned uploads go, with their state; live ones
stay; a summary says how much was freed."""

import io
import os
import time

import pytest

from django.core.management import call_command

from hub.core.resumable import storage
from hub.core.resumable.storage import Upload


@pytest.fixture
def parts(settings, tmp_path):
    settings.HUB_UPLOAD_PARTS_DIR = tmp_path / "parts"
    return settings.HUB_UPLOAD_PARTS_DIR


def upload_with(data, age_hours=0, status=storage.UPLOADING):
    upload = Upload.create(length=100, metadata={}, owner=1, kind="media")
    upload.part_path.write_bytes(data)
    then = time.time() - age_hours * 3600
    os.utime(upload.part_path, (then, then))
    upload.state["created"] = then
    if status != storage.UPLOADING:
        upload.finish(status, {})
        upload.state["finished"] = then
    upload.save()
    return upload


def run(*args):
    out = io.StringIO()
    call_command("clean_uploads", *args, stdout=out)
    return out.getvalue()


def test_expired_uploads_are_removed_and_live_ones_kept(parts, settings):
    lifetime = settings.HUB_UPLOAD_LIFETIME_HOURS
    live = upload_with(b"a" * 10, age_hours=1)
    abandoned = upload_with(b"b" * 40, age_hours=lifetime + 1)
    finished = upload_with(b"", age_hours=lifetime + 1, status=storage.COMPLETE)
    stray = parts / ("f" * 32 + ".part")
    stray.write_bytes(b"c" * 7)
    old = time.time() - 2 * 3600
    os.utime(stray, (old, old))

    summary = run("--dry-run")
    assert "Would remove 3 upload(s), kept 1" in summary
    assert abandoned.part_path.exists()

    summary = run()
    assert "Removed 3 upload(s), kept 1" in summary
    assert "abandoned at 40 of 100 bytes" in summary
    assert live.part_path.exists() and live.state_path.exists()
    for gone in (abandoned.part_path, abandoned.state_path, finished.state_path, stray):
        assert not gone.exists()
    assert sorted(path.name for path in parts.iterdir()) == sorted(
        [live.part_path.name, live.state_path.name]
    )


def test_an_upload_being_written_is_kept(parts, settings):
    import fcntl

    abandoned = upload_with(b"b" * 40, age_hours=settings.HUB_UPLOAD_LIFETIME_HOURS + 1)
    with abandoned.part_path.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert "being written now" in run()
    assert abandoned.part_path.exists()


def test_nothing_to_clean(parts):
    assert "Removed 0 upload(s), kept 0" in run()

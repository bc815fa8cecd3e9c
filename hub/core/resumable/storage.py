"""An upload on disk: ``<id>.part`` (the bytes received so far) and ``<id>.json`` (its
state), side by side in ``HUB_UPLOAD_PARTS_DIR``.

The offset is the part file's size, so it is always what the disk really holds, even
after a request died half-way. A PATCH holds an exclusive ``flock`` on the part file
while it writes; a second one at the same time is told to retry (423). Once the last
byte is in, the upload is ``finishing`` while the site checks and keeps the file (the
part may already have been moved away: its offset is then the length, not the part's
size). Once finished (made into a file of the site, or refused by its checks) the part is
gone and the state keeps the outcome, for the page that asks after it, until it expires.
"""

import contextlib
import datetime
import fcntl
import json
import os
import re
import secrets
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from hub.core.resumable.protocol import CHECKSUM_MISMATCH, TusError

UPLOADING, FINISHING, COMPLETE, FAILED = "uploading", "finishing", "complete", "failed"
BLOCK_SIZE = 1024 * 1024
_ID = re.compile(r"[0-9a-f]{32}")


def parts_folder():
    return Path(settings.HUB_UPLOAD_PARTS_DIR)


def lifetime():
    """How long an upload stays after its last byte arrived (or after it finished)."""
    return datetime.timedelta(hours=settings.HUB_UPLOAD_LIFETIME_HOURS).total_seconds()


def check_free_space(folder, length):
    """Refuse at once a file the disk cannot hold (with HUB_UPLOAD_DISK_RESERVE_MB spare),
    rather than at its last gigabyte."""
    free = shutil.disk_usage(folder).free
    reserve = settings.HUB_UPLOAD_DISK_RESERVE_MB * 1024 * 1024
    if length + reserve > free:
        raise TusError(
            507,
            _(
                "The server has no room for this file (%(size)s) now. Try again later, or tell its administrator."
            )
            % {"size": filesizeformat(length)},
        )


class Upload:
    def __init__(self, folder, upload_id, state):
        self.folder = Path(folder)
        self.id = upload_id
        self.state = state

    # -- finding and making ---------------------------------------------------------------

    @classmethod
    def create(cls, *, length, metadata, owner, kind, folder=None):
        folder = Path(folder or parts_folder())
        folder.mkdir(parents=True, exist_ok=True)
        check_free_space(folder, length)
        upload = cls(folder, secrets.token_hex(16), {})
        upload.state = {
            "kind": kind,
            "owner": owner,
            "length": length,
            "metadata": metadata,
            "status": UPLOADING,
            "created": time.time(),
        }
        upload.part_path.touch(exist_ok=False)
        upload.save()
        return upload

    @classmethod
    def load(cls, upload_id, folder=None):
        """The upload with this id, or None (unknown, or its state unreadable)."""
        if not _ID.fullmatch(upload_id or ""):
            return None
        folder = Path(folder or parts_folder())
        try:
            state = json.loads((folder / f"{upload_id}.json").read_text())
        except (OSError, ValueError):
            return None
        return cls(folder, upload_id, state) if isinstance(state, dict) else None

    @classmethod
    def all_ids(cls, folder=None):
        """The ids of every upload with a state or a part in the folder (cleaning)."""
        folder = Path(folder or parts_folder())
        if not folder.is_dir():
            return []
        return sorted({path.stem for path in folder.iterdir() if _ID.fullmatch(path.stem)})

    # -- what it is -----------------------------------------------------------------------

    @property
    def part_path(self):
        return self.folder / f"{self.id}.part"

    @property
    def state_path(self):
        return self.folder / f"{self.id}.json"

    @property
    def length(self):
        return self.state["length"]

    @property
    def status(self):
        return self.state.get("status", UPLOADING)

    @property
    def metadata(self):
        return self.state.get("metadata", {})

    @property
    def offset(self):
        if self.status != UPLOADING:
            return self.length if self.status in (FINISHING, COMPLETE) else 0
        try:
            return self.part_path.stat().st_size
        except OSError:
            return 0

    def last_activity(self):
        if self.status != UPLOADING:
            for moment in ("finished", "finishing_since", "created"):
                if moment in self.state:
                    return self.state[moment]
            return 0
        try:
            return max(self.part_path.stat().st_mtime, self.state.get("created", 0))
        except OSError:
            return self.state.get("created", 0)

    def expires(self):
        """When the upload may be removed, as a POSIX time."""
        return self.last_activity() + lifetime()

    def expired(self, now=None):
        return (now or time.time()) >= self.expires()

    # -- changing it ----------------------------------------------------------------------

    def save(self):
        temporary = self.folder / f".{self.id}.json.tmp"
        temporary.write_text(json.dumps(self.state))
        os.replace(temporary, self.state_path)

    @contextlib.contextmanager
    def locked_part(self):
        """The part file opened for appending, locked against other writers."""
        try:
            handle = self.part_path.open("r+b")
        except FileNotFoundError:
            raise TusError(410, _("This upload is no longer on the server.")) from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise TusError(
                    423, _("Another request is writing this upload; try again.")
                ) from None
            yield handle  # the lock goes with the file when it is closed

    def append(self, handle, stream, offset, count, hasher=None, digest=None):
        """Copy ``count`` bytes from ``stream`` to the part at ``offset``, in blocks. What
        arrived before a dropped connection is kept, unless a checksum was given (then the
        chunk is all or nothing). Returns the new offset."""
        handle.seek(0, os.SEEK_END)
        start = handle.tell()
        if offset != start:
            raise TusError(
                409,
                _("The upload is at byte %(start)s, not %(offset)s.")
                % {"start": start, "offset": offset},
            )
        remaining = count
        while remaining:
            try:
                block = stream.read(min(BLOCK_SIZE, remaining))
            except OSError:  # the client went away (Django's UnreadablePostError is one)
                block = b""
            if not block:
                break
            try:
                handle.write(block)
                handle.flush()
            except OSError:  # the disk is full: this chunk is dropped, the rest is kept
                handle.truncate(start)
                raise TusError(
                    507, _("The server's disk is full. Try again later, or tell its administrator.")
                ) from None
            if hasher is not None:
                hasher.update(block)
            remaining -= len(block)
        if hasher is not None and (remaining or hasher.digest() != digest):
            handle.truncate(start)
            raise TusError(CHECKSUM_MISMATCH, _("The chunk's checksum does not match its data."))
        handle.flush()
        os.utime(handle.fileno())  # the upload's activity, for its expiry
        return handle.tell()

    def start_finishing(self):
        """Every byte is in: the part is about to be checked and moved away."""
        self.state.update(status=FINISHING, finishing_since=time.time())
        self.save()

    def stalled(self, now=None):
        """Finishing for longer than any check takes: the process doing it died."""
        since = self.state.get("finishing_since", 0)
        limit = settings.HUB_UPLOAD_FINISH_TIMEOUT_SECONDS
        return self.status == FINISHING and (now or time.time()) - since > limit

    def finish(self, status, result):
        """Record the outcome and remove the part (moved away already if it was kept)."""
        self.state.update(status=status, result=result, finished=time.time())
        self.save()
        self.part_path.unlink(missing_ok=True)

    def delete(self):
        """Remove the part and the state; returns the bytes freed."""
        freed = 0
        for path in (self.part_path, self.state_path):
            with contextlib.suppress(FileNotFoundError):
                freed += path.stat().st_size
                path.unlink()
        return freed

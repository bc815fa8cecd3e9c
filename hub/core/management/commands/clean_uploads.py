"""Remove resumable uploads that have expired (hub.core.resumable): parts abandoned half
way, outcomes kept for the page that asked after them, and stray files without a state.
Meant for cron (README: "Resumable uploads")."""

import contextlib
import fcntl
import time

from django.core.management.base import BaseCommand
from django.template.defaultfilters import filesizeformat

from hub.core.resumable import storage

# A part without its state may be an upload being created this very moment.
STRAY_GRACE_SECONDS = 3600


class Command(BaseCommand):
    help = "Delete expired or abandoned resumable uploads and their state (run it from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be removed, remove nothing."
        )

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        folder = storage.parts_folder()
        now = time.time()
        removed = kept = freed = 0
        ids = storage.Upload.all_ids(folder)
        for number, upload_id in enumerate(ids, 1):
            upload = storage.Upload.load(upload_id, folder)
            why = self.why_remove(upload, upload_id, folder, now)
            if why is None:
                kept += 1
                continue
            size = self.remove(upload or storage.Upload(folder, upload_id, {}), dry_run)
            if size is None:
                kept += 1
                self.stdout.write(f"[{number}/{len(ids)}] kept {upload_id}: being written now")
                continue
            removed += 1
            freed += size
            self.stdout.write(
                f"[{number}/{len(ids)}] {'would remove' if dry_run else 'removed'} {upload_id}: "
                f"{why} ({filesizeformat(size)})"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{'Would remove' if dry_run else 'Removed'} {removed} upload(s), kept {kept}, "
                f"{filesizeformat(freed)} {'to free' if dry_run else 'freed'} in {folder}."
            )
        )

    def why_remove(self, upload, upload_id, folder, now):
        if upload is None:
            files = [path for path in folder.glob(f"{upload_id}.*")]
            newest = max((path.stat().st_mtime for path in files), default=0)
            return "no state (stray file)" if now - newest > STRAY_GRACE_SECONDS else None
        if not upload.expired(now):
            return None
        if upload.status == storage.UPLOADING:
            return f"abandoned at {upload.offset} of {upload.length} bytes"
        return f"{upload.status}, outcome kept long enough"

    def remove(self, upload, dry_run):
        """The bytes freed, or None when a request holds the part (then it is kept)."""
        size = sum(path.stat().st_size for path in upload.folder.glob(f"{upload.id}.*"))
        if dry_run:
            return size
        with contextlib.ExitStack() as stack:
            if upload.part_path.exists():
                handle = stack.enter_context(upload.part_path.open("rb"))
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return None
            for path in upload.folder.glob(f"{upload.id}.*"):
                path.unlink(missing_ok=True)
        return size

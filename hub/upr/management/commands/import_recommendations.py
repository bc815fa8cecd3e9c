import re
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from hub.upr.importers import SOURCES, ImportRefused, index_rows, read_file, save_rows


class Command(BaseCommand):
    help = (
        "Import UPR recommendations from an export file: UHRI Excel (.xlsx), UHRI CSV, UHRI "
        "JSON or UPR Info CSV. Re-running a file updates changed rows and skips unchanged "
        "ones. Exits non-zero when the file is refused or any row failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The export file (.xlsx, .csv or .json).")
        parser.add_argument(
            "--source",
            choices=SOURCES,
            help="Force the source (detected from the columns otherwise).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and check everything, report what would change, save nothing.",
        )
        parser.add_argument(
            "--language",
            default="en",
            help="ISO 639-1 language of the texts in the file (default: en).",
        )
        parser.add_argument(
            "--encoding",
            default="utf-8-sig",
            help="Text encoding of a CSV file (default: UTF-8; e.g. cp1252 for old Excel CSV).",
        )
        parser.add_argument(
            "--progress-every", type=int, default=5000, help="Report progress every N rows."
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        language = options["language"].strip().lower()
        if not re.fullmatch(r"[a-z]{2}", language):
            raise CommandError(
                f"--language must be an ISO 639-1 code such as en or es: {language!r}"
            )
        try:
            parsed = read_file(
                options["file"],
                source=options["source"],
                language=language,
                encoding=options["encoding"],
            )
        except ImportRefused as exc:
            raise CommandError(f"Refused, nothing imported: {exc}") from exc

        self.stdout.write(
            f"Importing {len(parsed.rows)} row(s) from {options['file']} ({parsed.kind})"
            + (" — dry run, nothing will be saved" if options["dry_run"] else "")
            + "…"
        )

        def progress(done, total, counts, rate):
            self.stdout.write(
                f"  {done}/{total} rows ({done * 100 // total}%, {rate:.0f} rows/s): "
                f"{counts['created']} created, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged, {counts['failed']} failed"
            )

        def indexed(done, total):
            self.stdout.write(f"  search documents: {done}/{total}")

        every = max(options["progress_every"], 1)
        if options["dry_run"]:
            with transaction.atomic():
                result = save_rows(parsed, progress=progress, every=every)
                transaction.set_rollback(True)
        else:
            result = save_rows(parsed, progress=progress, every=every)
            if result.touched:
                # Once, after the rows are written (bulk writes send no signals).
                self.stdout.write(f"Writing {len(result.touched)} search document(s)…")
                index_rows(result, progress=indexed)

        counts = result.counts
        summary = (
            f"{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged (skipped), {counts['failed']} failed, "
            f"{counts['ignored']} ignored (not recommendations)"
        )
        prefix = "Dry run (nothing saved): " if options["dry_run"] else "Done: "
        style = self.style.WARNING if counts["failed"] else self.style.SUCCESS
        self.stdout.write(style(f"{prefix}{summary} in {time.monotonic() - started:.1f}s."))
        for kind, number in sorted(result.ignored.items()):
            self.stdout.write(f"  ignored {number} row(s) of type {kind!r}")
        if result.failures:
            self.stderr.write("Failed rows (not imported):")
            for failure in result.failures:
                self.stderr.write(f"  {failure}")
            raise CommandError(f"{counts['failed']} row(s) failed; see the list above.")

import datetime
import time

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from hub.core.backup import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Write one consistent archive of the site: the database (as portable JSON), "
        "documents, images, recordings and captions."
    )

    def add_arguments(self, parser):
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        parser.add_argument("--output", "-o", default=f"hub-backup-{stamp}.tar.gz")
        parser.add_argument(
            "--renditions", action="store_true", help="Include image and media renditions too."
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        write = self.stdout.write if options["verbosity"] > 0 else (lambda message: None)
        try:
            manifest = write_backup(options["output"], options["renditions"], progress=write)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        size = sum(entry["size"] for entry in manifest["files"].values())
        write(
            self.style.SUCCESS(
                f"Backup written to {options['output']}: {sum(manifest['rows'].values())} rows "
                f"of {len(manifest['rows'])} models, {len(manifest['files'])} files "
                f"({filesizeformat(size)}) in {time.monotonic() - started:.1f}s."
            )
        )
        for name in manifest["missing"]:
            self.stderr.write(f"  skipped: {name} (deleted while the backup was being written)")

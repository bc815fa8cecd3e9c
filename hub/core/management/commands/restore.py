import time

from django.core.management.base import BaseCommand, CommandError

from hub.core.backup import BackupError, read_backup


class Command(BaseCommand):
    help = (
        "Bring back an archive written by `manage.py backup` onto an empty, migrated site "
        "(--force replaces a site that has content)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--force", action="store_true", help="Replace the users, pages and files already here."
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        write = self.stdout.write if options["verbosity"] > 0 else (lambda message: None)
        try:
            manifest = read_backup(
                options["archive"], force=options["force"], progress=write, warn=self.stderr.write
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        write(
            self.style.SUCCESS(
                f"Restored {sum(manifest['rows'].values())} rows and {len(manifest['files'])} "
                f"files from the backup of {manifest['created_at']} ({manifest['database']}) "
                f"in {time.monotonic() - started:.1f}s."
            )
        )

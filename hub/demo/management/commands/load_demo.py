import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from hub.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Build the demo site in Spanish, English and Portuguese (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Skip update_index and rebuild_search at the end.",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        self.stdout.write("Loading demo content (es → en, pt)…")
        loader = DemoLoader(write=self.stdout.write)
        counts, failures = loader.run()
        if not failures:
            call_command("install_legacy_redirects", verbosity=0)
        if not options["no_index"]:
            self.stdout.write("Updating the search index…")
            call_command("update_index", verbosity=0)
            call_command("rebuild_search", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {counts['created']} created, {counts['updated']} updated, "
                f"{counts['skipped']} skipped (already there), {len(failures)} failed "
                f"in {time.monotonic() - started:.1f}s."
            )
        )
        for what, why in failures:
            self.stderr.write(f"  failed: {what}: {why}")
        if failures:
            raise CommandError(f"{len(failures)} part(s) of the demo failed; see above.")

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from wagtail.signal_handlers import disable_reference_index_auto_update

from hub.demo.loader import DemoLoader
from search.signals import indexing_deferred


class Command(BaseCommand):
    help = "Build the demo site in Spanish, English and Portuguese (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Leave the search indexes as they are (run update_index and rebuild_search "
            "later).",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        self.stdout.write("Loading demo content (es → en, pt)…")
        loader = DemoLoader(write=self.stdout.write)
        # The indexes are built once at the end instead of after every save (they were
        # about a third of the run).
        with indexing_deferred(), disable_reference_index_auto_update():
            counts, failures = loader.run()
        self.stdout.write("Updating the reference index (which pages use which files)…")
        call_command("rebuild_references_index", verbosity=0)
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

import time

from django.core.management.base import BaseCommand, CommandError

from search import documents
from search.models import elasticsearch_enabled


class Command(BaseCommand):
    help = (
        "Write the search document of every page, recording, country, organisation, person, "
        "action point and UPR recommendation again, and remove stale ones."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        verbose = options["verbosity"] > 0

        def progress(label, number, total):
            if verbose:
                self.stdout.write(f"  {label}: {number}/{total}")

        if verbose:
            self.stdout.write("Writing search documents…")
        counts, failures = documents.rebuild(progress=progress)
        if elasticsearch_enabled():
            from django.core.management import call_command

            if verbose:
                self.stdout.write("Indexing them into Elasticsearch…")
            call_command("update_index", verbosity=0)
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Search documents: {counts['written']} written, {counts['unchanged']} unchanged, "
                    f"{counts['removed']} removed, "
                    f"{counts['skipped']} skipped (drafts, private or without an address), "
                    f"{counts['failed']} failed; {counts['documents']} in the index, "
                    f"in {time.monotonic() - started:.1f}s."
                )
            )
        for failure in failures:
            self.stderr.write(f"  failed: {failure}")
        if failures:
            raise CommandError(f"{len(failures)} search document(s) could not be built; see above.")

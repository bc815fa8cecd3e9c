from django.core.management.base import BaseCommand, CommandError

from hub.core.legacy import install_redirects


class Command(BaseCommand):
    help = (
        "Redirect the predecessor site's addresses (nhritortureprevention.org) to the pages "
        "that now hold their content (idempotent)."
    )

    def handle(self, *args, **options):
        counts = install_redirects()
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Legacy redirects: {counts['created']} created, {counts['updated']} updated, "
                    f"{counts['skipped']} already right, {len(counts['missing'])} without a page."
                )
            )
        for missing in counts["missing"]:
            self.stderr.write(f"  no page for {missing}")
        if counts["missing"]:
            raise CommandError("Some legacy addresses have no page to go to; see above.")

from django.core.management.base import BaseCommand, CommandError

from hub.core.slugs import rewrite_slugs


class Command(BaseCommand):
    help = (
        "Give every page whose slug has accents or other non-ASCII letters a transliterated "
        "ASCII slug; the old address redirects to the page (idempotent; migrate runs it)."
    )

    def handle(self, *args, **options):
        result = rewrite_slugs()
        for page, old, new in result.changed:
            self.stdout.write(f"  {page.url_path} (id {page.pk}): {old} → {new}")
        for page, why in result.failed:
            self.stderr.write(f"  {page.url_path} (id {page.pk}): not changed ({why})")
        self.stdout.write(
            self.style.SUCCESS(
                f"ASCII slugs: {len(result.changed)} changed, {len(result.failed)} failed."
            )
        )
        if result.failed:
            raise CommandError("Some slugs could not be changed; see above.")

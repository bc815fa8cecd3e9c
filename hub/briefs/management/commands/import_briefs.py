"""``manage.py import_briefs DIR``: create or update brief pages from DIR/briefs.csv.

Each good row is saved in its own transaction: its page, document, new people and new
topics are stored together or not at all. The file column identifies a brief
(``BriefPage.source_file``): a second run updates the brief imported from that file,
and leaves it alone when nothing changed (no new revision).

- A new brief goes under the briefs index of its language (the translation of the
  Spanish index), in that locale only; editors translate it later with
  wagtail-localize. Its slug comes from its title; an update keeps the slug (and URL).
- Authors are people with that exact name (in Spanish first, then any locale); topics
  match by slug or name (case-insensitive, Spanish first). Missing ones are created in
  Spanish. A panel is taken in the brief's language when translated.
- The document is replaced only when its bytes changed. With ``--draft`` a changed
  file becomes a new document, so that the live page keeps serving the old one until
  the draft is published.
- Without ``--draft`` every brief ends up published: a page left as a draft (by an
  earlier ``--draft`` run, for instance) has its latest revision published.
"""

from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from hub.briefs.importer import ImportRefused, folded, read_briefs, slug_for, unique_slug
from hub.briefs.models import BriefAuthor, BriefCountry, BriefIndexPage, BriefPage, BriefTopic
from hub.core.manifests import RowFailed, import_rows
from hub.core.models import HubDocument, Topic
from hub.events.models import PanelPage
from hub.network.importing import person_named
from hub.network.models import Person


class Command(BaseCommand):
    help = (
        "Import briefs from DIR/briefs.csv (columns: file, title, authors, language, "
        "published, abstract, topics, countries, panel) and the documents beside it, and "
        "publish them. A second run updates the briefs imported from the same files. Exits "
        "non-zero when the file is refused or any row failed (the good rows are imported)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The folder holding briefs.csv and the documents.")
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Save new and changed briefs as drafts, without publishing them.",
        )

    def handle(self, *args, **options):
        self.draft = options["draft"]
        try:
            parsed = read_briefs(options["directory"])
        except ImportRefused as exc:
            raise CommandError(f"Refused, nothing imported: {exc}") from exc
        total = len(parsed.rows)
        self.stdout.write(
            f"Importing {total} brief(s) from {parsed.path}"
            + (" as drafts (nothing will be published)" if self.draft else "")
            + "…"
        )
        self.source_locale = Locale.get_default()
        self.indexes = {}
        import_rows(
            self,
            parsed.rows,
            self.save_row,
            describe=describe,
            label=" (drafts)" if self.draft else "",
        )

    # --- one row ------------------------------------------------------------------------

    def save_row(self, values):
        stored = []  # files written to storage, removed again if the row fails
        try:
            with transaction.atomic():
                return self.save_brief(values, stored)
        except BaseException:
            for name in stored:
                HubDocument._meta.get_field("file").storage.delete(name)
            raise

    def save_brief(self, values, stored):
        index = self.index_for(values["language"])
        locale = index.locale
        imported = BriefPage.objects.filter(source_file=values["file"])
        page = imported.filter(locale=locale).first()
        if page is None:
            other = imported.select_related("locale").order_by("pk").first()
            if other is not None:
                raise RowFailed(
                    "language",
                    values["language"],
                    f"differs from the brief already imported from this file, which is in "
                    f"'{other.locale.language_code}' ({other.url_path}); change the language "
                    f"back, or delete that brief first",
                )
        people = [self.person(name) for name in values["authors"]]
        topics = [self.topic(name) for name in values["topics"]]
        panel = self.panel(values["panel"], locale)
        wanted = {
            "title": values["title"],
            "abstract": values["abstract"],
            "publication_date": values["published"],
            "panel": panel,
            "people": people,
            "topics": topics,
            "countries": values["countries"],
        }
        if page is None:
            document = self.new_document(values, stored)
            page = BriefPage(
                slug=unique_slug(
                    slug_for(values["title"], "brief"),
                    lambda slug: index.get_children().filter(slug=slug).exists(),
                ),
                source_file=values["file"],
                locale=locale,
                live=not self.draft,
                document=document,
            )
            apply(page, wanted)
            index.add_child(instance=page)
            revision = page.save_revision(log_action=True)
            if not self.draft:
                revision.publish()
            return "created"
        return self.update(page, values, wanted, stored)

    def update(self, page, values, wanted, stored):
        latest = page.get_latest_revision_as_object()
        document_changed = False
        document = latest.document
        if document is None or not same_bytes(document, values["sha1"]):
            if document is None or (self.draft and page.live):
                document = self.new_document(values, stored)
            else:
                self.replace_file(document, values, stored)
            document_changed = True
        elif document.title != values["title"] or document.language != values["language"]:
            document.title, document.language = values["title"], values["language"]
            document.save(update_fields=["title", "language"])
            document_changed = True

        page_changed = snapshot(latest) != snapshot_of(wanted) or latest.document_id != document.pk
        if page_changed:
            latest.document = document
            apply(latest, wanted)
            revision = latest.save_revision(log_action=True)
            if not self.draft:
                revision.publish()
        elif not self.draft and (not page.live or page.has_unpublished_changes):
            page.get_latest_revision().publish()
            page_changed = True
        return "updated" if page_changed or document_changed else "unchanged"

    # --- documents ----------------------------------------------------------------------

    def new_document(self, values, stored):
        document = HubDocument(title=values["title"], language=values["language"])
        self.store_file(document, values, stored)
        document.save()
        store_text(document, values["text"])
        return document

    def replace_file(self, document, values, stored):
        old_name = document.file.name
        document.title, document.language = values["title"], values["language"]
        self.store_file(document, values, stored)
        document.save()
        store_text(document, values["text"])
        if old_name and old_name != document.file.name:
            storage = document.file.storage
            transaction.on_commit(lambda: storage.delete(old_name))

    def store_file(self, document, values, stored):
        name = PurePosixPath(values["file"]).name
        with values["path"].open("rb") as handle:
            document.file.save(name, File(handle), save=False)
        stored.append(document.file.name)
        document.file_size = values["path"].stat().st_size
        document.file_hash = values["sha1"]

    # --- lookups ------------------------------------------------------------------------

    def index_for(self, language):
        if language not in self.indexes:
            source = (
                BriefIndexPage.objects.filter(locale=self.source_locale).order_by("path").first()
            )
            locale = Locale.objects.filter(language_code=language).first()
            index = None
            if source is not None and locale is not None:
                index = source.get_translation_or_none(locale)
            self.indexes[language] = index
        index = self.indexes[language]
        if index is None:
            raise RowFailed(
                "language",
                language,
                "has no briefs index: translate the Spanish briefs index into it first",
            )
        return index

    def person(self, name):
        return person_named(name, self.source_locale)

    def topic(self, name):
        slug = slug_for(name, "topic")
        wanted = folded(name)
        topics = [
            topic
            for topic in Topic.objects.order_by("pk")
            if topic.slug in (name, slug) or folded(topic.name) == wanted
        ]
        found = next(
            (topic for topic in topics if topic.locale_id == self.source_locale.pk),
            topics[0] if topics else None,
        )
        if found:
            return found
        taken = Topic.objects.filter(locale=self.source_locale)
        return Topic.objects.create(
            name=name,
            slug=unique_slug(slug, lambda s: taken.filter(slug=s).exists(), max_length=100),
            locale=self.source_locale,
        )

    def panel(self, key, locale):
        if key is None:
            return None
        panels = PanelPage.objects.filter(translation_key=key).order_by("pk")
        return (
            panels.filter(locale=locale).first()
            or panels.filter(locale=self.source_locale).first()
            or panels.first()
        )


# --- helpers ------------------------------------------------------------------------------


def apply(page, wanted):
    page.title = wanted["title"]
    page.abstract = wanted["abstract"]
    page.publication_date = wanted["publication_date"]
    page.panel = wanted["panel"]
    page.authors = [BriefAuthor(person=person) for person in wanted["people"]]
    page.topics = [BriefTopic(topic=topic) for topic in wanted["topics"]]
    page.countries = [BriefCountry(country_code=code) for code in wanted["countries"]]


def snapshot(page):
    """What the importer sets on a page. Related rows count by translation key, so that
    a brief pointing at another locale's copy of the same person, topic or panel is
    unchanged; a row deleted since (a revision may still name it) counts as None."""
    panel_keys = keys_of(PanelPage, [page.panel_id])
    return {
        "title": page.title,
        "abstract": page.abstract,
        "publication_date": page.publication_date,
        "panel": panel_keys[0] if page.panel_id else None,
        "people": keys_of(Person, [item.person_id for item in page.authors.all()]),
        "topics": keys_of(Topic, [item.topic_id for item in page.topics.all()]),
        "countries": [item.country_code for item in page.countries.all()],
    }


def keys_of(model, ids):
    keys = dict(model.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    return [keys.get(pk) for pk in ids]


def snapshot_of(wanted):
    return {
        **wanted,
        "panel": wanted["panel"].translation_key if wanted["panel"] else None,
        "people": [person.translation_key for person in wanted["people"]],
        "topics": [topic.translation_key for topic in wanted["topics"]],
    }


def same_bytes(document, sha1):
    try:
        return document.get_file_hash() == sha1
    except OSError:  # the stored file is missing: replace it
        return False


def store_text(document, text):
    """The text read while checking the row, at once (the extraction task queued on
    commit reads it again and re-indexes the document)."""
    document.extracted_text = text
    document.extraction_error = ""
    document.text_extracted_at = timezone.now()
    document.save(update_fields=["extracted_text", "extraction_error", "text_extracted_at"])


def describe(exc):
    if isinstance(exc, ValidationError):
        return (
            "; ".join(
                f"{name}: {' '.join(messages)}" for name, messages in exc.message_dict.items()
            )
            if hasattr(exc, "error_dict")
            else " ".join(exc.messages)
        )
    return str(exc)

"""Six sample briefs for the demo (`briefs.json`), written as real PDF, DOCX and ODT files
at load time.

The workshop's real briefs are lost: these say plainly that they are samples, by
fictional authors, and live in the locale tree of their own language.
"""

import datetime
import tempfile
from pathlib import Path

from django.core.files import File

from hub.briefs.models import BriefAuthor, BriefCountry, BriefIndexPage, BriefPage, BriefTopic
from hub.core.models import HubDocument, Topic
from hub.demo import documents
from hub.demo.loader.base import SOURCE, read
from hub.network.models import Person

MAKERS = {"pdf": documents.make_pdf, "docx": documents.make_docx, "odt": documents.make_odt}


def load_briefs(loader, home, panels):
    content = read("briefs")
    index = loader.page(
        home,
        BriefIndexPage,
        content["index"],
        "briefs index",
        introduction=content["index"]["introduction"][SOURCE],
    )
    es = loader.locales[SOURCE]
    people = {p.slug: p for p in Person.objects.filter(locale=es)}
    topics = {t.slug: t for t in Topic.objects.filter(locale=es)}
    for item in content["items"]:
        language, kind, slug, title = item["language"], item["format"], item["slug"], item["title"]
        parent = index.get_translation(loader.locales[language])
        if BriefPage.objects.child_of(parent).filter(slug=slug).exists():
            loader.note("skipped", f"brief {slug}: exists")
            continue
        author_line = ", ".join(people[a].name for a in item["authors"])
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"{slug}.{kind}"
            paragraphs = content["sample_paragraphs"][language]
            MAKERS[kind](path, title, author_line, paragraphs, language)
            document = HubDocument(title=title, language=language)
            with path.open("rb") as handle:
                document.file.save(path.name, File(handle), save=False)
                document.save()  # Its text is extracted on commit (at once in dev and tests).
        page = BriefPage(
            title=title,
            slug=slug,
            abstract=content["abstracts"][language],
            document=document,
            publication_date=datetime.date.fromisoformat(item["published"]),
            panel=panels.get(item["panel"]),
            is_sample=True,
            source_file=path.name,
            locale=loader.locales[language],
            authors=[BriefAuthor(person=people[a]) for a in item["authors"]],
            topics=[BriefTopic(topic=topics[t]) for t in item["topics"] if t in topics],
            countries=[BriefCountry(country_code=c) for c in item["countries"]],
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        loader.note("created", f"brief {slug} ({language}, {kind})")
    return index

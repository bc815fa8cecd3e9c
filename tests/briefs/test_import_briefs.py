"""import_briefs makes a published brief of each good row of briefs.csv, and keeps it.

Each row's document (PDF, DOCX, ODT) becomes a document with its extracted text and a brief
in the row's language, with its authors, topics, countries and panel, reusing the people
and topics the site has and creating the others once. A second run changes nothing; a
changed row or file updates its brief in place (the URL stays); --draft leaves new briefs
unpublished and the live version of a published one untouched.
"""

import pytest

from hub.briefs.models import BriefIndexPage, BriefPage
from hub.core.models import HubDocument, Topic
from hub.network.models import Person
from tests.briefs.importing import imported, make_document, run, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english_messages")]


# --- good rows ---------------------------------------------------------------------------


@pytest.mark.demo  # reuses the demo's people, topics and panels
def test_good_rows_create_published_briefs_in_their_language(folder, three_briefs, locales):
    out, err, error = run(folder)

    assert error is None, err
    assert "  [1/3] import-es.pdf: created" in out
    assert "  [2/3] import-en.docx: created" in out
    assert "  [3/3] sub/import-pt.odt: created" in out
    assert "3 created, 0 updated, 0 unchanged, 0 failed" in out
    es_index = BriefIndexPage.objects.get(locale=locales["es"])
    for file, language in [
        ("import-es.pdf", "es"),
        ("import-en.docx", "en"),
        ("sub/import-pt.odt", "pt"),
    ]:
        page = imported(file)
        assert page.live and not page.has_unpublished_changes
        assert page.locale == locales[language]
        assert page.get_parent().specific == es_index.get_translation(locales[language])
        assert page.url.startswith(f"/{language}/")
        assert page.document.language == language
        assert page.document.title == page.title
        assert page.document.file_hash
        assert not page.is_sample

    page = imported("import-en.docx")
    assert page.title == "Imported brief"
    assert page.slug == "imported-brief"
    assert page.abstract == "Abstract of Imported brief."
    assert page.publication_date.isoformat() == "2012-03-04"
    assert "pumpkin" in page.document.extracted_text
    assert page.document.extraction_error == ""
    assert page.document.filename.startswith("import-en")
    assert page.panel.number == 3 and page.panel.locale == locales["en"]
    assert [p.name for p in page.author_people()] == ["Ana Ejemplo", "Import Author One"]
    assert [c for c, _name in page.country_list()] == ["AR", "UY"]
    topics = [item.topic for item in page.topics.all()]
    assert [t.slug for t in topics] == ["opcat", "imported-topic-one"]
    # Existing people and topics are reused in Spanish; new ones are created there.
    ana = page.authors.first().person
    assert ana.locale == locales["es"] and ana.slug == "ana-ejemplo"
    assert Person.objects.filter(name="Ana Ejemplo", locale=locales["es"]).count() == 1
    new_person = Person.objects.get(name="Import Author One")
    assert (new_person.slug, new_person.locale, new_person.is_sample) == (
        "import-author-one",
        locales["es"],
        False,
    )
    assert topics[0].locale == locales["es"]
    new_topic = Topic.objects.get(slug="imported-topic-one")
    assert (new_topic.name, new_topic.locale) == ("imported topic ONE", locales["es"])

    es = imported("import-es.pdf")
    assert es.panel.number == 2
    # Topics match by name without case (accents too); a new topic is created once.
    assert [item.topic.slug for item in es.topics.all()] == ["npm", "imported-topic-one"]
    assert Topic.objects.filter(slug="imported-topic-one").count() == 1
    assert "berenjena" in imported("import-es.pdf").document.extracted_text
    pt = imported("sub/import-pt.odt")
    assert "abóbora" in pt.document.extracted_text
    assert (pt.panel, pt.authors.count(), pt.topics.count(), pt.countries.count()) == (
        None,
        0,
        0,
        0,
    )


def test_second_run_changes_nothing(folder, three_briefs):
    run(folder)
    pages = {p.pk: p.latest_revision_id for p in BriefPage.objects.all()}
    documents = HubDocument.objects.count()

    out, err, error = run(folder)

    assert error is None, err
    assert "0 created, 0 updated, 3 unchanged, 0 failed" in out
    assert "  [2/3] import-en.docx: unchanged" in out
    assert {p.pk: p.latest_revision_id for p in BriefPage.objects.all()} == pages
    assert HubDocument.objects.count() == documents
    assert BriefPage.objects.filter(source_file="import-en.docx").count() == 1


def test_changed_title_and_file_update_the_brief(folder, three_briefs):
    run(folder)
    before = imported("import-en.docx")
    document_pk = before.document.pk
    three_briefs[1]["title"] = "Imported brief, revised"
    make_document(folder, "import-es.pdf", "Nota importada", "remolacha", "es")
    write_csv(folder, three_briefs)

    out, err, error = run(folder)

    assert error is None, err
    assert "0 created, 2 updated, 1 unchanged, 0 failed" in out
    assert "  [1/3] import-es.pdf: updated" in out
    assert "  [2/3] import-en.docx: updated" in out
    page = imported("import-en.docx")
    assert page.pk == before.pk and page.live and not page.has_unpublished_changes
    assert page.title == "Imported brief, revised"
    assert page.slug == before.slug  # the URL stays
    assert page.latest_revision_id != before.latest_revision_id
    assert page.document.pk == document_pk
    assert page.document.title == "Imported brief, revised"
    # A new file replaces the document's file and text, in place.
    es = imported("import-es.pdf")
    assert "remolacha" in es.document.extracted_text
    assert HubDocument.objects.filter(pk=es.document.pk, file_hash=es.document.file_hash).exists()
    assert BriefPage.objects.filter(source_file="import-es.pdf").count() == 1


def test_draft_leaves_briefs_unpublished(folder, three_briefs):
    out, err, error = run(folder, "--draft")

    assert error is None, err
    assert "3 created" in out
    page = imported("import-en.docx")
    assert not page.live
    assert page.latest_revision is not None
    assert not BriefPage.objects.live().filter(source_file__startswith="import-").exists()

    out, err, error = run(folder)
    assert error is None, err
    assert "0 created, 3 updated, 0 unchanged" in out
    assert imported("import-en.docx").live


def test_draft_change_of_a_live_brief_keeps_the_live_version(folder, three_briefs):
    run(folder)
    three_briefs[1]["title"] = "Imported brief, draft"
    make_document(folder, "import-en.docx", "Imported brief", "courgette")
    write_csv(folder, three_briefs)

    out, err, error = run(folder, "--draft")

    assert error is None, err
    page = imported("import-en.docx")
    assert page.live and page.has_unpublished_changes
    assert page.title == "Imported brief"
    assert "pumpkin" in page.document.extracted_text
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Imported brief, draft"
    assert "courgette" in draft.document.extracted_text

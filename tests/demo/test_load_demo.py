import io

import pytest

from django.core.management import call_command

from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from hub.core.models import FooterText, HubImage, Topic
from hub.network.models import Person
from hub.news.models import NewsPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "images": HubImage.objects.count(),
        "topics": Topic.objects.count(),
        "people": Person.objects.count(),
        "footers": FooterText.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_a_second_run_changes_nothing():
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert " 0 created, 0 updated" in out.getvalue()
    assert "0 failed" in out.getvalue()


def test_demo_exists_in_three_locales_through_wagtail_localize():
    for page in NewsPage.objects.filter(locale__language_code="es"):
        translations = page.get_translations().live()
        assert {t.locale.language_code for t in translations} == {"en", "pt"}
        assert all(t.title != page.title for t in translations)
    # Each translated page has its wagtail-localize record, so sync and "out of date" work.
    assert Translation.objects.filter(target_locale__language_code="en").exists()
    assert Translation.objects.filter(target_locale__language_code="pt").exists()


def test_sample_people_are_marked_and_real_ones_are_not():
    from hub.demo.loader.base import read

    people = read("people")
    samples = {person["slug"] for person in people["samples"]}
    real = {person["slug"] for person in people["named"]}
    assert samples and real and not samples & real
    for person in Person.objects.all():
        assert person.is_sample == (person.slug in samples), person.slug


def test_sample_labels_are_said_once_and_without_nesting():
    from hub.events.models import PanelPage

    # "Panel 3 · Sample panel 3: …" said the number twice; a role in brackets shown after
    # a name in brackets nested them: "Ana Ejemplo (Editora (perfil de muestra))"; so did
    # an affiliation after an author's name on a brief.
    for panel in PanelPage.objects.all():
        assert f"{panel.number}:" not in panel.title, panel.title
    for person in Person.objects.all():
        assert "(" not in person.role, person.role
        assert "(" not in person.affiliation, person.affiliation


@pytest.mark.parametrize("code, month", [("es", "agosto"), ("en", "August"), ("pt", "agosto")])
def test_the_footer_dates_the_project_from_its_start_not_from_the_workshop(code, month):
    # The synopsis: the project began in August 2011; the workshop came later.
    body = FooterText.objects.get(locale__language_code=code).body
    assert f"{month} de 2011" in body or f"{month} 2011" in body


def test_an_edit_to_the_spanish_source_shows_as_out_of_date_until_synced():
    from wagtail_localize.models import TranslationSource

    page = NewsPage.objects.filter(locale__language_code="es").first()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    page.title = page.title + " (actualizado)"
    page.save_revision().publish()
    source.refresh_from_db()
    assert source.get_source_instance().title.endswith("(actualizado)")
    # The stored source still holds the old content: the translation is out of date.
    assert source.as_instance().title != page.title
    source.update_from_db()
    assert source.as_instance().title == page.title


def test_the_load_leaves_the_indexes_as_rebuilding_them_makes_them():
    """load_demo builds the indexes once at the end instead of after every save: the
    reference index (which pages use which files: their privacy) and the search
    documents are what building them again gives."""
    from wagtail.models import ReferenceIndex

    from search import documents

    def references():
        return sorted(
            ReferenceIndex.objects.values_list(
                "content_type_id", "object_id", "to_content_type_id", "to_object_id", "content_path"
            )
        )

    loaded = references()
    assert loaded
    call_command("rebuild_references_index", verbosity=0, stdout=io.StringIO())
    assert references() == loaded
    counts, failures = documents.rebuild()
    assert (counts["written"], counts["removed"], failures) == (0, 0, [])
    assert counts["unchanged"] > 200


def test_the_demo_images_carry_no_credit_in_one_language():
    """An image is shared by the three languages and its credit is not translated: the
    demo's generated pictures have none (they had an English one on every page)."""
    assert HubImage.objects.exists()
    assert not HubImage.objects.exclude(credit="").exists()

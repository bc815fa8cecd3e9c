"""Translation, end to end: a Spanish page published, translated into English and
Portuguese by a translator through wagtail-localize, reviewed and published by a
moderator; a later change in Spanish shows the translations as out of date until synced.
Captions and documents in the translator's language are part of it."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from hub.accounts.translations import out_of_date_source
from hub.core.models import HubDocument, StandardPage
from hub.demo import documents as sample_documents
from hub.network.models import Country, Person
from media_library.models import CaptionTrack, RecordingPage

pytestmark = pytest.mark.django_db

WORDS = {
    "en": {
        "Visitas a comisarías": "Visits to police stations",
        "Qué encontramos.": "What we found.",
    },
    "pt": {
        "Visitas a comisarías": "Visitas a delegacias",
        "Qué encontramos.": "O que encontramos.",
    },
}


def approve(page, moderator):
    state = WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(page.pk), status="in_progress"
    )
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")


def test_translate_review_publish_and_fall_out_of_date(client, member):
    translator = member("Translators", "traductora")
    moderator = member("Moderators", "coordinadora")
    home = Page.objects.get(depth=2, locale__language_code="es")
    spanish = StandardPage(title="Visitas a comisarías", introduction="Qué encontramos.")
    home.add_child(instance=spanish)
    spanish.save_revision(user=moderator).publish(user=moderator)

    source, _created = TranslationSource.get_or_create_from_instance(spanish)
    for code in ("en", "pt"):
        locale = Locale.objects.get(language_code=code)
        translation = Translation.objects.create(source=source, target_locale=locale)
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            text = WORDS[code].get(segment.string.data)
            if text:
                StringTranslation.objects.create(
                    translation_of=segment.string, locale=locale, context=segment.context, data=text
                )
        translation.save_target(user=translator, publish=False)  # a draft
        target = spanish.get_translation(locale)
        assert not target.live
        assert not target.permissions_for_user(translator).can_publish()
        target.get_workflow().start(target, translator)

    for code in ("en", "pt"):
        target = spanish.get_translation(Locale.objects.get(language_code=code))
        approve(target, moderator)
        target.refresh_from_db()
        assert target.live
        assert target.title == WORDS[code]["Visitas a comisarías"]
        html = client.get(target.url).content.decode()
        assert WORDS[code]["Qué encontramos."] in html
        assert out_of_date_source(target) is None

    # The Spanish page changes: the translations are out of date, and the editor says so.
    spanish.introduction = "Qué encontramos en 2026."
    spanish.save_revision(user=moderator).publish(user=moderator)
    english = spanish.get_translation(Locale.objects.get(language_code="en"))
    assert out_of_date_source(english).pk == spanish.pk
    client.force_login(translator)
    edit = client.get(
        reverse("wagtailadmin_pages:edit", args=[english.pk]), headers={"accept-language": "en"}
    )
    assert edit.status_code == 200
    notice = edit.content.decode().split("This translation is out of date")[1].split("</")[0]
    assert "Sync translated pages" in notice
    assert ".." not in notice  # a time such as "3 p.m." ends no sentence

    # "Sync translated pages" brings the new text to the translators: up to date again.
    source.refresh_from_db()
    source.update_from_db()
    assert out_of_date_source(english) is None
    edit = client.get(
        reverse("wagtailadmin_pages:edit", args=[english.pk]), headers={"accept-language": "en"}
    )
    assert "This translation is out of date" not in edit.content.decode()


def test_a_translator_adds_captions_and_a_document_in_their_language(client, member, tmp_path):
    translator = member("Translators", "tradutora")
    client.force_login(translator)
    # From the Portuguese recording page's editor: "Media file and captions" → Upload.
    page = RecordingPage.objects.filter(locale__language_code="pt").order_by("pk").first()
    media = page.media
    media.captions.filter(language="pt").delete()
    vtt = "WEBVTT\n\n00:00:00.500 --> 00:00:02.000\nBom dia.\n"
    response = client.post(
        reverse("media_library_captions:upload", args=[page.pk, "pt"]),
        {"status": "reviewed", "file": SimpleUploadedFile("legendas.vtt", vtt.encode())},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert CaptionTrack.objects.get(media=media, language="pt").segments.get().text == "Bom dia."

    pdf = sample_documents.make_pdf(
        tmp_path / "nota.pdf", "Nota", "Maria Exemplo", ["Texto."], "pt"
    )
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Nota técnica (pt)",
            "collection": 1,
            "language": "pt",
            "file": SimpleUploadedFile("nota.pdf", pdf.read_bytes()),
        },
    )
    assert response.status_code == 302
    assert HubDocument.objects.get(title="Nota técnica (pt)").language == "pt"
    # …but cannot delete what others made.
    other = HubDocument.objects.exclude(title="Nota técnica (pt)").first()
    assert client.post(reverse("wagtaildocs:delete", args=[other.pk])).status_code in (302, 403)
    assert HubDocument.objects.filter(pk=other.pk).exists()


@pytest.mark.parametrize("model", [Person, Country], ids=lambda m: m.__name__)
def test_a_snippet_translation_is_a_draft_until_a_moderator_publishes_it(
    client, member, model, django_capture_on_commit_callbacks
):
    """People, countries (with their status timeline), topics, institutions and action
    points have drafts: "Translate" makes a draft copy in each language, which the
    translator fills in through wagtail-localize's editor and only a moderator publishes."""
    from hub.network.models import CountryIndexPage, NetworkPage
    from tests.factories import CountryFactory, CountryStatusEventFactory, PersonFactory

    editor = member("Editors", "editora")
    if model is Person:
        source = PersonFactory(name="Ana Traducida", role="Investigadora", country_code="AR")
        words = {"Investigadora": "Researcher"}
        public = NetworkPage.objects.live().get(locale__language_code="en").url + "?q=Ana"
    else:
        source = CountryFactory(iso_code="BZ", name="Belice", summary="Resumen del país.")
        CountryStatusEventFactory(country=source, note="Ratificó la convención.")
        words = {"Belice": "Belize", "Ratificó la convención.": "Ratified the convention."}
        public = CountryIndexPage.objects.live().get(locale__language_code="en").url + "bz/"
    source.save_revision().publish()

    # An editor chooses Translate → English: a draft copy, not on the site.
    client.force_login(editor)
    label = model._meta
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[label.app_label, label.model_name, source.pk],
    )
    english_locale = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit, {"locales": [english_locale.pk]})
    assert response.status_code == 302
    english = source.get_translation(english_locale)
    assert not english.live
    assert "Researcher" not in client.get(public).content.decode()

    # The translator fills in the strings; they may not publish.
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=english_locale
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in words:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=english_locale,
                context=segment.context,
                data=words[segment.string.data],
            )
    edit = reverse(f"wagtailsnippets_{label.app_label}_{label.model_name}:edit", args=[english.pk])
    client.force_login(member("Translators", "traductora"))
    assert client.get(edit).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"action": "publish"}).status_code in (302, 403)
    english.refresh_from_db()
    assert not english.live
    visitor = Client()
    if model is Country:
        assert visitor.get(public).status_code == 404
    else:
        assert "Researcher" not in visitor.get(public).content.decode()

    # A moderator publishes: the English copy is on the site, translated.
    client.force_login(member("Moderators", "coordinadora"))
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"action": "publish"}).status_code == 302
    english.refresh_from_db()
    assert english.live
    html = visitor.get(public).content.decode()
    for text in words.values():
        assert text in html


@pytest.mark.parametrize(
    ("group", "allowed"),
    [("Editors", False), ("Translators", False), ("Moderators", True), ("Administrators", True)],
)
def test_sync_publishes_translations_only_for_reviewers(
    client, member, group, allowed, django_capture_on_commit_callbacks
):
    """ "Sync translated snippets/pages" with "Publish immediately" is a way to publish:
    wagtail-localize asks only for the permission to submit translations."""
    from tests.factories import PersonFactory

    person = PersonFactory(name="Ana Sincronizada", country_code="AR")
    person.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(person)
    english_locale = Locale.objects.get(language_code="en")
    Translation.objects.create(source=source, target_locale=english_locale).save_target(
        publish=False
    )
    english = person.get_translation(english_locale)
    assert not english.live
    page = StandardPage.objects.filter(locale__language_code="es").live().first()
    page_source = TranslationSource.objects.get(object_id=page.translation_key)
    english_page = page.get_translation(english_locale)
    english_page.title = "A draft title awaiting review"
    english_page.save_revision()

    client.force_login(member(group, "miembro"))
    for translation_source in (source, page_source):
        address = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(address, {"publish_translations": "on"})
        refused = response.status_code == 403 or (
            response.status_code == 302 and response.url == reverse("wagtailadmin_home")
        )
        assert refused is not allowed
    english.refresh_from_db()
    assert english.live is allowed
    english_page.refresh_from_db()
    assert english_page.has_unpublished_changes is not allowed

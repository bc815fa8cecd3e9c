"""The editors' dashboard (the admin's home): what waits for the signed-in member, each
line linking to the place to act, "nothing to do" when nothing does, for the roles that
may act on it, in a fixed number of queries."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from media_library.models.files import CaptionStatus, ProcessingStatus, TranscriptionStatus
from tests.factories import DocumentFactory
from tests.factories.media import CaptionTrackFactory, MediaFileFactory, RecordingPageFactory

pytestmark = pytest.mark.django_db

PANELS = {
    "review": "awaiting-review",
    "own": "objects-in-workflow",
    "captions": "hub_captions",
    "translations": "hub_out_of_date_translations",
    "documents": "hub_unread_documents",
    "uploads": "hub_processing_uploads",
}
EMPTY = "hub-dashboard__empty"  # the "nothing to do" line


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def panel(html, name):
    """The HTML of one panel, or None when the dashboard has none of that name."""
    start = html.find(f'id="{PANELS[name]}-section"')
    if start == -1:
        start = html.find(f'id="{PANELS[name]}"')
    if start == -1:
        return None
    end = html.find('class="w-panel ', start + 1)
    return html[start : end if end != -1 else None]


def links(html):
    return re.findall(r'href="([^"]+)"', html)


@pytest.fixture
def editor(signed_in):
    from wagtail.users.models import UserProfile

    client = signed_in("Editors")
    profile = UserProfile.get_for_user(member_of(client))
    profile.preferred_language = "en"  # the texts below are the English ones
    profile.save()
    client.get(reverse("wagtailadmin_home"))  # the site rows, made once
    return client


def test_an_empty_dashboard_says_there_is_nothing_to_do(editor):
    html = dashboard(editor)
    for name in PANELS:
        assert EMPTY in panel(html, name), name


def test_recordings_missing_captions_and_machine_drafts_link_to_where_to_act(editor):
    page = RecordingPageFactory(title="Panel de prueba sin subtítulos")
    CaptionTrackFactory(media=page.media, language="es", status=CaptionStatus.MACHINE_DRAFT)
    html = panel(dashboard(editor), "captions")
    assert EMPTY not in html
    review = reverse("media_library_captions:review", kwargs={"page_id": page.pk, "language": "es"})
    assert review in links(html)  # where a draft is read and marked reviewed
    assert "No captions in en, pt" in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in links(html)


def test_documents_without_text_link_to_the_document(editor):
    document = DocumentFactory(title="Informe cifrado de prueba")
    type(document).objects.filter(pk=document.pk).update(extraction_error="The PDF is encrypted.")
    html = panel(dashboard(editor), "documents")
    assert "The PDF is encrypted." in html
    assert reverse("wagtaildocs:edit", args=[document.pk]) in links(html)


def test_uploads_processing_or_failed_link_to_the_media_file(editor):
    failed = MediaFileFactory(title="Grabación rota de prueba")
    running = MediaFileFactory(title="Grabación en curso de prueba")
    type(failed).objects.filter(pk=failed.pk).update(
        processing_status=ProcessingStatus.FAILED, processing_error="No audio stream."
    )
    type(running).objects.filter(pk=running.pk).update(
        transcription_status=TranscriptionStatus.RUNNING, transcription_progress=0.4
    )
    html = panel(dashboard(editor), "uploads")
    assert "Processing failed: No audio stream." in html
    assert "Recognising speech (40%)" in html
    for media in (failed, running):
        assert reverse("wagtailmedia:edit", args=[media.pk]) in links(html)


def republish_a_source():
    """A Spanish page published again after its translations were synced; its
    Portuguese translation."""
    from wagtail_localize.models import TranslationSource

    from hub.core.models import StandardPage

    page = StandardPage.objects.filter(locale__language_code="es").first()
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    StandardPage.objects.filter(pk=page.pk).update(
        last_published_at=source.last_updated_at + timezone.timedelta(minutes=1)
    )
    return page.get_translation(Page.objects.get(depth=2, locale__language_code="pt").locale)


@pytest.mark.parametrize("group", ["Editors", "Translators"])
def test_out_of_date_translations_link_to_the_translation(signed_in, group):
    translation = republish_a_source()
    html = panel(dashboard(signed_in(group)), "translations")
    assert reverse("wagtailadmin_pages:edit", args=[translation.pk]) in links(html)


def test_translators_see_what_concerns_them(signed_in, member):
    """Captions are theirs to translate, their own documents theirs to replace; media
    uploads are not theirs (the role table)."""
    editors = DocumentFactory(uploaded_by_user=member("Editors", "someone"))
    client = signed_in("Translators")
    own = DocumentFactory(uploaded_by_user=member_of(client))
    type(own).objects.filter(pk__in=[own.pk, editors.pk]).update(extraction_error="Unreadable.")
    html = dashboard(client)
    assert panel(html, "captions") is not None
    assert panel(html, "uploads") is None
    documents = links(panel(html, "documents"))
    assert reverse("wagtaildocs:edit", args=[own.pk]) in documents
    assert reverse("wagtaildocs:edit", args=[editors.pk]) not in documents


def member_of(client):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(pk=client.session["_auth_user_id"])


def test_the_dashboard_asks_the_same_number_of_queries_for_more_lines(editor):
    def queries():
        with CaptureQueriesContext(connection) as context:
            dashboard(editor)
        return len(context)

    def add(count):
        for _ in range(count):
            page = RecordingPageFactory()
            CaptionTrackFactory(media=page.media, status=CaptionStatus.MACHINE_DRAFT)
            document = DocumentFactory()
            type(document).objects.filter(pk=document.pk).update(extraction_error="Unreadable.")
            media = MediaFileFactory()
            type(media).objects.filter(pk=media.pk).update(
                processing_status=ProcessingStatus.FAILED
            )

    add(2)
    few = queries()
    add(4)
    assert queries() == few

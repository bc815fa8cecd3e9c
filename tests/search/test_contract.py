"""The search contract: search finds the searchable types in the app registry, a page type
it does not know gets the generic document, and each type's document holds what it says."""

import pytest

from django.utils import translation

from wagtail.models import Page

from hub.briefs.models import BriefPage
from hub.core.models import StandardPage
from hub.declaration.models import ActionPoint, DeclarationPage
from hub.events.models import PanelPage, PanelRecording, WorkshopPage
from hub.network.models import Country, CountryStatusEvent, Organisation, Person
from hub.news.models import NewsPage
from hub.upr.models import Recommendation
from media_library.models import CaptionTrack, MediaFile, RecordingPage
from search import registry
from search.contract import Searchable
from search.models import SearchDocument
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_the_registry_finds_every_searchable_type_and_nothing_else():
    pages = {NewsPage, WorkshopPage, PanelPage, BriefPage, DeclarationPage, RecordingPage}
    sources = {Country, Organisation, Person, Recommendation, ActionPoint}
    assert set(registry.searchable_models()) == pages | sources
    assert registry.sources() == {registry.label(model): model for model in sources}
    assert set(registry.dependencies()) == {CountryStatusEvent, MediaFile, CaptionTrack}
    assert registry.timed_kinds() == {"recording": RecordingPage}
    kinds = registry.kinds()
    assert list(kinds)[0] == "page"
    assert set(kinds) == {
        "page",
        *("news", "workshop", "panel", "brief", "declaration", "recording"),
        *("country", "organisation", "person", "recommendation", "action-point"),
    }
    with translation.override("en"):
        assert str(kinds["recommendation"]) == "UPR recommendation"


def test_a_page_type_unknown_to_search_gets_the_generic_document():
    page = StandardPage.objects.live().public().filter(locale__language_code="en").first()
    assert not isinstance(page, Searchable)
    data = registry.build(Page.objects.get(pk=page.pk))  # any page, as the signals load it
    assert (data.kind, data.lang, data.title, data.url) == ("page", "en", page.title, page.url)
    assert data.date is None and data.year is None  # no date of its own, not its publication
    assert page.introduction in "\n".join(text for _language, text in data.parts)
    assert (data.countries, data.topics, data.panel, data.media_id) == ([], [], "", None)
    home = Page.objects.get(depth=2, locale__language_code="pt")
    assert registry.build(home).kind == "page"
    assert registry.build(Page.objects.get(depth=1)) is None  # the root has no address


def test_a_brief_document_holds_its_document_text_and_its_facets():
    brief = (
        BriefPage.objects.live()
        .filter(document__extracted_text__gt="")
        .exclude(panel=None)
        .order_by("pk")
        .first()
    )
    data = registry.build(brief)
    document = brief.document
    assert data.kind == "brief"
    assert [document.language or data.lang, document.extracted_text] in data.parts
    # The document's text is there once, in its own language, not again as a field.
    assert sum(document.extracted_text in text for _language, text in data.parts) == 1
    assert data.topics == brief.topic_slugs() and data.topics
    assert data.countries == [link.country_code for link in brief.countries.all()]
    assert data.panel == str(brief.panel.translation_key)
    assert (data.date, data.year) == (brief.publication_date, brief.publication_date.year)


def test_a_recording_document_holds_its_transcript_panel_and_media():
    link = PanelRecording.objects.select_related("recording", "page").order_by("pk").first()
    recording = link.recording
    data = registry.build(recording)
    assert data.kind == "recording"
    assert data.media_id == recording.media_id
    assert data.panel == str(link.page.translation_key)
    assert data.date == recording.media.recorded_on
    segments = RecordingPage.search_segments([recording.media_id])[(recording.media_id, data.lang)]
    transcript = "\n".join(text for _start, text, _language in segments)
    assert [segments[0][2], transcript] in data.parts


def test_changing_a_status_event_rewrites_its_country_document(
    django_capture_on_commit_callbacks,
):
    country = Country.objects.live().filter(locale__language_code="en").order_by("pk").first()
    event = country.events.order_by("pk").first()
    event.note = "Checked again by the zanzibarite delegation."
    with django_capture_on_commit_callbacks(execute=True):
        event.save()
    document = SearchDocument.objects.get(key=registry.key(country))
    assert "zanzibarite" in document.body


def test_a_document_is_built_in_its_sources_language_whichever_is_active():
    """A callout's tone is a label Django translates: a Spanish page's document holds it
    in Spanish even when a worker or a request runs in Portuguese."""
    page = StandardPageFactory(
        parent=Page.objects.get(depth=2, locale__language_code="es"),
        body=[("callout", {"tone": "sample", "title": "", "text": "<p>Texto.</p>"})],
    )
    page = StandardPage.objects.get(pk=page.pk)
    texts = {}
    for language in ("es", "pt", "en"):
        with translation.override(language):
            texts[language] = " ".join(text for _lang, text in registry.build(page).parts)
    assert "Aviso de contenido de ejemplo" in texts["es"]
    assert texts["pt"] == texts["en"] == texts["es"]

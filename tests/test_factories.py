"""The factories build what their names say: pages live and public where the tree rules
want them, in the language asked for; files with their derived data."""

import pytest

from wagtail.models import Page

from tests import factories

pytestmark = pytest.mark.django_db

PAGE_FACTORIES = [
    factories.StandardPageFactory,
    factories.NewsIndexPageFactory,
    factories.NewsPageFactory,
    factories.BriefIndexPageFactory,
    factories.BriefPageFactory,
    factories.DeclarationPageFactory,
    factories.WorkshopPageFactory,
    factories.PanelPageFactory,
    factories.RecordingIndexPageFactory,
    factories.RecordingPageFactory,
]


@pytest.mark.parametrize("language", ["es", "pt"])
@pytest.mark.parametrize("page_factory", PAGE_FACTORIES, ids=lambda f: f.__name__)
def test_a_page_factory_makes_a_live_public_page_where_the_tree_allows_it(
    client, page_factory, language
):
    page = page_factory(language=language)
    parent = page.get_parent().specific
    assert type(parent) in page.specific_class.allowed_parent_page_models()
    assert page.locale.language_code == language == parent.locale.language_code
    assert page.live and page.live_revision_id and page.first_published_at
    assert Page.objects.public().filter(pk=page.pk).exists()
    assert page.url.startswith(f"/{language}/")
    assert client.get(page.url).status_code == 200


def test_a_brief_has_its_pdf_with_extracted_text_in_its_language():
    person, topic = factories.PersonFactory(), factories.TopicFactory()
    brief = factories.BriefPageFactory(
        language="en", people=[person], country_codes=["AR", "CL"], topic_list=[topic]
    )
    assert brief.document.file.read().startswith(b"%PDF")
    assert brief.document.language == "en" and brief.document.extracted_text
    assert brief.author_people() == [person]
    assert brief.country_codes() == ["AR", "CL"]
    assert [row.topic for row in brief.topics.all()] == [topic]


def test_a_recording_plays_a_processed_file_with_captions_and_a_transcript():
    recording = factories.RecordingPageFactory(people=[factories.PersonFactory()])
    media = recording.media
    assert media.processing_status == "ready" and media.mime_type == "audio/mp4"
    assert media.file_size == media.file.size > 0
    caption = factories.CaptionTrackFactory(media=media, lines=["Hola.", "Adiós."])
    assert caption.is_original
    assert [s.text for s in caption.segments.all()] == ["Hola.", "Adiós."]
    assert recording.speakers.count() == 1


def test_a_video_file_is_a_video():
    media = factories.MediaFileFactory(type="video")
    assert media.is_video and media.mime_type == "video/mp4"


def test_a_panel_names_its_speakers_and_an_action_point_its_declaration():
    person = factories.PersonFactory()
    panel = factories.PanelPageFactory(people=[person])
    assert [item["person"] for item in panel.participant_list()] == [person]
    point = factories.ActionPointFactory()
    assert point.declaration.locale == point.locale


def test_a_recommendation_gets_its_cycle_from_its_session():
    recommendation = factories.RecommendationFactory(session=30)
    assert recommendation.cycle == 3
    assert recommendation.country_name == "Argentina"


def test_renditions_are_a_light_video_or_the_audio():
    from media_library.models import MediaRendition

    video = factories.MediaRenditionFactory()
    audio = factories.MediaRenditionFactory(media=video.media, kind=MediaRendition.Kind.AUDIO)
    assert video.media.light_video == video and video.media.audio_rendition == audio
    assert (video.mime_type, audio.mime_type) == ("video/mp4", "audio/mp4")
    assert audio.file_size == audio.file.size > 0 and audio.width is None

"""A machine draft caption track is never public: not on the recording page, the embed,
the caption file's address, the JSON API, the podcast feed or search. The same track,
once an editor marks it reviewed, is shown everywhere."""

import json
import re

import pytest

from django.test import Client
from django.urls import reverse

from media_library.models.files import CaptionStatus
from tests.factories import CaptionTrackFactory, RecordingPageFactory

pytestmark = pytest.mark.django_db

# Words no other test or the demo says: found only where the draft leaks.
DRAFT_LINES = ("Quokkas wander the draft corridor.", "Unreviewed marmoset words.")
REVIEWED_LINES = ("Frase revisada sobre Xochimilco.", "Segunda frase revisada.")


@pytest.fixture
def recording(django_capture_on_commit_callbacks):
    """A live English recording whose English (original) captions are a machine draft;
    its Spanish captions are reviewed. Search documents are written (on commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        page = RecordingPageFactory(language="en")
        draft = CaptionTrackFactory(
            media=page.media,
            language="en",
            lines=DRAFT_LINES,
            status=CaptionStatus.MACHINE_DRAFT,
        )
        reviewed = CaptionTrackFactory(media=page.media, language="es", lines=REVIEWED_LINES)
    return page, draft, reviewed


def review(track, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        track.status = CaptionStatus.REVIEWED
        track.save()


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def json_ld(html):
    """The recording's schema.org object (the page has breadcrumbs too)."""
    for found in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S):
        data = json.loads(found)
        if data.get("@type") in ("AudioObject", "VideoObject"):
            return data
    raise AssertionError("No recording in the page's JSON-LD.")


def test_the_recording_page_hides_a_draft_until_it_is_reviewed(
    client, recording, django_capture_on_commit_callbacks
):
    page, draft, reviewed = recording
    html = page_html(client, page)
    assert draft.url not in html and DRAFT_LINES[0] not in html
    assert f'src="{reviewed.url}"' in html
    # The page's language is the draft's: no transcript until it is reviewed.
    assert "No transcript yet." in html
    data = json_ld(html)
    assert [caption["inLanguage"] for caption in data["caption"]] == ["es"]
    assert "transcript" not in data

    review(draft, django_capture_on_commit_callbacks)
    html = page_html(client, page)
    assert f'src="{draft.url}"' in html and DRAFT_LINES[0] in html
    data = json_ld(html)
    assert {caption["inLanguage"] for caption in data["caption"]} == {"en", "es"}
    assert "Quokkas" in data["transcript"]


def test_the_embed_hides_a_draft_until_it_is_reviewed(
    client, recording, django_capture_on_commit_callbacks
):
    page, draft, reviewed = recording
    address = reverse("recording_embed", args=[page.pk])
    html = client.get(address).content.decode()
    assert draft.url not in html and DRAFT_LINES[0] not in html
    assert f'src="{reviewed.url}"' in html
    review(draft, django_capture_on_commit_callbacks)
    assert f'src="{draft.url}"' in client.get(address).content.decode()


def test_a_drafts_file_is_served_only_to_those_who_manage_media(
    editor_client, recording, django_capture_on_commit_callbacks
):
    _page, draft, reviewed = recording
    public = Client()
    assert public.get(draft.url).status_code == 404
    assert public.get(reviewed.url).status_code == 200
    response = editor_client.get(draft.url)
    assert response.status_code == 200 and b"Quokkas" in b"".join(response.streaming_content)
    assert "no-store" in response["Cache-Control"]

    review(draft, django_capture_on_commit_callbacks)
    assert public.get(draft.url).status_code == 200


def test_the_media_api_lists_a_draft_only_once_reviewed(
    client, recording, django_capture_on_commit_callbacks
):
    page, draft, _reviewed = recording
    address = f"/api/v2/media/{page.media_id}/"
    assert [track["language"] for track in client.get(address).json()["captions"]] == ["es"]
    review(draft, django_capture_on_commit_callbacks)
    assert {track["language"] for track in client.get(address).json()["captions"]} == {"en", "es"}


def podcast_transcripts(client, page):
    xml = client.get("/en/feeds/podcast/").content.decode()
    item = xml[xml.index(f"<title>{page.title}</title>") :]
    item = item[: item.index("</item>")]
    return re.findall(r'<podcast:transcript language="(\w+)"', item)


def test_the_podcast_feed_lists_a_draft_only_once_reviewed(
    client, recording, django_capture_on_commit_callbacks
):
    page, draft, _reviewed = recording
    assert podcast_transcripts(client, page) == ["es"]
    review(draft, django_capture_on_commit_callbacks)
    assert sorted(podcast_transcripts(client, page)) == ["en", "es"]


def test_search_finds_a_drafts_words_only_once_reviewed(
    client, recording, django_capture_on_commit_callbacks
):
    page, draft, _reviewed = recording

    def found(words):
        results = client.get("/api/search/", {"q": words, "lang": "en"}).json()["results"]
        return [result["url"] for result in results if result["url"].startswith(page.url)]

    assert found("quokkas marmoset") == []
    assert found("Xochimilco") != []  # the reviewed Spanish track is searched instead
    review(draft, django_capture_on_commit_callbacks)
    assert found("quokkas marmoset") != []

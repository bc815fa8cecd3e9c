"""Recordings as viewers, podcast apps and editors meet them."""

import json
import re

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.demo import media as samples
from media_library.models import (
    MediaFile,
    MediaRendition,
    RecordingIndexPage,
    RecordingPage,
)
from tests.factories import (
    CaptionTrackFactory,
    ImageFactory,
    MediaFileFactory,
    MediaRenditionFactory,
    RecordingPageFactory,
)

pytestmark = pytest.mark.django_db


CAPTION_LINES = {
    "es": ["Bienvenidas al panel.", "Segunda frase del panel."],
    "en": ["Welcome to the panel.", "Second sentence of the panel."],
    "pt": ["Bem-vindas ao painel.", "Segunda frase do painel."],
}


def sample_video():
    """A processed video of 30 s (so its metadata say), spoken in Spanish, with a poster, its
    light and audio renditions, and captions in the three languages (a cue every 2 s)."""
    media = MediaFileFactory(type="video", duration=30, poster=ImageFactory())
    MediaRenditionFactory(media=media)
    MediaRenditionFactory(media=media, kind=MediaRendition.Kind.AUDIO)
    for language, lines in CAPTION_LINES.items():
        CaptionTrackFactory(media=media, language=language, lines=lines)
    return media


def page_in(code):
    """A live recording page in the language `code` playing a new sample video."""
    return RecordingPageFactory(language=code, media=sample_video())


@pytest.mark.demo
def test_demo_media_were_processed_from_their_files():
    video = MediaFile.objects.get(title="Demo: sample-video-1")
    assert video.processing_status == "ready"
    assert video.type == "video" and video.mime_type == "video/mp4"
    assert abs(video.duration - 12) < 0.6
    assert (video.width, video.height) == (640, 360)
    assert video.poster is not None
    kinds = set(video.renditions.values_list("kind", flat=True))
    assert kinds == {MediaRendition.Kind.LOW_VIDEO, MediaRendition.Kind.AUDIO}
    assert video.light_video.height <= 360
    audio = MediaFile.objects.get(title="Demo: sample-audio-1")
    assert audio.type == "audio" and audio.width is None


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_transcript_is_the_locales_captions(client, code):
    html = client.get(page_in(code).url).content.decode()
    transcript = html[html.index('class="transcript__list"') :]
    transcript = transcript[: transcript.index("</ol>")]
    assert all(line in transcript for line in CAPTION_LINES[code])
    other = "es" if code != "es" else "en"
    assert CAPTION_LINES[other][0] not in transcript
    assert 'data-seek="2.0"' in transcript and 'href="?t=2"' in transcript


def test_each_cue_of_the_transcript_in_order_with_its_times_speaker_and_escaped_text(client):
    """A cue links to its second and says when it starts and ends (the player marks the
    cue it plays, tests/browser/test_player.py); past an hour the time shows its hours."""
    page = page_in("en")
    track = page.media.captions.get(language="en")
    track.segments.all().delete()
    track.segments.create(index=0, start=0.0, end=1.5, text="Welcome.")
    track.segments.create(
        index=1, start=62.25, end=65.0, speaker="Ana <Pérez> & co", text='Say "<b>" & go'
    )
    track.segments.create(index=2, start=3725.5, end=3728.0, text="An hour in.")
    html = client.get(page.url).content.decode()
    assert re.findall(r'<li class="transcript__cue".*?</li>', html) == [
        '<li class="transcript__cue" data-start="0.0" data-end="1.5"><a href="?t=0" '
        'data-seek="0.0" class="timecode">0:00</a> Welcome.</li>',
        '<li class="transcript__cue" data-start="62.25" data-end="65.0"><a href="?t=62" '
        'data-seek="62.25" class="timecode">1:02</a> <span class="transcript__speaker">'
        "Ana &lt;Pérez&gt; &amp; co:</span> Say &quot;&lt;b&gt;&quot; &amp; go</li>",
        '<li class="transcript__cue" data-start="3725.5" data-end="3728.0"><a href="?t=3725" '
        'data-seek="3725.5" class="timecode">1:02:05</a> An hour in.</li>',
    ]


@pytest.mark.parametrize(
    "code, label",
    [
        ("es", "Buscar en la transcripción"),
        ("en", "Find in the transcript"),
        ("pt", "Buscar na transcrição"),
    ],
)
def test_find_box_over_a_transcript_only(client, code, label):
    """The find box waits hidden for its script (tests/browser/test_transcript_find.py);
    a recording without a transcript has neither."""
    html = client.get(page_in(code).url).content.decode()
    box = html[html.index("data-transcript-find") : html.index('class="transcript__list"')]
    assert " hidden>" in box and f'<label for="transcript-find">{label}</label>' in box
    assert 'role="status"' in box and "js/transcript_find.js" in html
    bare = client.get(RecordingPageFactory(language=code).url).content.decode()
    assert "data-transcript-find" not in bare and "transcript_find.js" not in bare


def test_player_markup(client):
    page = page_in("pt")
    html = client.get(page.url).content.decode()
    assert '<video class="player__media" controls preload="metadata"' in html
    tracks = re.findall(r'<track kind="captions" src="([^"]+)" srclang="(\w+)"', html)
    assert [language for _src, language in tracks][0] == "pt"
    assert {language for _src, language in tracks} == {"es", "en", "pt"}
    assert 'poster="' in html
    assert page.media.light_video.url in html
    assert re.search(r"<script>", html) is None


def test_start_time_from_the_address(client):
    page = page_in("es")
    html = client.get(page.url, {"t": "5"}).content.decode()
    assert 'data-start="5"' in html and "#t=5" in html
    html = client.get(page.url, {"t": "1:02:03"}).content.decode()
    assert 'data-start="30"' in html  # Clamped to the recording's length.
    for bad in ["abc", "-4", "9" * 40]:
        assert client.get(page.url, {"t": bad}).status_code == 200


def test_light_version_first_on_request(client):
    page = page_in("en")
    html = client.get(page.url, {"quality": "light"}).content.decode()
    sources = re.findall(r'<source src="([^"#]+)', html)
    assert sources[0] == page.media.light_video.url


@pytest.mark.parametrize("which", ["media", "rendition", "caption"])
def test_media_files_answer_ranges(client, which):
    media = page_in("en").media
    url = {
        "media": media.serve_url,
        "rendition": media.light_video.url,
        "caption": media.captions.get(language="en").url,
    }[which]
    whole = client.get(url)
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"
    part = client.get(url, HTTP_RANGE="bytes=0-9")
    assert part.status_code == 206
    body = b"".join(part.streaming_content)
    assert len(body) == 10 and part["Content-Length"] == "10"
    assert body == b"".join(client.get(url).streaming_content)[:10]
    assert client.get(url, HTTP_RANGE="bytes=99999999-").status_code == 416
    if which == "caption":
        assert whole["Content-Type"].startswith("text/vtt")


def test_private_media_is_refused(client):
    from django.contrib.auth.models import Group

    from wagtail.models import Collection, CollectionViewRestriction

    media = page_in("en").media
    private = Collection.get_first_root_node().add_child(name="Private recordings")
    media.collection = private
    media.save()
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Panel members"))
    assert client.get(media.serve_url).status_code == 403
    assert client.get(media.audio_rendition.url).status_code == 403
    assert client.get(media.captions.first().url).status_code == 403


def test_json_ld_describes_the_recording(client):
    page = page_in("en")
    html = client.get(page.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = next(json.loads(raw) for raw in blocks if '"VideoObject"' in raw)
    assert data["name"] == page.title
    assert data["duration"] == "PT0M30S"
    assert data["contentUrl"].endswith(page.media.serve_url)
    assert data["embedUrl"].endswith(f"/embed/recordings/{page.pk}/")
    assert data["thumbnailUrl"].startswith("http")
    assert {c["inLanguage"] for c in data["caption"]} == {"es", "en", "pt"}
    assert "Welcome to the panel." in data["transcript"]  # the page's language
    assert 'property="og:video"' in html


def test_only_the_embed_view_may_be_framed(client):
    page = page_in("es")
    embed = client.get(reverse("recording_embed", args=[page.pk]))
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert client.get(page.url)["X-Frame-Options"] == "DENY"
    assert "<video" in embed.content.decode()


def test_a_private_recording_has_no_embed_nor_chapters(client):
    from wagtail.models import PageViewRestriction

    page = page_in("es")
    addresses = [
        reverse("recording_embed", args=[page.pk]),
        reverse("recording_chapters", args=[page.pk]),
    ]
    assert [client.get(address).status_code for address in addresses] == [200, 200]
    PageViewRestriction.objects.create(
        page=page.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="clave"
    )
    assert [client.get(address).status_code for address in addresses] == [404, 404]


def test_the_embed_points_to_its_recording_page_on_the_visitors_address(client):
    page = page_in("pt")
    html = client.get(
        reverse("recording_embed", args=[page.pk]), HTTP_HOST="127.0.0.1"
    ).content.decode()
    page_url = f"http://127.0.0.1{page.url}"
    assert page.full_url != page_url  # the Site record names another host
    assert f'<link rel="canonical" href="{page_url}">' in html
    assert f'<a href="{page_url}" target="_blank"' in html


@pytest.mark.demo
def test_podcast_feed_parses(client):
    import feedparser

    response = client.get("/en/feeds/podcast/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.author == "Torture Prevention Hub"
    assert feed.feed.tags[0].term == "Government"
    assert feed.feed.image.href.endswith("podcast-cover.png")
    assert len(feed.entries) == 4  # Two audio recordings and two videos through their audio.
    for entry in feed.entries:
        enclosure = entry.enclosures[0]
        assert enclosure.type == "audio/mp4"
        path = enclosure.href.split("testserver", 1)[1]
        body = b"".join(client.get(path).streaming_content)
        assert int(enclosure.length) == len(body)
        assert re.fullmatch(r"\d+:\d\d", entry.itunes_duration)
    xml = response.content.decode()
    assert "<podcast:transcript" in xml and 'type="text/vtt"' in xml
    assert "<podcast:chapters" in xml and "<itunes:image" in xml
    chapters_url = re.search(r'<podcast:chapters [^>]*url="([^"]+)"', xml).group(1)
    chapters = client.get(chapters_url.split("testserver", 1)[1]).json()
    assert chapters["chapters"][0]["startTime"] == 0


@pytest.mark.demo
def test_index_filters(client):
    from media_library.models import RecordingIndexPage

    index = RecordingIndexPage.objects.get(locale__language_code="en")
    audio = client.get(index.url, {"kind": "audio"}).content.decode()
    assert "Sample audio 1" in audio and "Sample video 1" not in audio
    spoken_en = client.get(index.url, {"language": "en"}).content.decode()
    assert "Sample video 2" in spoken_en and "Sample audio 1" not in spoken_en
    speaker = client.get(index.url, {"speaker": "maria-exemplo"}).content.decode()
    assert "Sample audio 1" in speaker and "Sample video 2" not in speaker
    assert client.get(index.url, {"kind": "<x>", "page": "99"}).status_code == 200


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw-123456789")
    client.force_login(user)
    return client


def test_an_uploaded_video_is_processed_by_itself(
    editor, tmp_path, django_capture_on_commit_callbacks
):
    path = tmp_path / "panel.mp4"
    samples.make_sample_video(path, seconds=4, seed=7)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtailmedia:add", args=["video"]),
            {
                "title": "Uploaded panel",
                "file": SimpleUploadedFile("panel.mp4", path.read_bytes(), "video/mp4"),
                "collection": "1",
                "language": "es",
            },
        )
    assert response.status_code == 302, response.content[:2000]
    media = MediaFile.objects.get(title="Uploaded panel")
    assert media.processing_status == "ready"
    assert abs(media.duration - 4) < 0.6 and media.poster is not None
    assert media.light_video is not None and media.audio_rendition is not None


@pytest.mark.parametrize(
    "name, content",
    [
        ("brief.mp4", b"<html><body>not a video</body></html>"),
        ("photo.mp4", None),
        ("empty.mp3", b""),
    ],
)
def test_a_file_that_does_not_play_is_refused_at_once(editor, name, content):
    if content is None:
        import io

        from PIL import Image

        buffer = io.BytesIO()
        Image.new("RGB", (40, 30), "navy").save(buffer, "JPEG")
        content = buffer.getvalue()
    before = MediaFile.objects.count()
    response = editor.post(
        reverse("wagtailmedia:add", args=["video"]),
        {"title": "Bad", "file": SimpleUploadedFile(name, content), "collection": "1"},
    )
    assert response.status_code == 200
    assert MediaFile.objects.count() == before
    if content:  # An empty file is refused by the form field itself, before PyAV.
        # The refusal names the editor's own file.
        assert f"“{name}”" in response.content.decode()


# Caption uploads (WebVTT, SubRip, refusals) are tested from the recording editor, where
# they are made: test_recording_editor.py.


@pytest.mark.demo
def test_the_editor_sees_what_processing_made(editor):
    media = MediaFile.objects.get(title="Demo: sample-video-1")
    html = editor.get(reverse("wagtailmedia:edit", args=[media.pk])).content.decode()
    assert "0:12" in html
    assert "640 × 360" in html
    assert media.light_video.url in html and media.audio_rendition.url in html
    page = media.pages.order_by("pk").first()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html  # where its captions are


class RecordingTreeTests(WagtailPageTestCase):
    def test_recordings_live_in_their_index(self):
        self.assertAllowedParentPageTypes(RecordingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RecordingIndexPage, {RecordingPage})
        self.assertAllowedParentPageTypes(RecordingPage, {RecordingIndexPage})
        self.assertAllowedSubpageTypes(RecordingPage, set())

"""The player as a viewer uses it: play, captions in another language, the transcript."""

import json
import urllib.request
from urllib.parse import urlsplit

import pytest

from tests.browser.pages import recording_url

pytestmark = pytest.mark.browser


def video_page_url(base, code):
    return recording_url(base, code, "video")


def test_play_switch_captions_and_seek_from_the_transcript(live_site, open_page, page_errors):
    page = open_page(video_page_url(live_site, "en"))
    video = page.locator("video.player__media")
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    assert page.evaluate("document.querySelector('video').duration") > 5

    page.evaluate("document.querySelector('video').play()")
    page.wait_for_function("() => document.querySelector('video').currentTime > 0.3", timeout=10000)

    showing = page.evaluate(
        "Array.from(document.querySelector('video').textTracks)"
        ".filter(t => t.mode === 'showing').map(t => t.language)"
    )
    assert showing == ["en"]
    page.evaluate(
        """() => { for (const t of document.querySelector('video').textTracks) {
               t.mode = t.language === 'pt' ? 'showing' : 'disabled'; } }"""
    )
    page.wait_for_function(
        "() => Array.from(document.querySelector('video').textTracks)"
        ".some(t => t.language === 'pt' && t.mode === 'showing' && t.cues && t.cues.length > 0)"
    )

    page.evaluate("document.querySelector('video').pause()")
    third = page.locator(".transcript__cue").nth(2)
    target = float(third.get_attribute("data-start"))
    third.locator("a").click()
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('video').currentTime - {target}) < 1.0",
        timeout=10000,
    )
    # The cue marked while playing stays marked until the seek lands: wait for the third
    # one itself (waiting for any marked cue could pass too early).
    page.wait_for_function(
        "() => document.querySelectorAll('.transcript__cue')[2].classList.contains('is-current')"
    )
    assert "is-current" in (third.get_attribute("class") or "")
    video.evaluate("v => v.pause()")
    page.wait_for_function("() => document.querySelector('[data-share-link]').href.includes('?t=')")
    assert not page_errors, page_errors


def test_share_a_moment_starts_there(live_site, open_page, page_errors):
    page = open_page(video_page_url(live_site, "es") + "?t=6")
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    page.wait_for_function(
        "() => document.querySelector('video').currentTime >= 5.5", timeout=10000
    )
    assert not page_errors, page_errors


def test_chapters_and_transcript_work_by_keyboard(live_site, open_page, page_errors):
    page = open_page(video_page_url(live_site, "pt"))
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    chapter = page.locator(".chapters a").nth(1)
    target = float(chapter.get_attribute("data-seek"))
    chapter.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('video').currentTime - {target}) < 1.0",
        timeout=10000,
    )
    assert not page_errors, page_errors


def test_audio_player_is_visible_and_seeks(live_site, open_page, page_errors):
    url = f"{live_site}/api/v2/pages/?type=media_library.RecordingPage&locale=es"
    with urllib.request.urlopen(url) as response:
        items = json.load(response)["items"]
    path = next(
        urlsplit(i["meta"]["html_url"]).path for i in items if "audio" in i["meta"]["html_url"]
    )
    page = open_page(live_site + path, viewport={"width": 390, "height": 844})
    page.wait_for_function("() => document.querySelector('audio').readyState >= 1")
    box = page.locator("audio.player__media").bounding_box()
    assert box["height"] >= 30 and box["width"] >= 300
    cue = page.locator(".transcript__cue").nth(1)
    target = float(cue.get_attribute("data-start"))
    cue.locator("a").click()
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('audio').currentTime - {target}) < 1.0",
        timeout=10000,
    )
    assert not page_errors, page_errors


DESKTOP_CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36"
)


def test_pressing_play_records_one_play(live_site, open_page, page_errors):
    page = open_page(video_page_url(live_site, "es"), user_agent=DESKTOP_CHROME)
    page_id = page.locator("[data-player]").get_attribute("data-page")
    beacons = []
    page.on("request", lambda r: beacons.append(r) if "/api/stats/play/" in r.url else None)
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    assert beacons == []  # loading the page and the file is not a play
    with page.expect_request_finished(lambda r: "/api/stats/play/" in r.url) as finished:
        page.locator("video.player__media").click()
    request = finished.value
    assert request.method == "POST"
    assert request.post_data == f"page={page_id}"
    assert request.response().status == 204
    # Pausing and playing again in the same page view is still one play.
    page.evaluate("document.querySelector('video').pause()")
    page.evaluate("document.querySelector('video').play()")
    page.wait_for_function("() => document.querySelector('video').currentTime > 1", timeout=10000)
    assert len(beacons) == 1
    assert not page_errors, page_errors

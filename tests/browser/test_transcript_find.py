"""Find in the transcript, by keyboard alone: the matches marked (accents and case aside),
counted in the live region, Enter and Shift+Enter moving between them and seeking the
player to their cue, Esc clearing; the page without JavaScript; axe with matches shown."""

import json

import pytest

from tests.browser.test_keyboard import is_focused, tab_to

pytestmark = pytest.mark.browser

# A twelve-second video whose Spanish captions say "Defensoría" in the second cue (2 s) and
# "DEFENSORIA" in the fourth (6 s): one cue every 2 s (tests/factories/media.py). It has the
# demo's size: the index's srcset repeats a width when the poster is smaller than a card.
SETUP = """
import json
import tempfile
from pathlib import Path
from django.core.files.base import ContentFile
from hub.demo.media import make_sample_video
from tests.factories import CaptionTrackFactory, MediaFileFactory, RecordingPageFactory
with tempfile.TemporaryDirectory() as folder:
    video = make_sample_video(Path(folder) / "find.mp4", seconds=12)
    media = MediaFileFactory(type="video", duration=12, title="Prueba: buscar",
                             file=ContentFile(video.read_bytes(), name="find.mp4"))
CaptionTrackFactory(media=media, lines=[
    "Bienvenida al taller de la red.",
    "La Defensoría del Pueblo visitó la cárcel.",
    "Hablamos de prevención de la tortura.",
    "Otra visita de la DEFENSORIA regional.",
    "Gracias a todas las personas.",
])
page = RecordingPageFactory(media=media, title="Grabación para buscar en la transcripción")
print(json.dumps({"url": page.url}))
"""
MEDIA = "document.querySelector('.player__media')"


@pytest.fixture(scope="session")
def recording(live_site, live_manage):
    """The address of the recording above, on the live site."""
    return live_site + json.loads(live_manage(SETUP).strip().splitlines()[-1])["url"]


def status(page):
    return page.locator(".transcript-find [role=status]").inner_text()


def wait_for_time(page, seconds):
    page.wait_for_function(f"() => Math.abs({MEDIA}.currentTime - {seconds}) < 0.3", timeout=10000)


def test_find_marks_counts_and_moves_by_keyboard(recording, open_page, page_errors):
    page = open_page(recording)
    page.wait_for_function(f"() => {MEDIA}.readyState >= 1")
    field = page.get_by_label("Buscar en la transcripción")
    tab_to(page, field, "the find box")
    page.keyboard.type("defensoria")
    page.wait_for_function("() => document.querySelectorAll('.transcript__list mark').length")
    marks = page.locator(".transcript__list mark")
    assert marks.all_inner_texts() == ["Defensoría", "DEFENSORIA"]
    assert status(page) == "2 coincidencias"
    assert page.evaluate(f"{MEDIA}.currentTime") == 0  # typing does not move the player

    page.keyboard.press("Enter")
    wait_for_time(page, 2)
    assert status(page) == "Coincidencia 1 de 2"
    assert "is-current" in marks.nth(0).get_attribute("class")
    page.keyboard.press("Enter")
    wait_for_time(page, 6)
    assert status(page) == "Coincidencia 2 de 2"
    assert "is-current" not in (marks.nth(0).get_attribute("class") or "")
    assert page.evaluate(f"{MEDIA}.paused")  # a paused recording stays paused
    page.wait_for_function(
        "() => document.querySelector('[data-share-link]').href.endsWith('?t=6')"
    )
    page.keyboard.press("Shift+Enter")
    wait_for_time(page, 2)
    assert is_focused(field)

    # A playing recording plays on from the match; Enter after the last goes to the first.
    page.keyboard.press("Enter")
    wait_for_time(page, 6)
    page.evaluate(f"{MEDIA}.play()")
    page.wait_for_function(f"() => !{MEDIA}.paused")
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => {MEDIA}.currentTime >= 2 && {MEDIA}.currentTime < 4")
    assert not page.evaluate(f"{MEDIA}.paused")
    page.evaluate(f"{MEDIA}.pause()")

    # The next button by keyboard, then a word that is not there, then Esc.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Siguiente coincidencia"
    )
    page.keyboard.press("Enter")
    wait_for_time(page, 6)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert is_focused(field)
    page.keyboard.press("Control+A")
    page.keyboard.type("PREVENCION")
    page.wait_for_function(
        "() => document.querySelector('.transcript__list mark').textContent[0] === 'p'"
    )
    assert marks.all_inner_texts() == ["prevención"]
    assert status(page) == "1 coincidencia"
    page.keyboard.type("zz")
    page.wait_for_function("() => !document.querySelector('.transcript__list mark')")
    assert status(page) == "Ninguna coincidencia"
    assert page.locator(".transcript-find [data-find]").evaluate_all(
        "buttons => buttons.every(b => b.disabled)"
    )
    page.keyboard.press("Escape")
    assert field.input_value() == "" and status(page) == ""
    cue = page.locator(".transcript__cue").nth(2)
    assert cue.inner_text().endswith("Hablamos de prevención de la tortura.")
    assert cue.evaluate("li => li.querySelectorAll('*').length") == 1  # the timecode alone
    assert not page_errors, page_errors


def test_a_moment_link_still_starts_there(recording, open_page, page_errors):
    page = open_page(recording + "?t=4")
    page.wait_for_function(f"() => {MEDIA}.readyState >= 1")
    page.wait_for_function(f"() => {MEDIA}.currentTime >= 3.5", timeout=10000)
    assert page.locator(".transcript-find").is_visible()
    assert not page_errors, page_errors


def test_without_javascript_the_box_stays_hidden(recording, open_page):
    page = open_page(recording, java_script_enabled=False)
    assert not page.locator(".transcript-find").is_visible()
    assert page.locator(".transcript__cue").count() == 5


def test_axe_with_matches_marked(recording, open_page, page_errors):
    from axe_playwright_python.sync_playwright import Axe

    for viewport in ({"width": 390, "height": 844}, {"width": 1366, "height": 900}):
        page = open_page(recording, viewport=viewport)
        page.get_by_label("Buscar en la transcripción").fill("la")
        page.wait_for_function("() => document.querySelectorAll('.transcript__list mark').length")
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.querySelector('.transcript__list mark.is-current')")
        violations = Axe().run(page).response["violations"]
        assert not [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
    assert not page_errors, page_errors

"""The site by keyboard alone: the player's controls, the listing filters, the map, a focus
indicator on every stop, and no motion for visitors who ask for less.

Chapters, transcript and the share link by keyboard are in test_player.py, search
suggestions and facets in test_search.py, the language switcher in test_accessibility.py.
"""

import re

import pytest

from tests.browser.pages import recording_url

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
MEDIA = "document.querySelector('.player__media')"


def is_focused(locator):
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page, locator, what, limit=250, key="Tab"):
    """Press Tab (or Shift+Tab) until the element has the focus (fails if it never does)."""
    for _ in range(limit):
        if is_focused(locator):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{what} cannot be reached with Tab")


def choose(page, select, value):
    """Pick an option of the focused <select> with Home and the arrow keys."""
    page.keyboard.press("Home")
    for _ in range(40):
        if select.input_value() == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"option {value!r} cannot be chosen with the arrow keys")


def showing_tracks(page):
    return page.evaluate(
        f"Array.from({MEDIA}.textTracks).filter(t => t.mode === 'showing').map(t => t.language)"
    )


def test_player_controls_by_keyboard(live_site, open_page, page_errors):
    page = open_page(recording_url(live_site, "en"))
    page.wait_for_function(f"() => {MEDIA}.readyState >= 1")
    controls = page.locator("[data-player-controls]")
    assert controls.is_visible()

    # The browser's own controls take the focus first; Space plays and pauses.
    tab_to(page, page.locator(".player__media"), "the video")
    page.keyboard.press("Space")
    page.wait_for_function(f"() => !{MEDIA}.paused", timeout=10000)
    page.keyboard.press("Space")
    page.wait_for_function(f"() => {MEDIA}.paused")

    # No buttons of ours repeat the browser's play, pause and jumps.
    assert controls.locator("button").count() == 0

    captions = controls.locator("[data-control=captions]")
    tab_to(page, captions, "the captions menu")
    page.wait_for_function("() => document.querySelector('[data-control=captions]').value === 'en'")
    assert showing_tracks(page) == ["en"]
    choose(page, captions, "pt")
    page.wait_for_function(
        f"() => Array.from({MEDIA}.textTracks).some(t => t.language === 'pt' && t.mode === 'showing')"
    )
    assert showing_tracks(page) == ["pt"]
    choose(page, captions, "")
    assert showing_tracks(page) == []

    speed = controls.locator("[data-control=speed]")
    page.keyboard.press("Tab")
    assert is_focused(speed)
    choose(page, speed, "1.5")
    assert page.evaluate(f"{MEDIA}.playbackRate") == 1.5

    assert not page_errors, page_errors


def test_share_a_moment_by_keyboard(live_site, urls, open_page, page_errors):
    page = open_page(urls["media_library.RecordingPage-es"])
    field = page.locator("#share-t")
    tab_to(page, field, "the moment to share")
    page.keyboard.press("Control+a")
    page.keyboard.type("6")
    page.keyboard.press("Enter")
    page.wait_for_url("**?t=6")
    page.wait_for_function(f"() => {MEDIA}.currentTime >= 5.5", timeout=10000)
    assert not page_errors, page_errors


def filter_by_keyboard(page, select_id, value):
    """Pick a filter by keyboard and send the form with Enter on its button."""
    select = page.locator(f"#{select_id}")
    tab_to(page, select, f"the filter #{select_id}")
    choose(page, select, value)
    button = page.locator(f"form:has(#{select_id}) button[type=submit]")
    tab_to(page, button, "the Filter button", limit=20)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"{select.get_attribute('name')}={value}" in page.url


def test_recording_filters_by_keyboard(live_site, urls, open_page, page_errors):
    page = open_page(urls["media_library.RecordingIndexPage-en"])
    everything = page.locator(".recordings .card").count()
    filter_by_keyboard(page, "filter-kind", "audio")
    audio = page.locator(".recordings .card__meta").all_text_contents()
    assert audio and len(audio) < everything
    assert all(text.startswith("Audio") for text in audio), audio
    assert page.locator("#filter-kind").input_value() == "audio"

    filter_by_keyboard(page, "filter-language", "es")
    assert "kind=audio" in page.url
    spanish = page.locator(".recordings .card__meta").all_text_contents()
    assert spanish and len(spanish) < len(audio)
    assert all(text.startswith("Audio") and "Spanish" in text for text in spanish), spanish
    assert not page_errors, page_errors


def test_brief_filters_by_keyboard(live_site, urls, open_page, page_errors):
    page = open_page(urls["briefs.BriefIndexPage-en"])
    everything = page.locator(".results .result").count()
    filter_by_keyboard(page, "f-language", "en")
    languages = page.locator(".result__title a").evaluate_all("links => links.map(a => a.lang)")
    assert languages and len(languages) < everything
    assert set(languages) == {"en"}
    assert not page_errors, page_errors


def test_directory_filters_by_keyboard(live_site, urls, open_page, page_errors):
    page = open_page(urls["network.NetworkPage-en"])
    filter_by_keyboard(page, "filter-kind", "nhri")
    kinds = page.locator("#organisations-heading ~ ul .directory__kind").all_inner_texts()
    assert kinds
    assert all(text.startswith("National human rights institution") for text in kinds), kinds

    # The word field sends the form with Enter too.
    field = page.locator("#filter-q")
    tab_to(page, field, "the name or word field")
    page.keyboard.type("zzxqwv")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "q=zzxqwv" in page.url
    assert "No institution matches these filters." in page.content()
    assert not page_errors, page_errors


def test_status_date_by_keyboard(live_site, urls, open_page, page_errors):
    page = open_page(urls["network.CountryIndexPage-en"], locale="en-US")
    field = page.locator("#status-on")
    tab_to(page, field, "the date field")
    page.keyboard.type("12312011")
    assert field.input_value() == "2011-12-31"
    tab_to(page, page.locator(".date-control button"), "the Show button", limit=5)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "on=2011-12-31" in page.url
    assert "2011" in page.locator(".status-as-of").inner_text()
    assert not page_errors, page_errors


FOCUS_STROKE = """el => {
    const path = el.querySelector('path');
    const style = getComputedStyle(path);
    return [style.stroke, parseFloat(style.strokeWidth)];
}"""


def test_map_by_keyboard(live_site, urls, open_page, page_errors):
    page = open_page(urls["network.CountryIndexPage-es"], viewport=DESKTOP)
    links = page.locator(".map-countries a")
    count = links.count()
    assert count == 17
    rest_stroke, rest_width = links.first.evaluate(FOCUS_STROKE)
    tab_to(page, links.first, "the map")
    for index in range(count):
        link = links.nth(index)
        assert is_focused(link), f"Tab skips {link.get_attribute('href')} on the map"
        stroke, width = link.evaluate(FOCUS_STROKE)
        assert stroke != rest_stroke and width >= 3, "no visible focus on the map"
        page.keyboard.press("Tab")

    # Every country has a name (its status too), and Enter opens its profile.
    ecuador = page.locator(".map").get_by_role("link", name=re.compile(r"^Ecuador: \w"))
    assert ecuador.count() == 1
    tab_to(page, ecuador, "Ecuador on the map", limit=30, key="Shift+Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/ec/")
    assert "Ecuador" in page.locator("h1").inner_text()
    assert not page_errors, page_errors


# Where the focus is, and whether it shows: an outline of the element (or of the card or
# tile it opens), or the stroke of a country on the map. Null once focus leaves the page
# or comes round again.
FOCUS_INDICATOR = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === window.hubFirstStop) return null;
    window.hubFirstStop = window.hubFirstStop || el;
    const outlined = (node) => {
        const style = getComputedStyle(node);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    const card = el.closest('.card, .tile');
    const path = el.closest('.map') && el.querySelector('path');
    const shown = outlined(el) || (card && outlined(card))
        || (path && parseFloat(getComputedStyle(path).strokeWidth) >= 3);
    const name = el.getAttribute('href') || el.id || el.textContent.trim().slice(0, 40);
    return {name: el.tagName + ' ' + name, shown: Boolean(shown)};
}"""


@pytest.mark.parametrize(
    ("viewport", "names"),
    [(DESKTOP, None), (PHONE, ["home.HomePage-es", "media_library.RecordingPage-es"])],
    ids=["desktop", "phone"],
)
def test_focus_is_visible_on_every_stop(live_site, urls, open_page, page_errors, viewport, names):
    hidden = []
    for name, url in urls.items():
        if not name.endswith("-es") or (names and name not in names):
            continue
        page = open_page(url, viewport=viewport)
        stops = 0
        for _ in range(300):
            page.keyboard.press("Tab")
            stop = page.evaluate(FOCUS_INDICATOR)
            if stop is None:
                break
            stops += 1
            if not stop["shown"]:
                hidden.append(f"{name}: {stop['name']}")
        assert stops > 5, f"{name}: only {stops} Tab stops"
        page.close()
    assert not hidden, "no visible focus on:\n" + "\n".join(hidden)
    assert not page_errors, page_errors


# Every running transition and animation of the page, longer than a hundredth of a second.
MOTION = """() => {
    const seconds = (list) => Math.max(...list.split(',').map(parseFloat));
    const moving = [];
    for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(el, pseudo);
            const transition = seconds(style.transitionDuration) + seconds(style.transitionDelay);
            const animation = style.animationName !== 'none' && seconds(style.animationDuration);
            if (transition > 0.01 || animation > 0.01) {
                moving.push(el.tagName + '.' + el.className + (pseudo || ''));
            }
        }
    }
    return moving;
}"""
REDUCED_MOTION_RULE = """() => [...document.styleSheets].some(sheet => [...sheet.cssRules].some(
    rule => rule.conditionText && rule.conditionText.includes('prefers-reduced-motion: reduce')))"""


def test_reduced_motion(live_site, urls, open_page, page_errors):
    for name in ("home.HomePage-es", "media_library.RecordingPage-es", "briefs.BriefIndexPage-es"):
        calm = open_page(urls[name], reduced_motion="reduce")
        assert calm.evaluate(REDUCED_MOTION_RULE), "hub.css has no prefers-reduced-motion rule"
        assert calm.evaluate(MOTION) == [], name
        assert calm.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    # The same page without the preference does move, so the check above can fail.
    lively = open_page(urls["home.HomePage-es"], reduced_motion="no-preference")
    assert lively.evaluate(MOTION)
    assert not page_errors, page_errors

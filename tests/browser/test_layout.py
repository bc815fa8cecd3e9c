"""Layout defects only a browser shows: the phone navigation, breadcrumbs under a long
title, the home page's Explore tiles."""

import pytest

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_every_navigation_item_is_on_a_phone_screen_without_scrolling(open_page, urls, code):
    page = open_page(urls[f"events.PanelPage-{code}"], viewport=PHONE)
    nav = page.locator(".site-nav__list")
    assert nav.evaluate("el => el.scrollWidth <= el.clientWidth")
    for box in nav.locator("a").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect().toJSON())"
    ):
        assert box["left"] >= 0 and box["right"] <= PHONE["width"], box
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_long_breadcrumb_wraps_within_itself(open_page, urls):
    """The separator before the workshop's long title stays on the line of "Home"."""
    page = open_page(urls["events.PanelPage-es"], viewport=PHONE)
    first, second = page.locator(".breadcrumbs li").all()[:2]
    top = first.evaluate("el => el.getClientRects()[0].top")
    assert second.evaluate("el => el.getClientRects()[0].top") == top


def test_the_explore_tiles_leave_no_hole(open_page, urls):
    page = open_page(urls["home.HomePage-es"], viewport=DESKTOP)
    tiles = page.locator(".tiles")
    right = tiles.evaluate("el => el.getBoundingClientRect().right")
    last = tiles.locator("li").last.evaluate("el => el.getBoundingClientRect().right")
    assert abs(last - right) < 2

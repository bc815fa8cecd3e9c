"""The search page as a researcher uses it: typing, suggestions, filters by keyboard, and a
transcript hit that starts the recording at the moment the words are said."""

import pytest

pytestmark = pytest.mark.browser


def test_suggestions_filters_and_a_moment_by_keyboard(live_site, open_page, page_errors):
    page = open_page(f"{live_site}/en/search/")
    box = page.locator("#search-page-q")
    box.focus()
    page.keyboard.type("argen", delay=30)
    page.wait_for_function(
        "() => [...document.querySelectorAll('#search-page-q-suggestions option')]"
        ".some(o => o.value === 'Argentina')"
    )
    box.fill("sample recording")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=sample+recording*")
    assert page.locator(".search-summary").inner_text().split()[0].isdigit()

    # Narrow to recordings with the keyboard only: tab to the facet link, press Enter.
    link = page.locator(".facet a", has_text="Recording").first
    for _ in range(150):
        page.keyboard.press("Tab")
        if link.evaluate("el => el === document.activeElement"):
            break
    else:
        raise AssertionError("the Recording filter cannot be reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**type=recording*")
    results = page.locator(".result--recording")
    assert results.count() >= 1

    moment = page.locator(".moments a").first
    href = moment.get_attribute("href")
    assert "?t=" in href
    seconds = int(href.rsplit("?t=", 1)[1])
    moment.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**?t={seconds}")
    page.wait_for_function(
        f"() => document.querySelector('.player__media').currentTime >= {seconds}", timeout=10000
    )
    assert page_errors == []

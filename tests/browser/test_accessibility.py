"""axe-core on every page type in the three locales; no console errors allowed.

The pages are listed in tests/browser/pages.py (shared with the HTML check).
"""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "viewport",
    [{"width": 390, "height": 844}, {"width": 1366, "height": 900}],
    ids=["phone", "desktop"],
)
def test_axe_finds_no_serious_violation(live_site, urls, open_page, page_errors, viewport):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for name, url in urls.items():
        page = open_page(url, viewport=viewport)
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [node["target"] for node in violation["nodes"]][:3]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}) {targets}")
        page.close()
    assert not problems, "\n".join(problems)
    assert not page_errors, "\n".join(page_errors)


def test_language_switcher_by_keyboard(live_site, urls, open_page, page_errors):
    page = open_page(urls["core.StandardPage-es"])
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.getAttribute('href')")
    assert skip == "#main"
    english = page.locator(".language-switcher a[lang=en]")
    english.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert "/en/" in page.url
    assert not page_errors

"""axe-core on every page type in the three locales; no console errors allowed.

Later issues add their page types to PAGE_PATHS.
"""

import json
import urllib.request
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser
LANGS = ["es", "en", "pt"]


def page_paths(base):
    """One URL per page type and locale, read from the live site's Wagtail API."""
    paths = {}
    for code in LANGS:
        for page_type in [
            "home.HomePage",
            "core.StandardPage",
            "news.NewsIndexPage",
            "news.NewsPage",
            "network.CountryIndexPage",
            "network.NetworkPage",
            "media_library.RecordingIndexPage",
            "media_library.RecordingPage",
            "events.WorkshopPage",
            "events.PanelPage",
            "briefs.BriefIndexPage",
            "briefs.BriefPage",
            "briefs.DeclarationPage",
        ]:
            url = f"{base}/api/v2/pages/?type={page_type}&locale={code}&limit=1"
            with urllib.request.urlopen(url) as response:
                items = json.load(response)["items"]
            assert items, f"no {page_type} in {code}"
            paths[f"{page_type}-{code}"] = base + urlsplit(items[0]["meta"]["html_url"]).path
        overview = paths[f"network.CountryIndexPage-{code}"]
        paths[f"overview-2011-{code}"] = overview + "?on=2011-12-31"
        paths[f"country-profile-{code}"] = overview + "ec/"
        paths[f"search-{code}"] = f"{base}/{code}/search/?q=tortura"
        paths[f"not-translated-{code}"] = f"{base}/{code}/?untranslated=1"
    return paths


@pytest.fixture(scope="module")
def urls(live_site):
    return page_paths(live_site)


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

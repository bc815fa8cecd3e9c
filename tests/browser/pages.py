"""The pages of the live demo site that the browser and HTML checks visit.

One URL per page type and locale, read from the live site's Wagtail API, plus the views
that are not pages of the tree (search results, the countries overview on a past date, a
country profile, the notice of an untranslated page). Later issues add their page types
to PAGE_TYPES.
"""

import json
import urllib.request
from urllib.parse import urlsplit

LANGS = ["es", "en", "pt"]
PAGE_TYPES = [
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
    "declaration.DeclarationPage",
    "engage.NewsletterPage",
    "engage.ContactPage",
]


def first_page_url(base, page_type, code):
    """The address of the first live page of a type in a locale."""
    url = f"{base}/api/v2/pages/?type={page_type}&locale={code}&limit=1"
    with urllib.request.urlopen(url) as response:
        items = json.load(response)["items"]
    assert items, f"no {page_type} in {code}"
    return base + urlsplit(items[0]["meta"]["html_url"]).path


def recording_url(base, code, kind="video"):
    """The address of a demo recording of a kind ("video" or "audio") in a locale."""
    url = f"{base}/api/v2/pages/?type=media_library.RecordingPage&locale={code}"
    with urllib.request.urlopen(url) as response:
        items = json.load(response)["items"]
    for item in items:
        path = urlsplit(item["meta"]["html_url"]).path
        if kind in path:
            return base + path
    raise AssertionError(f"no {kind} recording in the demo")


def page_urls(base, langs=LANGS):
    """{name: URL} for every page type in every locale, and the views beside them."""
    urls = {}
    for code in langs:
        for page_type in PAGE_TYPES:
            urls[f"{page_type}-{code}"] = first_page_url(base, page_type, code)
        overview = urls[f"network.CountryIndexPage-{code}"]
        urls[f"overview-2011-{code}"] = overview + "?on=2011-12-31"
        urls[f"country-profile-{code}"] = overview + "ec/"
        urls[f"search-{code}"] = f"{base}/{code}/search/?q=tortura"
        urls[f"not-translated-{code}"] = f"{base}/{code}/?untranslated=1"
    return urls

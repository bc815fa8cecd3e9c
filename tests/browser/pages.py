"""The pages of the live demo site that the browser and HTML checks visit.

One URL per page type and locale, read from the live site's Wagtail API, plus the views
that are not pages of the tree (search results, the countries overview on a past date, a
country profile, the notice of an untranslated page) and the listings showing a filter
they leave out. Later issues add their page types to PAGE_TYPES.
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
    "upr.RecommendationIndexPage",
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


def first_recommendation_id(base):
    """The id of a recommendation of the demo, from /api/recommendations/."""
    with urllib.request.urlopen(f"{base}/api/recommendations/?page_size=1") as response:
        return json.load(response)["results"][0]["id"]


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
        database = urls[f"upr.RecommendationIndexPage-{code}"]
        urls[f"recommendation-{code}"] = f"{database}{first_recommendation_id(base)}/"
    # The listings with a filter they leave out, its message shown (in one language).
    code = langs[0]
    urls[f"briefs-refused-filter-{code}"] = (
        urls[f"briefs.BriefIndexPage-{code}"] + "?panel=2&year=0"
    )
    urls[f"recordings-refused-filter-{code}"] = (
        urls[f"media_library.RecordingIndexPage-{code}"] + "?kind=image&language=es"
    )
    urls[f"recommendations-refused-filter-{code}"] = (
        urls[f"upr.RecommendationIndexPage-{code}"]
        + "?country=ZZ&cycle=abc&mechanism=upr&theme=tortura"
    )
    # A profile with uncertain dates, marked as such (Guatemala's CAT date).
    urls[f"country-profile-uncertain-{code}"] = urls[f"network.CountryIndexPage-{code}"] + "gt/"
    urls[f"directory-refused-filter-{code}"] = urls[f"network.NetworkPage-{code}"] + "?country=ZZ"
    urls[f"overview-unreadable-date-{code}"] = (
        urls[f"network.CountryIndexPage-{code}"] + "?on=garbage"
    )
    return urls

"""A recommendation found by search leads to its own permalink in the public database,
in the language of its text (the page and the JSON API alike)."""

import re

import pytest

from search.models import SearchDocument
from tests.factories import RecommendationFactory, recommendations_database

pytestmark = pytest.mark.django_db

WORD = "qzxlinkword"


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_a_found_recommendation_links_to_its_permalink(
    client, django_capture_on_commit_callbacks, language
):
    database = recommendations_database(language)
    with django_capture_on_commit_callbacks(execute=True):
        item = RecommendationFactory(text=f"Ratify the protocol {WORD}", text_language=language)
    permalink = database.recommendation_url(item)
    assert permalink.endswith(f"/{item.pk}/")

    data = client.get("/api/search/", {"q": WORD, "lang": language}).json()
    assert [result["url"] for result in data["results"]] == [permalink]

    html = client.get(f"/{language}/search/", {"q": WORD}).content.decode()
    assert re.search(rf'href="{re.escape(permalink)}"', html)
    assert "#recommendations" not in html
    # The permalink answers, and shows the recommendation.
    assert WORD in client.get(permalink).content.decode()


def test_publishing_the_database_rewrites_the_addresses(django_capture_on_commit_callbacks):
    database = recommendations_database("en")
    with django_capture_on_commit_callbacks(execute=True):
        item = RecommendationFactory(text=f"Close the cells {WORD}", text_language="en")
    key = f"upr.Recommendation:{item.pk}"
    assert SearchDocument.objects.get(key=key).url == database.recommendation_url(item)
    with django_capture_on_commit_callbacks(execute=True):
        database.unpublish()
    # Without a database the result falls back to the country's profile.
    assert SearchDocument.objects.get(key=key).url.endswith("/ar/#recommendations")


@pytest.mark.parametrize(
    "language, title",
    [
        ("es", "Argentina: recomendación de Committee against Torture"),
        ("en", "Argentina: recommendation by Committee against Torture"),
        ("pt", "Argentina: recomendação de Committee against Torture"),
    ],
)
def test_a_treaty_body_result_speaks_of_no_upr_cycle(
    client, django_capture_on_commit_callbacks, language, title
):
    with django_capture_on_commit_callbacks(execute=True):
        item = RecommendationFactory(
            text=f"Investigate promptly {WORD}",
            text_language=language,
            body="Committee against Torture",
            session=None,
            recommending_states=[],
        )
    document = SearchDocument.objects.get(key=f"upr.Recommendation:{item.pk}")
    assert document.title == title

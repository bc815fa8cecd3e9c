"""The sample recommendations of the demo, and the snippet in the Wagtail admin."""

import pytest

from django.urls import reverse

from hub.demo.loader.upr import load_demo_recommendations, load_other_mechanism_samples
from hub.upr.models import Recommendation

pytestmark = pytest.mark.django_db


@pytest.mark.demo
def test_demo_recommendations_are_samples_and_idempotent():
    load_demo_recommendations(write=lambda line: None)
    samples = Recommendation.objects.filter(source="demo", mechanism="upr")
    assert samples.count() >= 8
    assert {"AR", "CL", "MX", "PY", "HN", "BR", "GT", "UY"} <= set(
        samples.values_list("country", flat=True)
    )
    for item in samples:
        assert item.is_sample
        assert item.text.startswith("Sample recommendation (not a real UPR text): ")
        assert item.cycle in (1, 2) and item.session
        assert all(set(state) == {"code", "name"} for state in item.recommending_states)
    argentina = samples.get(source_id="sample-ar-14-1")
    assert (argentina.session, argentina.cycle) == (14, 2)

    before = samples.count()
    counts = load_demo_recommendations(write=lambda line: None)
    assert counts["created"] == 0 and counts["skipped"] == before
    assert samples.count() == before


@pytest.mark.demo
def test_demo_samples_of_other_mechanisms_are_marked_and_idempotent():
    load_other_mechanism_samples(write=lambda line: None)
    samples = Recommendation.objects.filter(source="demo").exclude(mechanism="upr")
    assert {"cat", "treaty", "special"} <= set(samples.values_list("mechanism", flat=True))
    for item in samples:
        assert item.is_sample
        assert item.text.startswith("Sample recommendation (not a real text of a UN mechanism)")
    counts = load_other_mechanism_samples(write=lambda line: None)
    assert counts["created"] == 0 and counts["skipped"] == samples.count()


@pytest.mark.demo
def test_the_api_marks_samples(client):
    load_demo_recommendations(write=lambda line: None)
    data = client.get("/api/recommendations/", {"source": "demo", "country": "AR"}).json()
    assert data["count"] >= 2
    assert all(item["is_sample"] for item in data["results"])


def test_snippet_listing_filters_search_and_edit(editor_client):
    load_demo_recommendations(write=lambda line: None)
    list_url = reverse("wagtailsnippets_upr_recommendation:list")
    assert editor_client.get(list_url).status_code == 200
    response = editor_client.get(list_url, {"country": "CL", "cycle": "2", "response": "supported"})
    assert response.status_code == 200
    html = response.content.decode()
    chile = Recommendation.objects.get(source_id="sample-cl-18-1")
    mexico = Recommendation.objects.get(source_id="sample-mx-17-1")
    edit = "wagtailsnippets_upr_recommendation:edit"
    assert reverse(edit, args=[chile.pk]) in html
    assert reverse(edit, args=[mexico.pk]) not in html
    assert editor_client.get(list_url, {"q": "torture"}).status_code == 200
    item = Recommendation.objects.filter(source="demo").first()
    edit_url = reverse("wagtailsnippets_upr_recommendation:edit", args=[item.pk])
    assert editor_client.get(edit_url).status_code == 200


@pytest.mark.demo
@pytest.mark.parametrize(
    "code, path, title",
    [
        ("es", "/es/recomendaciones/", "Recomendaciones"),
        ("en", "/en/recommendations/", "Recommendations"),
        ("pt", "/pt/recomendacoes/", "Recomendações"),
    ],
)
def test_the_recommendations_database_is_in_the_main_navigation(client, code, path, title):
    import re

    html = client.get(f"/{code}/", HTTP_HOST="localhost").content.decode()
    nav = re.search(r'<ul class="site-nav__list">(.*?)</ul>', html, re.S).group(1)
    assert f'<a href="{path}">{title}</a>' in nav
    # Its own page marks it as the current item.
    html = client.get(path, HTTP_HOST="localhost").content.decode()
    nav = re.search(r'<ul class="site-nav__list">(.*?)</ul>', html, re.S).group(1)
    assert f'<a href="{path}" aria-current="page">{title}</a>' in nav

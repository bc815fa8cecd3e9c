"""The briefs index's filters: one form, which renders its fields and leaves out a value
it refuses (the list is then not filtered by that field) with a message, never a 500."""

import pytest

from hub.briefs.models import BriefIndexPage
from tests.filter_fields import filter_field

pytestmark = pytest.mark.django_db

FIELDS = ["panel", "topic", "country", "language", "year", "sort"]


def index_url(code="es"):
    return BriefIndexPage.objects.get(locale__language_code=code).url


def listed(html):
    return html.count('<li class="result">')


def test_each_field_shows_its_value_with_its_label(client):
    params = {"panel": "2", "topic": "spt", "country": "br", "language": "en", "year": "2011"}
    html = client.get(index_url("en"), {**params, "sort": "oldest"}).content.decode()
    expected = {**params, "country": "BR", "sort": "oldest"}  # a code in any case
    for name in FIELDS:
        field = filter_field(html, name)
        assert field["selected"] == [expected[name]], name
        assert field["label_for"] == field["id"] == f"f-{name}"
        assert field["error"] is None
    assert html.count("<select") == len(FIELDS)


def test_no_filter_selects_everything(client):
    html = client.get(index_url()).content.decode()
    assert listed(html) == 6
    for name in ["panel", "topic", "country", "language", "year"]:
        assert filter_field(html, name)["selected"] == [""]


@pytest.mark.parametrize(
    "name, value",
    [
        ("panel", "x"),
        ("panel", "99"),
        ("panel", "2" * 3000),
        ("year", "0"),
        ("year", "10000"),
        ("year", "20x1"),
        ("year", "-2011"),
        ("topic", "no-such-topic"),
        ("topic", "<script>alert(1)</script>"),
        ("country", "ZZZ"),
        ("country", "' OR 1=1 --"),
        ("language", "fr"),
        ("sort", "-title"),
    ],
)
def test_a_refused_value_is_left_out_and_explained(client, name, value):
    response = client.get(index_url("en"), {name: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert listed(html) == 6  # not filtered by that field
    field = filter_field(html, name)
    assert field["error"] == "That is not one of the choices, so the list is not filtered by it."
    assert field["described_by_error"]
    assert "<script>alert" not in html


def test_a_refused_value_leaves_the_other_filters_working(client):
    html = client.get(index_url(), {"panel": "2", "year": "0"}).content.decode()
    assert listed(html) == 3
    assert filter_field(html, "panel")["selected"] == ["2"]
    assert filter_field(html, "year")["error"]


def test_a_year_without_briefs_is_still_a_year(client):
    html = client.get(index_url(), {"year": "1999"}).content.decode()
    assert listed(html) == 0
    field = filter_field(html, "year")
    assert field["selected"] == ["1999"] and field["error"] is None


def test_the_last_of_repeated_parameters_counts(client):
    html = client.get(f"{index_url()}?panel=1&panel=2&language=fr&language=es").content.decode()
    assert filter_field(html, "panel")["selected"] == ["2"]
    assert filter_field(html, "language")["selected"] == ["es"]


def test_the_other_pages_keep_the_filters(client, monkeypatch):
    monkeypatch.setattr(BriefIndexPage, "per_page", 2)
    html = client.get(index_url(), {"panel": "2", "year": "0"}).content.decode()
    assert listed(html) == 2
    assert 'href="?page=2&amp;panel=2"' in html  # the refused year is not carried on
    second = client.get(index_url(), {"page": "2", "panel": "2"}).content.decode()
    assert listed(second) == 1


def test_a_brief_is_listed_once_when_it_names_a_topic_or_country_twice(client):
    from tests.factories import BriefPageFactory, TopicFactory

    topic = TopicFactory(name="Tema repetido")
    BriefPageFactory(
        title="Nota con repeticiones", topic_list=[topic, topic], country_codes=["GY", "GY"]
    )
    for params in ({"topic": topic.slug}, {"country": "GY"}):
        html = client.get(index_url(), params).content.decode()
        assert listed(html) == 1 and "Nota con repeticiones" in html, params


def test_filters_that_cannot_repeat_a_brief_sort_no_duplicates_away(client):
    """SELECT DISTINCT over every column costs PostgreSQL milliseconds of planning: only
    the topic and country filters (a brief has several) need it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for params in ({}, {"language": "es"}, {"year": "2011", "sort": "title"}):
        client.get(index_url(), params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index_url(), params).status_code == 200
        assert not [q for q in queries.captured_queries if "SELECT DISTINCT" in q["sql"]]

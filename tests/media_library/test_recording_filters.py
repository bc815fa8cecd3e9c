"""The recordings index's filters: language spoken, format, speaker, as one form."""

import pytest

from media_library.models import RecordingIndexPage
from tests.filter_fields import filter_field

pytestmark = pytest.mark.django_db


def index_url(code="en"):
    return RecordingIndexPage.objects.get(locale__language_code=code).url


def listed(html):
    return html.count('<li class="card">')


def test_the_fields_show_what_is_filtered(client):
    params = {"language": "es", "kind": "audio", "speaker": "pedro-muestra"}
    html = client.get(index_url(), params).content.decode()
    assert listed(html) == 1 and "Sample audio 2" in html
    for name, value in params.items():
        field = filter_field(html, name)
        assert field["selected"] == [value]
        assert field["label_for"] == field["id"] == f"filter-{name}"
        assert field["error"] is None


def test_the_speakers_are_those_of_the_recordings(client):
    html = client.get(index_url()).content.decode()
    assert listed(html) == 4
    speakers = filter_field(html, "speaker")
    assert speakers["selected"] == [""]
    options = html[
        html.index('name="speaker"') : html.index("</select>", html.index('name="speaker"'))
    ]
    assert options.count("<option") == 4  # everyone, then the three speakers
    assert 'value="maria-exemplo"' in options


@pytest.mark.parametrize(
    "name, value",
    [
        ("language", "fr"),
        ("language", "ES" * 2000),
        ("kind", "<x>"),
        ("kind", "image"),
        ("speaker", "nobody"),
        ("speaker", "' OR 1=1 --"),
    ],
)
def test_a_refused_value_is_left_out_and_explained(client, name, value):
    response = client.get(index_url(), {name: value, "page": "99"})
    assert response.status_code == 200
    html = response.content.decode()
    assert listed(html) == 4
    field = filter_field(html, name)
    assert field["error"] == "That is not one of the choices, so the list is not filtered by it."
    assert field["described_by_error"]


def test_the_messages_are_in_the_pages_language(client):
    html = client.get(index_url("es"), {"kind": "image"}).content.decode()
    assert filter_field(html, "kind")["error"] == (
        "No es una de las opciones, así que la lista no se filtra por ella."
    )


def test_a_recording_is_listed_once_when_its_speaker_is_named_twice(client):
    from tests.factories import PersonFactory, RecordingPageFactory

    person = PersonFactory(name="Persona Repetida")
    RecordingPageFactory(language="en", title="Twice the same speaker", people=[person, person])
    html = client.get(index_url(), {"speaker": person.slug}).content.decode()
    assert listed(html) == 1 and "Twice the same speaker" in html


def test_the_listing_unfiltered_or_by_one_value_sorts_no_duplicates_away(client):
    """SELECT DISTINCT over every column costs PostgreSQL milliseconds of planning: only
    the speaker filter (a recording has several speakers) needs it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for params in ({}, {"language": "es"}, {"kind": "audio"}):
        client.get(index_url(), params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index_url(), params).status_code == 200
        assert not [q for q in queries.captured_queries if "SELECT DISTINCT" in q["sql"]]

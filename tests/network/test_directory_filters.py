"""The directory's filters and the overview's date, each a form: a value the form refuses
is left out with a message tied to its field."""

import datetime
import re

import pytest

from hub.network.models import CountryIndexPage, NetworkPage
from tests.filter_fields import filter_field

pytestmark = pytest.mark.django_db


def directory_url(code="en"):
    return NetworkPage.objects.live().get(locale__language_code=code).url


def institutions(html):
    return int(re.search(r'id="organisations-heading">.*?\((\d+)\)', html).group(1))


def test_the_fields_show_what_is_filtered(client):
    html = client.get(directory_url(), {"country": "ar", "kind": "nhri", "q": "Defensor"})
    html = html.content.decode()
    assert filter_field(html, "country")["selected"] == ["AR"]
    assert filter_field(html, "kind")["selected"] == ["nhri"]
    word = filter_field(html, "q")
    assert word["value"] == "Defensor" and word["id"] == word["label_for"] == "filter-q"
    assert 'type="search"' in html


def test_no_filter_lists_everyone(client):
    html = client.get(directory_url()).content.decode()
    assert institutions(html) == 31
    assert filter_field(html, "country")["selected"] == [""]
    assert institutions(client.get(directory_url(), {"country": "AR"}).content.decode()) == 4


@pytest.mark.parametrize(
    "name, value, message",
    [
        ("country", "ZZ", "That is not one of the choices, so the list is not filtered by it."),
        (
            "country",
            "'; DROP",
            "That is not one of the choices, so the list is not filtered by it.",
        ),
        ("kind", "<script>", "That is not one of the choices, so the list is not filtered by it."),
        ("q", "x" * 5000, "That is longer than 100 characters, so the list is not filtered by it."),
    ],
)
def test_a_refused_value_is_left_out_and_explained(client, name, value, message):
    response = client.get(directory_url(), {name: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert institutions(html) == 31
    field = filter_field(html, name)
    assert field["error"] == message and field["described_by_error"]


def overview_url(code="en"):
    return CountryIndexPage.objects.get(locale__language_code=code).url


def date_control(html):
    start = html.index('<form class="filters date-control"')
    form = html[start : html.index("</form>", start)]
    value = re.search(r'<input type="date" name="on" value="([^"]*)"', form).group(1)
    error = re.search(r'<p class="field__error" id="status-on_error" role="alert">(.*?)</p>', form)
    return value, error.group(1) if error else None, 'aria-describedby="status-on_error"' in form


@pytest.mark.parametrize(
    "value, shown",
    [
        ("2011", "2011-12-31"),
        ("2011-12-31", "2011-12-31"),
        (" 2011-06-01 ", "2011-06-01"),
        ("1800-01-01", "2006-01-01"),  # before the map's first year
        ("9999-12-31", datetime.date.today().isoformat()),  # after today
    ],
)
def test_the_date_field_shows_the_date_used(client, value, shown):
    html = client.get(overview_url(), {"on": value}).content.decode()
    assert date_control(html) == (shown, None, False)
    assert 'min="2006-01-01"' in html and f'max="{datetime.date.today().isoformat()}"' in html


@pytest.mark.parametrize("value", ["garbage", "2011-13-45", "0000", "'; --", "x" * 3000])
def test_an_unreadable_date_shows_today_and_says_so(client, value):
    response = client.get(overview_url(), {"on": value})
    assert response.status_code == 200
    today = datetime.date.today().isoformat()
    message = "That date could not be read; showing today instead."
    assert date_control(response.content.decode()) == (today, message, True)

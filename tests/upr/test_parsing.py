"""The importer's value parsers and the country name mapping."""

import datetime

import pytest

from hub.core.countries import UN_NAMES, country_code
from hub.upr.importers import map_response, parse_cycle, parse_date, parse_session, split_values
from hub.upr.models import Recommendation, cycle_for_session


@pytest.mark.parametrize(
    "name, code",
    [
        ("Venezuela (Bolivarian Republic of)", "VE"),
        ("Bolivia (Plurinational State of)", "BO"),
        ("Iran (Islamic Republic of)", "IR"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("Republic of Korea", "KR"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Democratic People’s Republic of Korea", "KP"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("Holy See", "VA"),
        ("State of Palestine", "PS"),
        ("Russian Federation", "RU"),
        ("Viet Nam", "VN"),
        ("Lao People's Democratic Republic", "LA"),
        ("Republic of Moldova", "MD"),
        ("United Republic of Tanzania", "TZ"),
        ("Czechia", "CZ"),
        ("Czech Republic", "CZ"),
        ("North Macedonia", "MK"),
        ("The former Yugoslav Republic of Macedonia", "MK"),
        ("Micronesia (Federated States of)", "FM"),
        ("Syrian Arab Republic", "SY"),
        ("Eswatini", "SZ"),
        ("Swaziland", "SZ"),
        ("Cabo Verde", "CV"),
        ("Cape Verde", "CV"),
        ("Brunei Darussalam", "BN"),
        ("Timor-Leste", "TL"),
        ("Congo", "CG"),
        ("Democratic Republic of the Congo", "CD"),
        ("Gambia", "GM"),
        ("Gambia (Republic of The)", "GM"),
        ("Libyan Arab Jamahiriya", "LY"),
        ("  méxico  ", "MX"),
        ("PERU", "PE"),
        ("Trinidad & Tobago", "TT"),
        ("Guinea Bissau", "GW"),
        ("fr", "FR"),
        ("AR", "AR"),
    ],
)
def test_country_names_map_to_codes(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "", "XX", "Congo Republic Democratic People"])
def test_unknown_country_names(name):
    assert country_code(name) is None


def test_every_un_member_and_observer_state_is_listed():
    assert len(UN_NAMES) == 195
    assert all(country_code(name) == code for code, name in UN_NAMES.items())


@pytest.mark.parametrize(
    "session, cycle",
    [(1, 1), (12, 1), (13, 2), (26, 2), (27, 3), (40, 3), (41, 4), (47, 4), (None, None)],
)
def test_cycle_derived_from_session(session, cycle):
    assert cycle_for_session(session) == cycle


@pytest.mark.django_db
def test_save_derives_the_cycle():
    item = Recommendation.objects.create(
        source="uhri", source_id="c", text="T", country="AR", session=30
    )
    assert item.cycle == 3


@pytest.mark.parametrize(
    "value, expected",
    [
        (14, 14),
        (14.0, 14),
        ("14", 14),
        ("14th", 14),
        ("- 14th session", 14),
        ("Session 3", 3),
        ("UPR 14", 14),
        ("14th UPR session", 14),
    ],
)
def test_sessions(value, expected):
    assert parse_session(value) == expected


@pytest.mark.parametrize("value", ["forty", "0", 0, 14.5, "14, 15", "3 4", 250])
def test_bad_sessions(value):
    with pytest.raises(ValueError):
        parse_session(value)


@pytest.mark.parametrize("value, expected", [(2, 2), ("Cycle 3", 3), ("2nd cycle", 2), ("IV", 4)])
def test_cycles(value, expected):
    assert parse_cycle(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (41257, datetime.date(2012, 12, 14)),
        (41257.75, datetime.date(2012, 12, 14)),
        ("41257", datetime.date(2012, 12, 14)),
        ("2012-12-12", datetime.date(2012, 12, 12)),
        ("2012-12-12T00:00:00Z", datetime.date(2012, 12, 12)),
        ("12/12/2012", datetime.date(2012, 12, 12)),
        ("5-11-2012", datetime.date(2012, 11, 5)),
        ("5.11.2012", datetime.date(2012, 11, 5)),
        ("5 November 2012", datetime.date(2012, 11, 5)),
        (datetime.datetime(2012, 11, 5, 9), datetime.date(2012, 11, 5)),
    ],
)
def test_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/02/2012", "soon", "12", "2012-13-01", 5, "999999"])
def test_bad_dates(value):
    with pytest.raises((ValueError, OverflowError)):
        parse_date(value)


def test_multi_value_cells():
    assert split_values("- A\n- B\r\n- A\n-C") == ["A", "B", "C"]
    assert split_values(["- A", "B"]) == ["A", "B"]
    assert split_values("Korea, Republic of") == ["Korea, Republic of"]
    assert split_values("One, Two", commas=True) == ["One", "Two"]
    assert split_values(None) == [] and split_values("") == []


@pytest.mark.parametrize(
    "originals, response",
    [
        (["Supported"], "supported"),
        (["Accepted"], "supported"),
        (["Noted"], "noted"),
        (["rejected"], "noted"),
        (["Not supported"], "noted"),
        (["without clear position"], "other"),
        (["Supported in part"], "other"),
        (["Supported", "Noted"], "other"),
        ([], "other"),
    ],
)
def test_responses(originals, response):
    assert map_response(originals)[0] == response

"""Status on a date is derived from the timeline alone."""

import datetime

import pytest

from hub.network import status as statuses
from hub.network.models import Country, CountryStatusEvent

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

# The project synopsis' view of December 2011, with the corrections the reference notes:
# Ecuador's Defensoría had adopted its NPM resolution on 8 Nov 2011; Guatemala and
# Paraguay had created NPMs by law without staffing them; Uruguay's law had made its new
# NHRI the NPM, but the NHRI's board took office only on 22 Jun 2012.
DECEMBER_2011 = {
    statuses.NPM_NHRI: {"CR", "MX", "EC"},
    statuses.NPM_NOT_OPERATIONAL: {"GT", "PY", "UY"},
    statuses.NPM_OTHER: {"HN"},
    statuses.RATIFIED: {"AR", "BO", "CL", "NI", "PE", "BR", "PA"},
    statuses.SIGNED: {"VE"},
    statuses.NOT_PARTY: {"CO", "SV"},
}


def categories_on(on, code="es"):
    result = {}
    for country in Country.objects.filter(locale__language_code=code).prefetch_related("events"):
        category = statuses.status_on(country.timeline(), on).category
        result.setdefault(category, set()).add(country.iso_code)
    return result


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_december_2011_reproduces_the_synopsis_with_its_corrections(code):
    assert categories_on(datetime.date(2011, 12, 31), code) == DECEMBER_2011


def test_status_moves_with_the_date():
    bolivia = Country.objects.get(iso_code="BO", locale__language_code="es")
    timeline = bolivia.timeline()
    assert statuses.status_on(timeline, datetime.date(2006, 5, 22)).category == statuses.SIGNED
    assert statuses.status_on(timeline, datetime.date(2006, 5, 23)).category == statuses.RATIFIED
    assert (
        statuses.status_on(timeline, datetime.date(2014, 6, 1)).category
        == statuses.NPM_NOT_OPERATIONAL
    )
    assert statuses.status_on(timeline, datetime.date(2017, 1, 1)).category == statuses.NPM_OTHER
    assert statuses.status_on(timeline, datetime.date(2022, 1, 1)).category == statuses.NPM_NHRI


@pytest.mark.parametrize(
    "code, on, category",
    [
        ("UY", "2011-12-14", statuses.NPM_NOT_OPERATIONAL),
        ("UY", "2012-06-22", statuses.NPM_NHRI),
        ("BR", "2014-12-31", statuses.NPM_NOT_OPERATIONAL),
        ("BR", "2015-03-01", statuses.NPM_OTHER),
    ],
)
def test_mechanisms_work_from_the_day_the_reference_gives(code, on, category):
    country = Country.objects.get(iso_code=code, locale__language_code="en")
    status = statuses.status_on(country.timeline(), datetime.date.fromisoformat(on))
    assert status.category == category


def test_accessions_are_recorded_as_such():
    acceded = {
        (event.country.iso_code, event.kind)
        for event in CountryStatusEvent.objects.filter(locale__language_code="en", accession=True)
    }
    assert acceded == {
        ("SV", "cat_ratification"),
        ("GT", "cat_ratification"),
        ("HN", "cat_ratification"),
        ("PE", "opcat_ratification"),
    }


def test_uncertain_dates_are_flagged():
    chile = Country.objects.get(iso_code="CL", locale__language_code="es")
    status = statuses.status_on(chile.timeline(), datetime.date(2011, 12, 31))
    assert status.opcat_ratified.uncertain
    assert status.uncertain


def test_every_event_has_a_source():
    for country in Country.objects.prefetch_related("events"):
        for event in country.events.all():
            assert event.source_title, (country.iso_code, event.kind)


def test_countries_exist_once_per_locale_with_one_identity():
    codes = {
        "AR",
        "BO",
        "BR",
        "CL",
        "CO",
        "CR",
        "EC",
        "SV",
        "GT",
        "HN",
        "MX",
        "NI",
        "PA",
        "PY",
        "PE",
        "UY",
        "VE",
    }
    for code in ("es", "en", "pt"):
        assert (
            set(
                Country.objects.filter(locale__language_code=code).values_list(
                    "iso_code", flat=True
                )
            )
            == codes
        )
    brazil = Country.objects.filter(iso_code="BR")
    assert {c.name for c in brazil} == {"Brasil", "Brazil"}
    assert len({c.translation_key for c in brazil}) == 1


def test_spt_visits_are_on_the_timelines_with_their_reports():
    visits = CountryStatusEvent.objects.filter(locale__language_code="en", kind="spt_visit")
    assert {(e.country.iso_code, e.date.isoformat(), e.document_symbol) for e in visits} == {
        ("BR", "2011-09-11", "CAT/OP/BRA/1"),
        ("BR", "2015-10-19", "CAT/OP/BRA/3"),
        ("BR", "2022-02-01", ""),
        ("AR", "2012-04-18", ""),
        ("HN", "2012-04-30", ""),
    }
    brazil = Country.objects.get(iso_code="BR", locale__language_code="en")
    # A visit changes no OPCAT status.
    assert (
        statuses.status_on(brazil.timeline(), datetime.date(2011, 9, 30)).category
        == statuses.RATIFIED
    )

"""What a country record says, on timelines built in the test: when an NPM counts as
working, what an accession is called, SPT visits and their reports, dated GANHRI statuses."""

import datetime
from types import SimpleNamespace

import pytest

from django.utils import translation

from hub.network import status as statuses
from hub.network.models import CountryIndexPage, NetworkPage
from tests.factories import CountryFactory, CountryStatusEventFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def event(kind, date, is_nhri=None, accession=False):
    return SimpleNamespace(
        kind=kind,
        date=datetime.date.fromisoformat(date),
        is_nhri=is_nhri,
        uncertain=False,
        accession=accession,
    )


def category(events, on):
    return statuses.status_on(events, datetime.date.fromisoformat(on)).category


def test_an_nhri_designated_by_law_works_once_it_begins_work_when_that_is_recorded():
    # Uruguay's case: the law of 2008 created the NHRI as the NPM; its board took office in
    # June 2012. Until then the mechanism existed on paper only.
    timeline = [
        event("opcat_ratification", "2005-12-08"),
        event("npm_designated", "2008-12-24", is_nhri=True),
        event("npm_operational", "2012-06-22", is_nhri=True),
    ]
    assert category(timeline, "2011-12-14") == statuses.NPM_NOT_OPERATIONAL
    assert category(timeline, "2012-06-22") == statuses.NPM_NHRI


def test_an_existing_nhri_designated_as_the_npm_works_at_once():
    timeline = [
        event("opcat_ratification", "2005-04-11"),
        event("npm_designated", "2007-07-11", is_nhri=True),
    ]
    assert category(timeline, "2007-07-11") == statuses.NPM_NHRI


def test_a_new_body_works_once_it_begins_work():
    timeline = [
        event("opcat_ratification", "2007-01-12"),
        event("npm_designated", "2013-08-02", is_nhri=False),
        event("npm_operational", "2015-03-01", is_nhri=False),
    ]
    assert category(timeline, "2014-12-31") == statuses.NPM_NOT_OPERATIONAL
    assert category(timeline, "2015-03-01") == statuses.NPM_OTHER


def test_an_accession_is_not_called_a_ratification():
    timeline = [event("opcat_ratification", "2006-09-14", accession=True)]
    status = statuses.status_on(timeline, datetime.date(2011, 12, 31))
    assert status.category == statuses.RATIFIED
    with translation.override("en"):
        assert str(status.label) == "OPCAT acceded to, no NPM designated"
    ratified = statuses.status_on([event("opcat_ratification", "2006-09-14")], status.on)
    with translation.override("en"):
        assert str(ratified.label) == "OPCAT ratified, no NPM designated"


@pytest.mark.parametrize(
    "code, cat, opcat",
    [
        ("en", "CAT acceded to", "OPCAT acceded to"),
        ("es", "Adhesión a la CAT", "Adhesión al OPCAT"),
        ("pt", "Adesão à CAT", "Adesão ao OPCAT"),
    ],
)
def test_a_profile_names_accessions_as_such(client, code, cat, opcat):
    index = CountryIndexPage.objects.live().get(locale__language_code=code)
    country = CountryFactory(locale=index.locale)
    CountryStatusEventFactory(country=country, kind="cat_ratification", accession=True)
    CountryStatusEventFactory(
        country=country, kind="opcat_ratification", date="2006-09-14", accession=True
    )
    html = client.get(index.profile_url(country.iso_code)).content.decode()
    assert f"<strong>{cat}</strong>" in html
    assert f"<strong>{opcat}</strong>" in html
    assert "ratified" not in html.split('class="timeline')[1].split("</ol>")[0].lower()


def test_a_profile_shows_an_spt_visit_with_its_report(client):
    index = CountryIndexPage.objects.live().get(locale__language_code="en")
    country = CountryFactory(locale=index.locale)
    CountryStatusEventFactory(
        country=country, kind="spt_visit", date="2011-09-11", document_symbol="CAT/OP/XXX/1"
    )
    html = client.get(index.profile_url(country.iso_code)).content.decode()
    timeline = html.split('class="timeline"')[1].split("</ol>")[0]
    assert "<strong>Visit of the UN Subcommittee on Prevention of Torture</strong>" in timeline
    assert "Report: CAT/OP/XXX/1" in timeline


@pytest.mark.parametrize(
    "as_of, shown",
    [("2019-03", "GANHRI status B (2019-03)"), ("", "GANHRI status B (date not on record)")],
)
def test_the_directory_dates_a_ganhri_status_or_says_it_cannot(client, as_of, shown):
    directory = NetworkPage.objects.live().get(locale__language_code="en")
    OrganisationFactory(
        name="Sample Ombudsman of Testland",
        kind="nhri",
        ganhri_status="B",
        ganhri_as_of=as_of,
        ganhri_note="Downgraded; sources differ.",
        locale=directory.locale,
    )
    html = client.get(directory.url, {"q": "Testland"}).content.decode()
    assert shown in html
    assert "Downgraded; sources differ." in html

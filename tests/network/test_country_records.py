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


def translated(instance, code, strings):
    """`instance` translated into `code` through wagtail-localize, as a translator would:
    each string of `strings` ({source: target}) translated, any other kept as it is."""
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    locale = Locale.objects.get(language_code=code)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": strings.get(segment.string.data, segment.string.data)},
        )
    Translation.objects.create(source=source, target_locale=locale).save_target(publish=True)
    return instance.get_translation(locale)


SOURCE_TITLES = {
    "es": "Colección de Tratados: entrada del país de prueba",
    "en": "Treaty Collection: entry for the test country",
    "pt": "Coleção de Tratados: entrada do país de teste",
}


def test_an_events_source_is_named_in_the_language_of_the_page(client):
    country = CountryFactory()
    CountryStatusEventFactory(country=country, source_title=SOURCE_TITLES["es"])
    for code in ("en", "pt"):
        translated(country, code, {SOURCE_TITLES["es"]: SOURCE_TITLES[code]})
    for code, title in SOURCE_TITLES.items():
        index = CountryIndexPage.objects.live().get(locale__language_code=code)
        html = client.get(index.profile_url(country.iso_code)).content.decode()
        source = html.split('class="timeline__source"')[1].split("</p>")[0]
        assert title in source, code
        assert all(other not in html for other in SOURCE_TITLES.values() if other != title)


UNCERTAIN = {"es": "(fecha incierta)", "en": "(uncertain)", "pt": "(data incerta)"}


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_an_uncertain_date_is_marked_wherever_it_is_shown(client, code):
    index = CountryIndexPage.objects.live().get(locale__language_code=code)
    country = CountryFactory(locale=index.locale)
    for kind, date in [
        ("cat_ratification", "1990-01-05"),
        ("opcat_signature", "2004-09-22"),
        ("opcat_ratification", "2008-12-12"),
        ("npm_designated", "2009-12-28"),
    ]:
        CountryStatusEventFactory(country=country, kind=kind, date=date, uncertain=True)
    mark = f'<span class="uncertain">{UNCERTAIN[code]}</span>'
    html = client.get(index.profile_url(country.iso_code)).content.decode()
    facts = html.split('class="dl-grid"')[1].split("</dl>")[0]
    assert facts.count(mark) == 3  # CAT, OPCAT (ratified, so not its signature), NPM
    timeline = html.split('class="timeline"')[1].split("</ol>")[0]
    assert timeline.count(mark) == 4
    overview = client.get(index.url).content.decode()
    row = overview.split(f">{country.name}</a></th>")[1].split("</tr>")[0]
    assert row.count(mark) == 2  # the OPCAT and NPM dates of the table


@pytest.mark.parametrize(
    "code, differ",
    [("es", "las fuentes discrepan"), ("en", "sources differ"), ("pt", "as fontes divergem")],
)
def test_the_map_names_an_uncertain_status_with_its_caveat(code, differ):
    from django.template.loader import render_to_string

    def row(name, uncertain):
        status = SimpleNamespace(category="ratified", label="Ratified", uncertain=uncertain)
        return {"country": SimpleNamespace(name=name), "status": status, "d": "M0 0", "url": "/"}

    with translation.override(code):
        html = render_to_string(
            "components/status_map.html",
            {
                "map": {"viewBox": "0 0 1 1", "context": []},
                "map_rows": [row("Dudaland", True), row("Sureland", False)],
                "linked": True,
                "title_id": "map-title",
                "title": "Map",
            },
        )
    assert f"<title>Dudaland: Ratified ({differ})</title>" in html
    assert "<title>Sureland: Ratified</title>" in html


def test_an_opcat_signature_alone_is_marked_when_uncertain(client):
    index = CountryIndexPage.objects.live().get(locale__language_code="en")
    country = CountryFactory(locale=index.locale)
    CountryStatusEventFactory(country=country, kind="opcat_signature", uncertain=True)
    html = client.get(index.profile_url(country.iso_code)).content.decode()
    facts = html.split('class="dl-grid"')[1].split("</dl>")[0]
    assert '<span class="uncertain">(uncertain)</span>, not ratified' in facts


GANHRI_UNCERTAIN = {
    "es": ("(estatus incierto)", "estatus de la GANHRI incierto"),
    "en": ("(status uncertain)", "GANHRI status uncertain"),
    "pt": ("(status incerto)", "status na GANHRI incerto"),
}


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_an_uncertain_ganhri_status_is_marked_in_the_directory_and_the_profile(client, code):
    directory = NetworkPage.objects.live().get(locale__language_code=code)
    index = CountryIndexPage.objects.live().get(locale__language_code=code)
    country = CountryFactory(locale=directory.locale)
    dated, undated = GANHRI_UNCERTAIN[code]
    OrganisationFactory(
        name="Defensoría de Pruebalandia",
        kind="nhri",
        country_code=country.iso_code,
        ganhri_status="B",
        ganhri_as_of="2016-10",
        ganhri_uncertain=True,
        locale=directory.locale,
    )
    OrganisationFactory(
        name="Comisión de Pruebalandia",
        kind="nhri",
        ganhri_uncertain=True,
        locale=directory.locale,
    )
    html = client.get(directory.url, {"q": "Pruebalandia"}).content.decode()
    assert f'(2016-10) <span class="uncertain">{dated}</span>' in html
    assert f'<span class="uncertain">{undated}</span>' in html
    profile = client.get(index.profile_url(country.iso_code)).content.decode()
    assert f'<span class="uncertain">{dated}</span>' in profile


def test_a_certain_ganhri_status_carries_no_mark(client):
    directory = NetworkPage.objects.live().get(locale__language_code="en")
    OrganisationFactory(
        name="Ombudsman of Certainland",
        kind="nhri",
        ganhri_status="A",
        ganhri_as_of="2012",
        locale=directory.locale,
    )
    html = client.get(directory.url, {"q": "Certainland"}).content.decode()
    assert "GANHRI status A (2012)" in html
    assert 'class="uncertain"' not in html

import datetime

import pytest
from icalendar import Calendar

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.declaration.models import DeclarationPage
from hub.events.models import PanelPage, PanelRecording, WorkshopConvenor, WorkshopPage
from tests.factories import (
    BriefPageFactory,
    PanelPageFactory,
    PersonFactory,
    RecordingPageFactory,
    WorkshopPageFactory,
)
from tests.open_web import head_of, schema_object

pytestmark = pytest.mark.django_db
LANGS = ["es", "en", "pt"]


def workshop(code):
    return WorkshopPage.objects.live().get(locale__language_code=code)


@pytest.mark.parametrize("code", LANGS)
def test_workshop_and_panels_render_in_every_locale(client, code):
    page = workshop(code)
    html = client.get(page.url).content.decode()
    assert f'<html lang="{code}">' in html
    for panel in page.panels():
        assert panel.url in html
        assert client.get(panel.url).status_code == 200


def test_event_json_ld(client):
    convenors = [PersonFactory(name="Convocante Uno"), PersonFactory(name="Convocante Dos")]
    page = WorkshopPageFactory(
        language="en",
        start_date=datetime.date(2030, 3, 4),
        end_date=datetime.date(2030, 3, 5),
        city="Montevideo",
        convenors=[WorkshopConvenor(person=person) for person in convenors],
    )
    panels = [PanelPageFactory(parent=page), PanelPageFactory(parent=page)]
    data = schema_object(head_of(client, page.url), "Event")
    assert data["startDate"] == "2030-03-04" and data["endDate"] == "2030-03-05"
    assert data["location"]["address"]["addressLocality"] == "Montevideo"
    assert {o["name"] for o in data["organizer"]} == {"Convocante Uno", "Convocante Dos"}
    assert [sub["url"] for sub in data["subEvent"]] == [
        "http://testserver" + panel.url for panel in panels
    ]


def test_programme_ics_parses(client):
    day = datetime.date(2030, 3, 4)
    page = WorkshopPageFactory(venue="Sala Magna", city="Montevideo")
    panel = PanelPageFactory(parent=page)
    page.programme = [
        ("item", {"day": day, "starts": datetime.time(9), "title": "Apertura"}),
        ("item", {"day": day, "starts": datetime.time(10), "title": "Panel", "panel": panel}),
    ]
    page.save_revision().publish()
    response = client.get(page.url + "programme.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = list(Calendar.from_ical(response.content).walk("VEVENT"))
    assert [str(event["SUMMARY"]) for event in events] == ["Apertura", "Panel"]
    assert str(events[0]["LOCATION"]).endswith("Montevideo")
    assert events[0].decoded("DTSTART").isoformat().startswith("2030-03-04T09:00")
    assert events[0].decoded("DTEND").isoformat().startswith("2030-03-04T10:00")


@pytest.mark.demo
def test_the_real_panel_has_its_real_people_and_the_others_are_samples(client):
    real = PanelPage.objects.get(number=1, locale__language_code="en")
    html = client.get(real.url).content.decode()
    for name in ("Roberto P. Saba", "Santiago Cantón", "María José Urgel"):
        assert name in html
    assert "callout--sample" not in html
    sample = PanelPage.objects.get(number=2, locale__language_code="en")
    html = client.get(sample.url).content.decode()
    assert "callout--sample" in html and "Ana Ejemplo" in html


def test_a_panel_links_its_recordings_and_briefs(client):
    panel = PanelPageFactory(language="pt")
    recording = RecordingPageFactory(language="pt")
    panel.recordings = [PanelRecording(recording=recording)]
    panel.save_revision().publish()
    brief = BriefPageFactory(language="pt", panel=panel)
    other_brief = BriefPageFactory(language="pt")
    html = client.get(panel.url).content.decode()
    assert recording.url in html and brief.url in html
    assert other_brief.url not in html


def test_unknown_calendar_path_is_404(client):
    assert client.get("/es/no-existe/programme.ics").status_code == 404
    assert client.get("/es/notas/programme.ics").status_code == 404


class WorkshopTreeTests(WagtailPageTestCase):
    def test_panels_and_the_declaration_live_in_workshops(self):
        self.assertAllowedParentPageTypes(WorkshopPage, {HomePage})
        self.assertAllowedSubpageTypes(WorkshopPage, {PanelPage, DeclarationPage})
        self.assertAllowedParentPageTypes(PanelPage, {WorkshopPage})


def test_panel_speakers_link_to_their_directory_entry(client):
    """Each speaker opens the directory of the page's language, filtered to them."""
    from html import unescape

    from hub.events.models import PanelParticipant
    from hub.network.models import NetworkPage

    panel = PanelPageFactory()
    listed = PersonFactory(name="Oradora Enlazada", country_code="AR")
    PanelParticipant.objects.create(page=panel, person=listed)
    html = unescape(client.get(panel.url).content.decode())
    directory = NetworkPage.objects.live().get(locale__language_code="es")
    entry = directory.entry_url("Oradora Enlazada", "AR", f"person-{listed.slug}")
    assert f'<strong><a href="{entry}">Oradora Enlazada</a></strong>' in html

import json
import re

import pytest
from icalendar import Calendar

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from hub.briefs.models import DeclarationPage
from hub.events.models import PanelPage, WorkshopPage

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
    page = workshop("en")
    html = client.get(page.url).content.decode()
    blocks = [
        json.loads(text)
        for text in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    data = next(block for block in blocks if block.get("@type") == "Event")
    assert data["startDate"] == "2011-12-13" and data["endDate"] == "2011-12-14"
    assert data["location"]["address"]["addressLocality"] == "Buenos Aires"
    assert {o["name"] for o in data["organizer"]} == {"Par Engstrom", "Thomas Pegram"}
    assert len(data["subEvent"]) == len(page.panels()) == 3
    assert all(sub["url"].startswith("http://testserver/en/") for sub in data["subEvent"])


def test_programme_ics_parses(client):
    page = workshop("es")
    response = client.get(page.url + "programme.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert events
    assert str(events[0]["LOCATION"]).endswith("Buenos Aires")
    assert events[0].decoded("DTSTART").isoformat().startswith("2011-12-13")


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
    panel = PanelPage.objects.get(number=3, locale__language_code="pt")
    html = client.get(panel.url).content.decode()
    for recording in panel.recording_pages():
        assert recording.url in html
    briefs = panel.brief_pages()
    assert briefs
    for brief in briefs:
        assert brief.url in html


def test_unknown_calendar_path_is_404(client):
    assert client.get("/es/no-existe/programme.ics").status_code == 404
    assert client.get("/es/notas/programme.ics").status_code == 404


class WorkshopTreeTests(WagtailPageTestCase):
    def test_panels_and_the_declaration_live_in_workshops(self):
        self.assertAllowedParentPageTypes(WorkshopPage, {HomePage})
        self.assertAllowedSubpageTypes(WorkshopPage, {PanelPage, DeclarationPage})
        self.assertAllowedParentPageTypes(PanelPage, {WorkshopPage})

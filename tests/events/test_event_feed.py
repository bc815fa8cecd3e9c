"""The feed of workshops and their panels, in each language."""

import datetime

import pytest

from hub.core.feeds import start_of_day
from hub.events.models import PanelPage, WorkshopPage
from tests.factories import PanelPageFactory, WorkshopPageFactory
from tests.feeds import read_feed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_workshops_and_panels_of_the_language(client, code):
    channel, items = read_feed(client, f"/{code}/feeds/events/")
    assert channel.findtext("language") == code
    workshop = WorkshopPage.objects.live().get(locale__language_code=code)
    panels = PanelPage.objects.live().filter(locale__language_code=code)
    assert channel.findtext("link") == "http://testserver" + workshop.url
    links = {item["link"] for item in items}
    assert links == {"http://testserver" + page.url for page in [workshop, *panels]}
    panel = panels.get(number=1)
    item = next(i for i in items if i["link"].endswith(panel.url))
    assert item["title"].endswith(panel.title) and item["title"] != panel.title
    assert item["published"] == start_of_day(workshop.start_date)  # no session time on record
    workshop_item = next(i for i in items if i["link"].endswith(workshop.url))
    assert workshop.city in workshop_item["description"]
    assert str(workshop.start_date.year) in workshop_item["description"]


def test_the_workshop_advertises_the_feed(client):
    workshop = WorkshopPage.objects.live().get(locale__language_code="en")
    html = client.get(workshop.url).content.decode()
    head = html[: html.index("</head>")]
    assert '<link rel="alternate" type="application/rss+xml" title="Workshops and panels"' in head
    assert 'href="/en/feeds/events/"' in head


def test_a_new_workshop_and_its_panel_lead_the_feed(client):
    workshop = WorkshopPageFactory(
        language="en",
        city="Montevideo",
        start_date=datetime.date(2030, 3, 4),
        end_date=datetime.date(2030, 3, 5),
        summary_text="Two days on prevention.",
    )
    panel = PanelPageFactory(parent=workshop, number=7, title="Access to detention")
    channel, items = read_feed(client, "/en/feeds/events/")
    assert channel.findtext("link") == "http://testserver" + workshop.url  # the latest workshop
    assert [item["link"] for item in items[:2]] == [
        "http://testserver" + panel.url,
        "http://testserver" + workshop.url,
    ]
    assert items[0]["title"] == "Panel 7: Access to detention"
    description = items[1]["description"]
    assert "Montevideo" in description and "2030" in description
    assert description.endswith("Two days on prevention.")

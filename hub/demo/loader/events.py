"""The Buenos Aires workshop and its panels (`workshop.json`).

The workshop's title, dates, venue, convenors, supporters and Panel I (title, moderator,
speakers, themes) are facts from shared/reference; the workshop's questions are the
synopsis'. Each page's "Sources" says where its facts come from and what is lost. The other
panels' records are lost: panels 2 and 3 are plainly labelled samples with fictional people.
"""

import datetime

from hub.core.blocks import SourcesBlock
from hub.demo.loader.base import SOURCE, blocks_for, read
from hub.events.models import (
    PanelPage,
    PanelParticipant,
    PanelRecording,
    WorkshopConvenor,
    WorkshopPage,
    WorkshopSponsor,
)
from hub.network.models import Organisation, Person
from media_library.models import RecordingPage


def load_workshop(loader, home):
    content = read("workshop")
    es = loader.locales[SOURCE]
    people = {p.slug: p for p in Person.objects.filter(locale=es)}
    organisations = {o.slug: o for o in Organisation.objects.filter(locale=es)}
    data = content["workshop"]
    loader.learn(data["venue"])
    loader.learn(data["short_title"])
    loader.learn(data["city"])
    for question in data.get("questions", []):
        loader.learn(question)
    loader.learn_blocks(data.get("sources", []))
    workshop = loader.page(
        home,
        WorkshopPage,
        data,
        "workshop",
        start_date=datetime.date.fromisoformat(data["start_date"]),
        end_date=datetime.date.fromisoformat(data["end_date"]),
        venue=data["venue"][SOURCE],
        short_title=data["short_title"][SOURCE],
        city=data["city"][SOURCE],
        country_code=data["country_code"],
        summary_text=data["summary_text"][SOURCE],
        guiding_questions=[("question", q[SOURCE]) for q in data.get("questions", [])],
        convenors=[WorkshopConvenor(person=people[slug]) for slug in data["convenors"]],
        sponsors=[WorkshopSponsor(organisation=organisations[slug]) for slug in data["sponsors"]],
        sources=sources_for(data),
    )
    panels = {}
    for panel_data in content["panels"]:
        for question in panel_data["questions"]:
            loader.learn(question)
        loader.learn_blocks(panel_data.get("sources", []))
        recordings = recording_pages(panel_data["recordings"], es)
        panels[panel_data["number"]] = loader.page(
            workshop,
            PanelPage,
            panel_data,
            f"panel {panel_data['number']}",
            number=panel_data["number"],
            summary_text=panel_data["summary_text"][SOURCE],
            is_sample=panel_data["is_sample"],
            guiding_questions=[("question", q[SOURCE]) for q in panel_data["questions"]],
            participants=[
                PanelParticipant(
                    person=people[item["person"]],
                    role=item["role"],
                    affiliation_at_the_time=item["affiliation"],
                )
                for item in panel_data["participants"]
            ],
            recordings=[PanelRecording(recording=page) for page in recordings],
            sources=sources_for(panel_data),
        )
    return workshop, panels


def sources_for(data):
    """The Spanish value of a page's "Sources" (a note on what survives, cited documents)."""
    return blocks_for(data.get("sources", []), SOURCE, SourcesBlock())


def recording_pages(keys, locale):
    pages = RecordingPage.objects.filter(
        locale=locale, media__title__in=[f"Demo: {k}" for k in keys]
    )
    return list(pages)

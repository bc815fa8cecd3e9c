"""Factories of hub.events: workshops and their panels."""

import datetime

import factory

from hub.events.models import PanelPage, PanelParticipant, WorkshopPage
from tests.factories.core import HubPageFactory, in_its_index, rows_of


class WorkshopPageFactory(HubPageFactory):
    class Meta:
        model = WorkshopPage

    title = factory.Sequence(lambda n: f"Taller de prueba {n}")
    start_date = datetime.date(2011, 11, 28)
    end_date = datetime.date(2011, 11, 29)
    venue = "Sala de prueba"
    city = "Buenos Aires"
    country_code = "AR"
    summary_text = "Un taller de prueba sobre la prevención de la tortura."


class PanelPageFactory(HubPageFactory):
    """A panel of its language's workshop; `people` (Person rows) speak in it."""

    class Meta:
        model = PanelPage

    class Params:
        people = ()

    parent = in_its_index(WorkshopPage, WorkshopPageFactory)
    title = factory.Sequence(lambda n: f"Panel de prueba {n}")
    number = factory.Sequence(lambda n: 50 + n)
    summary_text = "Un panel de prueba."
    participants = rows_of(PanelParticipant, "person", "people")

"""Factories of hub.upr: recommendations as an import would save them."""

import factory

from hub.upr.models import Recommendation, RecommendationIndexPage
from tests.factories.core import HubPageFactory, home, the_page


class RecommendationFactory(factory.django.DjangoModelFactory):
    """A supported UPR recommendation to Argentina by France (session 14, cycle 2)."""

    class Meta:
        model = Recommendation

    source = Recommendation.Source.UHRI
    source_id = factory.Sequence(lambda n: f"test-{n}")
    text = factory.Sequence(lambda n: f"Ratify the Optional Protocol (test recommendation {n})")
    country = "AR"
    recommending_states = factory.LazyFunction(lambda: [{"code": "FR", "name": "France"}])
    body = "UPR"
    session = 14
    response = Recommendation.Response.SUPPORTED
    themes = factory.LazyFunction(
        lambda: ["Torture and other cruel, inhuman or degrading treatment"]
    )


class RecommendationIndexPageFactory(HubPageFactory):
    """A recommendations database under the language's home (the demo has one)."""

    class Meta:
        model = RecommendationIndexPage

    title = factory.Sequence(lambda n: f"Recomendaciones de prueba {n}")


def recommendations_database(language="en"):
    """The language's recommendations database (the demo's, or a new one)."""
    return the_page(RecommendationIndexPage, home(language), RecommendationIndexPageFactory)

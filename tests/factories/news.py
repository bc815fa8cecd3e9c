"""Factories of hub.news: a news page lands in its language's news index."""

import datetime

import factory

from hub.news.models import NewsIndexPage, NewsPage
from tests.factories.core import HubPageFactory, in_its_index


class NewsIndexPageFactory(HubPageFactory):
    """A news index under the language's home. A home has one in the demo: a second one
    gives a test a listing of its own news only."""

    class Meta:
        model = NewsIndexPage

    title = factory.Sequence(lambda n: f"Noticias de prueba {n}")


class NewsPageFactory(HubPageFactory):
    class Meta:
        model = NewsPage

    parent = in_its_index(NewsIndexPage, NewsIndexPageFactory)
    title = factory.Sequence(lambda n: f"Noticia {n}")
    date = factory.LazyFunction(datetime.date.today)
    summary_text = "Resumen de una noticia de prueba."

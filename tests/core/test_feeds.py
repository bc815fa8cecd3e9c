"""Every feed in every language: RSS 2.0 that parses, absolute links, few queries."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.feeds import read_feed

pytestmark = pytest.mark.django_db
FEEDS = ["news", "briefs", "recordings", "podcast", "events"]
TITLES = {
    "es": {
        "news": "Noticias — Portal de Prevención de la Tortura",
        "briefs": "Notas — Portal de Prevención de la Tortura",
        "recordings": "Grabaciones de video y audio — Portal de Prevención de la Tortura",
        "podcast": "Grabaciones — Portal de Prevención de la Tortura",
        "events": "Talleres y paneles — Portal de Prevención de la Tortura",
    },
    "en": {
        "news": "News — Torture Prevention Hub",
        "briefs": "Briefs — Torture Prevention Hub",
        "recordings": "Video and audio recordings — Torture Prevention Hub",
        "podcast": "Recordings — Torture Prevention Hub",
        "events": "Workshops and panels — Torture Prevention Hub",
    },
    "pt": {
        "news": "Notícias — Portal de Prevenção da Tortura",
        "briefs": "Notas técnicas — Portal de Prevenção da Tortura",
        "recordings": "Gravações de vídeo e áudio — Portal de Prevenção da Tortura",
        "podcast": "Gravações — Portal de Prevenção da Tortura",
        "events": "Oficinas e painéis — Portal de Prevenção da Tortura",
    },
}


@pytest.mark.demo
@pytest.mark.parametrize("name", FEEDS)
@pytest.mark.parametrize("code", ["es", "en", "pt"])
def test_each_feed_parses_in_each_language(client, code, name):
    client.get(f"/{code}/feeds/{name}/")  # warm per-process caches, as in production
    with CaptureQueriesContext(connection) as queries:
        channel, items = read_feed(client, f"/{code}/feeds/{name}/")
    assert len(queries) <= 25, "\n".join(q["sql"][:150] for q in queries.captured_queries)
    assert channel.findtext("language") == code
    assert channel.findtext("title") == TITLES[code][name]
    assert channel.findtext("description")
    assert channel.findtext("link").startswith("http://testserver/")
    assert items
    for item in items:
        assert item["link"].startswith(f"http://testserver/{code}/") or name == "briefs"
        assert item["title"] and item["guid"] and item["published"].tzinfo is not None

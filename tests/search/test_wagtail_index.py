"""Wagtail's index on PostgreSQL written with compiled vectors (search.wagtail_index):
the rows are those modelsearch's own indexer writes, for every shape of vector."""

import pytest

from django.conf import settings
from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from hub.upr.models import Recommendation

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql" or bool(settings.ELASTICSEARCH_URL),
        reason="Wagtail's database index on PostgreSQL",
    ),
]

FIELDS = ("object_id", "title", "autocomplete", "body", "title_text", "body_text")


def index_rows(model, objects):
    from modelsearch.backends.database.postgres.postgres import IndexEntry
    from modelsearch.utils import get_content_type_pk

    get_search_backend().add_bulk(model, objects)
    entries = IndexEntry.objects.filter(
        content_type_id=get_content_type_pk(model),
        object_id__in=[str(obj.pk) for obj in objects],
    )
    rows = sorted(entries.values_list(*FIELDS))
    entries.delete()
    return rows


@pytest.fixture
def objects():
    themes = [[], ["Rights of the child"], ["Women's rights", "Conditions of detention"]]
    recommendations = [
        Recommendation.objects.create(
            source="uhri",
            source_id=f"index-{number}",
            text=["", "   ", "Ratify the Optional Protocol, now.", "Garantizar el acceso"][
                number % 4
            ],
            themes=themes[number % 3],
            country="NZ",
            session=18,
        )
        for number in range(12)
    ]
    pages = list(Page.objects.filter(depth__gt=1).specific()[:20])
    return [(Recommendation, recommendations), *((type(page), [page]) for page in pages)]


def test_compiled_vectors_write_the_rows_modelsearch_writes(objects):
    from modelsearch.backends.database.postgres import postgres

    compiled = postgres.ObjectIndexer
    assert compiled.hub_compiled
    with_compiled = [index_rows(model, batch) for model, batch in objects]
    postgres.ObjectIndexer = compiled.__mro__[1]  # modelsearch's own
    try:
        with_modelsearch = [index_rows(model, batch) for model, batch in objects]
    finally:
        postgres.ObjectIndexer = compiled
    assert with_compiled == with_modelsearch
    assert any(row[3] for rows in with_compiled for row in rows)  # something was indexed

"""Searching a snippet listing in the admin finds what the editor typed, on SQLite too.

The listings searched only some fields (the view sets' `search_fields`); Wagtail's
database backend on SQLite cannot restrict a search to fields and answered a 500. They
now search the fields each model indexes (its `search_fields`)."""

import pytest

from django.urls import reverse

from tests.factories import (
    ActionPointFactory,
    CountryFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

LISTINGS = [
    ("core", "topic", lambda: TopicFactory(name="Zarzamora temática"), "zarzamora"),
    ("network", "person", lambda: PersonFactory(name="Quirina Zarzamora"), "zarzamora"),
    ("network", "organisation", lambda: OrganisationFactory(name="Zarzamora Abierta"), "zarzamora"),
    ("network", "country", lambda: CountryFactory(name="Zarzamoria"), "zarzamoria"),
    ("declaration", "actionpoint", lambda: ActionPointFactory(text="Zarzamoras."), "zarzamo"),
]


@pytest.mark.parametrize(("app", "model", "make", "query"), LISTINGS)
def test_a_snippet_listing_finds_what_the_editor_searches(
    client, django_user_model, django_capture_on_commit_callbacks, app, model, make, query
):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "x"))
    with django_capture_on_commit_callbacks(execute=True):
        item = make()
    edit = reverse(f"wagtailsnippets_{app}_{model}:edit", args=[item.pk])
    response = client.get(reverse(f"wagtailsnippets_{app}_{model}:list"), {"q": query})
    assert response.status_code == 200
    assert edit in response.content.decode()

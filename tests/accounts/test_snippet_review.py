"""The other snippets of the public pages, group by group, cell by cell, in the admin.

Topics, people, organisations, countries and action points have drafts and review like
the footer: every group creates and saves drafts (the row keeps the live values) and
submits them; only Moderators and Administrators publish, lock, unlock and delete; a
Translator leaves the Spanish source alone. A new person, or a country's draft with its
timeline, reaches the public site only when a Moderator publishes it. UPR recommendations
are imported data without drafts: only reviewers change them.
"""

import pytest

from django.test import Client
from django.utils.text import slugify

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from hub.core.models import Topic
from hub.declaration.models import ActionPoint, DeclarationPage
from hub.network.models import Country, Organisation, Person
from hub.upr.models import Recommendation
from tests.accounts.snippets import DELETERS, refused, snippet_url
from tests.factories import (
    ActionPointFactory,
    CountryFactory,
    CountryStatusEventFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


# -- the other snippets on public pages: drafts and review, cell by cell ------------------

REVIEWED = [Topic, Person, Organisation, Country, ActionPoint]
FACTORIES = {
    Topic: TopicFactory,
    Person: PersonFactory,
    Organisation: OrganisationFactory,
    Country: CountryFactory,
    ActionPoint: ActionPointFactory,
}
# Each group, the language of the copy it works on, and whether it may publish.
WRITERS = [
    ("Editors", "es", False),
    ("Translators", "en", False),
    ("Moderators", "es", True),
    ("Administrators", "es", True),
]
OLD, CHANGED = "Texto publicado", "Texto cambiado en borrador"


def text_of(instance):
    """The field each snippet is known by on the site."""
    return instance.text if isinstance(instance, ActionPoint) else instance.name


def snippet_form(model, text, **extra):
    """What the admin's form of `model` posts, with `text` as the name (or text)."""
    slug = slugify(text)
    data = {
        Topic: {"name": text, "slug": slug, "description": ""},
        Person: {"name": text, "slug": slug, "links": streamfield([])},
        Organisation: {"name": text, "slug": slug, "kind": "civil-society"},
        Country: {
            "iso_code": "BZ",
            "name": text,
            "subregion": "central-america",
            "status_updated_on": "2026-01-01",
            "events": inline_formset([]),
        },
        ActionPoint: {
            "declaration": DeclarationPage.objects.get(locale__language_code="es").pk,
            "number": "91",
            "text": text,
            "status_updates": inline_formset([]),
        },
    }[model]
    return nested_form_data({**data, **extra})


def live_snippet(model, language, locales):
    """A published snippet (with a first revision, as the admin makes them)."""
    instance = FACTORIES[model](locale=locales[language], **{text_field(model): OLD})
    instance.save_revision().publish()
    instance.refresh_from_db()
    return instance


def text_field(model):
    return "text" if model is ActionPoint else "name"


cells = pytest.mark.parametrize(("group", "language", "publishes"), WRITERS)
models = pytest.mark.parametrize("model", REVIEWED, ids=lambda m: m.__name__)


@cells
@models
def test_each_group_creates_a_draft(signed_in, group, language, publishes, model):
    client = signed_in(group)
    response = client.post(
        snippet_url(model, "add") + f"?locale={language}", snippet_form(model, CHANGED)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    created = model.objects.get(**{text_field(model): CHANGED})
    assert not created.live
    assert created.locale.language_code == language


@cells
@models
def test_each_group_saves_a_change_as_a_draft_the_row_keeps_the_live_values(
    signed_in, locales, group, language, publishes, model
):
    instance = live_snippet(model, language, locales)
    client = signed_in(group)
    response = client.post(snippet_url(model, "edit", instance.pk), snippet_form(model, CHANGED))
    assert response.status_code == 302, response.content.decode()[:3000]
    instance.refresh_from_db()
    assert instance.live
    assert text_of(instance) == OLD
    assert instance.has_unpublished_changes
    assert text_of(instance.latest_revision.as_object()) == CHANGED


@cells
@models
def test_each_group_submits_for_review(signed_in, locales, group, language, publishes, model):
    instance = live_snippet(model, language, locales)
    client = signed_in(group)
    client.post(
        snippet_url(model, "edit", instance.pk),
        snippet_form(model, CHANGED, **{"action-submit": "1"}),
    )
    instance.refresh_from_db()
    state = instance.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review before publishing"
    assert text_of(instance) == OLD


@cells
@models
def test_only_reviewers_publish(signed_in, locales, group, language, publishes, model):
    instance = live_snippet(model, language, locales)
    client = signed_in(group)
    client.post(
        snippet_url(model, "edit", instance.pk),
        snippet_form(model, CHANGED, **{"action-publish": "1"}),
    )
    instance.refresh_from_db()
    assert text_of(instance) == (CHANGED if publishes else OLD)
    unpublish = client.post(snippet_url(model, "unpublish", instance.pk))
    instance.refresh_from_db()
    assert instance.live is not publishes
    if not publishes:
        assert refused(unpublish)


@cells
@models
def test_only_reviewers_lock_and_unlock(signed_in, locales, group, language, publishes, model):
    instance = live_snippet(model, language, locales)
    client = signed_in(group)
    response = client.post(snippet_url(model, "lock", instance.pk))
    instance.refresh_from_db()
    assert instance.locked is publishes
    if not publishes:
        assert refused(response)
        model.objects.filter(pk=instance.pk).update(locked=True)
    response = client.post(snippet_url(model, "unlock", instance.pk))
    instance.refresh_from_db()
    assert instance.locked is not publishes
    if not publishes:
        assert refused(response)


@pytest.mark.parametrize(("group", "allowed"), DELETERS)
@models
def test_only_reviewers_delete_a_snippet(signed_in, locales, group, allowed, model):
    instance = live_snippet(model, "en", locales)
    client = signed_in(group)
    response = client.post(snippet_url(model, "delete", instance.pk))
    assert model.objects.filter(pk=instance.pk).exists() is not allowed
    if not allowed:
        assert refused(response)


@models
def test_a_translator_leaves_the_spanish_source_alone(signed_in, locales, model):
    instance = live_snippet(model, "es", locales)
    client = signed_in("Translators")
    edit = snippet_url(model, "edit", instance.pk)
    assert refused(client.get(edit))
    assert refused(client.post(edit, snippet_form(model, CHANGED, **{"action-submit": "1"})))
    assert refused(
        client.post(snippet_url(model, "add") + "?locale=es", snippet_form(model, CHANGED))
    )
    instance.refresh_from_db()
    assert instance.revisions.count() == 1
    assert instance.current_workflow_state is None
    assert not model.objects.filter(**{text_field(model): CHANGED}).exists()


def test_a_new_person_goes_live_when_a_moderator_approves_it(client, member):
    from hub.network.models import NetworkPage

    directory = NetworkPage.objects.live().get(locale__language_code="es").url
    client.force_login(member("Editors", "editora"))
    response = client.post(
        snippet_url(Person, "add") + "?locale=es",
        snippet_form(Person, "Zacarías Revisado", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    person = Person.objects.get(name="Zacarías Revisado")
    state = person.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "Zacarías Revisado" not in Client().get(directory).content.decode()

    approve = snippet_url(
        Person, "workflow_action", person.pk, "approve", state.current_task_state.pk
    )
    client.post(approve)  # the editor is not a reviewer
    person.refresh_from_db()
    assert not person.live

    client.force_login(member("Moderators", "coordinadora"))
    assert client.post(approve).status_code == 302
    person.refresh_from_db()
    assert person.live
    assert "Zacarías Revisado" in Client().get(directory).content.decode()


def test_a_country_draft_keeps_the_live_name_and_timeline_until_published(client, member, locales):
    """The status events are revisioned with their country: a draft changes neither."""
    from hub.network.models import CountryIndexPage

    country = CountryFactory(iso_code="BZ", name="Belice publicado")
    event = CountryStatusEventFactory(country=country, note="Nota publicada")
    country.save_revision().publish()
    profile = CountryIndexPage.objects.live().get(locale__language_code="es").url + "bz/"
    edited = snippet_form(Country, "Belice en borrador")
    edited.update(
        nested_form_data(
            {
                "events": inline_formset(
                    [
                        {
                            "id": event.pk,
                            "kind": "cat_ratification",
                            "date": "1986-03-17",
                            "precision": "day",
                            "note": "Nota en borrador",
                            "source_title": "UN Treaty Collection",
                        }
                    ],
                    initial=1,
                )
            }
        )
    )
    client.force_login(member("Editors", "editora"))
    assert client.post(snippet_url(Country, "edit", country.pk), edited).status_code == 302
    html = Client().get(profile).content.decode()
    assert "Belice publicado" in html and "Nota publicada" in html
    assert "borrador" not in html
    event.refresh_from_db()
    assert event.note == "Nota publicada"

    client.force_login(member("Moderators", "coordinadora"))
    edited["action-publish"] = "1"
    assert client.post(snippet_url(Country, "edit", country.pk), edited).status_code == 302
    html = Client().get(profile).content.decode()
    assert "Belice en borrador" in html and "Nota en borrador" in html


# -- UPR recommendations: imported data without drafts, reviewers only ------------------


@pytest.mark.parametrize(
    ("group", "allowed"),
    [("Editors", False), ("Translators", False), ("Moderators", True), ("Administrators", True)],
)
def test_recommendations_change_only_through_reviewers(signed_in, group, allowed):
    """A saved change to a recommendation is live at once, so only a reviewer may make one."""
    client = signed_in(group)
    instance = Recommendation.objects.order_by("pk").first()
    edit = client.get(snippet_url(Recommendation, "edit", instance.pk))
    add = client.get(snippet_url(Recommendation, "add"))
    if allowed:
        assert (edit.status_code, add.status_code) == (200, 200)
    else:
        assert refused(edit) and refused(add)
    if group == "Editors":
        # Editors still see the list.
        assert client.get(snippet_url(Recommendation, "list")).status_code == 200

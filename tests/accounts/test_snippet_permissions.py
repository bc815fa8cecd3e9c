"""Snippets as each group meets them in the admin (issue 15, finding 3).

The footer text is on every public page: Editors and Translators save drafts and submit
them for review; only Moderators and Administrators publish and delete. Translators
change only the English and Portuguese copies of a translatable snippet, never the
Spanish source. The public site shows the published footer until a new one is published.
"""

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from hub.core.models import FooterText, Topic
from hub.declaration.models import ActionPoint, DeclarationPage
from hub.network.models import Country, Organisation, Person
from hub.upr.models import Recommendation
from tests.factories import (
    ActionPointFactory,
    CountryFactory,
    CountryStatusEventFactory,
    FooterTextFactory,
    OrganisationFactory,
    PersonFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

PUBLISHED = "Lema publicado del pie"
NEW = "Lema nuevo que espera revisión"


def snippet_url(model, view, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}", args=args
    )


def refused(response):
    """The admin refuses with a 403, or sends the user to the dashboard with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def footer_form(tagline, **extra):
    return {"tagline": tagline, "body": rich_text("<p>Cuerpo del pie.</p>"), **extra}


def public_footer(language):
    """The footer as an anonymous visitor sees it on the home page."""
    html = Client().get(f"/{language}/").content.decode()
    return html[html.index('<footer class="site-footer"') :]


@pytest.fixture
def footers(locales):
    """A published Spanish footer and its English and Portuguese copies (the only ones)."""
    FooterText.objects.all().delete()
    copies = {"es": FooterTextFactory(tagline=PUBLISHED)}
    for code in ("en", "pt"):
        copy = copies["es"].copy_for_translation(locales[code])
        copy.tagline = f"{PUBLISHED} ({code})"
        copy.save()
        copies[code] = copy
    return copies


@pytest.fixture
def signed_in(client, member):
    def sign_in(group):
        client.force_login(member(group, group.lower()))
        return client

    return sign_in


# -- drafts and review ------------------------------------------------------------------


@pytest.mark.parametrize("group", ["Editors", "Translators"])
def test_a_saved_change_is_a_draft_the_site_does_not_show(signed_in, footers, group):
    footer = footers["es" if group == "Editors" else "en"]
    client = signed_in(group)
    response = client.post(snippet_url(FooterText, "edit", footer.pk), footer_form(NEW))
    assert response.status_code == 302
    footer.refresh_from_db()
    assert footer.tagline.startswith(PUBLISHED)
    assert footer.has_unpublished_changes
    assert footer.latest_revision.as_object().tagline == NEW
    shown = public_footer(footer.locale.language_code)
    assert PUBLISHED in shown
    assert NEW not in shown


def test_a_new_footer_is_a_draft_until_published(signed_in, footers):
    footers["pt"].delete()
    client = signed_in("Editors")
    response = client.post(snippet_url(FooterText, "add") + "?locale=pt", footer_form(NEW))
    assert response.status_code == 302
    created = FooterText.objects.get(locale__language_code="pt")
    assert not created.live
    assert NEW not in public_footer("pt")


@pytest.mark.parametrize("group", ["Editors", "Translators"])
def test_they_cannot_publish(signed_in, footers, group):
    footer = footers["es" if group == "Editors" else "pt"]
    client = signed_in(group)
    client.post(
        snippet_url(FooterText, "edit", footer.pk), footer_form(NEW, **{"action-publish": "1"})
    )
    footer.refresh_from_db()
    assert footer.tagline.startswith(PUBLISHED)
    assert NEW not in public_footer(footer.locale.language_code)
    assert refused(client.post(snippet_url(FooterText, "unpublish", footer.pk)))
    footer.refresh_from_db()
    assert footer.live


def test_an_editor_submits_and_a_moderator_approves(client, member, footers):
    footer = footers["es"]
    client.force_login(member("Editors", "editora"))
    response = client.post(
        snippet_url(FooterText, "edit", footer.pk), footer_form(NEW, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    footer.refresh_from_db()
    state = footer.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review before publishing"
    assert NEW not in public_footer("es")

    # The editor is not a reviewer.
    task_state = state.current_task_state
    approve = snippet_url(FooterText, "workflow_action", footer.pk, "approve", task_state.pk)
    client.post(approve)
    footer.refresh_from_db()
    assert footer.tagline == PUBLISHED

    client.force_login(member("Moderators", "coordinadora"))
    assert client.post(approve).status_code == 302
    footer.refresh_from_db()
    assert footer.tagline == NEW
    assert NEW in public_footer("es")


@pytest.mark.parametrize("group", ["Moderators", "Administrators"])
def test_reviewers_publish(signed_in, footers, group):
    footer = footers["es"]
    client = signed_in(group)
    response = client.post(
        snippet_url(FooterText, "edit", footer.pk), footer_form(NEW, **{"action-publish": "1"})
    )
    assert response.status_code == 302
    footer.refresh_from_db()
    assert footer.tagline == NEW
    assert NEW in public_footer("es")


# -- delete -------------------------------------------------------------------------------

DELETERS = [
    ("Editors", False),
    ("Translators", False),
    ("Moderators", True),
    ("Administrators", True),
]


@pytest.mark.parametrize(("group", "allowed"), DELETERS)
def test_only_reviewers_delete(signed_in, footers, group, allowed):
    footer = footers["en"]
    client = signed_in(group)
    response = client.post(snippet_url(FooterText, "delete", footer.pk))
    assert FooterText.objects.filter(pk=footer.pk).exists() is not allowed
    if not allowed:
        assert refused(response)


@pytest.mark.parametrize(("group", "allowed"), DELETERS)
@pytest.mark.parametrize("model", [FooterText, Topic, Person, Organisation, Country, ActionPoint])
def test_only_reviewers_bulk_delete(signed_in, footers, group, allowed, model):
    instance = model.objects.filter(locale__language_code="pt").order_by("pk").first()
    client = signed_in(group)
    label = model._meta
    address = reverse("wagtail_bulk_action", args=[label.app_label, label.model_name, "delete"])
    client.post(f"{address}?id={instance.pk}")
    assert model.objects.filter(pk=instance.pk).exists() is not allowed


# -- translators keep to the translations -------------------------------------------------


def test_a_translator_cannot_touch_the_spanish_footer(signed_in, footers):
    footer = footers["es"]
    revisions = footer.revisions.count()
    client = signed_in("Translators")
    edit = snippet_url(FooterText, "edit", footer.pk)
    assert refused(client.get(edit))
    assert refused(client.post(edit, footer_form(NEW)))
    assert refused(client.post(edit, footer_form(NEW, **{"action-submit": "1"})))
    footer.refresh_from_db()
    assert footer.tagline == PUBLISHED
    assert footer.revisions.count() == revisions
    assert footer.current_workflow_state is None
    assert refused(client.get(snippet_url(FooterText, "add") + "?locale=es"))
    assert refused(client.post(snippet_url(FooterText, "add") + "?locale=es", footer_form(NEW)))
    assert not FooterText.objects.filter(tagline=NEW).exists()


def test_a_translator_submits_the_english_footer(signed_in, footers):
    footer = footers["en"]
    client = signed_in("Translators")
    assert client.get(snippet_url(FooterText, "edit", footer.pk)).status_code == 200
    assert client.get(snippet_url(FooterText, "add") + "?locale=en").status_code == 200
    client.post(
        snippet_url(FooterText, "edit", footer.pk), footer_form(NEW, **{"action-submit": "1"})
    )
    footer.refresh_from_db()
    assert footer.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert NEW not in public_footer("en")


def test_the_translation_editor_publishes_only_for_reviewers(
    signed_in, django_capture_on_commit_callbacks
):
    """The demo's English footer is a wagtail-localize translation: its edit view is
    wagtail-localize's translation editor (the strings are kept there, not on the live
    footer); its Publish writes a new live revision, for reviewers only."""
    footer = FooterText.objects.filter(locale__language_code="en", live=True).first()
    assert Translation.objects.filter(
        source__object_id=footer.translation_key, target_locale=footer.locale, enabled=True
    ).exists()
    published = footer.live_revision_id
    edit = snippet_url(FooterText, "edit", footer.pk)
    client = signed_in("Translators")
    assert client.get(edit).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert refused(client.post(edit, {"action": "publish"}))
    footer.refresh_from_db()
    assert footer.live_revision_id == published

    client = signed_in("Moderators")
    # wagtail-localize publishes the new revision when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"action": "publish"}).status_code == 302
    footer.refresh_from_db()
    assert footer.live and footer.live_revision_id != published


@pytest.mark.parametrize(
    ("groups", "language", "allowed"),
    [
        (["Translators"], "es", False),
        (["Translators"], "en", True),
        (["Translators"], "pt", True),
        (["Editors"], "es", True),
        (["Translators", "Editors"], "es", True),
        (["Moderators"], "es", True),
    ],
)
def test_who_opens_which_footer(client, django_user_model, footers, groups, language, allowed):
    user = django_user_model.objects.create_user("miembro", "m@example.org", "pw-12345678")
    user.groups.set(Group.objects.filter(name__in=groups))
    client.force_login(user)
    response = client.get(snippet_url(FooterText, "edit", footers[language].pk))
    if allowed:
        assert response.status_code == 200
    else:
        assert refused(response)


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

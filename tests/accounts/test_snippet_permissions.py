"""The footer text as each group meets it in the admin (issue 15, finding 3).

The footer text is on every public page: Editors and Translators save drafts and submit
them for review; only Moderators and Administrators publish and delete. Translators
change only the English and Portuguese copies of a translatable snippet, never the
Spanish source. The public site shows the published footer until a new one is published.
The other snippets of the public pages are in test_snippet_review.py.
"""

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import rich_text
from wagtail_localize.models import Translation

from hub.core.models import FooterText, Topic
from hub.declaration.models import ActionPoint
from hub.network.models import Country, Organisation, Person
from tests.accounts.snippets import DELETERS, refused, snippet_url
from tests.factories import FooterTextFactory

pytestmark = pytest.mark.django_db

PUBLISHED = "Lema publicado del pie"
NEW = "Lema nuevo que espera revisión"


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

"""The editorial groups and "Review before publishing", as editors and moderators use them."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import GroupPagePermission, Locale, Page, Workflow, WorkflowState

from hub.core.models import StandardPage

pytestmark = pytest.mark.django_db


def page_codenames(group):
    return set(
        GroupPagePermission.objects.filter(group__name=group).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_four_groups_and_what_they_may_do_on_pages():
    assert page_codenames("Editors") == {"add_page", "change_page"}
    # Translators: only the translation trees (see test_translators_get_every_translation_tree).
    assert page_codenames("Translators") == {"change_page"}
    assert {"publish_page", "bulk_delete_page"} <= page_codenames("Moderators")
    assert {"publish_page", "bulk_delete_page"} <= page_codenames("Administrators")
    translators = Group.objects.get(name="Translators")
    assert translators.permissions.filter(codename="submit_translation").exists()
    assert translators.permissions.filter(codename="add_captiontrack").exists()
    assert not translators.permissions.filter(codename__startswith="delete_").exists()


def test_review_before_publishing_covers_every_language():
    workflow = Workflow.objects.get(name="Review before publishing")
    assert workflow.active
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    for home in Page.objects.filter(depth=2):
        assert home.get_workflow() == workflow


def test_an_editor_drafts_a_moderator_approves(member):
    editor = member("Editors", "editora")
    moderator = member("Moderators", "coordinadora")
    home = Page.objects.get(depth=2, locale__language_code="es")
    page = StandardPage(title="Informe de visitas 2026", introduction="Borrador.", live=False)
    home.add_child(instance=page)
    revision = page.save_revision(user=editor)

    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(moderator).can_publish()

    mail.outbox.clear()
    workflow_state = page.get_workflow().start(page, editor)
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    # Moderators are told by email that something waits for their review.
    assert any("coordinadora@example.org" in message.to for message in mail.outbox)

    task_state = workflow_state.current_task_state
    assert task_state.task.specific.user_can_access_editor(page, moderator)
    task_state.task.specific.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.pk


def test_a_translator_cannot_publish(member):
    translator = member("Translators", "traductora")
    english = StandardPage.objects.live().filter(locale__language_code="en").first()
    permissions = english.permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_scheduled_publishing_runs_from_publish_scheduled(django_user_model):
    home = Page.objects.get(depth=2, locale__language_code="pt")
    page = StandardPage(title="Publicação agendada", live=False)
    home.add_child(instance=page)
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision = page.save_revision(approved_go_live_at=page.go_live_at)
    revision.approved_go_live_at = page.go_live_at
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


def test_password_reset_goes_out_by_email(client, member):
    from django.urls import reverse

    member("Editors", "olvidadiza")
    mail.outbox.clear()
    response = client.post(
        reverse("wagtailadmin_password_reset"), {"email": "olvidadiza@example.org"}
    )
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["olvidadiza@example.org"]]


def translation_trees():
    return set(
        GroupPagePermission.objects.filter(group__name="Translators").values_list(
            "page__locale__language_code", "page__depth", "permission__codename"
        )
    )


def test_translators_get_every_translation_tree_and_never_the_source():
    # The demo's home pages were made after the migrations: the signal gave them.
    assert translation_trees() == {("en", 2, "change_page"), ("pt", 2, "change_page")}


def test_a_translation_tree_made_later_is_the_translators_at_once():
    portuguese = Page.objects.get(depth=2, locale__language_code="pt")
    GroupPagePermission.objects.filter(page=portuguese).delete()
    # An administrator makes a new home page in Portuguese (a second site, say).
    root = Page.get_first_root_node()
    new_home = Page(title="Início 2", slug="inicio-2", locale=portuguese.locale)
    root.add_child(instance=new_home)
    spanish_home = Page(
        title="Inicio 2", slug="inicio-2-es", locale=Locale.objects.get(language_code="es")
    )
    root.add_child(instance=spanish_home)
    assert GroupPagePermission.objects.filter(
        group__name="Translators", page=new_home, permission__codename="change_page"
    ).exists()
    assert not GroupPagePermission.objects.filter(page=spanish_home).exists()


def test_the_second_roles_migration_can_run_again():
    import importlib

    migration = importlib.import_module(
        "hub.accounts.migrations.0002_owned_deletes_translation_trees_personal_data"
    )

    def snapshot():
        return (
            translation_trees(),
            set(GroupPagePermission.objects.values_list("group__name", "page_id", "permission_id")),
            set(Group.objects.values_list("name", "permissions")),
        )

    before = snapshot()
    run_with_the_real_apps(migration.update_roles)
    assert snapshot() == before


def run_with_the_real_apps(operation):
    """Run a migration's function on the real apps. It marks every app as having models
    while it makes permissions, then unmarks it, as historical apps want; put the real
    apps back as they were."""
    from django.apps import apps as global_apps

    modules = {config: config.models_module for config in global_apps.get_app_configs()}
    try:
        operation(global_apps, None)
    finally:
        for config, module in modules.items():
            config.models_module = module


def test_public_snippets_have_drafts_and_review_and_recommendations_stay_with_reviewers():
    """What migrations 0003 and 0004 give each group on the snippets (hub.accounts.roles)."""
    from django.apps import apps as global_apps
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import WorkflowContentType

    from hub.accounts.roles import REVIEWED_SNIPPETS, REVIEWERS_ONLY_SNIPPETS

    def codenames(group, app_label):
        return set(
            Group.objects.get(name=group)
            .permissions.filter(content_type__app_label=app_label)
            .values_list("codename", flat=True)
        )

    for app_label, model in REVIEWED_SNIPPETS:
        model_class = global_apps.get_model(app_label, model)
        content_type = ContentType.objects.get_for_model(model_class)
        assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == (
            "Review before publishing"
        )
        review = {f"{verb}_{model}" for verb in ("publish", "lock", "unlock", "delete")}
        for group in ("Editors", "Translators"):
            assert {f"add_{model}", f"change_{model}"} <= codenames(group, app_label), group
            assert not review & codenames(group, app_label), group
        for group in ("Moderators", "Administrators"):
            assert review <= codenames(group, app_label), group
    for app_label, model in REVIEWERS_ONLY_SNIPPETS:
        for group in ("Editors", "Translators"):
            changes = {f"add_{model}", f"change_{model}", f"delete_{model}"}
            assert not changes & codenames(group, app_label), group
        assert f"change_{model}" in codenames("Moderators", app_label)


def test_the_fourth_roles_migration_can_run_again():
    """With the snippets as they are labelled today (the action points have moved to the
    declaration app since), it changes nothing on a database it has run on."""
    import functools
    import importlib

    from hub.accounts.roles import REVIEWED_SNIPPETS

    migration = importlib.import_module("hub.accounts.migrations.0004_public_snippets_reviewed")
    reviewed = [snippet for snippet in REVIEWED_SNIPPETS if snippet != ("core", "footertext")]
    assert len(reviewed) == len(migration.NEWLY_REVIEWED)
    before = set(Group.objects.values_list("name", "permissions"))
    run_with_the_real_apps(functools.partial(migration.review_public_snippets, reviewed=reviewed))
    assert set(Group.objects.values_list("name", "permissions")) == before

"""Snippets on public pages go through "Review before publishing" too.

The footer text (on every public page) has drafts, revisions, locking and the workflow
(hub/core/migrations/0002): Editors and Translators save drafts and submit them, only
Moderators and Administrators publish, lock and unlock. Translators change only the
copies in the other languages (hub.core.snippet_permissions), never the Spanish source.

The other snippets that public pages show (topics, people, institutions, countries and
their status events, action points, UPR recommendations) have no drafts yet: a saved
change is live at once. Until they have drafts, Editors and Translators only view them
(and choose them in pages); Moderators and Administrators add, change and delete them.
Caption tracks stay as they were (Editors and Translators add and change them, live at
once) until captions get their own review state.

The publish, lock and unlock permissions of a draftable snippet are normally made by
wagtail.snippets after all migrations; they are made here so the groups can have them
(hub.accounts.roles.make_snippets_reviewed, used again by 0004, which gives the other
public snippets drafts and review). Running the migration again changes nothing.
"""

from django.db import migrations

from hub.accounts.roles import create_permissions_now, make_snippets_reviewed

# (app label, model) of the snippets with drafts and the workflow.
DRAFTABLE = [("core", "footertext")]
# (app label, model) of the snippets whose changes are live at once: view only.
LIVE_ON_SAVE = [
    ("core", "topic"),
    ("network", "person"),
    ("network", "organisation"),
    ("network", "country"),
    ("network", "countrystatusevent"),
    ("briefs", "actionpoint"),
    ("upr", "recommendation"),
]
VIEW_ONLY = ["Editors", "Translators"]


def assign(apps, schema_editor):
    create_permissions_now(apps)

    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    make_snippets_reviewed(apps, DRAFTABLE)

    changes = Permission.objects.none()
    for app_label, model in LIVE_ON_SAVE:
        changes |= Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"add_{model}", f"change_{model}", f"delete_{model}"],
        )
    for group in Group.objects.filter(name__in=VIEW_ONLY):
        group.permissions.remove(*changes)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_owned_deletes_translation_trees_personal_data"),
        ("core", "0002_footertext_drafts_and_workflow"),
        ("network", "0004_country_choices_by_code"),
        ("briefs", "0003_declarationpage_actionpoint_declarationsignatory_and_more"),
        ("upr", "0001_initial"),
    ]

    operations = [migrations.RunPython(assign, migrations.RunPython.noop)]

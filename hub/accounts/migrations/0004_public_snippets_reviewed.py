"""The snippets that public pages show have drafts and go through "Review before publishing".

Topics, people, institutions, countries (with their status events) and action points
now have drafts, revisions and locking (core 0003, network 0005, briefs 0004; every
existing row stays live). Like the footer text (0003):

- Editors and Translators add and change them again: a saved change is a draft the site
  does not show, which they submit for review. Translators change only the copies in
  the other languages (hub.core.snippet_permissions), never the Spanish source.
- Moderators and Administrators publish, lock, unlock and delete them.

UPR recommendations (imported data, no drafts) stay with Moderators and Administrators.
Running the migration again changes nothing.
"""

from django.db import migrations

from hub.accounts.roles import (
    DRAFT_WRITERS,
    INLINE_SNIPPETS,
    create_permissions_now,
    make_snippets_reviewed,
)

# As the models were labelled then (the action points moved to the declaration app in
# declaration 0001, which keeps their permissions); the footer text had all this from 0003.
NEWLY_REVIEWED = [
    ("core", "topic"),
    ("network", "person"),
    ("network", "organisation"),
    ("network", "country"),
    ("briefs", "actionpoint"),
]


def review_public_snippets(apps, schema_editor, reviewed=NEWLY_REVIEWED):
    create_permissions_now(apps)

    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    make_snippets_reviewed(apps, reviewed)
    for group in Group.objects.filter(name__in=DRAFT_WRITERS):
        snippets = reviewed + INLINE_SNIPPETS.get(group.name, [])
        wanted = Permission.objects.none()
        for app_label, model in snippets:
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label,
                codename__in=[f"add_{model}", f"change_{model}", f"view_{model}"],
            )
        group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_snippet_workflow"),
        ("core", "0003_topic_drafts_and_workflow"),
        ("network", "0005_people_organisations_countries_drafts"),
        ("briefs", "0004_actionpoint_drafts"),
    ]

    operations = [migrations.RunPython(review_public_snippets, migrations.RunPython.noop)]

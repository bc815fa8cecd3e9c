"""Who keeps the search synonyms (search.SearchSynonym, live when saved): Editors,
Moderators and Administrators add and change them; Moderators and Administrators also
delete them, as every snippet. Translators do not (a group spans the three languages).
Running it again changes nothing."""

from django.db import migrations

from hub.accounts.roles import create_permissions_now

VERBS = {
    "Editors": ["add", "change", "view"],
    "Moderators": ["add", "change", "view", "delete"],
    "Administrators": ["add", "change", "view", "delete"],
}


def grant(apps, schema_editor):
    create_permissions_now(apps)
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=VERBS):
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="hub_search",
                codename__in=[f"{verb}_searchsynonym" for verb in VERBS[group.name]],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_public_snippets_reviewed"),
        ("hub_search", "0003_vocabulary_and_synonyms"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

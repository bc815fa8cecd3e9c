"""Roles, second round: what a hostile probe found the groups could do (issue 15).

- Editors keep "add", "change" and "choose" on documents, images and media, and have no
  "delete": deleting someone else's upload now needs it (hub.accounts.files), so they
  delete only their own.
- Translators lose their permissions on the root page (which let them edit, save and
  submit the Spanish pages) and get "change" on each translation tree: every home page
  in a language other than LANGUAGE_CODE. Trees made later get it from
  hub.accounts.signals.
- Moderators and Administrators may view and delete form submissions (contact messages,
  newsletter subscriptions); nobody else sees them (hub.accounts.wagtail_hooks).

Running it again changes nothing.
"""

from django.db import migrations

from hub.accounts.roles import (
    PERSONAL_DATA_CODENAMES,
    PERSONAL_DATA_GROUPS,
    TRANSLATION_TREE_PERMISSIONS,
    TRANSLATORS,
    grant_translation_tree,
    is_translation_home,
)

OWNED_FILES = {
    "wagtaildocs": "document",
    "wagtailimages": "image",
    "wagtailmedia": "media",
}


def update_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        for app_label, model in OWNED_FILES.items():
            GroupCollectionPermission.objects.filter(
                group=editors,
                permission__content_type__app_label=app_label,
                permission__codename=f"delete_{model}",
            ).delete()

    translators = Group.objects.filter(name=TRANSLATORS).first()
    if translators is not None:
        homes = [
            page
            for page in Page.objects.filter(depth=2).select_related("locale")
            if is_translation_home(page, page.locale.language_code)
        ]
        GroupPagePermission.objects.filter(group=translators).exclude(
            page__in=homes, permission__codename__in=TRANSLATION_TREE_PERMISSIONS
        ).delete()
        for page in homes:
            grant_translation_tree(page, Group, Permission, GroupPagePermission)

    personal_data = Permission.objects.filter(
        content_type__app_label="wagtailforms", codename__in=PERSONAL_DATA_CODENAMES
    )
    for group in Group.objects.filter(name__in=PERSONAL_DATA_GROUPS):
        group.permissions.add(*personal_data)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles_and_workflow"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]

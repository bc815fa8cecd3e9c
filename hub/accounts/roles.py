"""What the editorial groups may do beyond migration 0001, in one place.

Read by migrations 0002 to 0004 (with historical models) and by the signal that gives
the Translators each translation tree as it is made (hub.accounts.signals): the home
pages of the translation languages are created after the migrations (load_demo, or an
administrator adding a language later), so the migration alone cannot reach them.
"""

from django.conf import settings

TRANSLATORS = "Translators"
# On each translation tree (every locale but the source language, LANGUAGE_CODE):
# edit the pages there and submit them for review. No "add": translations are made from
# the source page (Translate), not written as new pages; no "publish".
TRANSLATION_TREE_PERMISSIONS = ["change_page"]

# Contact messages and newsletter subscriptions (Wagtail's form submissions): who may see
# them (list, export, delete) under Forms. Wagtail shows them to everyone who may edit the
# form page; hub.accounts.wagtail_hooks asks for this permission as well.
PERSONAL_DATA_PERMISSION = "wagtailforms.view_formsubmission"
PERSONAL_DATA_CODENAMES = ["view_formsubmission", "delete_formsubmission"]
PERSONAL_DATA_GROUPS = ["Moderators", "Administrators"]


def is_translation_home(page, language_code):
    """A locale's home page (just under the root) in a language other than the source."""
    return page.depth == 2 and language_code != settings.LANGUAGE_CODE


def grant_translation_tree(page, Group, Permission, GroupPagePermission):
    """The Translators' permissions on one translation tree (idempotent)."""
    group = Group.objects.filter(name=TRANSLATORS).first()
    if group is None:
        return
    for codename in TRANSLATION_TREE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


# Snippets that public pages show, with drafts, revisions, locking and "Review before
# publishing" (hub.core.models.ReviewedSnippetMixin), as (app label, model). Editors and
# Translators add and change them (a draft, submitted for review); Translators only the
# copies in the other languages (hub.core.snippet_permissions); Moderators and
# Administrators also publish, lock, unlock and delete them.
REVIEWED_SNIPPETS = [
    ("core", "footertext"),
    ("core", "topic"),
    ("network", "person"),
    ("network", "organisation"),
    ("network", "country"),
    ("declaration", "actionpoint"),
]
REVIEWERS = ["Moderators", "Administrators"]
DRAFT_WRITERS = ["Editors", "Translators"]
REVIEW_VERBS = {"publish": "Can publish", "lock": "Can lock", "unlock": "Can unlock"}
# A country's status events are edited inline with it, in its drafts; like 0001, Editors
# hold the model permissions too (the events' own are not asked by the admin).
INLINE_SNIPPETS = {"Editors": [("network", "countrystatusevent")]}
# Imported data without drafts: a saved change would be live at once, so reviewers only.
REVIEWERS_ONLY_SNIPPETS = [("upr", "recommendation")]
WORKFLOW = "Review before publishing"


def create_permissions_now(apps):
    """Make every model's permissions (normally made after all migrations), so that a
    migration can give them to the groups."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def make_snippets_reviewed(apps, snippets):
    """Give the reviewers the publish, lock and unlock permissions of these draftable
    snippets and put them through "Review before publishing" (idempotent; for migrations,
    with historical models).

    Wagtail makes these permissions after all migrations (wagtail.snippets); they are
    made here so the groups can have them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    for app_label, model in snippets:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        verbose_name = apps.get_model(app_label, model)._meta.verbose_name_raw
        permissions = [
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{verb}_{model}",
                defaults={"name": f"{label} {verbose_name}"},
            )[0]
            for verb, label in REVIEW_VERBS.items()
        ]
        for group in Group.objects.filter(name__in=REVIEWERS):
            group.permissions.add(*permissions)
        if workflow is not None:
            WorkflowContentType.objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )

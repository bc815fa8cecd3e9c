"""What the editorial groups may do beyond migration 0001, in one place.

Read by migration 0002 (with historical models) and by the signal that gives the
Translators each translation tree as it is made (hub.accounts.signals): the home pages
of the translation languages are created after the migrations (load_demo, or an
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

"""A new translation tree is the Translators' at once (see hub.accounts.roles)."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save

from wagtail.models import GroupPagePermission, Locale, Page

from hub.accounts.roles import grant_translation_tree, is_translation_home


def give_translators_new_translation_trees(sender, instance, created, raw=False, **kwargs):
    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    language_code = (
        Locale.objects.filter(pk=instance.locale_id).values_list("language_code", flat=True).first()
    )
    if is_translation_home(instance, language_code):
        grant_translation_tree(instance, Group, Permission, GroupPagePermission)


def connect():
    post_save.connect(
        give_translators_new_translation_trees, dispatch_uid="hub.accounts.translation_trees"
    )

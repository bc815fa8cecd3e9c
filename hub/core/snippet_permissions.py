"""Translators change only the translations of a snippet, never its Spanish source.

The Translators group has the add and change permissions of the translatable snippets so
that wagtail-localize can write their English and Portuguese copies (every translatable
snippet on public pages has drafts: a saved change waits for a reviewer, who alone has
the snippet's "publish" permission); on their own those permissions would also let a
translator edit and submit the source in the default language. `TranslationLocalePolicy` takes the source away from
a user whose right to change the model comes only from the Translators group: they may
not change, publish, lock, unlock or delete a default-language instance, nor create one.
Members of another group that may change the model (Editors, Moderators), superusers
and users given the permission directly keep Django's model permissions.

Wagtail's snippet views check the model permission only; `TranslatableSnippetViewSet`'s
create and edit views (the edit view is also the base of the revert view, and the view
wagtail-localize's translation editor takes over) ask the policy about the instance, or
about the locale of the new one.
"""

from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied

from wagtail.admin.views.generic import CopyViewMixin
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

TRANSLATORS = "Translators"
# What a translator may not do to a default-language instance.
SOURCE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "delete"}


def translates_only(user, model):
    """Whether the user may change instances of `model` only as a member of Translators."""
    if not user.is_authenticated or not user.is_active or user.is_superuser:
        return False
    cache = user.__dict__.setdefault("_hub_translates_only", {})
    if model not in cache:
        codename = get_permission_codename("change", model._meta)
        granted = {
            "permissions__codename": codename,
            "permissions__content_type__app_label": model._meta.app_label,
        }
        groups = set(user.groups.filter(**granted).values_list("name", flat=True))
        direct = user.user_permissions.filter(
            codename=codename, content_type__app_label=model._meta.app_label
        ).exists()
        cache[model] = groups == {TRANSLATORS} and not direct
    return cache[model]


def is_source_locale(locale):
    return locale is not None and locale.pk == Locale.get_default().pk


class TranslationLocalePolicy(ModelPermissionPolicy):
    """Model permissions, except that translators leave the default language alone."""

    def user_has_permission_for_instance(self, user, action, instance):
        if (
            action in SOURCE_ACTIONS
            and translates_only(user, self.model)
            and is_source_locale(instance.locale)
        ):
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if set(actions) <= SOURCE_ACTIONS and translates_only(user, self.model):
            instances = instances.exclude(locale=Locale.get_default())
        return instances

    def user_may_create_in(self, user, locale):
        return self.user_has_permission(user, "add") and not (
            translates_only(user, self.model) and is_source_locale(locale)
        )


class TranslatableSnippetCreateView(CreateView):
    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_may_create_in(request.user, self.locale):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TranslatableSnippetCopyView(CopyViewMixin, TranslatableSnippetCreateView):
    pass


class TranslatableSnippetEditView(EditView):
    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TranslatableSnippetViewSet(SnippetViewSet):
    """A SnippetViewSet whose create, copy and edit views ask `TranslationLocalePolicy`."""

    add_view_class = TranslatableSnippetCreateView
    copy_view_class = TranslatableSnippetCopyView
    edit_view_class = TranslatableSnippetEditView


def register_translation_locale_policy(*models):
    """Give each model `TranslationLocalePolicy`; call it before registering its viewset."""
    for model in models:
        register_permission_policy(model, TranslationLocalePolicy(model), exact_class=True)

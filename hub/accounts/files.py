"""Documents, images and media: deleting someone else's upload needs its own permission.

Wagtail's CollectionOwnershipPermissionPolicy treats "delete" as "change": whoever may
edit the files of a collection (editors, who must be able to fix a title or choose any
file) could delete every other user's. Here "delete" asks for the collection's
delete_document / delete_image / delete_media permission (Moderators, Administrators),
or for an upload of one's own ("add" on the collection, as Wagtail has it). Everything
else is Wagtail's policy unchanged.

Documents and images get this policy through Wagtail's registry (hub.accounts.apps);
wagtailmedia does not read the registry, so its delete view is guarded in
hub.accounts.wagtail_hooks and its edit page asks `media_deletable`.
"""

from django.db.models import Q

from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy


class OwnedDeletePermissionPolicy(CollectionOwnershipPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "delete":
            # "add": there may be uploads of their own to delete.
            return self._check_perm(user, ["add", "delete"])
        return super().user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = [action for action in actions if action != "delete"]
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        if "delete" not in actions:
            return False
        if getattr(instance, self.owner_field_name) == user and self._check_perm(
            user, ["add"], collection=instance.collection
        ):
            return True
        return self._check_perm(user, ["delete"], collection=instance.collection)

    def instances_user_has_any_permission_for(self, user, actions):
        others = [action for action in actions if action != "delete"]
        if "delete" not in actions or (user.is_active and user.is_superuser):
            return super().instances_user_has_any_permission_for(user, actions)
        if not user.is_authenticated:
            return self.model._default_manager.none()
        deletable = Q(collection__in=self._collections_with_perm(user, ["delete"])) | Q(
            collection__in=self._collections_with_perm(user, ["add"]),
            **{self.owner_field_name: user},
        )
        queryset = self.model._default_manager.filter(deletable)
        if others:
            queryset = queryset | super().instances_user_has_any_permission_for(user, others)
        return queryset


def policy_for(model, auth_model):
    return OwnedDeletePermissionPolicy(
        model, auth_model=auth_model, owner_field_name="uploaded_by_user"
    )


def media_policy():
    from wagtailmedia import get_media_model

    return policy_for(get_media_model(), "wagtailmedia.Media")


def delete_media(request, media_id):
    """wagtailmedia's delete view, for those this policy lets delete the file."""
    from django.shortcuts import get_object_or_404

    from wagtail.admin.auth import permission_denied
    from wagtailmedia import get_media_model
    from wagtailmedia.views import media as media_views

    media = get_object_or_404(get_media_model(), pk=media_id)
    if not media_policy().user_has_permission_for_instance(request.user, "delete", media):
        return permission_denied(request)
    return media_views.delete(request, media_id)

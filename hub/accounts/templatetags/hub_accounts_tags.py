from django import template

from hub.accounts.files import media_policy

register = template.Library()


@register.simple_tag(takes_context=True)
def media_deletable(context, media):
    """Whether the admin's user may delete this media file (hub.accounts.files)."""
    return media_policy().user_has_permission_for_instance(context["request"].user, "delete", media)

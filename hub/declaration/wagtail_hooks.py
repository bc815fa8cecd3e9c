from wagtail.snippets.models import register_snippet

from hub.core.snippet_permissions import (
    TranslatableSnippetViewSet,
    register_translation_locale_policy,
)
from hub.declaration.models import ActionPoint

register_translation_locale_policy(ActionPoint)


class ActionPointViewSet(TranslatableSnippetViewSet):
    model = ActionPoint
    icon = "list-ol"
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["number", "__str__", "declaration", "locale"]
    list_filter = ["locale", "by_nhris", "by_state", "is_sample"]


register_snippet(ActionPointViewSet)

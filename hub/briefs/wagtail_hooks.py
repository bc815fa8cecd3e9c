from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.briefs.models import ActionPoint


class ActionPointViewSet(SnippetViewSet):
    model = ActionPoint
    icon = "list-ol"
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["number", "__str__", "declaration", "locale"]
    list_filter = ["locale", "by_nhris", "by_state", "is_sample"]
    search_fields = ["text"]


register_snippet(ActionPointViewSet)

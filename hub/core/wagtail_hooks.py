from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.core.models import FooterText, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["__str__", "tagline", "locale"]
    list_filter = ["locale"]


register_snippet(TopicViewSet)
register_snippet(FooterTextViewSet)

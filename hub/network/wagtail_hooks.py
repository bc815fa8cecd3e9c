from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.network.models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "role", "affiliation", "country_code", "locale"]
    list_filter = ["locale", "country_code", "is_sample"]
    search_fields = ["name", "role", "affiliation"]


register_snippet(PersonViewSet)

"""The synonym groups in the admin (Snippets → Search synonyms)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["terms", "note"]
    search_fields = ["terms", "note"]
    ordering = ["terms"]


register_snippet(SearchSynonymViewSet)

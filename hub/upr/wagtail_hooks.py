import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.core.countries import un_choices
from hub.upr.models import Recommendation


class RecommendationFilterSet(WagtailFilterSet):
    country = django_filters.ChoiceFilter(
        label=_("State under review"), choices=un_choices, empty_label=_("All")
    )
    cycle = django_filters.ChoiceFilter(
        label=_("UPR cycle"),
        choices=[(number, str(number)) for number in range(1, 5)],
        empty_label=_("All"),
    )

    class Meta:
        model = Recommendation
        fields = [
            "country",
            "mechanism",
            "cycle",
            "response",
            "action_category",
            "implementation_status",
            "source",
            "is_sample",
        ]


class RecommendationViewSet(SnippetViewSet):
    model = Recommendation
    icon = "list-ul"
    menu_order = 230
    add_to_admin_menu = True
    list_display = [
        "__str__",
        "country",
        "mechanism",
        "cycle",
        "session",
        "response",
        "implementation_status",
        "source",
        "updated_at",
    ]
    list_per_page = 50
    filterset_class = RecommendationFilterSet
    ordering = ["country", "session", "id"]


register_snippet(RecommendationViewSet)

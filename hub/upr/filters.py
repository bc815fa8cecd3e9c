"""The query of /api/recommendations/: its filters and its format."""

from django import forms
from django.db.models import F
from django.utils.translation import gettext as _

from hub.core.api import QueryForm
from hub.core.countries import UN_NAMES
from hub.core.filters import CodeChoiceField
from hub.upr.models import Recommendation, search_key

MAX_TERMS = 8
MAX_PARAM_LENGTH = 500


class RecommendationQuery(QueryForm):
    """`country` is the state under review (any UN member or observer state); `theme` and
    `q` are compared without case or accents, every word of `q` in the text."""

    lookups = {
        "country": "country",
        "cycle": "cycle",
        "session": "session",
        "response": "response",
        "source": "source",
        "theme": "themes_text__contains",
    }

    country = CodeChoiceField(required=False, choices=sorted(UN_NAMES.items()))
    cycle = forms.IntegerField(required=False, min_value=1, max_value=9)
    session = forms.IntegerField(required=False, min_value=1, max_value=99)
    response = CodeChoiceField(required=False, upper=False, choices=Recommendation.Response.choices)
    source = CodeChoiceField(required=False, upper=False, choices=Recommendation.Source.choices)
    theme = forms.CharField(required=False, max_length=MAX_PARAM_LENGTH)
    q = forms.CharField(required=False, max_length=MAX_PARAM_LENGTH)
    format = CodeChoiceField(
        required=False, upper=False, choices=[("json", "JSON"), ("csv", "CSV")]
    )

    def error_messages_for(self, name, field):
        messages = super().error_messages_for(name, field)
        if name == "country":
            messages["invalid_choice"] = _(
                "country must be an ISO 3166-1 alpha-2 code of a UN member or observer state."
            )
        return messages

    def clean_theme(self):
        return search_key(self.cleaned_data["theme"])

    def clean_q(self):
        terms = search_key(self.cleaned_data["q"]).split()
        if len(terms) > MAX_TERMS:
            raise forms.ValidationError(_("q may hold at most %(max)s words.") % {"max": MAX_TERMS})
        return terms

    def filter(self, queryset):
        queryset = super().filter(queryset)
        for term in self.values.get("q") or ():
            queryset = queryset.filter(search_text__contains=term)
        return queryset.order_by("country", F("session").asc(nulls_last=True), "id")

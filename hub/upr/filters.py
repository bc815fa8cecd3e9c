"""The filters of recommendations: the public database's listing and /api/recommendations/.

One set of fields serves both. The listing (`RecommendationFilters`) leaves a value it
cannot read out and says so beside the field, like every listing of the hub; its exports
and the API (`RecommendationQuery`) answer such a value with a 400 instead, since a file
silently holding more than was asked for would mislead.
"""

from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from hub.core.api import QueryForm
from hub.core.countries import UN_NAMES, un_name
from hub.core.filters import CodeChoiceField, FilterForm, choices
from hub.upr.choices import (
    ActionCategory,
    Implementation,
    Mechanism,
    Response,
    Source,
    search_key,
    theme_label,
)

MAX_TERMS = 8
MAX_PARAM_LENGTH = 500
CYCLES = [(number, str(number)) for number in range(1, 5)]
MAIN_FIELDS = ("q", "country", "mechanism")
EXPORT_FORMATS = [("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON")]


class ThemeField(CodeChoiceField):
    """A choice among the themes on record, by name in any case and with or without
    accents; its value is the name folded (`search_key`), as `themes_text` holds it."""

    def to_python(self, value):
        value = forms.ChoiceField.to_python(self, value)
        # A value that folds to nothing ("%_") is refused as it was sent, not taken as none.
        return search_key(value) or value.strip() and value


def theme_choices(names):
    """(folded name, label in the active language) of each theme, by label."""
    items = {search_key(name): theme_label(name) for name in names}
    return sorted(items.items(), key=lambda pair: search_key(pair[1]))


class RecommendationFilters(FilterForm):
    """`country` is the state under review, `recommending_state` any state among those
    that made the recommendation; `theme` one of the themes on record (its name in any
    case, with or without accents), `q` compared without case or accents, every word of
    `q` in the text. `countries` (codes) narrows the choice of states under review to
    those on record; without it any UN member or observer state is a choice. `themes`
    (names: `Recommendation.themes_on_record()`) are the themes to choose from."""

    id_format = "f-%s"
    lookups = {
        "country": "country",
        "mechanism": "mechanism",
        "cycle": "cycle",
        "session": "session",
        "response": "response",
        "action_category": "action_category",
        "implementation": "implementation_status",
    }

    q = forms.CharField(
        label=_("Words in the text"),
        required=False,
        max_length=MAX_PARAM_LENGTH,
        widget=forms.SearchInput,
    )
    country = CodeChoiceField(label=_("State under review"), required=False)
    mechanism = CodeChoiceField(
        label=_("Mechanism"),
        required=False,
        upper=False,
        choices=choices(_("All mechanisms"), Mechanism.choices),
    )
    cycle = forms.TypedChoiceField(
        label=_("Cycle of the UPR"),
        required=False,
        coerce=int,
        choices=choices(_("All cycles"), CYCLES),
    )
    session = forms.IntegerField(
        label=_("Session of the UPR"), required=False, min_value=1, max_value=99
    )
    recommending_state = CodeChoiceField(label=_("Recommending state"), required=False)
    response = CodeChoiceField(
        label=_("Response"),
        required=False,
        upper=False,
        choices=choices(_("All responses"), Response.choices),
    )
    theme = ThemeField(label=_("Theme"), required=False)
    action_category = forms.TypedChoiceField(
        label=_("Action category (UPR Info)"),
        required=False,
        coerce=int,
        choices=choices(_("All categories"), ActionCategory.choices),
    )
    implementation = CodeChoiceField(
        label=_("Implementation"),
        required=False,
        upper=False,
        choices=choices(_("Any status"), Implementation.choices),
    )

    def __init__(self, data=None, *, countries=None, themes=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["theme"].choices = choices(_("All themes"), theme_choices(themes))
        codes = sorted(UN_NAMES) if countries is None else sorted(set(countries))
        states = sorted(((code, un_name(code)) for code in UN_NAMES), key=lambda pair: pair[1])
        self.fields["country"].choices = choices(
            _("All states"), sorted(((c, un_name(c)) for c in codes), key=lambda pair: pair[1])
        )
        self.fields["recommending_state"].choices = choices(_("Any state"), states)

    def clean_q(self):
        terms = search_key(self.cleaned_data["q"]).split()
        if len(terms) > MAX_TERMS:
            raise forms.ValidationError(
                gettext_now("q may hold at most %(max)s words.") % {"max": MAX_TERMS}
            )
        return " ".join(terms)

    def main_fields(self):
        """The fields shown first; the others fold under "More filters" on the page."""
        return [self[name] for name in MAIN_FIELDS]

    def more_fields(self):
        return [field for field in self if field.name not in MAIN_FIELDS]

    @property
    def more_open(self):
        """Whether "More filters" starts open: one of its fields was sent."""
        return any(self.data.get(field.name) for field in self.more_fields())

    @property
    def filtered(self):
        """Whether any filter narrows the list."""
        return any(value not in (None, "") for value in self.values.values())

    def filter(self, queryset, lookups=None):
        queryset = super().filter(queryset, lookups)
        state = self.values.get("recommending_state")
        if state:
            queryset = queryset.filter(recommending_codes__contains=f"|{state}|")
        theme = self.values.get("theme")
        if theme:  # one whole line of themes_text (one theme per line)
            queryset = queryset.filter(
                Q(themes_text=theme)
                | Q(themes_text__startswith=f"{theme}\n")
                | Q(themes_text__endswith=f"\n{theme}")
                | Q(themes_text__contains=f"\n{theme}\n")
            )
        for term in (self.values.get("q") or "").split():
            queryset = queryset.filter(search_text__contains=term)
        return queryset.order_by("country", F("session").asc(nulls_last=True), "id")


class RecommendationQuery(QueryForm, RecommendationFilters):
    """The API's query: the listing's filters plus `source` and `format`; a value it
    cannot read is a 400 naming the parameter (`hub.core.api.query_values`)."""

    lookups = {**RecommendationFilters.lookups, "source": "source"}

    cycle = forms.IntegerField(required=False, min_value=1, max_value=9)
    source = CodeChoiceField(required=False, upper=False, choices=Source.choices)
    format = CodeChoiceField(
        required=False, upper=False, choices=[("json", "JSON"), ("csv", "CSV")]
    )

    def error_messages_for(self, name, field):
        messages = super().error_messages_for(name, field)
        if name in ("country", "recommending_state"):
            messages["invalid_choice"] = gettext_now(
                "%(name)s must be an ISO 3166-1 alpha-2 code of a UN member or observer state."
            ) % {"name": name}
        if name == "theme":  # names hold commas: " | " parts them
            messages["invalid_choice"] = gettext_now(
                "%(name)s must be the name of a theme on record: %(choices)s."
            ) % {
                "name": name,
                "choices": " | ".join(value for value, _label in field.choices if value),
            }
        return messages


class ExportQuery(RecommendationQuery):
    """The listing's export: its filters, read as strictly as the API's."""

    format = CodeChoiceField(required=True, upper=False, choices=EXPORT_FORMATS)

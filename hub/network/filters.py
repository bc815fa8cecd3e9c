"""The filters of the network directory (country, kind, a word), the date of the
countries overview, and the query of /api/organisations/."""

import datetime

from django import forms
from django.core.validators import RegexValidator
from django.db.models import Q
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _

from hub.core.api import LanguageQuery
from hub.core.filters import CodeChoiceField, FilterForm, choices
from hub.network import status as statuses


class DirectoryFilters(FilterForm):
    """One form filters both lists of the directory, institutions and people: the
    countries of the directory's locale, the kinds of organisation."""

    country = CodeChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    q = forms.CharField(
        label=_("Name or word"), required=False, max_length=100, widget=forms.SearchInput
    )

    def __init__(self, data, *, countries, kinds):
        super().__init__(data)
        self.fields["country"].choices = choices(
            _("All countries"), [(country.iso_code, country.name) for country in countries]
        )
        self.fields["kind"].choices = choices(_("All kinds"), kinds)

    def organisations(self, queryset):
        return self.matching(
            self.filter(queryset, {"country": "country_code", "kind": "kind"}),
            ("name", "acronym", "description"),
        )

    def people(self, queryset):
        return self.matching(
            self.filter(queryset, {"country": "country_code", "kind": "organisation__kind"}),
            ("name", "role", "affiliation"),
        )

    def matching(self, queryset, fields):
        """What has the word in one of `fields`."""
        word = self.values.get("q")
        if not word:
            return queryset
        found = Q()
        for field in fields:
            found |= Q(**{f"{field}__icontains": word})
        return queryset.filter(found)


def parse_on(value):
    """A date from ?on= (YYYY-MM-DD or a year), clamped to 2006..today; None if unreadable."""
    value = str(value).strip()[:10]
    try:
        if value.isascii() and value.isdigit() and len(value) == 4:
            on = datetime.date(int(value), 12, 31)  # year 0000 is no date: ValueError
        else:
            on = parse_date(value)
    except ValueError:
        on = None
    if on is None:
        return None
    return min(max(on, datetime.date(statuses.FIRST_MAP_YEAR, 1, 1)), datetime.date.today())


class StatusDateField(forms.DateField):
    """A date from ?on= (YYYY-MM-DD or a year), clamped to 2006..today; the field shows
    the date the overview is for."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def to_python(self, value):
        if value in self.empty_values:
            return None
        on = parse_on(value)
        if on is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return on

    def bound_data(self, data, initial):
        return (parse_on(data) if data else None) or initial


class StatusDateForm(FilterForm):
    """The countries overview's date: today unless another is asked for."""

    id_format = "status-%s"
    messages = {"invalid": _("That date could not be read; showing today instead.")}

    on = StatusDateField(label=_("Show the status on"), required=False)

    def __init__(self, data):
        super().__init__(data, initial={"on": datetime.date.today()})
        self.fields["on"].widget.attrs.update(
            min=f"{statuses.FIRST_MAP_YEAR}-01-01", max=datetime.date.today().isoformat()
        )

    @property
    def date(self):
        return self.values.get("on") or datetime.date.today()


class OrganisationQuery(LanguageQuery):
    """/api/organisations/?lang=&country=&kind=: any two-letter code is a country to ask
    for (the list is empty for one without organisations)."""

    lookups = {"country": "country_code", "kind": "kind"}

    country = forms.CharField(
        required=False,
        validators=[
            RegexValidator(r"^[A-Za-z]{2}\Z", _("country must be an ISO 3166 two-letter code."))
        ],
    )
    kind = forms.ChoiceField(required=False)

    def __init__(self, data, *, kinds):
        super().__init__(data)
        self.fields["kind"].choices = kinds

    def clean_country(self):
        return self.cleaned_data["country"].upper()

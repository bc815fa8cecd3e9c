"""The filters of the briefs index: panel, topic, country, language, year and sort."""

from django import forms
from django.conf import settings
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from hub.core.countries import country_name
from hub.core.filters import CodeChoiceField, FilterForm, choices

SORTS = {
    "newest": ("-publication_date", "title"),
    "oldest": ("publication_date", "title"),
    "title": ("title",),
}


class BriefFilters(FilterForm):
    """The choices come from the index: the panels and topics of its locale, the countries
    and years of its briefs. A year no brief has is still a year to ask for (the list is
    then empty); a year no date can have (0, 10000) is left out."""

    id_format = "f-%s"
    lookups = {
        "panel": "panel__number",
        "topic": "topics__topic__slug",
        "country": "countries__country_code",
        "language": "locale__language_code",
        "year": "publication_date__year",
    }
    repeating = ("topic", "country")  # a brief names several

    panel = forms.TypedChoiceField(label=_("Panel"), required=False, coerce=int)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    country = CodeChoiceField(label=_("Country"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("title", _("Title")),
        ],
    )

    def __init__(self, data, *, panels, topics, briefs, country_codes):
        super().__init__(data)
        fields = self.fields
        fields["panel"].choices = choices(
            _("All panels"),
            [
                (panel.number, f"{panel.number}. {Truncator(panel.title).chars(50)}")
                for panel in panels
            ],
        )
        fields["topic"].choices = choices(_("All topics"), [(t.slug, t.name) for t in topics])
        fields["country"].choices = choices(
            _("All countries"),
            sorted(
                {(code, country_name(code)) for code in country_codes},
                key=lambda item: str(item[1]),
            ),
        )
        fields["language"].choices = choices(_("All languages"), settings.LANGUAGES)
        years = {date.year for date in briefs.values_list("publication_date", flat=True)}
        asked = self.data.get("year", "")
        if asked.isascii() and asked.isdigit() and 1 <= int(asked) <= 9999:
            years.add(int(asked))
        fields["year"].choices = choices(
            _("All years"), [(year, year) for year in sorted(years, reverse=True)]
        )

    def filter(self, briefs):
        return super().filter(briefs).order_by(*SORTS[self.values.get("sort") or "newest"])

"""The filters of a listing, as a form read from the query string.

Each listing (briefs, recordings, the directory, the countries overview) has one form of
its own, in the app that owns the listing; the JSON lists of `hub.core.api` build on the
same base. A value the form refuses is left out: the listing shows everything for that
field, and the field says why (a visitor's address never fails). The form renders its own
fields (`components/filter_fields.html`): each label tied to its field, the error tied
to it too (Django's `aria-describedby` and `aria-invalid`).
"""

from urllib.parse import urlencode

from django import forms
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

# What a listing's field says when it leaves a value out, by Django's error code.
LEFT_OUT = {
    "invalid_choice": _("That is not one of the choices, so the list is not filtered by it."),
    "invalid": _("That value could not be read, so the list is not filtered by it."),
    "max_length": _(
        "That is longer than %(limit_value)d characters, so the list is not filtered by it."
    ),
    "null_characters_not_allowed": _(
        "That value could not be read, so the list is not filtered by it."
    ),
}


class CodeChoiceField(forms.ChoiceField):
    """A choice among codes, in whatever case the visitor typed it ("ar" is "AR"), shown
    selected as the code it stands for."""

    def __init__(self, *args, upper=True, **kwargs):
        self.upper = upper
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return value.upper() if self.upper else value.lower()

    def bound_data(self, data, initial):
        return self.to_python(data) if isinstance(data, str) else data


class FilterForm(forms.Form):
    """A listing's filters, bound to the query string.

    `lookups` maps a field to the lookup that filters the listing's queryset by its value
    (`filter()` applies the values that are valid and not empty); a form with more to do
    than lookups (a sort, a search in several fields) adds it in its own `filter()`.
    `id_format` gives the fields their ids ("f-%s": `f-panel`). `repeating` names the fields
    whose lookup goes through rows an object has several of (a brief's topics): filtered by
    one of them, the list is made distinct, and only then (SELECT DISTINCT over every
    column costs PostgreSQL milliseconds of planning).
    """

    template_name = "components/filter_fields.html"
    id_format = "filter-%s"
    messages = LEFT_OUT
    lookups = {}
    repeating = ()

    def __init__(self, data=None, **kwargs):
        kwargs.setdefault("auto_id", self.id_format)
        super().__init__({} if data is None else data, **kwargs)

    def full_clean(self):
        # Here rather than in __init__: a subclass gives some fields their choices there.
        for name, field in self.fields.items():
            field.error_messages.update(self.error_messages_for(name, field))
        super().full_clean()

    def error_messages_for(self, name, field):
        """The messages of `field` that replace Django's defaults."""
        return dict(self.messages)

    def render(self, template_name=None, context=None, renderer=None):
        """The fields in the hub's template (the widgets keep Django's own templates)."""
        return render_to_string(template_name or self.template_name, context or self.get_context())

    __str__ = __html__ = render

    @property
    def values(self):
        """{name: value} of the fields whose value is valid (a refused one is absent)."""
        self.is_valid()
        return self.cleaned_data

    def filter(self, queryset, lookups=None):
        repeated = False
        for name, lookup in (self.lookups if lookups is None else lookups).items():
            value = self.values.get(name)
            if value not in (None, ""):
                queryset = queryset.filter(**{lookup: value})
                repeated = repeated or name in self.repeating
        return queryset.distinct() if repeated else queryset

    @property
    def query(self):
        """The valid filters as a query string ("&panel=2&year=2011"), for the links to
        the other pages of the listing."""
        pairs = [(name, value) for name, value in self.values.items() if value not in (None, "")]
        return "&" + urlencode(pairs) if pairs else ""


def choices(empty_label, items):
    """A select's choices: everything (the empty value) first, then `items`."""
    return [("", empty_label), *items]

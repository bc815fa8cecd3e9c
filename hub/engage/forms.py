"""The forms of the newsletter sign-up and the contact page.

Their fields are fixed in code rather than built in Wagtail's form builder: the double
opt-in and the spam checks depend on them, and their labels come translated from the .po
files in every language. Django links each field to its help and its errors
(aria-describedby, aria-invalid); the templates give those texts the ids it expects.
"""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# A field people never see or reach (hidden visually and from screen readers, out of the
# tab order): what fills it is a robot, and its submission is dropped without a word.
HONEYPOT = "website"

INTERESTS = [
    ("opcat", _("Torture prevention and OPCAT")),
    ("upr", _("Universal Periodic Review (UPR)")),
    ("nhri", _("National human rights institutions")),
    ("recordings", _("New recordings")),
    ("briefs", _("Briefs and publications")),
]


def is_spam(data):
    return bool(data.get(HONEYPOT, "").strip())


class EngageForm(forms.Form):
    """A form of a Wagtail form page (which passes page and user), with the honeypot."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page

    @property
    def visible(self):
        """The fields people fill in (the honeypot is rendered on its own)."""
        return [field for field in self if field.name != HONEYPOT]

    @classmethod
    def data_fields(cls):
        """(name, label) of what a submission keeps: everything but the honeypot."""
        return [(name, field.label) for name, field in cls.base_fields.items() if name != HONEYPOT]

    def stored_data(self):
        return {name: self.cleaned_data[name] for name, _label in self.data_fields()}

    @classmethod
    def resubmitted(cls, data):
        """Initial values from a POST that could not be accepted (no CSRF token), so the
        visitor finds what they typed when the form is shown again."""
        initial = {}
        for name, field in cls.base_fields.items():
            if name == HONEYPOT or name not in data:
                continue
            if isinstance(field, forms.MultipleChoiceField):
                initial[name] = data.getlist(name)
            else:
                initial[name] = data.get(name, "")[: getattr(field, "max_length", None) or 10_000]
        return initial


class NewsletterForm(EngageForm):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"),
        choices=[
            (code, settings.LANGUAGE_NATIVE_NAMES[code]) for code, _name in settings.LANGUAGES
        ],
        widget=forms.RadioSelect,
    )
    interests = forms.MultipleChoiceField(
        label=_("What interests you"),
        help_text=_("Choose any number, or none to hear about everything."),
        choices=INTERESTS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The language of the page the visitor is reading.
        self.fields["language"].initial = translation.get_language()

    def clean_email(self):
        # One subscriber per address: compared without case or surrounding spaces.
        return self.cleaned_data["email"].strip().lower()


class ContactForm(EngageForm):
    name = forms.CharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("So that we can answer you."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    message = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )

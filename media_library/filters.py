"""The filters of the recordings index: the language spoken, the format and the speaker."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from hub.core.filters import FilterForm, choices


class RecordingFilters(FilterForm):
    """The speakers to choose from are the people who speak in the index's recordings."""

    lookups = {
        "language": "media__language",
        "kind": "media__type",
        "speaker": "speakers__person__slug",
    }
    repeating = ("speaker",)  # a recording names several

    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        choices=choices(_("All languages"), settings.LANGUAGES),
    )
    kind = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=choices(_("Audio and video"), [("video", _("Video")), ("audio", _("Audio"))]),
    )
    speaker = forms.ChoiceField(label=_("Speaker"), required=False)

    def __init__(self, data, *, speakers):
        super().__init__(data)
        self.fields["speaker"].choices = choices(
            _("All speakers"), [(person.slug, person.name) for person in speakers]
        )

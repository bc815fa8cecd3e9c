import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

TIMECODE = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$|^(\d+)$")


def timecode_seconds(value):
    """Seconds from "83", "1:23" or "1:01:23"."""
    match = TIMECODE.match((value or "").strip())
    if not match:
        raise ValueError(value)
    hours, minutes, seconds, plain = match.groups()
    if plain is not None:
        return int(plain)
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


class TimecodeBlock(blocks.RegexBlock):
    """A moment in the recording, shared by every translation (not a text to translate)."""

    def __init__(self, **kwargs):
        super().__init__(
            regex=TIMECODE.pattern,
            error_messages={"invalid": _("Write a time as 1:23, 1:02:03 or seconds (83).")},
            **kwargs,
        )


class ChapterBlock(blocks.StructBlock):
    start = TimecodeBlock(label=_("starts at"), help_text=_("For example 4:30."))
    title = blocks.CharBlock(label=_("title"), max_length=200)

    class Meta:
        icon = "time"
        label = _("Chapter")
        template = "components/blocks/chapter_block.html"
        preview_value = {"start": "0:00", "title": "Apertura"}

    def clean(self, value):
        value = super().clean(value)
        try:
            timecode_seconds(value["start"])
        except ValueError:
            raise blocks.StructBlockValidationError(
                block_errors={"start": ValidationError(_("Not a time."))}
            ) from None
        return value

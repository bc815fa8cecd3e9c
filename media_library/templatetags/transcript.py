"""A recording page's transcript as one piece of HTML. A recording of hours has thousands
of cues; the template language took about 40 µs a cue to render them (70 ms for two
hours), this a few."""

from html import escape

from django import template
from django.templatetags.l10n import unlocalize
from django.utils.safestring import mark_safe

from hub.core.templatetags.hub_tags import timecode

register = template.Library()


def _seconds(value):
    """What `unlocalize` writes for a float (the player reads it): "62.25", "3.0"."""
    text = repr(float(value))
    return text if "e" not in text else unlocalize(value)


@register.simple_tag
def transcript_cues(segments):
    """One `<li>` per cue: its start and end for the player, a link to its second, its
    speaker and its text (escaped)."""
    cues = []
    for segment in segments:
        start = _seconds(segment.start)
        speaker = (
            f'<span class="transcript__speaker">{escape(segment.speaker)}:</span> '
            if segment.speaker
            else ""
        )
        cues.append(
            f'<li class="transcript__cue" data-start="{start}" '
            f'data-end="{_seconds(segment.end)}"><a href="?t={int(segment.start)}" '
            f'data-seek="{start}" class="timecode">{timecode(segment.start)}</a> '
            f"{speaker}{escape(segment.text)}</li>"
        )
    return mark_safe("\n".join(cues))  # noqa: S308 (every value above is escaped or a number)

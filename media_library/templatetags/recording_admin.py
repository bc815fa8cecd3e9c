"""The recording's "Media file and captions" panel where the page editor is not a form
of panels: under wagtail-localize's translation editor of a translated recording."""

from django import template
from django.template.loader import render_to_string

from media_library.recording_panel import TEMPLATE, media_summary

register = template.Library()


@register.simple_tag(takes_context=True)
def recording_media_panel(context, page):
    """The panel for a recording page; nothing for another page or a snippet."""
    from media_library.models import RecordingPage

    if not isinstance(page, RecordingPage):
        return ""
    request = context["request"]
    return render_to_string(
        "media_library/admin/recording_panel_section.html",
        {"template": TEMPLATE, **media_summary(page, request.user)},
        request=request,
    )

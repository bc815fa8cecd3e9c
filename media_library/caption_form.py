"""The caption track form: WebVTT or SubRip in, validated WebVTT stored."""

from pathlib import Path

from django import forms
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from media_library.captions import CaptionError, load_caption_file


class CaptionTrackForm(WagtailAdminModelForm):
    """Accepts WebVTT or SubRip; stores WebVTT."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "read") or getattr(upload, "_committed", False):
            return upload
        try:
            vtt_text, _cues = load_caption_file(upload.read(), upload.name)
        except CaptionError as problem:
            raise forms.ValidationError(str(problem)) from None
        name = Path(upload.name).stem + ".vtt"
        return ContentFile(vtt_text.encode("utf-8"), name=name)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and not self.instance.pk:
            self.add_error("file", _("Choose a WebVTT (.vtt) or SubRip (.srt) file."))
        return cleaned

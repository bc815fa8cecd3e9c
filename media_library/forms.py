"""The media upload form: a file is checked for size and playability at once (PyAV opens
it) before anything is saved."""

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtailmedia.forms import BaseMediaForm

from hub.core.uploads import check_size, clean_filename
from media_library.processing import MediaError, probe


class MediaFileForm(BaseMediaForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = format_html(
                '{} <a href="{}">{}</a>',
                _("A large recording, or a slow connection?"),
                reverse("media_upload_page"),
                _("Upload it in resumable pieces."),
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            # Unchanged on edit: the stored file (renaming it would lose its folder).
            return upload
        upload.name = clean_filename(upload.name, fallback="recording")
        check_size(upload, settings.HUB_MAX_MEDIA_UPLOAD_SIZE, _("recording"))
        try:
            info = probe(upload)  # Messages then name the editor's own file.
        except MediaError as problem:
            raise forms.ValidationError(str(problem)) from None
        self.instance.type = info.kind
        return upload

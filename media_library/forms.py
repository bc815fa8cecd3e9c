"""The media upload form: a file is checked for playability at once (PyAV opens it)."""

from django import forms

from wagtailmedia.forms import BaseMediaForm

from media_library.processing import MediaError, probe


class MediaFileForm(BaseMediaForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "chunks"):
            return upload  # Unchanged on edit.
        try:
            info = probe(upload)  # Messages then name the editor's own file.
        except MediaError as problem:
            raise forms.ValidationError(str(problem)) from None
        self.instance.type = info.kind
        return upload

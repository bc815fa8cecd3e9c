"""Admin forms of the foundation: documents are checked by content before anything is saved."""

from django.core.files.uploadedfile import UploadedFile

from wagtail.documents.forms import BaseDocumentForm

from hub.core.uploads import check_document, clean_filename


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (single and multiple upload) with the content check."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            # Unchanged on edit: the stored file (renaming it would lose its folder).
            return upload
        upload.name = clean_filename(upload.name, fallback="document")
        check_document(upload)
        return upload

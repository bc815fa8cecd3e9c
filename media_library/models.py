"""The media file model (WAGTAILMEDIA["MEDIA_MODEL"]), in place from the first migration.

A MediaFile is the recording itself, shared by every locale; the recordings issue adds
captions, renditions and the translated RecordingPage that presents it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtailmedia.models import AbstractMedia

from hub.core.models.files import CONTENT_LANGUAGES


class MediaFile(AbstractMedia):
    language = models.CharField(
        _("language spoken"), max_length=5, choices=CONTENT_LANGUAGES, blank=True
    )
    recorded_on = models.DateField(_("date recorded"), null=True, blank=True)

    admin_form_fields = AbstractMedia.admin_form_fields + ("language", "recorded_on")

    class Meta:
        verbose_name = _("media file")
        verbose_name_plural = _("media files")

"""A panel's rows: who spoke at it (moderator, speakers) and its recordings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class PanelParticipant(Orderable):
    """Synchronised across translations; the affiliation is as it was at the session."""

    class Role(models.TextChoices):
        MODERATOR = "moderator", _("Moderator")
        SPEAKER = "speaker", _("Speaker")

    page = ParentalKey("events.PanelPage", on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey("network.Person", on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.SPEAKER)
    affiliation_at_the_time = models.CharField(
        _("affiliation at the time"), max_length=255, blank=True
    )
    panels = [FieldPanel("person"), FieldPanel("role"), FieldPanel("affiliation_at_the_time")]


class PanelRecording(Orderable):
    page = ParentalKey("events.PanelPage", on_delete=models.CASCADE, related_name="recordings")
    recording = models.ForeignKey(
        "media_library.RecordingPage", on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("recording")]

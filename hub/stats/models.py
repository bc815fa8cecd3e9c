"""Plays and downloads, counted per thing and per day, and nothing else.

A row says "this recording page was played N times on this day" or "this document was
downloaded N times on this day". There is no visitor in it: no address, no browser, no
cookie, no identifier, so nothing can be traced back to a person or followed across
visits. The rows are not content: saving one does not empty the page cache (this app is
not in `hub.core.page_cache.CONTENT_APPS`).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyCount(models.Model):
    class Kind(models.TextChoices):
        PLAY = "play", _("play")
        DOWNLOAD = "download", _("download")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "kind", "date"], name="unique_daily_count"
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} {self.kind} {self.date}: {self.count}"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "hub.stats"
    label = "stats"
    verbose_name = _("Plays and downloads")

    def ready(self):
        from hub.core.signals import file_served
        from hub.stats.counting import count_download

        file_served.connect(count_download, dispatch_uid="hub.stats.downloads")

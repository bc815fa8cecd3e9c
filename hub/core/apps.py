from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "hub.core"
    label = "core"
    verbose_name = _("Hub core")

    def ready(self):
        from hub.core import page_cache, signals, spreadsheets

        signals.connect()
        page_cache.connect()
        spreadsheets.escape_admin_exports()

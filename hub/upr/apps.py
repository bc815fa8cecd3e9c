from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UprConfig(AppConfig):
    name = "hub.upr"
    label = "upr"
    verbose_name = _("UPR recommendations")

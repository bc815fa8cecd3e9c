from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeclarationConfig(AppConfig):
    name = "hub.declaration"
    label = "declaration"
    verbose_name = _("Declaration")

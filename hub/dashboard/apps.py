from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    """The editors' dashboard: the admin's home page, made of what waits for them."""

    name = "hub.dashboard"
    label = "dashboard"
    verbose_name = _("Editors' dashboard")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who may do what: the editorial groups and the review workflow (see README, Roles)."""

    name = "hub.accounts"
    label = "accounts"
    verbose_name = _("Roles and workflow")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who may do what: the editorial groups and the review workflow (see README, Roles)."""

    name = "hub.accounts"
    label = "accounts"
    verbose_name = _("Roles and workflow")

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from hub.accounts import signals
        from hub.accounts.files import policy_for

        signals.connect()
        # Exact class: ours, whichever app registers its default policy later.
        for model, auth_model in (
            (get_document_model(), "wagtaildocs.Document"),
            (get_image_model(), "wagtailimages.Image"),
        ):
            register_permission_policy(model, policy_for(model, auth_model), exact_class=True)

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "hub.core"
    label = "core"
    verbose_name = _("Hub core")

    def ready(self):
        from django.test.signals import setting_changed

        from wagtail.documents import get_document_model

        from hub.core import admin_language, checks, page_cache, spreadsheets  # noqa: F401
        from hub.core.stored_files import on_file_change
        from hub.core.tasks import extract_document_text, forget_extracted_text

        # A document's text is extracted again whenever its file is new or replaced.
        on_file_change(
            get_document_model(),
            reset=forget_extracted_text,
            then=extract_document_text.enqueue,
            dispatch_uid="hub.core.document_text",
        )
        page_cache.connect()
        admin_language.portuguese_falls_back_to_brazilian()
        setting_changed.connect(admin_language.keep_portuguese_falling_back)
        spreadsheets.escape_admin_exports()
        admin_language.use_lazy_chooser_labels()
        # Accented slugs of pages made before ASCII slugs get their ASCII slug (and a
        # redirect from the old address) after every migrate: hub.core.slugs.
        post_migrate.connect(ascii_slugs_after_migrate, sender=self)


def ascii_slugs_after_migrate(sender, using="default", **kwargs):
    from wagtail.models import Page

    from hub.core.slugs import rewrite_slugs

    if using != "default":
        return
    if Page.objects.filter(depth__gt=1, slug__regex=r"[^-_a-zA-Z0-9]").exists():
        rewrite_slugs()

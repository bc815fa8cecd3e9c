from wagtail import hooks
from wagtail.snippets.models import register_snippet

from hub.core.models import FooterText, Topic
from hub.core.privacy import page_is_private
from hub.core.snippet_permissions import (
    TranslatableSnippetViewSet,
    register_translation_locale_policy,
)

register_translation_locale_policy(Topic, FooterText)


class TopicViewSet(TranslatableSnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class FooterTextViewSet(TranslatableSnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["__str__", "tagline", "locale"]
    list_filter = ["locale"]


register_snippet(TopicViewSet)
register_snippet(FooterTextViewSet)


@hooks.register("before_serve_page")
def mark_private_pages(page, request, serve_args, serve_kwargs):
    """A private page (or one under it) is answered with Cache-Control: private, no-store
    (hub.core.middleware.SecurityHeadersMiddleware), so no shared cache keeps it."""
    request.hub_private_page = page_is_private(page)

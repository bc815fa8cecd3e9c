from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from media_library.models import CaptionTrack


class CaptionTrackViewSet(SnippetViewSet):
    model = CaptionTrack
    icon = "openquote"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["media", "language", "is_original", "updated_at"]
    list_filter = ["language", "is_original"]


register_snippet(CaptionTrackViewSet)

# The resumable upload's admin page and menu item (media_library.upload_hooks).
from media_library import upload_hooks  # noqa: E402, F401

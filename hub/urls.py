from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents.views.serve import authenticate_with_password

from hub.api import api_router
from hub.briefs.feeds import BriefFeed
from hub.core import views as core_views
from hub.core.routing import PAGE_FILE_PATTERN, serve_page
from hub.core.sitemap import sitemap_view
from hub.events.feeds import EventFeed
from hub.news.feeds import NewsFeed
from media_library import views as media_views
from media_library.feeds import PodcastFeed, RecordingFeed
from media_library.resumable import RecordingUploadView
from search import views as search_views

urlpatterns = [
    # Wagtail's choosers take the chosen object's key as <str:pk> and look it up unchecked:
    # a key that is not a number raised ValueError (a 500). Every model here has an integer
    # key, so such an address names nothing.
    re_path(r"^admin/(?:[\w-]+/)+chosen/[^/]*[^\d/][^/]*/$", core_views.not_found),
    # Resumable uploads of recordings (tus): answered with protocol status codes (403 for a
    # visitor), not the admin's redirects to its login page.
    path("admin/media/uploads/", RecordingUploadView.as_view(), name="media_upload_collection"),
    path(
        "admin/media/uploads/<str:upload_id>/", RecordingUploadView.as_view(), name="media_upload"
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document URLs, served by the hub's file view (privacy + Range).
    path(
        "documents/<int:document_id>/<str:document_filename>",
        core_views.serve_document,
        name="wagtaildocs_serve",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        settings.MEDIA_URL.lstrip("/") + "images/<path:path>",
        core_views.serve_image_rendition,
        name="image_rendition",
    ),
    path(
        settings.MEDIA_URL.lstrip("/") + "originals/<int:image_id>/<str:filename>",
        core_views.serve_original_image,
        name="image_original",
    ),
    # Each app's API, from its urls.py and api.py; Wagtail's API v2 at api/v2/.
    path("api/", include("hub.network.urls")),
    path("api/", include("hub.declaration.urls")),
    path("api/", include("hub.upr.urls")),
    path("api/", include("media_library.urls")),
    path("api/", include("hub.stats.urls")),
    path("api/", include("hub.engage.urls")),
    path("api/", include("search.urls")),
    path("media/files/<int:media_id>/<str:filename>", media_views.serve_media, name="media_file"),
    path(
        "media/renditions/<int:rendition_id>/<str:filename>",
        media_views.serve_rendition,
        name="media_rendition",
    ),
    path(
        "media/captions/<int:caption_id>/<str:language>.vtt",
        media_views.serve_caption,
        name="media_caption",
    ),
    path("embed/recordings/<int:page_id>/", media_views.embed, name="recording_embed"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("healthz", core_views.healthz, name="healthz"),
    path(
        "favicon.ico",
        RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg", permanent=True),
    ),
]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feeds/news/", NewsFeed(), name="news_feed"),
    path("feeds/podcast/", PodcastFeed(), name="podcast_feed"),
    path("feeds/recordings/", RecordingFeed(), name="recordings_feed"),
    path("feeds/briefs/", BriefFeed(), name="briefs_feed"),
    path("feeds/events/", EventFeed(), name="events_feed"),
    # A page's files (a brief's cite.bib, a workshop's programme.ics, the declaration.pdf):
    # the page's own routes (hub.core.routing).
    re_path(PAGE_FILE_PATTERN, serve_page, name="page_file"),
    # Wagtail's own addresses (a private page's password form, its login) before the page
    # view, which would take them for pages.
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    # Wagtail's page view, routed with fewer queries (hub.core.routing.serve_page).
    re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"),
    prefix_default_language=True,
)

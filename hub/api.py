"""The Wagtail API (/api/v2/): public pages, images, documents and media, read-only.

Pages: Wagtail lists only live pages without view restrictions. Images, documents and
media: those in a collection with a view restriction (or under one) are left out, and a
document or media file is only listed once a live, public page uses it — an upload for a
draft is not published by the API before the page is.
"""

import posixpath
import re

from rest_framework.fields import ReadOnlyField

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError, get_full_url
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtailmedia.api.serializers import MediaItemSerializer
from wagtailmedia.api.views import MediaAPIViewSet

from hub.core.privacy import restricted_collections


class JSONOnly:
    """A `?format=` other than JSON answers 400 and says so (DRF answered an empty 404).
    For CSV, the hub's own lists: /api/countries/, /api/recommendations/…"""

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            if force:
                raise
            raise BadRequestError(
                _("%(name)s must be one of: %(choices)s.") % {"name": "format", "choices": "json"}
            ) from None


class BoundedPagination(WagtailPagination):
    """Wagtail's offset and limit, with the offset bounded too: an offset beyond what the
    database takes (a bigint) was a server error; a listing never gets that long."""

    MAX_OFFSET = 1_000_000

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and (len(offset) > 7 or int(offset) > self.MAX_OFFSET):
            raise BadRequestError(f"offset cannot be higher than {self.MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


WORD = re.compile(r"\w+")
MAX_SEARCH_WORDS = 32


class _WithQuery:
    """A request seen with another query string (`GET`)."""

    def __init__(self, request, query):
        self._request, self.GET = request, query

    def __getattr__(self, name):
        return getattr(self._request, name)


class PlainWordsSearchFilter(SearchFilter):
    """Wagtail's `?search=`, given its words only.

    The database backends pass quotes and other characters of their query syntax on to
    SQL, which refuses them with an error (a 500 for a visitor's input): the words are
    kept, everything else is left out. `search_operator` is "and" or "or", else a 400.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return super().filter_queryset(request, queryset, view)
        operator = request.GET.get("search_operator")
        if operator not in (None, "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = WORD.findall(request.GET["search"])[:MAX_SEARCH_WORDS]
        if not words:
            return queryset.none()
        query = request.GET.copy()
        query["search"] = " ".join(words)
        return super().filter_queryset(_WithQuery(request, query), queryset, view)


def plain_words_search(filter_backends):
    """A view set's filters with Wagtail's search filter replaced by the one above."""
    return [PlainWordsSearchFilter if f is SearchFilter else f for f in filter_backends]


class ObjectField(ReadOnlyField):
    """A read-only field computed from the whole object, not from one of its attributes."""

    def get_attribute(self, instance):
        return instance


class PageAddressField(ObjectField):
    """A page's public address on the API's base URL (PUBLIC_BASE_URL), like every other
    address the API gives — not on the Site record's hostname."""

    def to_representation(self, page):
        request = self.context["request"]
        return get_full_url(request, page.get_url(request))


class PublicPageSerializer(PageSerializer):
    html_url = PageAddressField()


# Page types that moved to another app answer to their old label in `?type=` too.
MOVED_PAGE_TYPES = {"briefs.DeclarationPage": "declaration.DeclarationPage"}


class PublicPagesAPIViewSet(JSONOnly, PagesAPIViewSet):
    pagination_class = BoundedPagination
    base_serializer_class = PublicPageSerializer
    filter_backends = plain_words_search(PagesAPIViewSet.filter_backends)

    def initial(self, request, *args, **kwargs):
        types = request.GET.get("type")
        if types:
            renamed = ",".join(MOVED_PAGE_TYPES.get(label, label) for label in types.split(","))
            if renamed != types:
                query = request.GET.copy()
                query["type"] = renamed
                request._request.GET = query  # noqa: SLF001 - DRF reads the Django request's
        super().initial(request, *args, **kwargs)


class AbsoluteImageURLField(ObjectField):
    """The original file, through the file view (which checks its collection)."""

    def to_representation(self, image):
        address = reverse("image_original", args=[image.pk, posixpath.basename(image.file.name)])
        return get_full_url(self.context["request"], address)


class PublicImageSerializer(ImageSerializer):
    download_url = AbsoluteImageURLField()


class PublicImagesAPIViewSet(JSONOnly, ImagesAPIViewSet):
    pagination_class = BoundedPagination
    base_serializer_class = PublicImageSerializer
    filter_backends = plain_words_search(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=restricted_collections())


class PublicDocumentsAPIViewSet(JSONOnly, DocumentsAPIViewSet):
    """Documents that a live, public brief offers, outside restricted collections."""

    pagination_class = BoundedPagination
    filter_backends = plain_words_search(DocumentsAPIViewSet.filter_backends)
    body_fields = DocumentsAPIViewSet.body_fields + ["content_type", "file_size"]
    listing_default_fields = DocumentsAPIViewSet.listing_default_fields + [
        "content_type",
        "file_size",
    ]

    def get_queryset(self):
        from hub.briefs.models import BriefPage

        published = BriefPage.objects.live().public().values("document_id")
        return (
            super()
            .get_queryset()
            .filter(pk__in=published)
            .exclude(collection__in=restricted_collections())
        )


class ServeURLField(ObjectField):
    """The media file's address through the hub's file view (which checks its collection)."""

    def to_representation(self, instance):
        return get_full_url(self.context["request"], instance.serve_url)


class CaptionsField(ObjectField):
    def to_representation(self, instance):
        request = self.context["request"]
        return [
            {
                "language": track.language,
                "is_original": track.is_original,
                "url": get_full_url(request, track.url),
            }
            for track in instance.public_captions
        ]


class RenditionsField(ObjectField):
    def to_representation(self, instance):
        request = self.context["request"]
        return [
            {
                "kind": rendition.kind,
                "mime_type": rendition.mime_type,
                "file_size": rendition.file_size,
                "width": rendition.width,
                "height": rendition.height,
                "url": get_full_url(request, rendition.url),
            }
            for rendition in instance.renditions.all()
        ]


class PublicMediaSerializer(MediaItemSerializer):
    download_url = ServeURLField()
    captions = CaptionsField()
    renditions = RenditionsField()


class PublicMediaAPIViewSet(JSONOnly, MediaAPIViewSet):
    """Recordings' media files that a live, public recording page plays."""

    pagination_class = BoundedPagination
    base_serializer_class = PublicMediaSerializer
    filter_backends = plain_words_search(MediaAPIViewSet.filter_backends)
    body_fields = [
        "id",
        "title",
        "media_type",
        "duration",
        "width",
        "height",
        "language",
        "recorded_on",
        "mime_type",
        "file_size",
        "captions",
        "renditions",
    ]
    listing_default_fields = [
        "id",
        "type",
        "detail_url",
        "title",
        "media_type",
        "duration",
        "language",
        "download_url",
    ]
    nested_default_fields = ["id", "type", "detail_url", "title", "download_url"]

    def get_queryset(self):
        # The file view's rule for what is public (MediaFile.access), as a query.
        return self.model.objects.public().prefetch_related("captions", "renditions").order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("media", PublicMediaAPIViewSet)

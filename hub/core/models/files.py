"""The hub's own image and document models, in place from the first migration."""

import functools

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image
from wagtail.models import Page
from wagtail.search import index

from hub.core.privacy import file_access

CONTENT_LANGUAGES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("pt", _("Portuguese")),
]


class HubImage(AbstractImage):
    """An image with the credit and default text alternative that every use needs."""

    alt_text = models.CharField(
        _("text alternative"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty "
            "for a purely decorative image."
        ),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + ("alt_text", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def get_rendition(self, filter):
        """Wagtail's stores the rendition in the renditions cache on every call, even one it
        has just read from there: a cache write per picture on every rendering. Its
        ``get_renditions`` stores only what did not come from the cache."""
        if isinstance(filter, str):
            filter = Filter(spec=filter)
        if not isinstance(filter, Filter):
            return super().get_rendition(filter)  # which refuses it
        return next(iter(self.get_renditions(filter).values()))


class HubRendition(AbstractRendition):
    image = models.ForeignKey(HubImage, on_delete=models.CASCADE, related_name="renditions")

    def __setstate__(self, state):
        # Unpickled: read from the renditions cache, so not to be written back to it
        # (Wagtail marks only prefetched renditions).
        super().__setstate__(state)
        self._from_cache = True

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HubDocument(AbstractDocument):
    """A document whose text is extracted (by a background task) for search."""

    language = models.CharField(_("language"), max_length=5, choices=CONTENT_LANGUAGES, blank=True)
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    text_extracted_at = models.DateTimeField(null=True, blank=True, editable=False)
    extraction_error = models.CharField(max_length=255, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields + ("language",)

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("extracted_text"),
        index.FilterField("language"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def save(self, *args, **kwargs):
        # Documents made by code (imports, the demo) get the size and hash that Wagtail's
        # upload form would have set: download links show the size.
        if self.file and (self.file_size is None or not self.file_hash):
            self._set_document_file_metadata()
        super().save(*args, **kwargs)

    @property
    def extension(self):
        return self.file_extension.upper()

    def access(self, request):
        """Who may fetch the file (hub.core.privacy.file_access).

        A document that pages use — offered in a field of their own (a brief's document)
        or linked from their rich text or blocks (Wagtail's reference index) — is public
        once one of them is live and unrestricted. While they are all drafts it is a 404
        for visitors; while the live ones are all restricted, a 403 except for the
        visitors a live page's restriction lets in. Staff who manage documents or edit a
        using page get it in every case (private, never cached). A document no page uses
        keeps Wagtail's rule, its collection's privacy.
        """
        return file_access(
            request,
            self.collection,
            self.using_pages(),
            unused_is_public=True,
            may_manage=may_manage_documents,
        )

    def using_pages(self):
        """The pages, drafts included, that use this document, in one query: those whose
        own foreign key names it, and those the reference index says link to it (rich
        text, StreamField blocks). The index records what a page's row holds: the
        published content of a live page, the first saved content of a draft (a link
        added only in a later draft revision is not there until it is published)."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import IntegerField, Q
        from django.db.models.functions import Cast

        from wagtail.models import ReferenceIndex

        # The index keeps ids as text; its page rows all hold a page's integer id.
        linking = ReferenceIndex.get_references_to(self).filter(
            base_content_type=ContentType.objects.get_for_model(Page)
        )
        uses = Q(pk__in=linking.values_list(Cast("object_id", IntegerField()), flat=True))
        for model, name in _page_fields_to(type(self)):
            uses |= Q(**{f"{model._meta.model_name}__{name}": self})
        return list(Page.objects.filter(uses).distinct())


@functools.cache
def _page_fields_to(target):
    """(page model, field name) of every page field that is a foreign key to `target`."""
    return tuple(
        (model, field.name)
        for model in apps.get_models()
        if issubclass(model, Page)
        for field in model._meta.local_fields
        if field.many_to_one and field.related_model is target
    )


def may_manage_documents(user):
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission(user, ["add", "change", "choose", "delete"])

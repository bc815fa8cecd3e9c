"""The panels of the editors' dashboard (the admin's home page).

Each panel lists what waits for the signed-in member, each line linking to the place to
act, and says so when nothing does. A panel shows only to those the README's role table
lets act on what it lists (and lists only what they may change); its queries are a fixed
few whatever the number of lines (at most ``LINES`` are shown, with the total).

Kept from Wagtail's own: what awaits the member's review and their own pages and
snippets in review (with an empty state), their recent edits, the locked pages (below
the panels of this module).
"""

from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import (
    LockedPagesPanel,
    RecentEditsPanel,
    UserObjectsInWorkflowModerationPanel,
    WorkflowObjectsToModeratePanel,
)
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from hub.core.models import HubDocument
from media_library.models import MediaFile, RecordingPage
from media_library.models.files import CaptionStatus, ProcessingStatus, TranscriptionStatus

LINES = 10
CAPTION_LANGUAGES = ("es", "en", "pt")


def dashboard_panels(request):
    panels = [
        ReviewPanel(),
        OwnInReviewPanel(),
        CaptionsPanel(),
        OutOfDateTranslationsPanel(),
        UnreadDocumentsPanel(),
        ProcessingUploadsPanel(),
        RecentEditsPanel(),
        LockedPagesPanel(),
    ]
    panels[-2].order, panels[-1].order = 400, 410  # after what waits for the member
    return [panel for panel in panels if getattr(panel, "shown_to", everyone)(request.user)]


def everyone(user):
    return True


class ReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review" (the tasks this member may approve), with an
    empty state."""

    template_name = "dashboard/review_panel.html"


class OwnInReviewPanel(UserObjectsInWorkflowModerationPanel):
    """Wagtail's list of the member's own pages and snippets in review, with an empty
    state."""

    template_name = "dashboard/own_in_review_panel.html"


class Line:
    def __init__(self, title, detail, url, action):
        self.title, self.detail, self.url, self.action = title, detail, url, action


class ListPanel(Component):
    """A panel of lines (title, what is wrong, a link to where it is put right)."""

    template_name = "dashboard/panel.html"
    heading = ""
    empty_text = ""

    def shown_to(self, user):
        return True

    def lines(self, user):
        """(total, [Line]) for this member."""
        raise NotImplementedError

    def get_context_data(self, parent_context):
        total, lines = self.lines(parent_context["request"].user)
        return {
            "panel_id": self.name,
            "heading": self.heading,
            "empty_text": self.empty_text,
            "lines": lines,
            "total": total,
            "more": max(0, total - len(lines)),
        }


def media_policy():
    from wagtailmedia.permissions import permission_policy

    return permission_policy


def document_policy():
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(HubDocument)


class CaptionsPanel(ListPanel):
    """Recordings missing captions in one of the three languages, and machine-drafted
    captions waiting for an editor to review them."""

    name = "hub_captions"
    order = 230
    heading = _("Captions to write or review")
    empty_text = _("Nothing to do: every recording has reviewed captions in es, en and pt.")

    def shown_to(self, user):
        return user.has_perm("media_library.change_captiontrack")

    def lines(self, user):
        first_page = RecordingPage.objects.filter(media=OuterRef("pk")).order_by("pk")
        files = (
            MediaFile.objects.filter(pages__isnull=False)
            .distinct()
            .annotate(page_id=Subquery(first_page.values("pk")[:1]))
            .prefetch_related("captions")
            .order_by("-created_at", "-pk")
        )
        found = []
        for media in files:
            tracks = {track.language[:2]: track for track in media.captions.all()}
            edit_page = reverse("wagtailadmin_pages:edit", args=[media.page_id])
            for track in tracks.values():
                if track.status == CaptionStatus.MACHINE_DRAFT:
                    found.append(
                        Line(
                            media.title,
                            _("%(language)s: a machine draft to review")
                            % {"language": track.get_language_display()},
                            reverse(
                                "media_library_captions:review",
                                kwargs={"page_id": media.page_id, "language": track.language},
                            ),
                            _("Review"),
                        )
                    )
            missing = [code for code in CAPTION_LANGUAGES if code not in tracks]
            if missing:
                found.append(
                    Line(
                        media.title,
                        _("No captions in %(languages)s") % {"languages": ", ".join(missing)},
                        edit_page,
                        _("Add captions"),
                    )
                )
        return len(found), found[:LINES]


class OutOfDateTranslationsPanel(ListPanel):
    """Translated pages whose source was published again since they were last synced
    (hub.accounts.translations), among the pages this member may edit."""

    name = "hub_out_of_date_translations"
    order = 240
    heading = _("Translations out of date")
    empty_text = _("Nothing to do: every translation you can edit matches its source.")

    def lines(self, user):
        from wagtail_localize.models import TranslationSource

        synced = {
            key: (locale_id, updated)
            for key, locale_id, updated in TranslationSource.objects.filter(
                specific_content_type__in=page_content_types()
            ).values_list("object_id", "locale_id", "last_updated_at")
        }
        sources = {}  # translation key: the source's locale, for sources changed since
        for key, locale_id, published in Page.objects.filter(
            translation_key__in=synced.keys(), last_published_at__isnull=False
        ).values_list("translation_key", "locale_id", "last_published_at"):
            source_locale, updated = synced[key]
            if locale_id == source_locale and published > updated:
                sources[key] = locale_id
        if not sources:
            return 0, []
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        query = Q()
        for key, locale_id in sources.items():
            query |= Q(translation_key=key) & ~Q(locale_id=locale_id)
        pages = (
            editable.filter(query).select_related("locale").order_by("-latest_revision_created_at")
        )
        total = pages.count()
        return total, [
            Line(
                page.get_admin_display_title(),
                _("%(language)s: its source changed since it was translated")
                % {"language": page.locale.get_display_name()},
                reverse("wagtailadmin_pages:edit", args=[page.pk]),
                _("Update the translation"),
            )
            for page in pages[:LINES]
        ]


def page_content_types():
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import get_page_models

    return ContentType.objects.get_for_models(*get_page_models()).values()


class UnreadDocumentsPanel(ListPanel):
    """Documents whose text could not be extracted: search cannot find them."""

    name = "hub_unread_documents"
    order = 250
    heading = _("Documents without searchable text")
    empty_text = _("Nothing to do: the text of every document was read.")

    def shown_to(self, user):
        return document_policy().user_has_permission(user, "change")

    def lines(self, user):
        documents = (
            document_policy()
            .instances_user_has_permission_for(user, "change")
            .exclude(extraction_error="")
            .order_by("-created_at", "-pk")
        )
        return documents.count(), [
            Line(
                document.title,
                document.extraction_error,
                reverse("wagtaildocs:edit", args=[document.pk]),
                _("Replace the file"),
            )
            for document in documents[:LINES]
        ]


class ProcessingUploadsPanel(ListPanel):
    """Media files still being processed or recognised, or whose processing failed."""

    name = "hub_processing_uploads"
    order = 260
    heading = _("Uploads being processed or failed")
    empty_text = _("Nothing to do: every upload is processed.")

    def shown_to(self, user):
        return media_policy().user_has_permission(user, "change")

    def lines(self, user):
        files = (
            media_policy()
            .instances_user_has_permission_for(user, "change")
            .filter(
                Q(processing_status__in=[ProcessingStatus.PENDING, ProcessingStatus.FAILED])
                | Q(
                    transcription_status__in=[
                        TranscriptionStatus.QUEUED,
                        TranscriptionStatus.RUNNING,
                        TranscriptionStatus.FAILED,
                    ]
                )
            )
            .order_by("-created_at", "-pk")
        )
        return files.count(), [
            Line(
                media.title,
                state_of(media),
                reverse("wagtailmedia:edit", args=[media.pk]),
                _("Open"),
            )
            for media in files[:LINES]
        ]


def state_of(media):
    if media.processing_status == ProcessingStatus.FAILED:
        return _("Processing failed: %(why)s") % {"why": media.processing_error or "—"}
    if media.transcription_status == TranscriptionStatus.FAILED:
        return _("Speech recognition failed: %(why)s") % {"why": media.transcription_error or "—"}
    if media.transcription_status == TranscriptionStatus.RUNNING:
        return _("Recognising speech (%(percent)s%%)") % {
            "percent": round(media.transcription_progress * 100)
        }
    if media.processing_status == ProcessingStatus.PENDING:
        return media.get_processing_status_display()
    return media.get_transcription_status_display()

"""Snippets that public pages show: drafts, revisions, locking and "Review before publishing".

A change saved in the admin is a draft until a moderator publishes it. Wagtail keeps a
live object's published values in its row (a draft lives only in its revisions), and a
never-published object has `live=False`: so every public read goes through
`Model.objects.live()` (or `hub.core.utils.localized_all`, which uses it) and shows the
published state only.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models

from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class PublishedQuerySet(models.QuerySet):
    def live(self):
        """What the public may see: published objects (their rows hold the live values)."""
        return self.filter(live=True)


class ReviewedSnippetMixin(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """Drafts, revisions, locking and the workflow for a snippet on public pages.

    The workflow itself is assigned to the content type by a data migration
    (hub/accounts/migrations/0003 and 0004); publishing needs the snippet's "publish"
    permission (Moderators, Administrators).
    """

    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions

"""Page permissions: Wagtail's, with one rule more about deleting."""

from wagtail.models import PagePermissionTester


class HubPagePermissionTester(PagePermissionTester):
    """Without the permission to publish, a user deletes (and moves) only their own drafts.

    Wagtail lets anyone who may edit a page delete it while it is not live: an editor
    could delete every other editor's drafts, one by one or in bulk. Here, as for
    Wagtail's "add"-only users, every page deleted with it must be the user's own.
    The delete view, the bulk delete and the buttons all ask can_delete().
    """

    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        if self.user.is_superuser or "publish" in self.permissions:
            return True
        pages = self.page.get_descendants(inclusive=True)
        return not pages.exclude(owner=self.user).exists()

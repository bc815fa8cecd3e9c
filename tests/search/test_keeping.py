"""Search documents follow their sources when many are deleted at once (an import's
clean-up, a bulk delete in the admin)."""

import pytest

from hub.upr.models import Recommendation
from search.documents import key
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def test_deleting_recommendations_in_bulk_removes_their_search_documents(
    django_capture_on_commit_callbacks,
):
    recommendations = list(Recommendation.objects.order_by("pk")[:5])
    keys = [key(item) for item in recommendations]
    assert SearchDocument.objects.filter(key__in=keys).count() == len(keys) > 0
    with django_capture_on_commit_callbacks(execute=True):
        Recommendation.objects.filter(pk__in=[item.pk for item in recommendations]).delete()
    assert not SearchDocument.objects.filter(key__in=keys).exists()

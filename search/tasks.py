"""Background work of search: writing search documents after their sources change."""

from django_tasks import task

from search.documents import sync_keys


@task()
def update_search_documents(keys):
    """Write or remove the search documents of these keys ("page:12", "upr.Recommendation:5")."""
    sync_keys(keys)

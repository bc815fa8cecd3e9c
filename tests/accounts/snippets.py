"""Helpers of the snippet permission tests: the admin's addresses and its refusals.

snippet_url() is a snippet view's address; refused() says whether the admin refused (a
403, or a redirect to the dashboard with a message); DELETERS is which group may delete.
"""

from django.urls import reverse


def snippet_url(model, view, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}", args=args
    )


def refused(response):
    """The admin refuses with a 403, or sends the user to the dashboard with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


DELETERS = [
    ("Editors", False),
    ("Translators", False),
    ("Moderators", True),
    ("Administrators", True),
]

"""Messages for editors from code that also runs without Django settings (the media and
caption tools, used by scripts and tests too)."""

from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured
from django.utils.translation import gettext


def translate(message: str) -> str:
    """``message`` in the active language when Django's settings are available, else as
    written (English)."""
    try:
        return gettext(message)
    except (ImproperlyConfigured, AppRegistryNotReady):
        return message

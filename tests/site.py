"""What tests look up in the demo site."""

from wagtail.models import Page


def live_pages():
    """One live page of every page type in each language."""
    seen, pages = set(), []
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale").specific():
        key = (type(page).__name__, page.locale.language_code)
        if key not in seen:
            seen.add(key)
            pages.append(page)
    return pages

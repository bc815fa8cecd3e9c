"""ASCII slugs: addresses that survive being shared, cited and typed.

An accented slug travels as ``…pr%C3%A1ctica/`` in share and citation links. New slugs
are plain ASCII, transliterated from the title (á→a, ñ→n, ç→c, ã→a):
``WAGTAIL_ALLOW_UNICODE_SLUGS = False`` makes Wagtail's admin (its slug field's script,
the slug it derives from a title) and wagtail-localize's translated pages do so, and
``BasePage.full_clean`` (``ascii_slug``) catches one typed or imported as it is.

Pages that already have an accented slug keep their old address: ``rewrite_slugs()``
gives them the ASCII slug and Wagtail's redirects (``wagtail.contrib.redirects``, made
when a slug changes) take the old path, percent-encoded or not, to the page. It runs
after every ``migrate`` (nothing to do once done) and as ``manage.py ascii_slugs``.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify


def ascii_slug(value, fallback="page"):
    """``value`` as an ASCII slug: letters lose their accents, the rest becomes ``-``."""
    return slugify(value, allow_unicode=False) or fallback


@dataclass
class SlugRewrite:
    changed: list = field(default_factory=list)  # (page, old slug, new slug)
    failed: list = field(default_factory=list)  # (page, why)


def rewrite_slugs():
    """Give every page whose slug is not ASCII an ASCII one; the old address redirects
    (permanently) to the page. Returns what changed and what failed, and why."""
    from django.core.exceptions import ValidationError

    from wagtail.coreutils import find_available_slug
    from wagtail.models import Page

    result = SlugRewrite()
    # Parents first: a child's old address is counted from its parent's new one.
    for page in Page.objects.filter(depth__gt=1).order_by("path").specific().iterator():
        if page.slug.isascii():
            continue
        old_slug = page.slug
        new_slug = find_available_slug(
            page.get_parent(), ascii_slug(old_slug), ignore_page_id=page.pk
        )
        try:
            with transaction.atomic():
                rename(page, new_slug)
        except (ValidationError, ValueError) as exc:
            result.failed.append((page, str(exc)))
            continue
        result.changed.append((page, old_slug, new_slug))
    return result


def rename(page, new_slug):
    """The page, its drafts and the addresses of its subpages under the new slug; Wagtail
    sends ``page_slug_changed`` once this commits, and its redirects app records the old
    addresses."""
    old_slug = page.slug
    page.slug = new_slug
    page.save(clean=False, update_fields=["slug", "url_path"])
    # A draft (or the next publication of one) would bring the old slug back.
    for revision in page.revisions.iterator():
        if revision.content.get("slug") == old_slug:
            revision.content["slug"] = new_slug
            revision.save(update_fields=["content"])

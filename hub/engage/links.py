"""Where the active language's newsletter and contact pages are, for the footer and the
forms' notes: looked up once, then kept in the cache until one of those pages is
published, unpublished, moved or deleted, or a page is made private or public again
(a version number of their own, so other content changes cost no query)."""

import time

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from hub.core.privacy import page_is_private
from hub.core.utils import active_locale

VERSION_KEY = "hub:engage-links-version"
LINKS_SECONDS = 24 * 3600


def _find(request):
    from hub.engage.models import ContactPage, NewsletterPage

    kinds = ContentType.objects.get_for_models(NewsletterPage, ContactPage)
    names = {content_type.pk: model._meta.model_name for model, content_type in kinds.items()}
    pages = (
        Page.objects.live()
        .filter(locale=active_locale(), content_type__in=list(names))
        .order_by("path")
    )
    links = {"newsletter": None, "contact": None}
    for page in pages:
        key = "newsletter" if names[page.content_type_id] == "newsletterpage" else "contact"
        if links[key] is None and not page_is_private(page):
            links[key] = page.get_url(request)
    return links


def engage_links(request):
    """{"newsletter": URL or None, "contact": URL or None} in the active language."""
    links = getattr(request, "_hub_engage_links", None)
    if links is not None:
        return links
    host = request.get_host() if request is not None else ""
    key = f"hub:engage-links:{cache.get(VERSION_KEY, 0)}:{host}:{translation.get_language()}"
    links = cache.get(key)
    if links is None:
        links = _find(request)
        cache.set(key, links, LINKS_SECONDS)
    if request is not None:
        request._hub_engage_links = links
    return links


def forget(**kwargs):
    cache.set(VERSION_KEY, time.time_ns(), None)


def _page_changed(sender=None, instance=None, **kwargs):
    from hub.engage.models import ContactPage, NewsletterPage

    page = instance if instance is not None else kwargs.get("page")
    if page is not None and page.specific_class in (NewsletterPage, ContactPage):
        forget()


def connect():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "hub.engage.links"
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid=f"{uid}.{id(signal)}")
    post_delete.connect(_page_changed, sender=Page, dispatch_uid=f"{uid}.page.delete")
    for signal in (post_save, post_delete):
        signal.connect(forget, sender=PageViewRestriction, dispatch_uid=f"{uid}.{id(signal)}.r")

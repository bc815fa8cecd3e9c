"""Where the active language's newsletter and contact pages are, for the footer and the
forms' notes: looked up once per content version, site and language, kept with the page
frame (hub.core.page_frame): publishing, unpublishing, moving, deleting or restricting a
page bumps that version."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from hub.core.page_frame import kept
from hub.core.privacy import page_is_private
from hub.core.utils import active_locale


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
    if request is None:
        return _find(None)
    return kept(request, ("engage links",), lambda: _find(request))

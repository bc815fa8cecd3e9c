from django.http import Http404

from wagtail.models import Site

from hub.core.utils import active_locale


def page_at(request, path, page_class):
    """The live page of `page_class` at `path` in the active locale's tree, or 404."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site.")
    root = site.root_page.get_translation_or_none(active_locale()) or site.root_page
    components = [component for component in path.split("/") if component]
    result = root.specific.route(request, components)
    page = result.page if hasattr(result, "page") else result[0]
    page = page.specific
    if not isinstance(page, page_class) or not page.live:
        raise Http404("No such page.")
    if page.get_view_restrictions().exists():
        raise Http404("Restricted.")
    return page

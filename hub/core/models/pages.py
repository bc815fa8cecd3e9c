"""The abstract page every hub page stands on, and the plain editorial page."""

from rest_framework.fields import ListField

from django.core.signals import setting_changed
from django.db import models
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index

from hub.core.blocks import StandardBodyBlock
from hub.core.page_permissions import HubPagePermissionTester
from hub.core.slugs import ascii_slug
from hub.core.utils import is_hidden, localized_all, per_instance

# {key: (site id, root URL, path)}: what BasePage.get_url_parts worked out.
_url_parts = {}
URL_PARTS_KEPT = 20_000


def _forget_url_parts(**kwargs):
    _url_parts.clear()


setting_changed.connect(_forget_url_parts)

# Link previews are 1.91:1; 1200×630 is what Facebook, LinkedIn, Mastodon and X show best.
# The API offers the same rendition to partners.
SHARE_RENDITION = "fill-1200x630-c50|format-jpeg|jpegquality-80"


def names_field(source):
    """An API field listing the names of a page's people or organisations."""
    return ListField(source=source, read_only=True)


class ListingFields(models.Model):
    """How a page shows in lists, cards and link previews."""

    listing_image = models.ForeignKey(
        "core.HubImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("Shown in lists and when the page is shared."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for lists, search results and sharing."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary")],
            heading=_("Listings"),
        )
    ]

    class Meta:
        abstract = True


class ShortTitle(models.Model):
    """A shorter title for menus, for page types whose titles run long (a workshop)."""

    short_title = models.CharField(
        _("short title"),
        max_length=60,
        blank=True,
        help_text=_("For menus and lists, when the title is long."),
    )

    class Meta:
        abstract = True


class AuthorsAndTopics:
    """For page types with inline ``authors`` (people) and ``topics``: what the public sees
    of them, in the page's language (published translations, else the published source)."""

    @per_instance
    def author_people(self):
        return localized_all(
            (item.person for item in self.authors.select_related("person")), self.locale_id
        )

    def topic_list(self):
        return localized_all(
            (item.topic for item in self.topics.select_related("topic")), self.locale_id
        )

    def author_names(self):
        return [person.name for person in self.author_people()]

    def topic_names(self):
        return [topic.name for topic in self.topic_list()]

    def topic_slugs(self):
        """The slugs of its published topics: the same in every language (a filter's value)."""
        return [
            link.topic.slug
            for link in self.topics.select_related("topic")
            if not is_hidden(link.topic)
        ]


class BasePage(ListingFields, Page):
    """Base of every page type: listing fields and a description for search engines."""

    promote_panels = Page.promote_panels + ListingFields.promote_panels
    search_fields = Page.search_fields + [
        index.SearchField("listing_summary"),
        index.FilterField("locale_id"),
    ]
    # Wagtail's API (/api/v2/pages/?fields=...): what partners may republish.
    api_fields = [
        APIField("listing_summary"),
        APIField("listing_image"),
        APIField(
            "listing_image_rendition",
            serializer=ImageRenditionField(SHARE_RENDITION, source="listing_image"),
        ),
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        """A slug typed or imported with accents is transliterated (hub.core.slugs)."""
        if self.slug and not self.slug.isascii():
            self.slug = ascii_slug(self.slug)
        super().full_clean(*args, **kwargs)

    def permissions_for_user(self, user):
        """Wagtail's page permissions, but deleting needs ownership or publishing."""
        return HubPagePermissionTester(user, self)

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    def get_meta_description(self):
        """The search description, else the page's summary, else the opening of its own
        text (`description_text`), shortened for result snippets."""
        import html

        from django.utils.html import strip_tags
        from django.utils.text import Truncator

        text = self.search_description or html.unescape(
            strip_tags(str(self.summary or self.description_text() or ""))
        )
        return Truncator(" ".join(text.split())).chars(300)

    def description_text(self):
        """The text (HTML allowed) that describes a page without a summary: none, unless
        its type has a text of its own that says what it is."""
        return ""

    # Open Graph: what kind of thing the page is, and the image it is shared with.
    open_graph_type = "website"

    # The relations `content_date()` reads, loaded at once for a list of pages (the sitemap).
    content_date_related = ()
    # What the page always shows through a foreign key (a brief's document), fetched with
    # the page when routing finds it (`select_related`; hub.core.routing).
    routed_with = ()

    def content_date(self):
        """The day of what the page is about, or None: a workshop's first day, a panel's,
        a news item's date, a declaration's adoption, a brief's publication, a recording's
        day. Search, the feeds, the sitemap and structured data date a page by it.

        A page with no date of its own (a standard page, an index, a home page) has none:
        its publication is only when the hub put it online, which for an archive says
        nothing of what it holds (the demo's 2011 workshop was published on the day the
        demo was loaded)."""
        return None

    def parent_as(self, model):
        """The parent page if it is a `model` (a panel's workshop), else None. A list that
        holds the parents gives them to their children first (`give_parents`), and routing
        gives each page its parent: no query."""
        if "_given_parent" in self.__dict__:
            parent = self.__dict__["_given_parent"]
            return parent if isinstance(parent, model) else None
        if isinstance(self.__dict__.get("_cached_parent_obj"), model):
            return self.__dict__["_cached_parent_obj"]
        return model.objects.parent_of(self).first()

    @property
    def last_edited_at(self):
        """When the page was published again after its first publication (an editor's
        change), or None for a page published once, as it was loaded or imported: Wagtail
        gives a first publication the same time as first and last."""
        first, last = self.first_published_at, self.last_published_at
        return last if first and last and last > first else None

    def get_share_image(self):
        return self.listing_image if self.listing_image_id else None

    # Addresses -----------------------------------------------------------------------

    def get_url_parts(self, request=None):
        """Wagtail's, worked out once per process for each `url_path`, set of site roots
        above it, active language, script prefix and URL configuration (all it depends
        on): a page links to some thirty pages, each a `reverse()` otherwise. A page a
        request's site must choose between sites for is worked out each time."""
        roots = self._get_relevant_site_root_paths(request)
        if len({root.site_id for root in roots}) > 1:
            return super().get_url_parts(request)
        key = (self.url_path, roots, get_language(), get_script_prefix(), get_urlconf())
        try:
            return _url_parts[key]
        except KeyError:
            if len(_url_parts) >= URL_PARTS_KEPT:
                _url_parts.clear()
            parts = _url_parts[key] = super().get_url_parts(request)
            return parts

    # Routing -------------------------------------------------------------------------
    # hub.core.routing.serve_page loads the pages of an address in one go and routes from
    # the language's home page of the page frame; each page keeps its parent (as Wagtail's
    # routing does: `_cached_parent_obj`), so the breadcrumb and the view restrictions
    # need no query for the ancestors.

    def route(self, request, path_components):
        if path_components:
            loaded = getattr(request, "_hub_route_pages", None) or {}
            child = loaded.get((self.path, path_components[0]))
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def known_ancestry(self):
        """The page and its ancestors up to the home page (depth 2), nearest first, when
        routing gave each its parent; else None."""
        chain = [self]
        while (parent := chain[-1].__dict__.get("_cached_parent_obj")) is not None:
            chain.append(parent)
        return chain if chain[-1].depth == 2 else None

    def get_view_restrictions(self):
        """Wagtail's (the restrictions on the page and its ancestors): none and no query
        for a page under no restricted path (hub.core.privacy), else in one query rather
        than two when routing gave the ancestors and none of them is an alias (an alias
        follows its original's restrictions: Wagtail's own lookup resolves them)."""
        from wagtail.models import PageViewRestriction

        from hub.core.privacy import page_is_private

        chain = self.known_ancestry()
        if chain is None or any(page.alias_of_id for page in chain):
            return super().get_view_restrictions()
        if not page_is_private(self):
            return PageViewRestriction.objects.none()
        # The page's path and each ancestor's, the tree's root included.
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(page__path__in=paths)


class StandardPage(BasePage):  # noqa: DJ008 - Page defines __str__
    """About, objectives, privacy, accessibility: prose pages."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    api_fields = BasePage.api_fields + [APIField("introduction"), APIField("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    template = "core/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


def give_parents(pages):
    """Let each page of a list know its parent when the list holds it (as its own type):
    `BasePage.parent_as` then needs no query (the sitemap dates panels by their workshop)."""
    by_path = {page.path: page for page in pages}
    for page in pages:
        if page.depth > 1:
            page.__dict__["_given_parent"] = by_path.get(page.path[: -page.steplen])

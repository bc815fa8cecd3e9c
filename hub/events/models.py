"""Workshops (events) and their panels (sessions). How many panels is data, not a constant."""

import datetime

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from hub.core.blocks import BodyBlock, SourcesBlock
from hub.core.countries import COUNTRY_CHOICES
from hub.core.models import BasePage, ShortTitle
from hub.core.routing import file_route
from hub.core.utils import (
    language_of,
    localized_all,
    localized_pairs,
    per_instance,
    public_pages,
)
from hub.events.blocks import ProgrammeItemBlock, QuestionBlock
from search.contract import live_page
from search.pages import SearchablePage


class WorkshopPage(SearchablePage, RoutablePageMixin, ShortTitle, BasePage):
    """A workshop; it offers its programme as ``programme.ics`` beside its address."""

    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    venue = models.CharField(_("venue"), max_length=255)
    city = models.CharField(_("city"), max_length=100)
    country_code = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    summary_text = models.TextField(_("summary"), blank=True)
    rationale = StreamField(BodyBlock(), blank=True, verbose_name=_("rationale"))
    guiding_questions = StreamField(
        [("question", QuestionBlock())], blank=True, verbose_name=_("guiding questions")
    )
    programme = StreamField(
        [("item", ProgrammeItemBlock())], blank=True, verbose_name=_("programme")
    )
    sources = StreamField(
        SourcesBlock(),
        blank=True,
        verbose_name=_("sources"),
        help_text=_("Where the facts on this page come from, and what of the record survives."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("short_title"),
        MultiFieldPanel(
            [
                FieldPanel("start_date"),
                FieldPanel("end_date"),
                FieldPanel("venue"),
                FieldPanel("city"),
                FieldPanel("country_code"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("summary_text"),
        FieldPanel("rationale"),
        FieldPanel("guiding_questions"),
        InlinePanel("convenors", label=_("Convenor")),
        InlinePanel("sponsors", label=_("Sponsor")),
        FieldPanel("programme"),
        FieldPanel("sources"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("start_date"),
        APIField("end_date"),
        APIField("venue"),
        APIField("city"),
        APIField("country_code"),
        APIField("summary_text"),
        APIField("rationale"),
        APIField("guiding_questions"),
        APIField("programme"),
        APIField("sources"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary_text", boost=2),
        index.SearchField("rationale"),
        index.SearchField("guiding_questions"),
        index.FilterField("start_date"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.PanelPage", "declaration.DeclarationPage"]
    template = "events/workshop_page.html"

    search_kind = "workshop"
    search_kind_label = _("Workshop")
    search_weight = 1.5

    class Meta:
        verbose_name = _("workshop")

    @property
    def summary(self):
        return self.listing_summary or self.summary_text

    def content_date(self):
        return self.start_date

    def search_facets(self):
        return {"countries": [self.country_code]}

    def search_dependents(self):
        """Its panels and declarations (dated by it when they have no date of their own),
        and what depends on them in turn (a declaration's action points)."""
        children = list(self.get_children().live().specific())
        return [
            *children,
            *(row for child in children for row in getattr(child, "search_dependents", list)()),
        ]

    def panel_day(self, panel):
        """The day of one of its panels: that of its session; else the day the programme
        gives it; else the workshop's first day (the panel was part of it: its day within
        it is not on record, and a search sorted by date keeps it beside its workshop)."""
        if panel.starts_at:
            return timezone.localtime(panel.starts_at).date()
        return self.programme_day(panel) or self.start_date

    def programme_day(self, panel):
        """The day the programme gives `panel` (in any of its languages), or None."""
        days = {}
        for item in self.programme.raw_data:
            value = item.get("value") or {}
            if item.get("type") == "item" and value.get("panel") and value.get("day"):
                days.setdefault(value["panel"], value["day"])
        if not days:
            return None
        same_panel = PanelPage.objects.filter(
            pk__in=list(days), translation_key=panel.translation_key
        ).values_list("pk", flat=True)
        day = next((days[pk] for pk in same_panel), None)
        return datetime.date.fromisoformat(day) if isinstance(day, str) else day

    @per_instance
    def panels(self):
        return list(public_pages(PanelPage.objects.live().child_of(self)).order_by("number", "pk"))

    def declarations(self, request=None):
        """The joint declarations the workshop ended with: its published declaration pages
        (found through the app registry, since hub.declaration sits above hub.events)."""
        children = apps.get_model("declaration", "DeclarationPage").objects.live().child_of(self)
        return list(public_pages(children, request).order_by("path"))

    def get_context(self, request, *args, **kwargs):
        from hub.core.utils import absolute_url, json_ld_text

        context = super().get_context(request, *args, **kwargs)
        context["declarations"] = self.declarations(request)
        context["programme_days"] = [
            {"day": block.value["day"], "block": block} for block in self.programme
        ]
        url = absolute_url(request, self)
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary_text or self.title,
            "startDate": self.start_date.isoformat(),
            "endDate": self.end_date.isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "url": url,
            "inLanguage": language_of(self),
            "location": {
                "@type": "Place",
                "name": self.venue,
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": self.city,
                    "addressCountry": self.country_code,
                },
            },
            "organizer": [
                {"@type": "Person", "name": person.name} for person in self.convenor_people()
            ],
            "sponsor": [
                {"@type": "Organization", "name": org.name} for org in self.sponsor_organisations()
            ],
            "subEvent": [
                {
                    "@type": "Event",
                    "name": panel.title,
                    "url": absolute_url(request, panel),
                    "startDate": (panel.starts_at or self.panel_day(panel)).isoformat(),
                    **({"endDate": panel.ends_at.isoformat()} if panel.ends_at else {}),
                    "location": {"@type": "Place", "name": self.venue, "address": self.city},
                }
                for panel in self.panels()
            ],
        }
        context["json_ld"] = data
        context["json_ld_text"] = json_ld_text(data)
        return context

    @file_route(r"programme\.ics", name="programme")
    def programme_ics(self, request):
        from hub.events.views import programme_ics

        return programme_ics(request, self)

    @per_instance
    def convenor_people(self):
        return localized_all(
            (item.person for item in self.convenors.select_related("person")), self.locale_id
        )

    @per_instance
    def sponsor_organisations(self):
        return localized_all(
            (item.organisation for item in self.sponsors.select_related("organisation")),
            self.locale_id,
        )

    def programme_events(self):
        """(start, end, title, panel) datetimes in the site's time zone, for .ics and JSON-LD."""
        items = []
        for block in self.programme:
            value = block.value
            start = timezone.make_aware(datetime.datetime.combine(value["day"], value["starts"]))
            end = (
                timezone.make_aware(datetime.datetime.combine(value["day"], value["ends"]))
                if value.get("ends")
                else start + datetime.timedelta(hours=1)
            )
            items.append(
                {"start": start, "end": end, "title": value["title"], "panel": value.get("panel")}
            )
        return items


class WorkshopConvenor(Orderable):
    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="convenors")
    person = models.ForeignKey("network.Person", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("person")]


class WorkshopSponsor(Orderable):
    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="sponsors")
    organisation = models.ForeignKey(
        "network.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("organisation")]


class PanelPage(SearchablePage, BasePage):
    number = models.PositiveSmallIntegerField(_("number"))
    summary_text = models.TextField(_("summary"), blank=True)
    guiding_questions = StreamField(
        [("question", QuestionBlock())], blank=True, verbose_name=_("guiding questions")
    )
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    is_sample = models.BooleanField(
        _("sample panel"), default=False, help_text=_("Demo content, shown with a notice.")
    )
    sources = StreamField(
        SourcesBlock(),
        blank=True,
        verbose_name=_("sources"),
        help_text=_("Where the facts on this page come from, and what of the record survives."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("number"),
        FieldPanel("summary_text"),
        FieldPanel("guiding_questions"),
        MultiFieldPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("Session")),
        InlinePanel("participants", label=_("Moderator or speaker")),
        InlinePanel("recordings", label=_("Recording")),
        FieldPanel("is_sample"),
        FieldPanel("sources"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("number"),
        APIField("summary_text"),
        APIField("guiding_questions"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("is_sample"),
        APIField("sources"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary_text", boost=2),
        index.SearchField("guiding_questions"),
        index.FilterField("number"),
        index.RelatedFields(
            "participants", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
    ]
    parent_page_types = ["events.WorkshopPage"]
    subpage_types = []
    template = "events/panel_page.html"

    search_kind = "panel"
    search_kind_label = _("Panel")
    search_weight = 1.5

    class Meta:
        verbose_name = _("panel")
        ordering = ["number"]

    @property
    def summary(self):
        return self.listing_summary or self.summary_text

    @per_instance
    def content_date(self):
        """Its day in its workshop (`WorkshopPage.panel_day`)."""
        workshop = self.parent_as(WorkshopPage)
        if workshop is not None:
            return workshop.panel_day(self)
        return timezone.localtime(self.starts_at).date() if self.starts_at else None

    def search_facets(self):
        # The panel facet's value: the same for every translation of the panel.
        return {"panel": str(self.translation_key)}

    def participant_list(self):
        """The moderator and speakers, each with their entry in the directory of the
        page's language (`url`, None while they are not shown there)."""
        rows = list(self.participants.select_related("person"))
        people = localized_pairs((row.person for row in rows), self.locale_id)
        directory = live_page("network.NetworkPage", self.locale) if rows else None
        return [
            {
                "role": row.role,
                "role_label": row.get_role_display(),
                "person": person,
                "affiliation": row.affiliation_at_the_time,
                "url": person.directory_url(directory),
            }
            for row, (_person, person) in zip(rows, people, strict=True)
            if person is not None
        ]

    def recording_pages(self):
        from media_library.models import RecordingPage

        keys = self.recordings.values_list("recording__translation_key", flat=True)
        return public_pages(
            RecordingPage.objects.live()
            .filter(translation_key__in=list(keys), locale_id=self.locale_id)
            .select_related("media")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["briefs"] = self.brief_pages()
        return context

    def brief_pages(self):
        """Briefs written for this panel, one per brief: in this language when translated.
        (Briefs name their panel; the panel finds them through the app registry, since
        hub.briefs sits above hub.events.)"""
        briefs = (
            public_pages(apps.get_model("briefs", "BriefPage").objects.live())
            .filter(panel__translation_key=self.translation_key)
            .select_related("locale")
            .order_by("-publication_date", "title")
        )
        chosen = {}
        for brief in briefs:
            if brief.translation_key not in chosen or brief.locale_id == self.locale_id:
                chosen[brief.translation_key] = brief
        return list(chosen.values())


# The rows of a panel, in a module of their own (synchronised across translations).
from hub.events.rows import PanelParticipant, PanelRecording  # noqa: E402, F401

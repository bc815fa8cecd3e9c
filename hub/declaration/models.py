"""The joint declaration and its numbered action points, traced to UPR recommendations."""

import datetime

from django.db import models
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.core.models import BasePage, ReviewedSnippetMixin
from hub.core.routing import file_route
from hub.core.utils import is_hidden, localized_all, per_instance
from hub.events.models import WorkshopPage
from search.contract import DocumentData, Searchable
from search.pages import SearchablePage


class DeclarationPage(SearchablePage, RoutablePageMixin, BasePage):
    """The declaration; it offers itself as ``declaration.pdf`` beside its address."""

    text = RichTextField(_("text"), features=["bold", "italic", "link", "ol", "ul"])
    place = models.CharField(_("place"), max_length=255)
    date = models.DateField(_("date"), null=True, blank=True)
    is_sample = models.BooleanField(
        _("sample declaration"),
        default=False,
        help_text=_("The real text and signatories are lost: demo content says so."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("text"),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("date")], heading=_("Where and when")),
        InlinePanel("signatories", label=_("Signatory institution")),
        FieldPanel("is_sample"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("text"),
        APIField("place"),
        APIField("date"),
        APIField("is_sample"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("text", boost=2)]
    parent_page_types = ["home.HomePage", "events.WorkshopPage"]
    subpage_types = []
    template = "declaration/declaration_page.html"

    search_kind = "declaration"
    search_kind_label = _("Declaration")
    search_weight = 1.5

    class Meta:
        verbose_name = _("declaration")

    def description_text(self):
        return self.text

    @per_instance
    def content_date(self):
        """The day it was adopted; else, for a declaration in a workshop, the workshop's
        last day: a joint declaration is what the meeting ends with (so the synopsis says
        of the Buenos Aires one, whose own date is lost). Else None."""
        if self.date:
            return self.date
        workshop = self.parent_as(WorkshopPage)
        return workshop.end_date if workshop else None

    def search_dependents(self):
        """Its action points: their documents carry its date."""
        return ActionPoint.objects.filter(declaration__translation_key=self.translation_key)

    def search_texts(self):
        points = ActionPoint.objects.live().filter(locale=self.locale)
        return [[self.locale.language_code, "\n".join(point.text for point in points)]]

    def signatory_organisations(self):
        return localized_all(
            (item.organisation for item in self.signatories.select_related("organisation")),
            self.locale_id,
        )

    def action_points(self):
        """The published action points in this page's language, or the source's where not
        translated (or where the translation is a draft), each with its status history and
        the recommendations and briefs it concerns (read for all of them at once)."""
        from hub.declaration.links import attach_links

        points = ActionPoint.objects.live().filter(
            declaration__translation_key=self.translation_key
        )
        chosen = {}
        for point in points.select_related("locale").prefetch_related("status_updates"):
            if point.translation_key not in chosen or point.locale_id == self.locale_id:
                chosen[point.translation_key] = point
        return attach_links(sorted(chosen.values(), key=lambda point: point.number), self.locale_id)

    @file_route(r"declaration\.pdf", name="pdf")
    def pdf(self, request):
        """Generated from the page as it is now."""
        from hub.core.utils import absolute_url
        from hub.declaration.pdf import declaration_pdf

        response = HttpResponse(
            declaration_pdf(self, absolute_url(request, self)), content_type="application/pdf"
        )
        response["Content-Disposition"] = f'inline; filename="{self.slug}.pdf"'
        return response

    @file_route(r"action-points\.(?P<fmt>csv|json)", name="action_points")
    def action_points_file(self, request, fmt):
        """Its action points as data, in this page's language: one row (CSV) or object
        (JSON) each, with the dated status history and what each concerns."""
        from hub.declaration.exports import download

        return download(self, request, fmt)


class DeclarationSignatory(Orderable):
    page = ParentalKey(DeclarationPage, on_delete=models.CASCADE, related_name="signatories")
    organisation = models.ForeignKey(
        "network.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("organisation")]


class ActionPoint(
    Searchable, ReviewedSnippetMixin, TranslatableMixin, ClusterableModel, index.Indexed
):
    """A numbered commitment of the declaration. Its identity is its translation key; the
    recommendations it answers are kept on the source-language row."""

    declaration = models.ForeignKey(
        DeclarationPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("declaration")
    )
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("text"))
    by_nhris = models.BooleanField(_("NHRIs"), default=False)
    by_state = models.BooleanField(_("the state"), default=False)
    by_civil_society = models.BooleanField(_("civil society"), default=False)
    by_un = models.BooleanField(_("the UN"), default=False)
    by_iachr = models.BooleanField(_("the IACHR"), default=False)
    cat_articles = models.CharField(
        _("CAT articles"), max_length=100, blank=True, help_text=_("For example: 2, 10, 11")
    )
    opcat_articles = models.CharField(_("OPCAT articles"), max_length=100, blank=True)
    recommendations = ParentalManyToManyField(
        "upr.Recommendation",
        blank=True,
        related_name="action_points",
        verbose_name=_("UPR recommendations it answers"),
    )
    briefs = ParentalManyToManyField(
        "briefs.BriefPage",
        blank=True,
        related_name="action_points",
        verbose_name=_("briefs it concerns"),
    )
    is_sample = models.BooleanField(_("sample"), default=False)

    panels = [
        FieldPanel("declaration"),
        FieldPanel("number"),
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldPanel(name)
                for name in ("by_nhris", "by_state", "by_civil_society", "by_un", "by_iachr")
            ],
            heading=_("Who must act"),
        ),
        FieldPanel("cat_articles"),
        FieldPanel("opcat_articles"),
        FieldPanel("recommendations"),
        FieldPanel("briefs"),
        InlinePanel("status_updates", label=_("Status update")),
        FieldPanel("is_sample"),
    ]
    translatable_fields = [
        SynchronizedField("declaration"),
        SynchronizedField("number"),
        TranslatableField("text"),
        SynchronizedField("by_nhris"),
        SynchronizedField("by_state"),
        SynchronizedField("by_civil_society"),
        SynchronizedField("by_un"),
        SynchronizedField("by_iachr"),
        SynchronizedField("cat_articles"),
        SynchronizedField("opcat_articles"),
        TranslatableField("status_updates"),
        SynchronizedField("is_sample"),
    ]
    search_fields = [
        index.SearchField("text", boost=2),
        index.AutocompleteField("text"),
        index.FilterField("locale_id"),
        index.FilterField("number"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("action point")
        verbose_name_plural = _("action points")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.text[:60]}"

    search_kind = "action-point"
    search_kind_label = _("Action point")
    search_address_pages = ("declaration.DeclarationPage",)

    def search_document(self):
        if is_hidden(self):
            return None
        declaration = self.declaration.get_translation_or_none(self.locale)
        if (
            declaration is None
            or not declaration.live
            or declaration.get_view_restrictions().exists()
        ):
            return None
        language = self.locale.language_code
        day = declaration.content_date()
        with translation.override(language):
            title = gettext("Action point %(number)s: %(declaration)s") % {
                "number": self.number,
                "declaration": declaration.title,
            }
        return DocumentData(
            kind=self.search_kind,
            lang=language,
            title=title,
            url=f"{declaration.get_url()}#action-{self.number}",
            parts=[[language, self.text]],
            date=day,
            year=day.year if day else None,
        )

    ACTORS = (
        ("by_nhris", _("NHRIs")),
        ("by_state", _("the state")),
        ("by_civil_society", _("civil society")),
        ("by_un", _("the UN")),
        ("by_iachr", _("the IACHR")),
    )

    def actors(self):
        return [label for field, label in self.ACTORS if getattr(self, field)]

    def actor_codes(self):
        return [
            field.removeprefix("by_").replace("_", "-")
            for field, _label in self.ACTORS
            if getattr(self, field)
        ]

    def linked_recommendations(self):
        """The UPR recommendations linked from any translation of this action point (see
        `hub.declaration.links`)."""
        if not hasattr(self, "recommendations_here"):
            from hub.declaration.links import attach_links

            attach_links([self], self.locale_id)
        return self.recommendations_here

    def linked_briefs(self):
        """The briefs linked from any translation of it, in its language where translated."""
        if not hasattr(self, "briefs_here"):
            from hub.declaration.links import attach_links

            attach_links([self], self.locale_id)
        return self.briefs_here

    def history(self):
        return sorted(self.status_updates.all(), key=lambda update: update.date)

    def current_status(self):
        history = self.history()
        return history[-1] if history else None


class ActionPointStatus(TranslatableMixin, Orderable):
    class Status(models.TextChoices):
        NOT_STARTED = "not-started", _("Not started")
        IN_PROGRESS = "in-progress", _("In progress")
        DONE = "done", _("Done")

    action_point = ParentalKey(ActionPoint, on_delete=models.CASCADE, related_name="status_updates")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    date = models.DateField(_("date"), default=datetime.date.today)
    note = models.TextField(_("note"), blank=True)

    panels = [FieldPanel("status"), FieldPanel("date"), FieldPanel("note")]
    translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("date"),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("status update")


__all__ = [
    "ActionPoint",
    "ActionPointStatus",
    "DeclarationPage",
    "DeclarationSignatory",
]

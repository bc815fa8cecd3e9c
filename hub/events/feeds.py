"""Workshops and their panels (/<lang>/feeds/events/), the latest first (by the day each
takes place): when and where each takes place, then its summary."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.core.feeds import LocaleFeed, feed_date
from hub.events.models import PanelPage, WorkshopPage


class EventFeed(LocaleFeed):
    title = gettext_lazy("Workshops and panels — Torture Prevention Hub")
    description = gettext_lazy(
        "Workshops of the network on national human rights institutions and the "
        "prevention of torture in Latin America, and their panels."
    )

    def link(self, locale):
        workshop = self._workshops(locale).order_by("-start_date").first()
        return workshop.get_url(self.request) if workshop else super().link(locale)

    def _workshops(self, locale):
        return WorkshopPage.objects.live().public().filter(locale=locale)

    def items(self, locale):
        pages = [
            *self._workshops(locale),
            *PanelPage.objects.live().public().filter(locale=locale),
        ]
        return sorted(pages, key=lambda page: (feed_date(page), page.pk), reverse=True)

    def item_title(self, item):
        if isinstance(item, PanelPage):
            return _("Panel %(number)s: %(title)s") % {"number": item.number, "title": item.title}
        return item.title

    def item_description(self, item):
        if isinstance(item, WorkshopPage):
            when = _("%(start)s to %(end)s, %(city)s") % {
                "start": date_format(item.start_date, "DATE_FORMAT"),
                "end": date_format(item.end_date, "DATE_FORMAT"),
                "city": item.city,
            }
        elif item.starts_at:
            when = date_format(timezone.localtime(item.starts_at), "DATETIME_FORMAT")
        else:
            when = ""
        return " — ".join(part for part in (when, item.summary) if part)

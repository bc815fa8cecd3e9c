import datetime

from icalendar import Calendar, Event

from django.http import HttpResponse

from hub.core.utils import absolute_url


def programme_ics(request, workshop):
    """<workshop url>programme.ics: the programme as an iCalendar file (the workshop's
    route)."""
    url = absolute_url(request, workshop)
    calendar = Calendar()
    calendar.add("prodid", "-//NHRI Torture Prevention Hub//Programme//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", workshop.title)
    items = workshop.programme_events()
    if not items:
        items = [
            {
                "start": workshop.start_date,
                "end": workshop.end_date + datetime.timedelta(days=1),
                "title": workshop.title,
                "panel": None,
            }
        ]
    for number, item in enumerate(items):
        event = Event()
        event.add("uid", f"{workshop.translation_key}-{number}@nhri-hub")
        event.add("summary", item["title"])
        event.add("dtstart", item["start"])
        event.add("dtend", item["end"])
        event.add("dtstamp", workshop.last_published_at or datetime.datetime.now(datetime.UTC))
        event.add("location", f"{workshop.venue}, {workshop.city}")
        panel = item["panel"]
        event.add("url", absolute_url(request, panel.localized) if panel else url)
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{workshop.slug}.ics"'
    return response

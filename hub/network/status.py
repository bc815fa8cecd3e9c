"""A country's OPCAT and NPM status on any date, derived from its timeline alone."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# The map's categories, from furthest to least far along.
NPM_NHRI = "npm-nhri"
NPM_OTHER = "npm-other"
NPM_NOT_OPERATIONAL = "npm-not-operational"
RATIFIED = "ratified-no-npm"
SIGNED = "signed"
NOT_PARTY = "not-party"

CATEGORIES = {
    NPM_NHRI: _("NHRI designated as the NPM"),
    NPM_OTHER: _("NPM designated (another body), working"),
    NPM_NOT_OPERATIONAL: _("NPM created by law, no record yet of it working"),
    RATIFIED: _("OPCAT ratified, no NPM designated"),
    SIGNED: _("OPCAT signed, not ratified"),
    NOT_PARTY: _("OPCAT not signed"),
}

FIRST_MAP_YEAR = 2006


@dataclass
class Status:
    on: datetime.date
    category: str
    cat_ratified: object = None
    opcat_signed: object = None
    opcat_ratified: object = None
    npm_designated: object = None
    npm_operational: object = None
    accreditation: object = None
    upr_reviews: list = field(default_factory=list)
    uncertain: bool = False

    @property
    def label(self):
        if self.category == RATIFIED and getattr(self.opcat_ratified, "accession", False):
            return _("OPCAT acceded to, no NPM designated")
        return CATEGORIES[self.category]


def _starts_later(events, npm):
    """Whether the timeline records the NPM beginning work after its designation."""
    return any(e.kind == "npm_operational" and e.date > npm.date for e in events)


def status_on(events, on):
    """The status on a date from events (any objects with kind, date, is_nhri, uncertain).

    Only events dated on or before `on` count; for each kind the latest wins. A
    designation by law counts as working once an "NPM operational" event follows it. When
    the NPM is the NHRI it counts as working at once (an existing institution takes the
    role), unless the timeline records a later start of work: an NHRI that the same law
    created (Uruguay's) works only from then.
    """
    events = list(events)
    latest = {}
    reviews = []
    uncertain = False
    for event in sorted(events, key=lambda e: e.date):
        if event.date > on:
            continue
        if event.kind == "upr_review":
            reviews.append(event)
            continue
        latest[event.kind] = event
    npm = latest.get("npm_designated")
    operational = latest.get("npm_operational")
    if operational is not None and npm is not None and operational.date < npm.date:
        # An earlier body's operation says nothing about a body designated later.
        operational = None if not npm.is_nhri else operational
    if npm is not None:
        if npm.is_nhri and (operational is not None or not _starts_later(events, npm)):
            category = NPM_NHRI
        elif operational is not None:
            category = NPM_OTHER
        else:
            category = NPM_NOT_OPERATIONAL
    elif "opcat_ratification" in latest:
        category = RATIFIED
    elif "opcat_signature" in latest:
        category = SIGNED
    else:
        category = NOT_PARTY
    deciding = [
        latest.get(kind) for kind in ("npm_designated", "opcat_ratification", "opcat_signature")
    ]
    uncertain = any(event is not None and event.uncertain for event in deciding)
    return Status(
        on=on,
        category=category,
        cat_ratified=latest.get("cat_ratification"),
        opcat_signed=latest.get("opcat_signature"),
        opcat_ratified=latest.get("opcat_ratification"),
        npm_designated=npm,
        npm_operational=operational,
        accreditation=latest.get("nhri_accreditation"),
        upr_reviews=reviews,
        uncertain=uncertain,
    )

"""The vocabularies of recommendations (sources, responses, mechanisms, UPR Info's action
categories, implementation) and the pure functions the model, its filters and its importer
share; nothing here touches the database."""

from django.db import models
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from hub.core.countries import fold


class Source(models.TextChoices):
    UHRI = "uhri", _("OHCHR Universal Human Rights Index")
    UPRINFO = "uprinfo", _("UPR Info database")
    DEMO = "demo", _("Sample data (demo)")


class Response(models.TextChoices):
    SUPPORTED = "supported", _("Supported")
    NOTED = "noted", _("Noted")
    OTHER = "other", _("Other or no clear position")


class Mechanism(models.TextChoices):
    UPR = "upr", _("Universal Periodic Review")
    CAT = "cat", _("Committee against Torture")
    TREATY_BODIES = "treaty", _("Other treaty bodies")
    SPECIAL_PROCEDURES = "special", _("Special procedures")
    OTHER = "other", _("Other mechanism")


class ActionCategory(models.IntegerChoices):
    """UPR Info's scale of the action a recommendation asks for."""

    MINIMAL = 1, _("1 · Minimal action")
    CONTINUING = 2, _("2 · Continuing action")
    CONSIDERING = 3, _("3 · Considering action")
    GENERAL = 4, _("4 · General action")
    SPECIFIC = 5, _("5 · Specific action")


class Implementation(models.TextChoices):
    NOT_ASSESSED = "unknown", _("Not assessed")
    NOT_IMPLEMENTED = "not", _("Not implemented")
    PARTIAL = "partial", _("Partially implemented")
    IMPLEMENTED = "implemented", _("Implemented")


# Themes as UHRI and UPR Info name them (in English), marked for translation: a theme's
# label is its name in the visitor's language where the catalogue has it, else its name.
THEME_NAMES = (
    gettext_noop("Acceptance of international norms"),
    gettext_noop("Administration of justice & fair trial"),
    gettext_noop("Conditions of detention"),
    gettext_noop("Detention conditions"),
    gettext_noop("National Human Rights Institutions"),
    gettext_noop("Right to a fair trial"),
    gettext_noop("Torture and other cruel, inhuman or degrading treatment"),
)


def theme_label(name):
    """A theme's name in the active language (its own name when there is no translation)."""
    return gettext(name) if name else name


def cycle_for_session(session):
    """The UPR cycle of a Working Group session: 1–12 → 1, 13–26 → 2, 27–40 → 3, 41+ → 4."""
    if not session:
        return None
    if session <= 12:
        return 1
    if session <= 26:
        return 2
    if session <= 40:
        return 3
    return 4


def search_key(text):
    """Lower case without accents: what the theme and text filters compare, on any database."""
    return fold(text) if text else ""


# How a UHRI "Recommending Body" (its name or acronym) places it among the mechanisms.
SPECIAL_PROCEDURE_WORDS = ("rapporteur", "working group", "independent expert")
TREATY_BODY_ACRONYMS = {"ccpr", "cescr", "cerd", "cedaw", "crc", "cmw", "crpd", "ced", "spt"}


def mechanism_for(body):
    """The mechanism (a `Mechanism` value) of a recommending body as UHRI or
    UPR Info name it: "UPR" or "Universal Periodic Review"; "CAT" or "Committee against
    Torture"; another committee (the SPT among them) is a treaty body; a rapporteur
    ("SR …"), working group or independent expert is a special procedure."""
    words = search_key(body)
    tokens = set(words.replace(";", " ").replace(",", " ").replace("-", " ").split())
    if "upr" in tokens or "universal periodic review" in words:
        return Mechanism.UPR
    if "cat" in tokens or "committee against torture" in words:
        return Mechanism.CAT
    if "sr" in tokens or any(word in words for word in SPECIAL_PROCEDURE_WORDS):
        return Mechanism.SPECIAL_PROCEDURES
    if "committee" in words or tokens & TREATY_BODY_ACRONYMS:
        return Mechanism.TREATY_BODIES
    return Mechanism.OTHER

"""System checks of the translations (`manage.py check`, and at every start).

Without compiled catalogues Django serves every interface string in English, on the
Spanish and Portuguese pages and feeds alike, and says nothing: a demo served that way
showed "News — Torture Prevention Hub" under <language>es</language>.
"""

from pathlib import Path

from django.conf import settings
from django.core import checks


@checks.register("translation")
def compiled_catalogues(app_configs=None, **kwargs):
    """A .po file in LOCALE_PATHS whose .mo is missing or older than it."""
    stale = []
    for folder in map(Path, settings.LOCALE_PATHS):
        for po_path in sorted(folder.glob("*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
                stale.append(str(po_path))
    if not stale:
        return []
    return [
        checks.Warning(
            "Translations not compiled (or older than their .po): " + ", ".join(stale),
            hint="Run `make messages`: until then every page is served in English.",
            id="hub_core.W001",
        )
    ]

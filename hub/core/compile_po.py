"""Compile locale/*/LC_MESSAGES/django.po to .mo without GNU gettext (`make messages`).

CI uses `manage.py compilemessages`; this fallback lets `make run` work on a machine
without msgfmt. polib comes with wagtail-localize.
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent.parent / "locale"


def main():
    compiled = 0
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        compiled += 1
        print(f"compiled {po_path.relative_to(LOCALE_DIR.parent)}")
    print(f"{compiled} catalogue(s) compiled")


if __name__ == "__main__":
    main()

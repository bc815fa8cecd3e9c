"""Import benchmark: a generated UHRI-like CSV of N recommendations, imported twice.

Not a test. For each database it migrates, loads the demo site once (the search
documents of recommendations need its country pages), writes a CSV with the columns of
a UHRI "Export to Excel" (states, themes, sessions, positions, several values a cell)
and runs `manage.py import_recommendations` on it with the default (immediate) task
backend: first every row is created, then the same file again (every row unchanged).
It reports the seconds and rows per second of each run.

    .venv/bin/python bench/import_recommendations.py                    # SQLite, 50,000 rows
    .venv/bin/python bench/import_recommendations.py --rows 2000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/hd .venv/bin/python bench/import_recommendations.py

With DATABASE_URL the benchmark runs on that database, which it migrates and whose
recommendations of the source "uhri" it deletes first: give it a scratch database. Without
it, a new SQLite file in a temporary folder.
"""

import argparse
import csv
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

THEMES = [
    "Torture and other cruel, inhuman or degrading treatment",
    "Acceptance of international norms",
    "Conditions of detention",
    "National Human Rights Institutions",
    "Administration of justice & fair trial",
    "Women's rights",
    "Rights of the child",
]
PERSONS = ["Persons deprived of their liberty", "Women", "Children", "Migrants", "General"]
VERBS = ["Ratify", "Establish", "Strengthen", "Ensure", "Investigate", "Guarantee", "Adopt"]
OBJECTS = [
    "the Optional Protocol to the Convention against Torture",
    "an independent national preventive mechanism with adequate resources",
    "prompt and impartial investigations of all allegations of torture",
    "access of lawyers and doctors to every person in detention",
    "the national human rights institution in line with the Paris Principles",
]
POSITIONS = ["- Supported", "- Noted", "- Supported\n- Noted", ""]


def generate_csv(path, rows, seed=15):
    from hub.core.countries import UN_NAMES
    from hub.upr.importers.files import UHRI_EXPORT_HEADER

    rng = random.Random(seed)
    names = [UN_NAMES[code] for code in sorted(UN_NAMES)]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=UHRI_EXPORT_HEADER, restval="")
    writer.writeheader()
    for number in range(rows):
        session = rng.randint(1, 45)
        recommending = rng.sample(names, rng.randint(1, 3))
        writer.writerow(
            {
                "Text": f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} (recommendation {number}).",
                "Countries Concerned": f"- {rng.choice(names)}",
                "Reccomending Body": "- UPR",
                "Document Symbol": f"A/HRC/{session + 8}/{rng.randint(1, 20)}",
                "Themes": "\n".join(
                    f"- {theme}" for theme in rng.sample(THEMES, rng.randint(1, 3))
                ),
                "Affected Persons": "\n".join(
                    f"- {person}" for person in rng.sample(PERSONS, rng.randint(1, 2))
                ),
                "Sdgs": "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
                "Document Publication Date": 40000 + rng.randint(0, 5000),
                "UPR Reccomending States": "\n".join(f"- {name}" for name in recommending),
                "UPR Position": rng.choice(POSITIONS),
                "Type": "- Recommendations",
                "OHCHR Annotation Id": f"bench-{number}",
                "UPR Session": session,
            }
        )
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def run_import(path):
    from django.core.management import call_command

    output = io.StringIO()
    started = time.perf_counter()
    call_command("import_recommendations", str(path), "--progress-every", "10000", stdout=output)
    return time.perf_counter() - started, output.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, default=50_000)
    arguments = parser.parse_args()

    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from wagtail.models import Page

    from hub.upr.models import Recommendation

    call_command("migrate", verbosity=0)
    if not Page.objects.filter(depth__gt=2).exists():
        call_command("load_demo", verbosity=0, stdout=io.StringIO())
    Recommendation.objects.filter(source="uhri").delete()
    with tempfile.TemporaryDirectory() as folder:
        path = generate_csv(Path(folder) / "uhri.csv", arguments.rows)
        print(f"{connection.vendor}: {arguments.rows} rows ({path.stat().st_size // 1024} KB)")
        for label in ("first run (create)", "second run (unchanged)"):
            seconds, output = run_import(path)
            print(f"  {label}: {seconds:.1f}s, {arguments.rows / seconds:.0f} rows/s")
            print("    " + output.strip().splitlines()[-1])


if __name__ == "__main__":
    main()

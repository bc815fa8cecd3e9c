"""The hub beside Wagtail's bakerydemo, on one machine, in one run: uncached page speed.

Not a test. It serves both sites as their production settings do (gunicorn, 2 workers,
DEBUG off, static files collected and served by whitenoise), each on SQLite and then on
PostgreSQL, the hub with its page cache off (bakerydemo has none), and compares the page
types that correspond:

    home       /es/                        against  /
    listing    the news index, recordings  against  /breads/
    detail     a recording, a brief, news  against  a bread page
    search     /es/search/?q=tortura       against  /search/?q=bread

For each address it measures, in interleaved rounds (hub, bakerydemo, hub, …, so a
busy moment of the machine falls on both), the median latency at one keep-alive
connection and the requests per second at eight; it prints the medians over the rounds,
each hub page's p50 as a share of its bakerydemo counterpart, and the hub's PostgreSQL
p50 as a multiple of its SQLite p50. The issue's targets (half of bakerydemo; PostgreSQL
within 1.2× of SQLite) are marked.

bakerydemo is not in this repository: give a checkout of it. Its commit 5a01dcd is the
last on Django 5.2 (Python 3.11); its requirements are installed into a virtualenv of
the bench's own (`--bakerydemo-venv` keeps one between runs), with django-tasks 0.12, as
the hub has (Wagtail 7.2's own pin, 0.9, fails on Python 3.11's typing):

    git clone https://github.com/wagtail/bakerydemo /tmp/bakerydemo
    git -C /tmp/bakerydemo checkout 5a01dcd
    .venv/bin/python bench/beside_bakerydemo.py --bakerydemo /tmp/bakerydemo \
        [--bakerydemo-venv /tmp/bakerydemo-venv] [--seconds 5] [--rounds 3] [--databases sqlite,postgres]
"""

import argparse
import json
import secrets
import shutil
import statistics
import subprocess
import tempfile
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from pages import hammer
from site_setup import build, create_database, environment, gunicorn, page_path

DATABASE = "bench_beside_hub"
BAKERY_DATABASE = "bench_beside_bakerydemo"
BAKERY_REQUIREMENTS = [
    "Django>=5.2,<5.3",
    "wagtail>=7.2,<7.3",
    "wagtail-font-awesome-svg>=1,<2",
    "django-debug-toolbar>=4.2,<5",
    "django-extensions==3.2.3",
    "django-csp==3.7",
    "dj-database-url==2.1.0",
    "django-dotenv==1.4.2",
    "whitenoise==6.6.0",
    "psycopg[binary]>=3.2.2,<3.3",
    "gunicorn",
]
# Wagtail 7.2 pins django-tasks 0.9, which fails on Python 3.11's typing; 0.12 works and
# goes in over it, without its resolver's objection.
BAKERY_TASKS = "django-tasks==0.12.0"
HALF = 0.5
POSTGRES_LIMIT = 1.2


# -- bakerydemo ------------------------------------------------------------------------


def bakery_venv(path):
    python = Path(path) / "bin" / "python"
    if not python.exists():
        print(f"Installing bakerydemo's requirements into {path}…", flush=True)
        subprocess.run(["python3", "-m", "venv", str(path)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *BAKERY_REQUIREMENTS], check=True
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--no-deps", BAKERY_TASKS],
            check=True,
        )
    return python


def bakery_environment(checkout, database_url):
    return {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.bench",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "PRIMARY_HOST": "127.0.0.1",
        "HOME": str(checkout),
    }


def bakery_build(python, checkout, env):
    print(f"bakerydemo: migrating, loading its data ({env['DATABASE_URL']})…", flush=True)
    for command in (["migrate", "-v0"], ["load_initial_data"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [str(python), "manage.py", *command],
            cwd=checkout,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def bread_page(base):
    with urllib.request.urlopen(f"{base}/api/v2/pages/?type=breads.BreadPage&limit=1") as response:
        return "/" + json.load(response)["items"][0]["meta"]["html_url"].split("/", 3)[3]


# -- the comparison --------------------------------------------------------------------


def pairs(hub, bakery):
    """(kind, name, hub path, bakerydemo path) for each comparison."""
    bread = bread_page(bakery)
    return [
        ("home", "home", "/es/", "/"),
        ("listing", "news index", page_path(hub, "news.NewsIndexPage"), "/breads/"),
        ("listing", "recordings", page_path(hub, "media_library.RecordingIndexPage"), "/breads/"),
        ("detail", "recording", page_path(hub, "media_library.RecordingPage"), bread),
        ("detail", "brief", page_path(hub, "briefs.BriefPage"), bread),
        ("detail", "news", page_path(hub, "news.NewsPage"), bread),
        ("detail", "country", page_path(hub, "network.CountryIndexPage") + "ar/", bread),
        ("search", "search", "/es/search/?q=tortura", "/search/?q=bread"),
    ]


def measure(base, path, seconds):
    one = hammer(base, path, seconds, 1)
    eight = hammer(base, path, seconds, 8)
    return {"p50": one["median_ms"], "rps": eight["rps"], "errors": one["errors"] + eight["errors"]}


def run_database(kind, args, workdir, bakery_python):
    """Build both sites on one database engine, serve them, measure in rounds."""
    checkout = workdir / f"bakerydemo-{kind}"
    shutil.copytree(
        args.bakerydemo,
        checkout,
        ignore=shutil.ignore_patterns(".git", "collect_static", "db.sqlite3"),
    )
    # Its production settings, served over plain HTTP on this machine as the hub's are
    # (production.py always redirects to HTTPS).
    (checkout / "bakerydemo" / "settings" / "bench.py").write_text(
        "from .production import *  # noqa: F403\n\nSECURE_SSL_REDIRECT = False\n"
    )
    if kind == "postgres":
        create_database(DATABASE)
        create_database(BAKERY_DATABASE)
        bakery_url = f"postgres://postgres@127.0.0.1:5432/{BAKERY_DATABASE}"
        hub_env = environment(workdir / "hub-postgres", DATABASE, redis_db=5)
    else:
        bakery_url = f"sqlite:///{checkout / 'db.sqlite3'}"
        hub_env = environment(workdir / "hub-sqlite", DATABASE, redis_db=5)
        hub_env["DATABASE_URL"] = f"sqlite:///{workdir / 'hub.sqlite3'}"
    hub_env["PAGE_CACHE"] = "false"
    bakery_env = bakery_environment(checkout, bakery_url)
    build(hub_env)
    bakery_build(bakery_python, checkout, bakery_env)

    samples = {}
    with ExitStack() as stack:
        hub = stack.enter_context(gunicorn(hub_env, 2, workdir / f"hub-{kind}.log"))
        bakery = stack.enter_context(
            gunicorn(
                bakery_env,
                2,
                workdir / f"bakery-{kind}.log",
                app="bakerydemo.wsgi",
                python=bakery_python,
                cwd=checkout,
                ready="/",
            )
        )
        comparisons = pairs(hub, bakery)
        for *_names, hub_path, bakery_path in comparisons:  # warm both
            hammer(hub, hub_path, 1, 2)
            hammer(bakery, bakery_path, 1, 2)
        for round_number in range(args.rounds):
            print(f"  {kind}: round {round_number + 1} of {args.rounds}", flush=True)
            for _kind, name, hub_path, bakery_path in comparisons:
                sides = [("hub", hub, hub_path), ("bakerydemo", bakery, bakery_path)]
                if round_number % 2:
                    sides.reverse()
                for side, base, path in sides:
                    samples.setdefault((name, side), []).append(measure(base, path, args.seconds))
    return comparisons, {
        key: {
            "p50": statistics.median(s["p50"] for s in values),
            "rps": statistics.median(s["rps"] for s in values),
            "errors": sum(s["errors"] for s in values),
        }
        for key, values in samples.items()
    }


def report(results, args):
    print(
        f"\nUncached pages, gunicorn 2 workers each, production settings; medians of "
        f"{args.rounds} interleaved rounds of {args.seconds:g} s (p50 at 1 connection, "
        "req/s at 8):\n"
    )
    print(
        "| database | hub page | bakerydemo page | hub p50 | bakerydemo p50 | hub / bakerydemo "
        "| hub req/s | bakerydemo req/s |"
    )
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for kind, (comparisons, measured) in results.items():
        for _kind, name, hub_path, bakery_path in comparisons:
            hub, bakery = measured[(name, "hub")], measured[(name, "bakerydemo")]
            share = hub["p50"] / bakery["p50"]
            mark = "" if share <= HALF else " (over half)"
            errors = hub["errors"] + bakery["errors"]
            print(
                f"| {kind} | {name} (`{hub_path}`) | `{bakery_path}` | {hub['p50']:.1f} ms "
                f"| {bakery['p50']:.1f} ms | {share:.2f}{mark} | {hub['rps']:.0f} "
                f"| {bakery['rps']:.0f} |" + (f" {errors} errors" if errors else "")
            )
    if {"sqlite", "postgres"} <= results.keys():
        print("\n| hub page | SQLite p50 | PostgreSQL p50 | PostgreSQL / SQLite |")
        print("| --- | ---: | ---: | ---: |")
        lite, pg = results["sqlite"][1], results["postgres"][1]
        for _kind, name, *_paths in results["sqlite"][0]:
            ratio = pg[(name, "hub")]["p50"] / lite[(name, "hub")]["p50"]
            mark = "" if ratio <= POSTGRES_LIMIT else f" (over {POSTGRES_LIMIT:g}×)"
            print(
                f"| {name} | {lite[(name, 'hub')]['p50']:.1f} ms "
                f"| {pg[(name, 'hub')]['p50']:.1f} ms | {ratio:.2f}{mark} |"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bakerydemo", type=Path, required=True, help="a bakerydemo checkout")
    parser.add_argument("--bakerydemo-venv", type=Path, help="kept between runs when given")
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--databases", default="sqlite,postgres")
    args = parser.parse_args()
    if not (args.bakerydemo / "bakerydemo" / "settings" / "production.py").exists():
        parser.error(f"{args.bakerydemo} is not a bakerydemo checkout")

    workdir = Path(tempfile.mkdtemp(prefix="hub-beside-bakerydemo-"))
    python = bakery_venv(args.bakerydemo_venv or workdir / "bakerydemo-venv")
    results = {}
    for kind in args.databases.split(","):
        results[kind] = run_database(kind, args, workdir, python)
    report(results, args)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Page benchmark: latency and throughput of the public pages, page cache off and on.

Not a test. It builds the demo site as production runs it (bench/site_setup.py:
PostgreSQL, Redis, collected static files served by whitenoise, gunicorn with the
production settings), then for the home page, the news index, a recording, a brief and
a search, and for a static file served by the same stack:

- counts the SQL queries one rendering makes (Django's test client on the same database,
  page cache off);
- measures, with the page cache off and then on, `--clients` concurrent keep-alive
  clients requesting the address for `--seconds`: median and 95th percentile latency
  and requests per second.

The static file is the ceiling: what this stack serves when Django renders nothing.
The last column is each page's throughput as a share of it.

    .venv/bin/python bench/pages.py [--seconds 10] [--clients 4] [--workers 2]

`--database` and `--redis-db` name the PostgreSQL database (dropped and made again) and
the Redis database (emptied) the run uses; `--cache on` skips the run with the page cache
off, `--only home,"static file"` measures those addresses alone, and `--rounds 10`
measures the addresses in turn, ten times for a tenth of `--seconds` each (steadier on a
machine that is doing other work too).

With `--render`, it measures in-process instead, without a server: for each page type
(home, news index, a news item, a recording, a brief, the country page, the workshop and
the other listing and detail pages), the SQL queries of one rendering and the median
time of `--renders` renderings with Django's test client (page cache off, per-process
caches warm), wall-clock and CPU time (the CPU time is steadier on a busy machine).
The demo is loaded into a SQLite database under `--workdir` (kept: a second run with the
same directory reuses it), or into PostgreSQL with `--render-on postgres` (the database `--database`):

    .venv/bin/python bench/pages.py --render [--renders 50] [--workdir DIR]
        [--render-on sqlite|postgres] [--database NAME]
"""

import argparse
import http.client
import json
import re
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from site_setup import (
    PYTHON,
    ROOT,
    build,
    create_database,
    environment,
    flush_redis,
    gunicorn,
    page_path,
)

DATABASE = "bench_pages"

QUERY_COUNTER = """
import json, sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for name, path in json.loads(sys.argv[1]).items():
    client.get(path)  # per-process caches warm, as on a running site
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    counts[name] = {"status": status, "queries": len(queries)}
print(json.dumps(counts))
"""


# One page of each type, in English, and its rendering: queries, then `rounds` timings;
# then the recording again with a transcript of two hours (1,500 cues added to each of its
# caption tracks, rolled back after).
RENDER_TIMER = """
import json, statistics, sys, time
from django.apps import apps
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
rounds = int(sys.argv[2])
client = Client(HTTP_HOST="127.0.0.1")
results = {}

def timed(name, url):
    client.get(url)  # per-process caches warm, as on a running site
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    count = len(queries)
    wall, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    results[name] = {
        "url": url,
        "status": status,
        "queries": count,
        "wall_ms": statistics.median(wall) * 1000,
        "cpu_ms": statistics.median(cpu) * 1000,
    }

for name, label in json.loads(sys.argv[1]).items():
    model = apps.get_model(label)
    page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
    if page is not None:
        timed(name, page.url)

recording = (
    apps.get_model("media_library.RecordingPage").objects.live()
    .filter(locale__language_code="en", media__isnull=False).order_by("path").first()
)
if recording is not None:
    Cue = apps.get_model("media_library.TranscriptSegment")
    with transaction.atomic():
        for track in recording.media.captions.all():
            first = track.segments.count()
            Cue.objects.bulk_create(
                Cue(caption=track, index=first + i, start=30 + 4.8 * i, end=34.5 + 4.8 * i,
                    text=f"Cue {i} of a long sample transcript, as a two-hour panel has.")
                for i in range(1500)
            )
        timed("recording, 2 h transcript", recording.url)
        transaction.set_rollback(True)
print(json.dumps(results))
"""

RENDERED = {
    "home": "home.HomePage",
    "news index": "news.NewsIndexPage",
    "news item": "news.NewsPage",
    "recording": "media_library.RecordingPage",
    "brief": "briefs.BriefPage",
    "country": "network.CountryIndexPage",
    "workshop": "events.WorkshopPage",
    "panel": "events.PanelPage",
    "declaration": "declaration.DeclarationPage",
    "recordings": "media_library.RecordingIndexPage",
    "briefs": "briefs.BriefIndexPage",
    "directory": "network.NetworkPage",
    "recommendations": "upr.RecommendationIndexPage",
    "standard": "core.StandardPage",
}


def render_times(args):
    """In-process renderings of each page type (see the module's docstring)."""
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="hub-render-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.render_on == "postgres":
        database_url = f"postgres://postgres@127.0.0.1:5432/{args.database}"
    else:
        database_url = f"sqlite:///{workdir / 'db.sqlite3'}"
    env = environment(workdir, DATABASE, redis_db=6, DATABASE_URL=database_url, REDIS_URL="")
    env.update(PAGE_CACHE="false", DATABASE_CONN_MAX_AGE="600")
    built = workdir / ".built"
    if not built.exists() or built.read_text() != database_url:
        if args.render_on == "postgres":
            create_database(args.database)
        build(env)
        built.write_text(database_url)
    result = subprocess.run(
        [
            str(PYTHON),
            "-c",
            "import django; django.setup(); exec(open(0).read())",
            json.dumps(RENDERED),
            str(args.renders),
        ],
        input=RENDER_TIMER,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    results = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"\nIn-process renderings, {args.render_on}, page cache off, median of {args.renders} "
        f"(data in {workdir}):\n"
    )
    print("| page | queries | wall | CPU |")
    print("| --- | ---: | ---: | ---: |")
    for name, row in results.items():
        status = "" if row["status"] == 200 else f" (status {row['status']})"
        print(
            f"| {name} (`{row['url']}`){status} | {row['queries']} "
            f"| {row['wall_ms']:.1f} ms | {row['cpu_ms']:.1f} ms |"
        )


def query_counts(env, paths):
    result = subprocess.run(
        [
            str(PYTHON),
            "-c",
            "import django; django.setup(); exec(open(0).read())",
            json.dumps(paths),
        ],
        input=QUERY_COUNTER,
        cwd=ROOT,
        env=dict(env, PAGE_CACHE="false"),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def hammer(base, path, seconds, clients):
    """`clients` threads, each on one keep-alive connection, for `seconds`."""
    host, port = base.removeprefix("http://").split(":")
    latencies, errors, lock = [], [], threading.Lock()
    stop = time.perf_counter() + seconds

    def client():
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        mine = []
        while time.perf_counter() < stop:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "gzip, br"})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors.append(response.status)
            except (OSError, http.client.HTTPException) as error:
                errors.append(type(error).__name__)
                connection.close()
                connection = http.client.HTTPConnection(host, int(port), timeout=30)
                continue
            mine.append(time.perf_counter() - started)
        connection.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summary(latencies, len(errors), time.perf_counter() - began)


def summary(latencies, errors, elapsed):
    latencies = sorted(latencies)
    return {
        "latencies": latencies,
        "elapsed": elapsed,
        "requests": len(latencies),
        "errors": errors,
        "median_ms": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000 if latencies else float("nan"),
        "rps": len(latencies) / elapsed,
    }


def addresses(base):
    """The pages to measure, found on the running site, and a fingerprinted static file."""
    import urllib.request

    home = urllib.request.urlopen(f"{base}/es/").read().decode()
    stylesheet = re.search(r'href="(/static/css/hub\.[0-9a-f]+\.css)"', home)
    return {
        "home": "/es/",
        "news index": page_path(base, "news.NewsIndexPage"),
        "recording": page_path(base, "media_library.RecordingPage"),
        "brief": page_path(base, "briefs.BriefPage"),
        "search": "/es/search/?q=tortura",
        "static file": stylesheet.group(1) if stylesheet else "/static/css/hub.css",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", default=DATABASE, help="PostgreSQL's (made again)")
    parser.add_argument("--redis-db", type=int, default=6)
    parser.add_argument("--cache", choices=("both", "on", "off"), default="both")
    parser.add_argument("--only", default="", help="comma-separated address names")
    parser.add_argument("--rounds", type=int, default=1, help="the seconds split in turns")
    parser.add_argument("--render", action="store_true", help="in-process renderings only")
    parser.add_argument("--renders", type=int, default=50, help="--render: renderings per page")
    parser.add_argument("--workdir", help="--render: where the demo database is kept")
    parser.add_argument("--render-on", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    if args.render:
        render_times(args)
        return

    workdir = Path(tempfile.mkdtemp(prefix="hub-pages-"))
    base_env = environment(workdir, args.database, redis_db=args.redis_db)
    create_database(args.database)
    build(base_env)

    only = {name.strip() for name in args.only.split(",") if name.strip()}
    runs = ("off", "on") if args.cache == "both" else (args.cache,)
    results = {}
    for cache in runs:
        env = dict(base_env, PAGE_CACHE="true" if cache == "on" else "false")
        flush_redis(env)  # a cold cache for each run
        with gunicorn(env, args.workers, workdir / "gunicorn.log") as base:
            paths = {
                name: path
                for name, path in addresses(base).items()
                if not only or name in only or name == "static file"
            }
            for path in paths.values():
                hammer(base, path, min(1.0, args.seconds), args.clients)  # warm up
            # In rounds, each address in turn: a machine busy with other work slows all of
            # them alike, not the one that happened to be measured then.
            rounds = [
                {
                    name: hammer(base, path, args.seconds / args.rounds, args.clients)
                    for name, path in paths.items()
                }
                for _ in range(args.rounds)
            ]
            for name in paths:
                results[(name, cache)] = summary(
                    [latency for one in rounds for latency in one[name]["latencies"]],
                    sum(one[name]["errors"] for one in rounds),
                    sum(one[name]["elapsed"] for one in rounds),
                )
                print(
                    f"  {name:<12} cache {cache:<3} {results[(name, cache)]['rps']:8.1f} req/s",
                    flush=True,
                )
    counts = query_counts(
        base_env, {name: path for name, path in paths.items() if name != "static file"}
    )
    report(paths, results, counts, args, runs)


def report(paths, results, counts, args, runs):
    nothing = {"median_ms": None, "p95_ms": None, "rps": None, "errors": 0}
    ceiling = results[("static file", runs[-1])]["rps"]
    print(
        f"\n{args.clients} keep-alive clients × {args.seconds:g} s per address, "
        f"{args.workers} gunicorn workers, production settings, PostgreSQL + Redis:\n"
    )
    print(
        "| address | queries | cache off: median | p95 | req/s | cache on: median | p95 | req/s "
        "| share of static |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, path in paths.items():
        off, on = results.get((name, "off"), nothing), results.get((name, "on"), nothing)
        queries = counts.get(name, {}).get("queries", 0)
        errors = off["errors"] + on["errors"]
        share = f"{on['rps'] / ceiling:.0%}" if on["rps"] is not None else "–"
        print(
            f"| {name} (`{path}`) | {queries} | {figures(off)} | {figures(on)} | {share} |"
            + (f" {errors} errors" if errors else "")
        )


def figures(run):
    """Median, p95 and req/s as table cells; dashes for a run not made (--cache)."""
    if run["rps"] is None:
        return "– | – | –"
    return f"{run['median_ms']:.1f} ms | {run['p95_ms']:.1f} ms | {run['rps']:.0f}"


if __name__ == "__main__":
    main()

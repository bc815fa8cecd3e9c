"""Load test: 50 concurrent visitors for 60 seconds against gunicorn, production settings.

Not a test. It builds the demo site in a PostgreSQL database of its own (`bench_load`),
with Redis as the cache, collects the static files, starts gunicorn with the production
settings (rate limits raised, as a load test from one address needs), runs Locust
headless (installed into its own virtualenv on first use) against the home page, a
recording, a brief and the search, and prints throughput, latency percentiles and
errors per page.

    .venv/bin/python bench/load.py [--users 50] [--seconds 60] [--workers 4]
    .venv/bin/python bench/load.py --rate-limited   # keep the real limits: expect 429s
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from site_setup import build, create_database, environment, gunicorn, page_path

LOCUST_VENV = Path(tempfile.gettempdir()) / "hub-locust-venv"
DATABASE = "bench_load"


def ensure_locust():
    locust = LOCUST_VENV / "bin" / "locust"
    if not locust.exists():
        print("Installing Locust into", LOCUST_VENV, flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(LOCUST_VENV)], check=True)
        subprocess.run(
            [str(LOCUST_VENV / "bin" / "pip"), "install", "--quiet", "locust==2.47.0"], check=True
        )
    return locust


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--rate-limited", action="store_true")
    args = parser.parse_args()

    locust = ensure_locust()
    workdir = tempfile.mkdtemp(prefix="hub-load-")
    env = environment(workdir, DATABASE, redis_db=5, rate_limited=args.rate_limited)
    create_database(DATABASE)
    build(env)

    with gunicorn(env, args.workers, Path(workdir) / "gunicorn.log") as base:
        recording = page_path(base, "media_library.RecordingPage")
        brief = page_path(base, "briefs.BriefPage")
        print(
            f"gunicorn ({args.workers} workers) on {base}; recording {recording}, brief {brief}",
            flush=True,
        )
        stats = Path(workdir) / "stats"
        locust_env = dict(os.environ, HUB_RECORDING=recording, HUB_BRIEF=brief)
        subprocess.run(
            [
                str(locust),
                "-f",
                str(Path(__file__).with_name("locustfile.py")),
                "--headless",
                "-u",
                str(args.users),
                "-r",
                str(max(1, args.users // 5)),
                "-t",
                f"{args.seconds}s",
                "--host",
                base,
                "--csv",
                str(stats),
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            env=locust_env,
            check=False,
            stdout=subprocess.DEVNULL,
        )
        report(stats, args)


def report(stats, args):
    with open(f"{stats}_stats.csv") as handle:
        rows = list(csv.DictReader(handle))
    print(
        f"\n{args.users} users for {args.seconds} s, {args.workers} gunicorn workers, PostgreSQL + Redis:"
    )
    print(
        f"{'page':<12}{'requests':>10}{'failures':>10}{'req/s':>9}{'median ms':>11}{'p95 ms':>9}{'p99 ms':>9}"
    )
    for row in rows:
        print(
            f"{row['Name']:<12}{row['Request Count']:>10}{row['Failure Count']:>10}"
            f"{float(row['Requests/s']):>9.1f}{row['50%']:>11}{row['95%']:>9}{row['99%']:>9}"
        )
    failures_file = Path(f"{stats}_failures.csv")
    if failures_file.exists():
        with open(failures_file) as handle:
            for row in csv.DictReader(handle):
                print(
                    f"  failure: {row['Method']} {row['Name']}: {row['Error']} ×{row['Occurrences']}"
                )


if __name__ == "__main__":
    main()

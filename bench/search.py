"""Search benchmark: indexing time, query latency and memory from 1,000 to 100,000 documents.

Not a test. For each database (SQLite, and PostgreSQL when it answers) it makes a fresh
database and writes the generated documents of bench/search_corpus.py in batches of 500,
as an import does (`search.documents.sync_many`: the rows in one statement, then the
spelling vocabulary's word counts). It stops at each size to measure, on the documents
written so far: the time spent writing them, the size on disk of the search tables, and a
fixed set of queries (words, accents left out, phrases, OR, exclusion, filters, all
languages, typing mistakes that get corrected, synonyms) run through the same code as
/api/search/ (search.service: synonyms, spelling correction, ranking, facets, snippets),
their median and 95th percentile, and the peak resident memory of this process while
they run (PostgreSQL's own processes are not counted). At the end, per database, the
largest size measured with a median under 50 ms. The machine's load average is printed
with every size: the figures are only as quiet as the machine.

    .venv/bin/python bench/search.py             # both databases, 1,000 to 100,000 (~35 min)
    .venv/bin/python bench/search.py --sizes 1000 10000 --databases sqlite
    .venv/bin/python bench/search.py --postgres postgres://postgres@127.0.0.1:5432/mine

The PostgreSQL database named by --postgres is dropped and made again, and left empty.
"""

import argparse
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # after ROOT: `search` is the app

from search_corpus import QUERIES, SYNONYMS, TYPO_WORDS, TYPOS  # noqa: E402

PG_URL = "postgres://postgres@127.0.0.1:5432/bench_search"
SIZES = [1000, 2000, 5000, 10000, 20000, 30000, 50000, 70000, 100000]
BATCH = 500
LIMIT_MS = 50


# Writing


def write(batch):
    """One batch as `sync_many` writes it: rows in one statement, then the word counts.
    The seconds the word counts took."""
    from search import vocabulary
    from search.models import SearchDocument

    change = vocabulary.Change()
    for document in batch:
        change.add({}, vocabulary.words_of(document))
    SearchDocument.objects.bulk_create(batch)
    started = time.perf_counter()
    vocabulary.changed(change)
    return time.perf_counter() - started


def index(documents, count):
    """Write the next `count` documents of the generator: (seconds in all, seconds of
    them spent counting the words)."""
    from search.models import SearchDocument

    started, words_s = time.perf_counter(), 0.0
    batch = []
    for _number in range(count):
        key, built = next(documents)
        batch.append(SearchDocument(key=key, source_model="bench", source_id=key, **built.fields()))
        if len(batch) == BATCH:
            words_s += write(batch)
            batch = []
    if batch:
        words_s += write(batch)
    return time.perf_counter() - started, words_s


def settle():
    """What production does soon after a bulk write: PostgreSQL's statistics (autovacuum's
    ANALYZE), SQLite's write-ahead log folded into the file."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE hub_search_document; ANALYZE hub_search_word")
        else:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def disk_bytes():
    """The search tables on disk: on PostgreSQL with their indexes and TOAST; on SQLite
    the whole file (the FTS5 index included; the rest of the schema is empty)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_total_relation_size('hub_search_document')"
                " + pg_total_relation_size('hub_search_word')"
            )
            return cursor.fetchone()[0]
    name = Path(connection.settings_dict["NAME"])
    return sum(path.stat().st_size for path in name.parent.glob(name.name + "*"))


# Measuring


def memory_kib(field):
    """VmRSS (now) or VmHWM (peak since the last reset) of this process, in KiB."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(rf"{field}:\s+(\d+)", status).group(1))


def reset_peak():
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM starts again from VmRSS


class TimedEngine:
    """The search engine with its `match` timed: the part of a search another engine
    (Elasticsearch) would do instead; the rest (facets, ranking, snippets, spelling) is
    the same Python for every engine."""

    def __init__(self, engine):
        self.engine, self.seconds = engine, 0.0

    def __getattr__(self, name):
        return getattr(self.engine, name)

    def match(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.engine.match(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def run_queries(rounds):
    """{query: [ms per round]}, {query: (total, corrected or suggested query)}, and the
    share of the time spent in the engine's `match`."""
    from django.test import RequestFactory

    from search import service

    factory = RequestFactory()
    timings, answers = {}, {}
    engine = TimedEngine(service.get_engine())
    service.get_engine, get_engine = (lambda: engine), service.get_engine
    try:
        for _round in range(rounds):
            for params in QUERIES:
                request = factory.get("/api/search/", params)
                started = time.perf_counter()
                outcome = service.run(service.SearchParams.from_request(request, "es"), "es")
                ms = (time.perf_counter() - started) * 1000
                timings.setdefault(params["q"], []).append(ms)
                fixed = outcome.query if outcome.corrected else ""
                if outcome.suggestion:
                    fixed = f"suggested: {outcome.suggestion}"
                answers[params["q"]] = (outcome.total, fixed)
    finally:
        service.get_engine = get_engine
    total_ms = sum(ms for values in timings.values() for ms in values)
    return timings, answers, engine.seconds * 1000 / total_ms


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(database, size, index_s, words_s, rounds):
    from search.models import SearchWord

    load_before = os.getloadavg()[0]
    reset_peak()
    rss_before = memory_kib("VmRSS")
    run_queries(1)  # warm caches
    timings, answers, engine_share = run_queries(rounds)
    every = [ms for values in timings.values() for ms in values]
    of = lambda queries: [ms for q in queries for ms in timings[q["q"]]]  # noqa: E731
    return {
        "database": database,
        "documents": size,
        "index_s": index_s,
        "words_s": words_s,
        "disk_mb": disk_bytes() / 1e6,
        "median_ms": statistics.median(every),
        "p95_ms": percentile(every, 0.95),
        "typo_median_ms": statistics.median(of(TYPOS)),
        "synonym_median_ms": statistics.median(of(SYNONYMS)),
        "queries": len(every),
        "engine_share": engine_share,
        "rss_before_mb": rss_before / 1024,
        "rss_peak_mb": memory_kib("VmHWM") / 1024,
        "load": [load_before, os.getloadavg()[0]],
        "words": SearchWord.objects.count(),
        "most_matches": max(total for total, _corrected in answers.values()),
        "corrected": {q: corrected for q, (_total, corrected) in answers.items() if corrected},
        "per_query_ms": {q: statistics.median(values) for q, values in timings.items()},
    }


def report(row):
    slowest = sorted(row["per_query_ms"].items(), key=lambda item: -item[1])[:3]
    print(
        f"{row['database']:<10} {row['documents']:>7,} docs: written in {row['index_s']:6.1f} s "
        f"(words {row['words_s']:5.1f} s; {row['words']:,} of them), "
        f"{row['disk_mb']:7.0f} MB on disk; median {row['median_ms']:6.1f} ms, "
        f"p95 {row['p95_ms']:6.1f} ms, typos {row['typo_median_ms']:6.1f} ms, "
        f"synonyms {row['synonym_median_ms']:6.1f} ms over {row['queries']} queries "
        f"({row['engine_share']:.0%} of the time in the engine's match); "
        f"RSS {row['rss_before_mb']:.0f} → peak {row['rss_peak_mb']:.0f} MB; "
        f"most matches {row['most_matches']}; load {row['load'][0]:.1f}–{row['load'][1]:.1f}\n"
        f"{'':<10} slowest: " + ", ".join(f"{q!r} {ms:.0f} ms" for q, ms in slowest),
        flush=True,
    )


def largest_under(rows, limit=LIMIT_MS):
    """(largest size measured under `limit` ms median with every smaller size under it
    too, the first size measured at or over it, or None; a linear estimate between them, or
    None). Sizes are the rows' `documents`, medians their `median_ms`."""
    under, over = None, None
    for row in sorted(rows, key=lambda row: row["documents"]):
        if row["median_ms"] >= limit:
            over = row
            break
        under = row
    if under is None or over is None:
        return under, over, None
    share = (limit - under["median_ms"]) / (over["median_ms"] - under["median_ms"])
    estimate = under["documents"] + share * (over["documents"] - under["documents"])
    return under, over, int(round(estimate, -3))


def conclusion(database, rows):
    under, over, estimate = largest_under(rows)
    if under is None:
        return f"{database}: no size measured under {LIMIT_MS} ms median"
    line = (
        f"{database}: largest size measured under {LIMIT_MS} ms median: "
        f"{under['documents']:,} ({under['median_ms']:.1f} ms)"
    )
    if over is None:
        return line + f"; every size measured is under {LIMIT_MS} ms"
    return line + (
        f"; {over['documents']:,} takes {over['median_ms']:.1f} ms "
        f"(interpolated linearly between the two: about {estimate:,})"
    )


def markdown(rows):
    """The README's table."""
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    lines = [
        "| database | documents | writing | on disk | median | p95 | typos median "
        "| in the engine | peak RSS (queries add) | load |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {names.get(row['database'], row['database'])} | {row['documents']:,} "
            f"| {row['index_s']:.0f} s | {row['disk_mb']:,.0f} MB | {row['median_ms']:.1f} ms "
            f"| {row['p95_ms']:.1f} ms | {row['typo_median_ms']:.1f} ms "
            f"| {row['engine_share']:.0%} "
            f"| {row['rss_peak_mb']:.0f} MB (+{row['rss_peak_mb'] - row['rss_before_mb']:.0f}) "
            f"| {row['load'][0]:.1f}–{row['load'][1]:.1f} |"
        )
    return "\n".join(lines)


# One database, in its own process (Django's settings are read once)


def recreate(postgres_url):
    """Drop the PostgreSQL database of the URL and make it again, empty."""
    import psycopg

    server, name = postgres_url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def prepare(database, postgres_url):
    """Point Django at a fresh, migrated database."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
    if database == "postgresql":
        recreate(postgres_url)  # raises when PostgreSQL does not answer
        os.environ["DATABASE_URL"] = postgres_url
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def clean_up(database, postgres_url):
    import shutil

    from django.db import connection

    name = Path(connection.settings_dict["NAME"])
    connection.close()
    if database == "postgresql":
        recreate(postgres_url)
    else:
        shutil.rmtree(name.parent, ignore_errors=True)


def bench(database, sizes, rounds, postgres_url):
    try:
        prepare(database, postgres_url)
    except ImportError:
        raise
    except Exception as error:  # noqa: BLE001 - PostgreSQL may not answer
        print(f"{database}: skipped ({type(error).__name__}: {error})", flush=True)
        return []
    from search_corpus import generate, invented_words

    invented_words(TYPO_WORDS)  # the names to draw from, made before any clock starts

    print(
        f"Search benchmark on {database}: sizes {sizes}, {rounds} rounds of {len(QUERIES)} "
        f"queries, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}",
        flush=True,
    )
    documents = generate(max(sizes), avoid=TYPO_WORDS)
    rows, written, index_s, words_s = [], 0, 0.0, 0.0
    try:
        for size in sorted(sizes):
            seconds, counting = index(documents, size - written)
            index_s, words_s, written = index_s + seconds, words_s + counting, size
            settle()
            rows.append(measure(database, size, index_s, words_s, rounds))
            report(rows[-1])
    finally:
        clean_up(database, postgres_url)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--rounds", type=int, default=5, help="times each query runs")
    parser.add_argument("--postgres", default=PG_URL, help="a database the bench may drop")
    parser.add_argument("--json", help="write every figure to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        rows = bench(args.databases[0], args.sizes, args.rounds, args.postgres)
        print("RESULTS " + json.dumps(rows), flush=True)
        return

    rows = []
    for database in args.databases:
        command = [sys.executable, __file__, "--child", "--databases", database]
        command += ["--rounds", str(args.rounds), "--postgres", args.postgres, "--sizes"]
        with subprocess.Popen(
            [*command, *map(str, args.sizes)], stdout=subprocess.PIPE, text=True
        ) as child:
            for line in child.stdout:
                if line.startswith("RESULTS "):
                    found = json.loads(line.removeprefix("RESULTS "))
                    rows += found
                    if found:
                        print(conclusion(database, found), flush=True)
                else:
                    print(line, end="", flush=True)
    print()
    print(markdown(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

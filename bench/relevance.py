"""Search relevance benchmark: NDCG@10, MRR and zero-result rate over judged queries.

Not a test. For each engine it loads the demo site into a fresh database (SQLite, and
PostgreSQL; Elasticsearch too when ELASTICSEARCH_URL is set, on SQLite, in an index of
its own), runs every query of bench/relevance_judgments.json through the same code as
/api/search/ (search.service.run, the query's site language as the language filter, as
/<lang>/search/ does by default) and scores the results against the judgments:

- NDCG@10: the discounted cumulative gain of the first ten results, gain 2^grade - 1 at
  rank r discounted by log2(r + 1), divided by that of the ideal ranking (every judged
  result, best grades first). 1 means the best possible first page.
- MRR: the mean over queries of 1/rank of the first result graded 2 or 3 among the first
  ten (0 when there is none): how far down the first really useful result is.
- answer@1: the share of queries whose first result is graded 3 (for a name: that
  person or institution comes first).
- zero: the share of queries with no result at all.

The results are those the visitor sees, editors' picks first; a result is known by its
address without the query string (see the judgments file's "about"). Means are given
for all queries, per language and per category, for each engine.

    .venv/bin/python bench/relevance.py                        # SQLite and PostgreSQL
    .venv/bin/python bench/relevance.py --databases sqlite --verbose
    .venv/bin/python bench/relevance.py --json /tmp/relevance.json
"""

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
JUDGMENTS = Path(__file__).with_name("relevance_judgments.json")
PG_DATABASE = "hub_relevance_bench"  # dropped and made again by every run
ES_INDEX = "hub_relevance_bench"

LANGUAGES = ("es", "en", "pt")
CATEGORIES = ("known-item", "topical", "person", "country", "transcript", "typo", "synonym")
GRADES = (1, 2, 3)
CUTOFF = 10  # the first page
USEFUL = 2  # the grade from which a result counts for MRR
DEPTH = 50  # results fetched per query, to show where judged ones are (--verbose)
METRICS = ("ndcg", "rr", "answer_at_1", "zero")


# Judgments


def load_judgments(path=JUDGMENTS):
    """The queries, each with `relevant` {key: grade} (a `like` resolved). Raises
    ValueError on a malformed file."""
    queries = json.loads(Path(path).read_text(encoding="utf-8"))["queries"]
    by_id = {}
    for query in queries:
        missing = {"id", "q", "lang", "category"} - set(query)
        if missing:
            raise ValueError(f"query {query.get('id', query)!r} lacks {sorted(missing)}")
        if query["id"] in by_id:
            raise ValueError(f"query id {query['id']!r} twice")
        if query["lang"] not in LANGUAGES or query["category"] not in CATEGORIES:
            raise ValueError(f"query {query['id']!r}: unknown lang or category")
        by_id[query["id"]] = query
    resolved = []
    for query in queries:
        relevant = query.get("relevant")
        if "like" in query:
            model = by_id.get(query["like"])
            if model is None or "like" in model or model["lang"] != query["lang"]:
                raise ValueError(f"query {query['id']!r}: bad like {query['like']!r}")
            relevant = {**model["relevant"], **(relevant or {})}
        if not relevant or any(grade not in GRADES for grade in relevant.values()):
            raise ValueError(f"query {query['id']!r}: relevant results must have grades 1-3")
        if max(relevant.values()) < USEFUL:
            raise ValueError(f"query {query['id']!r}: no result graded {USEFUL} or 3")
        resolved.append({**query, "relevant": relevant})
    return resolved


def address(url):
    """A result's address as the judgments name it: path and #fragment, no query string."""
    parts = urlsplit(url)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def grades_of(results, relevant):
    """The grade of each (url, title) result. A key "<address> | <title>" matches that one
    result, a bare address any result there; each key counts once, at its first match."""
    left = dict(relevant)
    grades = []
    for url, title in results:
        where = address(url)
        key = next((k for k in (f"{where} | {title}", where) if k in left), None)
        grades.append(left.pop(key) if key else 0)
    return grades


# Metrics


def dcg(grades, cutoff=CUTOFF):
    return sum(
        (2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades[:cutoff], 1)
    )


def ndcg(grades, judged, cutoff=CUTOFF):
    """`grades`: of the results in order; `judged`: every judged grade of the query."""
    ideal = dcg(sorted(judged, reverse=True), cutoff)
    return dcg(grades, cutoff) / ideal if ideal else 0.0


def reciprocal_rank(grades, useful=USEFUL, cutoff=CUTOFF):
    return next((1 / rank for rank, g in enumerate(grades[:cutoff], 1) if g >= useful), 0.0)


def score(query, results):
    """The metrics of one query from its results [(url, title)]."""
    grades = grades_of(results, query["relevant"])
    return {
        "ndcg": ndcg(grades, list(query["relevant"].values())),
        "rr": reciprocal_rank(grades),
        "answer_at_1": float(bool(grades) and grades[0] == 3),
        "zero": float(not results),
    }


def summarise(rows):
    """{group: {"queries": n, metric: mean}} for all rows, each language and category."""
    groups = {"all": rows}
    for language in LANGUAGES:
        groups[language] = [row for row in rows if row["lang"] == language]
    for category in CATEGORIES:
        groups[category] = [row for row in rows if row["category"] == category]
    return {
        name: {"queries": len(members)}
        | {metric: sum(row[metric] for row in members) / len(members) for metric in METRICS}
        for name, members in groups.items()
        if members
    }


# One engine: runs in a process of its own, on the database built for it


def search_all(queries):
    """Every query through search.service.run, as /<lang>/search/?q=… runs it."""
    from django.utils import translation

    from search import service
    from search.models import SearchDocument

    known = {
        (address(url), title) for url, title in SearchDocument.objects.values_list("url", "title")
    }
    known_addresses = {where for where, _title in known}
    answers, engines = [], set()
    for query in queries:
        results, total, page = [], 0, 1
        with translation.override(query["lang"]):
            while len(results) < DEPTH:
                params = service.SearchParams(
                    query=query["q"], languages=(query["lang"],), page=page
                )
                outcome = service.run(params, query["lang"])
                engines.add(outcome.engine + (" (degraded)" if outcome.degraded else ""))
                shown = outcome.promotions + outcome.results
                results += [(r.url, r.title, r.type) for r in shown]
                total = outcome.total + (len(outcome.promotions) if page == 1 else 0)
                if not outcome.has_next:
                    break
                page += 1
        unknown = [
            key
            for key in query["relevant"]
            if (
                tuple(key.split(" | ", 1)) not in known
                if " | " in key
                else key not in known_addresses
            )
        ]
        answers.append({"id": query["id"], "total": total, "results": results, "unknown": unknown})
    return {"engine": ", ".join(sorted(engines)), "answers": answers}


def run_pass():
    import django

    django.setup()
    print(json.dumps(search_all(load_judgments())))


# The driver


def environment(name, workdir):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "TASK_BACKEND")}
    env.update(DJANGO_SETTINGS_MODULE="hub.settings.dev", MEDIA_ROOT=str(workdir / "media"))
    if name == "postgresql":
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{PG_DATABASE}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{workdir}/relevance.sqlite3"
    if name == "elasticsearch":
        env["ELASTICSEARCH_INDEX"] = ES_INDEX
    else:
        env.pop("ELASTICSEARCH_URL", None)
    return env


def measure(name):
    """Build the demo for one engine and search it; the pass's answers. The files it
    made (the SQLite database, the demo's media) are removed afterwards."""
    from site_setup import build, create_database

    workdir = Path(tempfile.mkdtemp(prefix=f"hub-relevance-{name}-"))
    env = environment(name, workdir)
    if name == "postgresql":
        create_database(PG_DATABASE)
    print(f"{name}: ", end="", flush=True)
    try:
        build(env, static=False)
        searched = subprocess.run(
            [str(PYTHON), __file__, "--pass"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
    except subprocess.CalledProcessError as error:
        sys.exit(f"{name}: {' '.join(error.cmd[1:])} failed\n{error.stderr or ''}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return json.loads(searched.stdout.strip().splitlines()[-1])


def evaluate(queries, answered):
    """Per-query rows (metrics and what came back) and their summary."""
    by_id = {answer["id"]: answer for answer in answered["answers"]}
    rows = []
    for query in queries:
        answer = by_id[query["id"]]
        results = [(url, title) for url, title, _type in answer["results"]]
        grades = grades_of(results, query["relevant"])
        ranks = {}
        for rank, ((url, title), grade) in enumerate(zip(results, grades, strict=True), 1):
            if grade:
                key = f"{address(url)} | {title}"
                ranks[key if key in query["relevant"] else address(url)] = rank
        rows.append(
            {key: query[key] for key in ("id", "q", "lang", "category")}
            | score(query, results)
            | {
                "total": answer["total"],
                "first": [
                    {"type": kind, "address": address(url), "title": title, "grade": grade}
                    for (url, title, kind), grade in zip(
                        answer["results"][:3], grades, strict=False
                    )
                ],
                "judged": {
                    key: [grade, ranks.get(key)] for key, grade in query["relevant"].items()
                },
                "unknown": answer["unknown"],
            }
        )
    return {"engine": answered["engine"], "summary": summarise(rows), "queries": rows}


def print_table(passes):
    header = f"{'database':<14} {'group':<11} {'queries':>7} {'NDCG@10':>8} {'MRR':>6} {'answer@1':>9} {'zero':>6}"
    print(header)
    print("-" * len(header))
    for name, measured in passes.items():
        print(f"{name}: engine {measured['engine']}")
        label = name
        for group, values in measured["summary"].items():
            print(
                f"{label:<14} {group:<11} {values['queries']:>7} {values['ndcg']:>8.3f} "
                f"{values['rr']:>6.3f} {values['answer_at_1']:>9.3f} {values['zero']:>6.3f}"
            )
            label = ""
        print()


def print_queries(name, measured):
    print(f"== {name}: per query")
    for row in measured["queries"]:
        print(
            f"\n{row['id']} [{row['lang']}, {row['category']}] {row['q']!r}: {row['total']} results, "
            f"NDCG@10 {row['ndcg']:.3f}, RR {row['rr']:.3f}"
        )
        for position, first in enumerate(row["first"], 1):
            print(
                f"   {position}. g{first['grade']} {first['type']:<12} {first['address']}  {first['title'][:50]}"
            )
        for key, (grade, rank) in sorted(row["judged"].items(), key=lambda item: -item[1][0]):
            where = f"at {rank}" if rank else f"not in the first {DEPTH}"
            print(f"   g{grade} {where:<18} {key}")
        for key in row["unknown"]:
            print(f"   ! judged but not in the index: {key}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--databases", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    parser.add_argument("--json", type=Path, help="also write every figure and result to this file")
    parser.add_argument("--verbose", action="store_true", help="list each query's results")
    parser.add_argument("--pass", dest="one_pass", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_pass:
        sys.path.insert(0, str(ROOT))
        return run_pass()

    queries = load_judgments()
    names = list(args.databases) + (
        ["elasticsearch"] if os.environ.get("ELASTICSEARCH_URL") else []
    )
    passes = {name: evaluate(queries, measure(name)) for name in names}
    for name, measured in passes.items():
        if args.verbose:
            print_queries(name, measured)
            print()
        unknown = sorted({key for row in measured["queries"] for key in row["unknown"]})
        if unknown:
            print(f"{name}: {len(unknown)} judged result(s) not in the index: {', '.join(unknown)}")
    print(f"Relevance of {len(queries)} judged queries ({JUDGMENTS.name})\n")
    print_table(passes)
    if args.json:
        args.json.write_text(json.dumps(passes, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"Written to {args.json}")


if __name__ == "__main__":
    main()

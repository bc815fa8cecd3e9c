"""Lighthouse on the demo site as production serves it, on every public page type.

Not a test. It builds the demo site as production runs it (bench/site_setup.py:
PostgreSQL, Redis when it answers, static files collected into a temporary STATIC_ROOT
and served compressed by whitenoise, gunicorn with the production settings, DEBUG off,
the page cache on and warmed), then runs Lighthouse 12 (npm, package.json; `npm ci`)
with Debian's Chromium, as a phone with Lighthouse's default throttling, on the pages
asked for (`--pages`: by default the home, a recording, a brief and a search; `all`:
every page type, listings, details, a country, the directory, the workshop, a panel,
the declaration, the recommendations and one recommendation, the search) in Spanish (and
in the other languages with --langs), and prints the four category scores and the bytes
each page transfers.

It exits non-zero when accessibility, best practices or SEO scores below 100 on any page,
or when the home page transfers more than 150 KB: none of these depend on the machine's
speed. The performance score does (a busy or slow machine scores lower), so it is only
reported, with a warning below 95.

The search results say `noindex` on purpose (and robots.txt keeps crawlers out): they
are endless combinations of the pages that are indexed. Lighthouse's "page is blocked
from indexing" audit is therefore skipped on the search page, and the bench checks that
the page really says noindex.

    .venv/bin/python bench/lighthouse.py [--langs es,en,pt] [--pages all] [--keep]
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from site_setup import ROOT, build, create_database, environment, gunicorn, page_path

DATABASE = "bench_lighthouse"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
REQUIRED = ["accessibility", "best-practices", "seo"]  # must score 100
PERFORMANCE_WARNING = 0.95
HOME_BYTES_LIMIT = 150_000
ATTEMPTS = 5
SEARCH_QUERY = "tortura"


def redis_answers():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


# Every public page type, by the model that serves it; a country's profile and a
# recommendation's permalink are served by their index page's routes.
PAGE_TYPES = [
    ("news index", "news.NewsIndexPage"),
    ("news", "news.NewsPage"),
    ("recordings", "media_library.RecordingIndexPage"),
    ("recording", "media_library.RecordingPage"),
    ("briefs", "briefs.BriefIndexPage"),
    ("brief", "briefs.BriefPage"),
    ("workshop", "events.WorkshopPage"),
    ("panel", "events.PanelPage"),
    ("declaration", "declaration.DeclarationPage"),
    ("countries", "network.CountryIndexPage"),
    ("directory", "network.NetworkPage"),
    ("recommendations", "upr.RecommendationIndexPage"),
    ("page", "core.StandardPage"),
    ("contact", "engage.ContactPage"),
    ("newsletter", "engage.NewsletterPage"),
]
# What continuous integration measures: one page of each kind (home, listing, detail,
# search); `--pages all` measures every page type.
QUICK = ["home", "recording", "brief", "search"]


def first_recommendation_id(base):
    with urllib.request.urlopen(f"{base}/api/recommendations/?page_size=1") as response:
        return json.load(response)["results"][0]["id"]


def pages(base, language, wanted):
    """(name, URL, audits to skip) for each page to measure in a language."""

    def wants(name):
        return wanted == ["all"] or name in wanted

    found = [("home", f"{base}/{language}/", [])] if wants("home") else []
    for name, page_type in PAGE_TYPES:
        extra = {"countries": "country", "recommendations": "recommendation"}.get(name)
        if not (wants(name) or (extra and wants(extra))):
            continue
        path = page_path(base, page_type, language)
        if wants(name):
            found.append((name, base + path, []))
        if extra == "country" and wants(extra):
            found.append((extra, f"{base}{path}ar/", []))
        if extra == "recommendation" and wants(extra):
            found.append((extra, f"{base}{path}{first_recommendation_id(base)}/", []))
    if wants("search"):
        found.append(("search", f"{base}/{language}/search/?q={SEARCH_QUERY}", ["is-crawlable"]))
    return found


def says_noindex(url):
    with urllib.request.urlopen(url) as response:
        return b'<meta name="robots" content="noindex' in response.read()


def lighthouse(url, out, skip):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--only-categories=" + ",".join(CATEGORIES),
    ]
    if skip:
        command.append("--skip-audits=" + ",".join(skip))
    # Lighthouse sometimes loses the trace of a page load (NO_NAVSTART, seen on a cold
    # Chromium) and asks to be run again: it is, up to ATTEMPTS times in all.
    for attempt in range(1, ATTEMPTS + 1):
        Path(out).unlink(missing_ok=True)
        run = subprocess.run(command, env=dict(os.environ, CHROME_PATH=CHROME), timeout=240)
        report = json.loads(Path(out).read_text()) if Path(out).exists() else None
        if run.returncode == 0 and report and not report.get("runtimeError"):
            return report
        error = (report or {}).get("runtimeError", {}).get("code") or f"exit {run.returncode}"
        print(f"  Lighthouse failed ({error}), attempt {attempt} of {ATTEMPTS}", flush=True)
    if report is None:
        sys.exit(f"Lighthouse gave no report for {url} ({error}).")
    return report


def failed_audits(report, category):
    """The audits that lost the category points: (id, title, what Lighthouse says)."""
    failed = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            failed.append((ref["id"], audit["title"], audit.get("displayValue", "")))
    return failed


def performance_hints(report):
    """Opportunities and diagnostics of the performance category that did not pass."""
    hints = []
    for ref in report["categories"]["performance"]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("group") in ("metrics", "hidden") or audit["score"] is None:
            continue
        if audit["score"] < 0.9 and audit["scoreDisplayMode"] != "informative":
            hints.append(f"{ref['id']}: {audit['title']} {audit.get('displayValue', '')}".strip())
    return hints


def score(report, category):
    value = report["categories"][category]["score"]
    return None if value is None else round(value * 100)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="es", help="comma-separated: es,en,pt")
    parser.add_argument(
        "--pages",
        default=",".join(QUICK),
        help="comma-separated page names, or all (every page type); default: " + ",".join(QUICK),
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the reports (printed path)")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: run `npm ci` (package.json).")
    if not Path(CHROME).exists():
        sys.exit(f"Chromium is missing at {CHROME} (apt-get install chromium, or CHROME_PATH).")

    workdir = Path(tempfile.mkdtemp(prefix="hub-lighthouse-"))
    extra = {"DEBUG": "false", "PAGE_CACHE": "true"}
    if not redis_answers():
        print("Redis does not answer on 127.0.0.1:6379: the page cache is in each worker's memory.")
        extra["REDIS_URL"] = ""
    env = environment(workdir, DATABASE, redis_db=7, **extra)
    create_database(DATABASE)
    build(env)

    rows, problems, warnings = [], [], []
    with gunicorn(env, args.workers, workdir / "gunicorn.log") as base:
        for language in args.langs.split(","):
            for name, url, skip in pages(base, language, args.pages.split(",")):
                for _ in range(2 * args.workers):  # every worker's page cache warm
                    urllib.request.urlopen(url).read()
                if name == "search" and not says_noindex(url):
                    problems.append(f"{language} {name}: the search results must say noindex")
                print(f"Lighthouse: {url}", flush=True)
                report = lighthouse(url, workdir / f"{language}-{name}.json", skip)
                if report.get("runtimeError"):
                    problems.append(f"{language} {name}: {report['runtimeError']['message']}")
                    continue
                scores = {category: score(report, category) for category in CATEGORIES}
                transferred = report["audits"]["total-byte-weight"]["numericValue"]
                rows.append((f"{language} {name}", scores, transferred, url))
                for category in REQUIRED:
                    if scores[category] != 100:
                        problems.append(f"{language} {name}: {category} {scores[category]}")
                        for audit_id, title, value in failed_audits(report, category):
                            problems.append(f"    {audit_id}: {title} {value}".rstrip())
                if name == "home" and transferred > HOME_BYTES_LIMIT:
                    problems.append(
                        f"{language} home transfers {transferred / 1000:.0f} KB"
                        f" (at most {HOME_BYTES_LIMIT / 1000:.0f} KB)"
                    )
                if (scores["performance"] or 0) < PERFORMANCE_WARNING * 100:
                    warnings.append(f"{language} {name}: performance {scores['performance']}")
                    warnings.extend(f"    {hint}" for hint in performance_hints(report))

    print()
    print(f"{'page':<14} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'transferred':>12}  url")
    for page, scores, transferred, url in rows:
        cells = " ".join(f"{'-' if scores[c] is None else scores[c]:>5}" for c in CATEGORIES)
        print(f"{page:<14} {cells} {transferred / 1000:>9.1f} KB  {url.split('/', 3)[3]}")
    if warnings:
        print("\nWarning: performance below 95 (it depends on this machine's speed):")
        print("\n".join(warnings))
    if args.keep:
        print(f"\nReports: {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    if problems:
        print("\nFAILED:\n" + "\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("\nAccessibility, best practices and SEO at 100 on every page; home page within budget.")


if __name__ == "__main__":
    main()

"""Every page type in the three locales is valid HTML for the Nu HTML Checker (vnu.jar).

The pages (tests/browser/pages.py, the same as the axe test's, plus the empty search, a
search with no result, the embeddable player and the 404 page) are fetched from the live demo site, saved, and
checked in one run of vnu.jar (one JVM for all of them). The checker is the npm package
vnu-jar (package.json: `npm ci`) run by Java (`apt-get install default-jre-headless`).
Without them the test is skipped on a developer's machine and fails in CI (CI=true).
"""

import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.browser.pages import LANGS

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = Path(os.environ.get("VNU_JAR") or ROOT / "node_modules/vnu-jar/build/dist/vnu.jar")


@pytest.fixture(scope="session")
def vnu():
    """The command that runs vnu.jar, or a skip (a failure in CI) naming what is missing.

    Asked for before the live site, so a machine without the checker starts no server.
    """
    java = shutil.which("java")
    missing = []
    if not java:
        missing.append("Java (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        missing.append(f"{VNU_JAR} (npm ci)")
    if missing:
        reason = "The Nu HTML Checker needs " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(reason + ": CI must run the HTML check.")
        pytest.skip(reason)
    return [java, "-Xss8m", "-jar", str(VNU_JAR)]


def fetch(url):
    """The HTML of a URL, also for an error page (the 404 is checked too)."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        return error.read()


def test_every_page_is_valid_html(vnu, live_site, urls, tmp_path):
    pages = dict(urls)
    for code in LANGS:
        pages[f"search-empty-{code}"] = f"{live_site}/{code}/search/"
        pages[f"search-nothing-found-{code}"] = f"{live_site}/{code}/search/?q=zzxqwv"
    pages["not-found-es"] = f"{live_site}/es/no-such-page/"
    recording = json.loads(fetch(f"{live_site}/api/v2/pages/?type=media_library.RecordingPage"))
    pages["embed"] = f"{live_site}/embed/recordings/{recording['items'][0]['id']}/"
    files = {}
    for name, url in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(fetch(url))
        files[str(path)] = url

    result = subprocess.run(
        [*vnu, "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # vnu writes its JSON report to standard error and exits 1 when it found errors.
    report = json.loads(result.stderr)
    problems = []
    for message in report["messages"]:
        where = files.get(message.get("url", "").removeprefix("file:"), message.get("url"))
        line = message.get("lastLine", "?")
        problems.append(f"{where} line {line}: {message['message']} [{message.get('extract', '')}]")
    assert not problems, f"{len(problems)} HTML errors:\n" + "\n".join(problems)
    assert result.returncode == 0, result.stderr

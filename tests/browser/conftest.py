"""A real server with the demo site, and Debian's Chromium driven by Playwright.

The server runs in its own process on a SQLite file built for this run (migrate +
load_demo), so browser tests see exactly what a visitor of `make run` sees.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser.pages import page_urls

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def live_site_env():
    """The environment of the demo site's server and of commands run on its database."""
    workdir = Path(tempfile.mkdtemp(prefix="hub-browser-"))
    yield {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        # Its own upload folder and, with ELASTICSEARCH_URL, its own indexes
        # ("hubtest_browser_…", hub/settings/test.py), not those of the worker it runs in.
        "PYTEST_XDIST_WORKER": "browser",
    }
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def live_site(live_site_env):
    """The base URL of a gunicorn serving the demo site."""
    env = live_site_env
    workdir = Path(env["DATABASE_URL"].removeprefix("sqlite:///")).parent
    python = sys.executable
    for command in (["migrate", "--noinput"], ["load_demo"]):
        subprocess.run(
            [python, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    port = free_port()
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "hub.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(workdir / "server.log", "w"),  # noqa: SIM115
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        raise RuntimeError("the test server did not start: " + (workdir / "server.log").read_text())
    yield base
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:  # a loaded machine: do not fail the last test for it
        server.kill()
        server.wait()


@pytest.fixture(scope="session")
def live_manage(live_site, live_site_env):
    """run(code): Python run by `manage.py shell` on the live site's database (to set up
    what a test needs, with the factories); returns what it printed."""

    def run(code):
        done = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=live_site_env,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout

    return run


@pytest.fixture(scope="session")
def urls(live_site):
    """{name: URL} of every page type in every locale (tests/browser/pages.py)."""
    return page_urls(live_site)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page_errors():
    return []


@pytest.fixture
def open_page(browser, page_errors):
    """Open a URL; collect console errors and uncaught exceptions into page_errors."""
    contexts = []

    def _open(url, **context_options):
        context = browser.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: page_errors.append(f"uncaught: {error}"))
        page.on(
            "console",
            lambda message: (
                page_errors.append(f"console: {message.text}") if message.type == "error" else None
            ),
        )
        response = page.goto(url, wait_until="load")
        assert response.status == 200, url
        return page

    yield _open
    for context in contexts:
        context.close()

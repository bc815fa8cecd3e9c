"""The demo site as production runs it, for the benchmarks that need a real server.

A PostgreSQL database of the benchmark's own, Redis as the cache, the static files
collected (whitenoise, compressed and fingerprinted) and gunicorn with the production
settings. Used by bench/load.py, bench/pages.py and bench/lighthouse.py.
"""

import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def create_database(name):
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")


def environment(workdir, database, redis_db, rate_limited=False, **extra):
    """Production settings on this machine: no TLS redirect, files under `workdir`."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{database}",
        REDIS_URL=f"redis://127.0.0.1:6379/{redis_db}",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(Path(workdir) / "media"),
        STATIC_ROOT=str(Path(workdir) / "static"),
    )
    if not rate_limited:
        # Every simulated visitor comes from one address.
        for group in ("SEARCH", "API", "FORMS", "STATS"):
            env[f"RATE_LIMIT_{group}"] = "1000000/m"
    env.update(extra)
    return env


def flush_redis(env):
    """Empty the environment's Redis database: entries left by an earlier run (rendition
    addresses above all) name files of another MEDIA_ROOT, and would answer 404."""
    if not env.get("REDIS_URL"):
        return
    import redis

    try:
        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    except redis.RedisError as error:
        print(f"Redis could not be emptied ({error}): the site may fail to start.")


def build(env, static=True):
    """Migrate, load the demo and (unless `static` is false) collect the static files into
    the environment's paths, with an empty cache."""
    print(
        f"Migrating, loading the demo{', collecting static files' if static else ''}…", flush=True
    )
    flush_redis(env)
    commands = [["migrate", "-v0"], ["load_demo", "-v0"]]
    for command in commands + ([["collectstatic", "--noinput", "-v0"]] if static else []):
        subprocess.run(
            [str(PYTHON), "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )


@contextmanager
def gunicorn(
    env, workers, log_path, *options, app="hub.wsgi", python=None, cwd=ROOT, ready="/healthz"
):
    """A running gunicorn on a free port; yields its base URL and stops it afterwards.
    `options` are more of gunicorn's (e.g. "--timeout", "300"); another project is served
    with its own `python` (a virtualenv's), `app` and `cwd`, ready once `ready` answers."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    executable = Path(python or ROOT / ".venv" / "bin" / "python").parent / "gunicorn"
    command = [str(executable), app, "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    with open(log_path, "a") as log:
        server = subprocess.Popen(
            [*command, "--access-logfile", "/dev/null", *options],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            for _ in range(120):
                try:
                    urllib.request.urlopen(base + ready, timeout=5).read()
                    break
                except OSError:
                    time.sleep(0.5)
            else:
                raise RuntimeError(f"gunicorn did not start: see {log_path}")
            yield base
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)


def page_path(base, page_type, language="es"):
    """The path of the first live page of a type, from the site's own API."""
    with urllib.request.urlopen(
        f"{base}/api/v2/pages/?type={page_type}&locale={language}&limit=1"
    ) as response:
        item = json.load(response)["items"][0]
    return "/" + item["meta"]["html_url"].split("/", 3)[3]

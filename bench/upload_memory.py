"""Resumable upload benchmark: a recording of more than 1 GB sent with tuspy, in chunks, to
a real server, with the peak memory of the server and of the client.

Not a test. In a temporary folder (deleted afterwards) it writes a WAV file of the given
length (two hours by default: 48 kHz stereo PCM, about 1.4 GB), migrates a new SQLite
database, makes an editor, starts gunicorn (one sync worker, as in production behind
nginx) with the development settings and the database task backend (as production: the
media file is processed later by the worker, which is not started here), and uploads the
file with tuspy. It prints the size, the time, the throughput and the peak resident
memory (VmHWM) of the gunicorn worker and of the client (this process, which only
uploads), and checks that a media file of the right size was made.

    .venv/bin/python bench/upload_memory.py                  # 2 hours of audio, 8 MB chunks
    .venv/bin/python bench/upload_memory.py --minutes 90 --chunk-mb 32
"""

import argparse
import math
import os
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.site_setup import gunicorn  # noqa: E402

RATE, CHANNELS, SAMPLE_BYTES = 48000, 2, 2


def write_wav(path, seconds):
    """A WAV file of a quiet tone, written one second at a time (never held in memory)."""
    frames = int(seconds * RATE)
    data_bytes = frames * CHANNELS * SAMPLE_BYTES
    second = b"".join(
        struct.pack("<hh", value, value)
        for value in (int(3000 * math.sin(2 * math.pi * 440 * n / RATE)) for n in range(RATE))
    )
    with path.open("wb") as out:
        out.write(b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE")
        out.write(
            b"fmt "
            + struct.pack(
                "<IHHIIHH",
                16,
                1,
                CHANNELS,
                RATE,
                RATE * CHANNELS * SAMPLE_BYTES,
                CHANNELS * SAMPLE_BYTES,
                8 * SAMPLE_BYTES,
            )
        )
        out.write(b"data" + struct.pack("<I", data_bytes))
        for _ in range(frames // RATE):
            out.write(second)
        out.write(second[: (frames % RATE) * CHANNELS * SAMPLE_BYTES])
    return path.stat().st_size


def peak_rss_mb(pid):
    """The peak resident memory of a process (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def children(pid):
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


SIGN_IN = """
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.create_superuser("bench", "bench@example.org", "pw-bench-1")
session = SessionStore()
session["_auth_user_id"] = str(user.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""
STORED = """
from media_library.models import MediaFile
media = MediaFile.objects.get(title="Panel de prueba (bench)")
print(media.file.size, media.type, round(media.duration))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=120, help="length of the recording")
    parser.add_argument("--chunk-mb", type=float, default=8, help="size of each PATCH")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hub-upload-bench-"))
    try:
        started = time.monotonic()
        source = workdir / "panel-de-prueba.wav"
        size = write_wav(source, options.minutes * 60)
        print(
            f"wrote {source.name}: {size / 1e9:.2f} GB, {options.minutes:g} min "
            f"in {time.monotonic() - started:.1f}s"
        )
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "UPLOAD_PARTS_DIR": str(workdir / "parts"),
            "TASK_BACKEND": "database",  # processed later by the worker, as in production
        }
        manage(env, "migrate", "--noinput")
        session = manage(env, "shell", "-c", SIGN_IN).split()[-1]
        with gunicorn(env, 1, workdir / "server.log", "--timeout", "300") as base:
            upload(options, base, session, source, size)
        stored_size, kind, seconds = manage(env, "shell", "-c", STORED).split()[-3:]
        leftover = list((workdir / "parts").glob("*.part"))
        print(f"media file: {stored_size} bytes, {kind}, {seconds} s; parts left: {len(leftover)}")
        if int(stored_size) != size or leftover:
            raise SystemExit("the stored file is not the one sent")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def upload(options, base, session, source, size):
    from tusclient import client as tus_client

    master = children(os.getpid())[-1]
    worker = children(master)[0]
    before = peak_rss_mb(worker)
    token = "b" * 32  # a CSRF secret of Django's length, as cookie and header
    headers = {"Cookie": f"sessionid={session}; csrftoken={token}", "X-CSRFToken": token}
    client = tus_client.TusClient(base + "/admin/media/uploads/", headers=headers)
    uploader = client.uploader(
        str(source),
        chunk_size=int(options.chunk_mb * 1024 * 1024),
        metadata={"filename": source.name, "title": "Panel de prueba (bench)"},
    )
    started = time.monotonic()
    uploader.upload()
    seconds = time.monotonic() - started
    print(f"uploaded {size / 1e9:.2f} GB in {math.ceil(size / uploader.chunk_size)} chunks")
    print(f"time: {seconds:.1f}s, {size / 1e6 / seconds:.0f} MB/s")
    print(f"server worker peak RSS: {peak_rss_mb(worker):.0f} MB (after start: {before:.0f} MB)")
    client_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"client (this process, tuspy) peak RSS: {client_peak:.0f} MB")


if __name__ == "__main__":
    main()

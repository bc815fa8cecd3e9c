"""A real tus client (tuspy) against a real HTTP server: a recording sent in several
chunks, a connection dropped in the middle of one, and the upload resumed from a stored
URL (as after a closed tab) to a media file.

The server is Django's LiveServerThread on the test's own database connection, not
pytest-django's `live_server`: that one empties every table after the test (a
transactional test), and the demo site is loaded once for the whole run
(tests/conftest.py). tuspy sends one request at a time, so the connection is never used
by two threads at once.
"""

import secrets
import socket
import urllib.parse

import pytest

from django.contrib.auth.models import Group
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.test.testcases import LiveServerThread, _StaticFilesHandler

from hub.core.resumable.storage import Upload
from media_library.models import MediaFile
from tests.factories.media import sample_bytes

pytestmark = pytest.mark.django_db

tusclient = pytest.importorskip("tusclient.client")
filestorage = pytest.importorskip("tusclient.storage.filestorage")


class SharedConnectionServer(LiveServerThread):
    def _create_server(self, connections_override=None):
        server = super()._create_server(connections_override)
        server._close_connections = lambda: None  # the test's connection stays open
        return server


@pytest.fixture
def server_url():
    connection = connections["default"]
    connection.inc_thread_sharing()
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    thread = SharedConnectionServer(
        "127.0.0.1", _StaticFilesHandler, connections_override={"default": connection}
    )
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    connection.dec_thread_sharing()


@pytest.fixture
def signed_in_headers(client, django_user_model):
    """Headers for a client signed in as an editor (session cookie and CSRF token)."""
    user = django_user_model.objects.create_user("editora", "editora@example.org", "pw-1234567")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    token = secrets.token_hex(16)  # 32 characters, as Django's CSRF secret
    session = client.cookies["sessionid"].value
    return {"Cookie": f"sessionid={session}; csrftoken={token}", "X-CSRFToken": token}


def drop_in_the_middle(url, data, offset, cookie_headers):
    """Send a PATCH that announces all of `data` but stops half-way and hangs up."""
    parts = urllib.parse.urlsplit(url)
    head = (
        f"PATCH {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nTus-Resumable: 1.0.0\r\n"
        f"Content-Type: application/offset+octet-stream\r\nUpload-Offset: {offset}\r\n"
        f"Content-Length: {len(data)}\r\n"
        + "".join(f"{name}: {value}\r\n" for name, value in cookie_headers.items())
        + "\r\n"
    )
    with socket.create_connection((parts.hostname, parts.port)) as sock:
        sock.sendall(head.encode() + data[: len(data) // 2])
        sock.shutdown(socket.SHUT_WR)
        sock.recv(1024)  # the server answers once it has read what there is


def test_tuspy_uploads_in_chunks_and_resumes_after_a_dropped_connection(
    server_url, signed_in_headers, tmp_path
):
    data = sample_bytes("video")
    source = tmp_path / "mesa-larga.mp4"
    source.write_bytes(data)
    chunk = len(data) // 6 + 1
    urls = filestorage.FileStorage(str(tmp_path / "urls.json"))
    metadata = {"filename": source.name, "filetype": "video/mp4", "title": "Mesa reanudada"}

    first = tusclient.TusClient(server_url + "/admin/media/uploads/", headers=signed_in_headers)
    uploader = first.uploader(
        str(source),
        chunk_size=chunk,
        metadata=metadata,
        store_url=True,
        url_storage=urls,
        upload_checksum=True,
    )
    uploader.upload(stop_at=2 * chunk)
    assert uploader.offset == 2 * chunk
    upload = Upload.load(uploader.url.rstrip("/").rsplit("/", 1)[1])

    # The connection drops in the middle of the third chunk: what arrived is kept.
    drop_in_the_middle(uploader.url, data[2 * chunk : 3 * chunk], 2 * chunk, signed_in_headers)
    received = upload.part_path.stat().st_size
    assert 2 * chunk < received < 3 * chunk

    # A new client (the tab was closed) finds the upload by the file and goes on from there.
    second = tusclient.TusClient(server_url + "/admin/media/uploads/", headers=signed_in_headers)
    resumed = second.uploader(
        str(source), chunk_size=chunk, metadata=metadata, store_url=True, url_storage=urls
    )
    assert resumed.url == uploader.url
    assert resumed.offset == received
    resumed.upload()

    media = MediaFile.objects.get(title="Mesa reanudada")
    with media.file.open("rb") as handle:
        assert handle.read() == data
    assert not upload.part_path.exists()


def test_tuspy_is_refused_without_a_session(server_url, tmp_path):
    from tusclient.exceptions import TusCommunicationError

    source = tmp_path / "mesa.m4a"
    source.write_bytes(sample_bytes("audio"))
    anonymous = tusclient.TusClient(server_url + "/admin/media/uploads/")
    with pytest.raises(TusCommunicationError) as refusal:
        anonymous.uploader(str(source), chunk_size=1024).upload()
    assert refusal.value.status_code == 403

"""An editor uploads a recording from the admin's "Upload a recording" page in Chromium:
tus-js-client sends it in pieces (256 KB in the test settings); the connection fails in
the middle, and the upload goes on, by itself or after the tab was closed."""

import pytest

from hub.demo.media import make_sample_audio
from tests.browser.admin import (
    UPLOADS,
    choose_and_upload,
    open_upload_page,
    staff_context,
    staff_sessions,
    watch_pieces,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def editor_session(live_manage):
    """The session key of an editor (the Editors group) on the demo site's server."""
    return staff_sessions(live_manage, [("editora-del-navegador", "Editors")])[
        "editora-del-navegador"
    ]


@pytest.fixture(scope="module")
def recording(tmp_path_factory):
    """About a megabyte of audio: several pieces."""
    path = make_sample_audio(tmp_path_factory.mktemp("upload") / "mesa-de-prueba.m4a", seconds=150)
    assert path.stat().st_size > 4 * 256 * 1024
    return path


@pytest.fixture
def editor_context(browser, live_site, editor_session):
    context = staff_context(browser, live_site, editor_session)
    yield context
    context.close()


def assert_uploaded(page, live_site, title):
    # The last piece is checked and kept (PyAV reads the file) before the result shows: up
    # to 90 s on a loaded machine (30 s timed out once, while other tests ran beside it).
    page.locator("#upload-result").wait_for(state="visible", timeout=90000)
    assert title in page.locator("#upload-done").inner_text()
    edit = page.get_by_role("link", name="Open the media file")
    assert "/admin/media/edit/" in edit.get_attribute("href")
    assert "?media=" in page.get_by_role(
        "link", name="Create a recording page with it"
    ).get_attribute("href")
    edit.click()
    page.wait_for_load_state()
    assert page.locator("input[name=title]").input_value() == title


def test_a_dropped_piece_is_sent_again_and_the_upload_completes(
    editor_context, live_site, recording
):
    page = open_upload_page(editor_context, live_site)
    offsets = watch_pieces(page, 2, lambda route: route.abort("connectionreset"))
    choose_and_upload(page, recording, "Mesa de prueba reenviada")
    assert_uploaded(page, live_site, "Mesa de prueba reenviada")
    patches = offsets[1:]  # after the POST
    # The dropped piece was sent again from the same offset (after a HEAD).
    assert patches[2] == patches[1]
    assert len(patches) == len(set(patches)) + 1


def test_an_upload_cut_off_goes_on_after_the_tab_is_closed(editor_context, live_site, recording):
    page = open_upload_page(editor_context, live_site)

    def go_offline(route):
        editor_context.set_offline(True)
        route.abort("internetdisconnected")

    sent = watch_pieces(page, 3, go_offline)
    choose_and_upload(page, recording, "Mesa de prueba reanudada")
    page.get_by_role("alert").filter(has_text="The upload stopped").wait_for(timeout=30000)
    assert page.get_by_role("button", name="Resume").is_visible()
    page.close()

    editor_context.set_offline(False)
    page = open_upload_page(editor_context, live_site)
    offsets = watch_pieces(page)
    choose_and_upload(page, recording, "Mesa de prueba reanudada")
    page.locator("#upload-notice", has_text="partly uploaded before").wait_for(timeout=10000)
    assert_uploaded(page, live_site, "Mesa de prueba reanudada")
    # No new upload (no POST): the first request went on from the piece that was cut off.
    assert offsets[0] == sent[-1]


def test_progress_time_left_pause_and_resume(editor_context, live_site, recording):
    from axe_playwright_python.sync_playwright import Axe

    page = open_upload_page(editor_context, live_site)
    violations = Axe().run(page, context="#recording-upload").response["violations"]
    assert not [v["id"] for v in violations if v["impact"] in ("serious", "critical")]

    def slowly(route):  # a slow line: each piece takes a while, then is counted
        if route.request.method == "PATCH":
            page.wait_for_timeout(400)
        route.fallback()

    offsets = watch_pieces(page)
    page.route(UPLOADS, slowly)
    choose_and_upload(page, recording, "Mesa de prueba en pausa")
    status = page.locator("#upload-status")
    page.wait_for_function(
        "() => /About .+ left/.test(document.getElementById('upload-status').textContent)",
        timeout=30000,
    )
    assert "sent (" in status.inner_text()
    assert page.locator("#upload-progress").get_attribute("aria-valuetext")

    page.get_by_role("button", name="Pause").click()
    page.locator("#upload-status", has_text="Paused. Press Resume to go on.").wait_for()
    sent_before = len(offsets)
    page.wait_for_timeout(1500)
    assert len(offsets) <= sent_before + 1  # at most the piece already on its way
    page.get_by_role("button", name="Resume").click()
    assert_uploaded(page, live_site, "Mesa de prueba en pausa")


def test_the_page_waits_while_the_server_is_still_checking_the_file(
    editor_context, live_site, recording
):
    """Paused just as the last piece went in, the upload is complete when it resumes, but
    the file may still be being checked (status "finishing"): the page asks again."""
    page = open_upload_page(editor_context, live_site)
    asked = []

    def first_still_finishing(route):
        if route.request.method != "GET":
            route.fallback()
            return
        asked.append(route.request.url)
        if len(asked) == 1:
            route.fulfill(json={"status": "finishing", "result": None})
        else:
            route.fallback()

    watch_pieces(page)
    page.route(UPLOADS, first_still_finishing)
    choose_and_upload(page, recording, "Mesa de prueba en revisión")
    assert_uploaded(page, live_site, "Mesa de prueba en revisión")
    assert len(asked) == 2 and asked[0] == asked[1]
    assert page.locator("#upload-error").is_hidden()


def test_a_file_that_is_not_a_recording_is_refused_with_the_reason(
    editor_context, live_site, tmp_path
):
    page = open_upload_page(editor_context, live_site)
    program = tmp_path / "instalador.exe"
    program.write_bytes(b"MZ" + b"\0" * 1000)
    choose_and_upload(page, program, "Un programa")
    alert = page.get_by_role("alert")
    alert.filter(has_text="is not an audio or video file name").wait_for(timeout=15000)

    page.reload()
    fake = tmp_path / "no-es-un-video.mp4"
    fake.write_bytes(b"<html><body>" + b"texto " * 150_000 + b"</body></html>")  # ~900 KB
    choose_and_upload(page, fake, "Una página web")
    alert.filter(has_text="is not a playable audio or video file").wait_for(timeout=30000)
    assert page.get_by_role("button", name="Upload", exact=True).is_visible()
    assert not page.get_by_role("button", name="Resume").is_visible()

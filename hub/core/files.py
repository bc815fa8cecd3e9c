"""Serving user files: HTTP Range, content-sniffed MIME types and proxy hand-off.

Every user file (documents, media, their renditions and captions, images) goes out
through `file_response`, after the caller has checked that the visitor may see it
(hub.core.privacy.file_access); HEAD gets the headers of the GET without the body.
"""

import logging
import mimetypes
import re
from urllib.parse import quote

import filetype

from django.conf import settings
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.http import http_date

logger = logging.getLogger(__name__)
RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK_SIZE = 64 * 1024
TEXT_TYPES = {".vtt": "text/vtt", ".txt": "text/plain", ".csv": "text/csv"}


def sniff_content_type(fieldfile, filename):
    """The MIME type read from the file's first bytes, else guessed from its name."""
    extension = ("." + filename.rsplit(".", 1)[-1].lower()) if "." in filename else ""
    if extension in TEXT_TYPES:
        return TEXT_TYPES[extension] + "; charset=utf-8"
    fieldfile.open("rb")
    try:
        head = fieldfile.read(8192)
    finally:
        fieldfile.seek(0)
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    guessed, _encoding = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def parse_range(header, size):
    """(start, end) inclusive for a single byte range, None for none, False if unsatisfiable."""
    if not header:
        return None
    match = RANGE_RE.match(header.strip())
    if not match:
        return None  # Malformed or multi-range: RFC 9110 lets us answer the whole file.
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":
        length = int(last)
        if length == 0:
            return False
        return max(size - length, 0), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if start >= size or (last and end < start):
        return False
    return start, min(end, size - 1)


def _iter_range(fieldfile, start, length):
    fieldfile.open("rb")
    try:
        fieldfile.seek(start)
        remaining = length
        while remaining > 0:
            chunk = fieldfile.read(min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        fieldfile.close()


def content_disposition(filename, attachment):
    kind = "attachment" if attachment else "inline"
    ascii_name = filename.encode("ascii", "ignore").decode() or "download"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def file_response(
    request,
    fieldfile,
    *,
    filename,
    content_type=None,
    attachment=False,
    private=False,
    last_modified=None,
    etag=None,
):
    """Answer with the file, or the byte range asked for (206), or 416; a page that says
    the file is missing (404, logged) when storage has lost it."""
    try:
        content_type = content_type or sniff_content_type(fieldfile, filename)
        size = fieldfile.size
    except (OSError, ValueError) as error:  # missing, unreadable, or no file at all
        return missing_file(request, fieldfile, error)
    byte_range = parse_range(request.headers.get("Range", ""), size)
    if_range = request.headers.get("If-Range")
    if byte_range and if_range and (not etag or if_range.strip('"') != etag):
        byte_range = None

    handoff = settings.HUB_FILE_HANDOFF
    if handoff and byte_range is not False:
        response = HttpResponse(content_type=content_type)
        internal = settings.HUB_FILE_HANDOFF_PREFIX + quote(fieldfile.name)
        header = "X-Accel-Redirect" if handoff == "x-accel-redirect" else "X-Sendfile"
        response[header] = internal if header == "X-Accel-Redirect" else fieldfile.path
    elif byte_range is False:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return _finish(response, private)
    elif byte_range:
        start, end = byte_range
        length = end - start + 1
        if request.method == "HEAD":
            response = HttpResponse(status=206, content_type=content_type)
        else:
            response = StreamingHttpResponse(
                _iter_range(fieldfile, start, length), status=206, content_type=content_type
            )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(length)
    elif request.method == "HEAD":
        # The headers of the GET (podcast apps check enclosures so), the file unopened.
        response = HttpResponse(content_type=content_type)
        response["Content-Length"] = str(size)
    else:
        fieldfile.open("rb")
        response = FileResponse(fieldfile, content_type=content_type)
        response["Content-Length"] = str(size)

    response["Accept-Ranges"] = "bytes"
    response["Content-Disposition"] = content_disposition(filename, attachment)
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    if etag:
        response["ETag"] = f'"{etag}"'
    return _finish(response, private)


def missing_file(request, fieldfile, error):
    logger.error("Stored file missing or unreadable: %s (%s)", fieldfile.name, error)
    response = render(request, "file_missing.html", status=404)
    response["Cache-Control"] = "no-store"
    return response


def _finish(response, private):
    # A served file never runs as a page: no scripts, no framing, no sniffing.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    response["X-Content-Type-Options"] = "nosniff"
    if private:
        response["Cache-Control"] = "private, no-store"
    else:
        response["Cache-Control"] = "public, max-age=3600"
    return response

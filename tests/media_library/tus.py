"""Speaking tus to the recording upload endpoint with Django's test client."""

import base64

from django.urls import reverse

from hub.core.resumable.storage import Upload

TUS = {"Tus-Resumable": "1.0.0"}
CHUNK = "application/offset+octet-stream"


def encode_metadata(**values):
    return ",".join(
        f"{key} {base64.b64encode(str(value).encode()).decode()}" for key, value in values.items()
    )


def create(client, length, headers=None, **metadata):
    """POST a new upload of `length` bytes; metadata default to a Spanish .m4a."""
    metadata = {"filename": "panel.m4a", "filetype": "audio/mp4", **metadata}
    return client.post(
        reverse("media_upload_collection"),
        headers={
            **TUS,
            "Upload-Length": str(length),
            "Upload-Metadata": encode_metadata(**metadata),
            **(headers or {}),
        },
    )


def patch(client, url, data, offset, content_type=CHUNK, headers=None):
    return client.patch(
        url,
        data,
        content_type=content_type,
        headers={**TUS, "Upload-Offset": str(offset), **(headers or {})},
    )


def send(client, data, chunk_size=64 * 1024, **metadata):
    """Upload `data` in chunks; returns (the upload's URL, the last PATCH's response), or
    (None, the refusal) when the upload could not even start."""
    response = create(client, len(data), **metadata)
    if response.status_code != 201:
        return None, response
    url = response["Location"]
    for offset in range(0, len(data), chunk_size):
        response = patch(client, url, data[offset : offset + chunk_size], offset)
        if response.status_code != 204:
            break
    return url, response


def stored(url):
    """The upload on disk behind an upload URL."""
    return Upload.load(url.rstrip("/").rsplit("/", 1)[1])

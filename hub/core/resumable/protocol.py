"""The tus 1.0.0 headers: what the server announces and how it reads what clients send.

Every refusal is a ``TusError`` with its status code and a message for the editor; the
view turns it into a plain-text answer. Nothing here trusts a header: numbers must be
plain non-negative integers, metadata valid base64, checksums of a known algorithm.
"""

import base64
import binascii
import hashlib
import re

from django.utils.translation import gettext as _

TUS_VERSION = "1.0.0"
EXTENSIONS = ("creation", "expiration", "termination", "checksum")
CHECKSUM_ALGORITHMS = ("sha1", "sha256", "md5")
CHUNK_CONTENT_TYPE = "application/offset+octet-stream"
# Status 460 "Checksum Mismatch" is the tus checksum extension's own.
CHECKSUM_MISMATCH = 460
METADATA_MAX_LENGTH = 4096
_DIGITS = re.compile(r"[0-9]{1,20}")
_KEY = re.compile(r"[A-Za-z0-9_.\-]{1,64}")


class TusError(Exception):
    """A refused request: its status code and what to tell the person uploading."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def announce():
    """The headers of an OPTIONS answer: what this server supports."""
    return {
        "Tus-Version": TUS_VERSION,
        "Tus-Extension": ",".join(EXTENSIONS),
        "Tus-Checksum-Algorithm": ",".join(CHECKSUM_ALGORITHMS),
    }


def check_version(request):
    """Every request but OPTIONS says which version of the protocol it speaks."""
    version = request.headers.get("Tus-Resumable")
    if version != TUS_VERSION:
        raise TusError(412, _("This server speaks tus %(version)s.") % {"version": TUS_VERSION})


def read_integer(request, header, *, required=True):
    """A header holding a byte count or an offset: digits only (no sign, no spaces)."""
    value = request.headers.get(header)
    if value is None:
        if required:
            raise TusError(400, _("The %(header)s header is missing.") % {"header": header})
        return None
    if not _DIGITS.fullmatch(value.strip()):
        raise TusError(
            400, _("The %(header)s header must be a whole number of bytes.") % {"header": header}
        )
    return int(value)


def parse_metadata(value):
    """Upload-Metadata: ``key base64value`` pairs separated by commas, into a dict of text."""
    if not value:
        return {}
    if len(value) > METADATA_MAX_LENGTH:
        raise TusError(400, _("The upload's metadata are too long."))
    metadata = {}
    for pair in value.split(","):
        parts = pair.strip().split(" ")
        key = parts[0]
        if not _KEY.fullmatch(key) or len(parts) > 2 or key in metadata:
            raise TusError(400, _("The upload's metadata are malformed."))
        try:
            text = base64.b64decode(parts[1], validate=True).decode() if len(parts) == 2 else ""
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise TusError(
                400, _("The upload's metadata “%(key)s” is not valid base64 text.") % {"key": key}
            ) from None
        if "\x00" in text:
            raise TusError(400, _("The upload's metadata are malformed."))
        metadata[key] = text
    return metadata


def parse_checksum(request):
    """Upload-Checksum: ``algorithm base64digest`` -> (a new hash object, the digest), or
    (None, None) when the request has none."""
    value = request.headers.get("Upload-Checksum")
    if value is None:
        return None, None
    algorithm, _space, encoded = value.strip().partition(" ")
    if algorithm not in CHECKSUM_ALGORITHMS:
        raise TusError(
            400,
            _("Checksums may use %(algorithms)s.") % {"algorithms": ", ".join(CHECKSUM_ALGORITHMS)},
        )
    try:
        digest = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        digest = b""
    hasher = hashlib.new(algorithm)
    if len(digest) != hasher.digest_size:
        raise TusError(400, _("The Upload-Checksum header is malformed."))
    return hasher, digest

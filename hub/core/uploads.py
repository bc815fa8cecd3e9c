"""What an upload really is, read from its bytes, never from its name.

Documents may be PDF, DOCX, ODT or plain text; the extension must say the same as the
content. An HTML page called `brief.pdf`, a script called `notes.txt` or a ZIP called
`report.docx` is refused with a message that says what the file is. Nothing is written
before these checks pass: the forms run them in `clean_file`, before any save.
"""

import os
import re
import unicodedata
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

HEAD_SIZE = 8192
# Markup that makes a "text" file something a browser would run or render.
ACTIVE_MARKUP = re.compile(rb"<\s*(!doctype|html|script|svg|iframe|object|embed|body|head)\b", re.I)
DOCUMENT_KINDS = {"pdf": "PDF", "docx": "DOCX", "odt": "ODT", "txt": gettext_lazy("plain text")}


def _read_head(upload):
    upload.seek(0)
    head = upload.read(HEAD_SIZE)
    upload.seek(0)
    return head


def _zip_names(upload):
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            mimetype = b""
            if "mimetype" in names:  # read 100 bytes, never the whole part (a bomb)
                with archive.open("mimetype") as member:
                    mimetype = member.read(100)
        return names, mimetype
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None, b""
    finally:
        upload.seek(0)


def describe(head):
    """A short name for what some bytes look like, for messages."""
    if head.startswith(b"%PDF-"):
        return "PDF"
    if head.startswith(b"PK\x03\x04"):
        return _("a ZIP archive")
    if ACTIVE_MARKUP.search(head[:2048]):
        return _("a web page (HTML or SVG)")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")) or head[8:12] in (b"WEBP", b"avif"):
        return _("an image")
    if head.startswith((b"MZ", b"\x7fELF", b"#!")):
        return _("a program")
    if b"\x00" in head:
        return _("a binary file")
    return _("text")


def document_kind(upload):
    """ "pdf", "docx", "odt" or "txt" by content, or None."""
    head = _read_head(upload)
    if head[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        names, mimetype = _zip_names(upload)
        if names is None:
            return None
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            return "docx"
        if (
            mimetype.strip() == b"application/vnd.oasis.opendocument.text"
            and "content.xml" in names
        ):
            return "odt"
        return None
    if b"\x00" in head or ACTIVE_MARKUP.search(head):
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the end of the head
            return None
    return "txt"


def check_size(upload, limit, what):
    if limit and upload.size > limit:
        raise ValidationError(
            _("This %(what)s is %(size)s; the limit is %(limit)s.")
            % {"what": what, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )


def check_document(upload):
    """Raise ValidationError unless the upload is the document its name says it is."""
    check_size(upload, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, _("document"))
    extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
    kind = document_kind(upload)
    if kind is None or kind != extension:
        expected = DOCUMENT_KINDS.get(extension, extension.upper() or _("document"))
        raise ValidationError(
            _(
                "“%(name)s” is not a %(expected)s file: its content is %(found)s. Upload a PDF, DOCX, ODT or plain text document."
            )
            % {"name": upload.name, "expected": expected, "found": describe(_read_head(upload))}
        )
    return kind


def clean_filename(name, fallback="file"):
    """A file name safe to store and serve: no folders, no control or odd characters."""
    name = unicodedata.normalize("NFKC", os.path.basename(name.replace("\\", "/")))
    stem, extension = os.path.splitext(name)
    stem = re.sub(r"[^\w.\- ]+", "-", stem, flags=re.UNICODE).strip(" .-_") or fallback
    extension = re.sub(r"[^A-Za-z0-9]", "", extension)[:10].lower()
    return stem[:100] + (f".{extension}" if extension else "")

"""Plain text out of the documents editors upload (PDF, DOCX, ODT, TXT), for search.

The format is read from the content, not the file name: a DOCX saved as ``.pdf`` is
read as a DOCX, and an HTML page named ``.pdf`` is refused. Every refusal is an
``ExtractionError`` whose message is meant for editors (it is stored on the document
and shown in the admin).

What a document may make us inflate and read is bounded, so that a small hostile file
cannot take a worker's memory or time: a DOCX or ODT is refused, from its ZIP central
directory alone, when a part or the whole would inflate past the limits or a large part
is compressed beyond what real documents are (``check_zip``; zipfile never inflates a
part past the size the directory declares). A PDF is read page by page until
``MAX_CHARS`` of text or ``HUB_EXTRACTION_SECONDS``; a text file up to ``MAX_CHARS``.
"""

import codecs
import contextlib
import logging
import re
import shutil
import tempfile
import time
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

MAX_CHARS = 2_000_000
MB = 1024 * 1024
# The ratio limit concerns large parts only: small XML parts may compress very well.
RATIO_FLOOR = 1 * MB
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
TEXT_EXTENSIONS = {".txt", ".text", ""}
# A PDF's header may follow some junk; readers accept it within the first kilobyte.
PDF_HEADER_WINDOW = 1024


@dataclass(frozen=True)
class Extracted:
    text: str
    pages: int | None
    format: str  # "pdf", "docx", "odt" or "txt"


class ExtractionError(ValueError):
    """The document's text cannot be read; the message is for editors."""


def extract_text(path_or_file, filename=None) -> Extracted:
    """The text of a PDF, DOCX, ODT or text document.

    ``path_or_file`` is a filesystem path or a binary file object (seekable or not);
    ``filename`` is the name shown in messages and the hint for plain text (``.txt``).
    """
    if filename is None:
        filename = getattr(path_or_file, "name", None) or str(path_or_file)
    name = PurePath(str(filename)).name
    with _binary_stream(path_or_file, name) as stream:
        head = stream.read(PDF_HEADER_WINDOW)
        stream.seek(0)
        if b"%PDF-" in head:
            return _extract_pdf(stream, name)
        if head.startswith(b"PK\x03\x04"):
            return _extract_zip(stream, name)
        if PurePath(name).suffix.lower() in TEXT_EXTENSIONS and _looks_like_text(head):
            return _extract_txt(stream)
    raise ExtractionError(
        _("“%(name)s” is not a PDF, DOCX, ODT or text document.") % {"name": name}
    )


# --- input ----------------------------------------------------------------------------


@contextlib.contextmanager
def _binary_stream(path_or_file, name):
    if isinstance(path_or_file, str | PurePath):
        try:
            handle = open(path_or_file, "rb")  # noqa: SIM115 - closed below
        except OSError as problem:
            raise ExtractionError(
                _("“%(name)s” could not be opened.") % {"name": name}
            ) from problem
        with handle:
            yield handle
        return
    stream = path_or_file
    if hasattr(stream, "seekable") and stream.seekable():
        stream.seek(0)
        yield stream
        return
    # Not seekable (a network stream): the readers need to seek, so copy it first.
    with tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024) as copy:
        shutil.copyfileobj(stream, copy)
        copy.seek(0)
        yield copy


def _looks_like_text(head):
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\0" in head:
        return False
    # An HTML or XML page is not a plain text document, whatever its name says.
    start = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return not start.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body"))


# --- text clean-up --------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise(text):
    """One space between words, no spaces around lines, at most one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SPACES.sub(" ", _CONTROL.sub("", text.replace("\f", "\n\n")))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


class _Collector:
    """Blocks of text joined with blank lines, stopping at ``MAX_CHARS``."""

    def __init__(self):
        self.blocks = []
        self.size = 0

    @property
    def full(self):
        return self.size >= MAX_CHARS

    def add(self, text):
        text = normalise(text)
        if text and not self.full:
            self.blocks.append(text)
            self.size += len(text) + 2

    def text(self):
        return _cap("\n\n".join(self.blocks))


def _cap(text):
    """At most ``MAX_CHARS`` characters, cut between words where possible."""
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS - 200, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


# --- PDF ------------------------------------------------------------------------------


def _extract_pdf(stream, name):
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    damaged = _("“%(name)s” could not be read: the PDF file is damaged or incomplete.") % {
        "name": name
    }
    locked = _(
        "“%(name)s” is a password-protected PDF; its text cannot be read. Upload a copy "
        "without a password."
    ) % {"name": name}
    try:
        reader = PdfReader(stream)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError, FileNotDecryptedError) as problem:
                raise ExtractionError(locked) from problem
            if opened == PasswordType.NOT_DECRYPTED:
                raise ExtractionError(locked)
        pages = reader.pages
        count = len(pages)
    except ExtractionError:
        raise
    except FileNotDecryptedError as problem:
        raise ExtractionError(locked) from problem
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as problem:
        raise ExtractionError(damaged) from problem
    if count == 0:
        raise ExtractionError(damaged)
    collected = _Collector()
    unreadable = 0
    deadline = time.monotonic() + settings.HUB_EXTRACTION_SECONDS
    for number in range(count):
        if collected.full:
            break
        if number and time.monotonic() > deadline:
            # What was read so far is kept: most of a long report is better than nothing.
            logger.warning("%s: reading stopped after %s of %s pages (time)", name, number, count)
            break
        try:
            collected.add(pages[number].extract_text() or "")
        except Exception as problem:  # noqa: BLE001 - pypdf raises anything on a bad page
            # One broken page should not lose the rest of the document.
            unreadable += 1
            logger.warning("Page %s of %s could not be read: %r", number + 1, name, problem)
    if unreadable == count:
        raise ExtractionError(damaged)
    return Extracted(text=collected.text(), pages=count, format="pdf")


# --- DOCX and ODT (ZIP packages) ------------------------------------------------------


def check_zip(members, name):
    """Raise ExtractionError when the parts (``ZipFile.infolist()``) would inflate past
    the limits: the whole, any one part, or a large part's compression ratio."""
    total_limit = settings.HUB_EXTRACTION_MAX_TOTAL_MB * MB
    member_limit = settings.HUB_EXTRACTION_MAX_MEMBER_MB * MB
    ratio_limit = settings.HUB_EXTRACTION_MAX_RATIO
    if sum(member.file_size for member in members) > total_limit:
        raise ExtractionError(
            _(
                "“%(name)s” is too large once uncompressed (more than %(limit)s MB); "
                "its text was not read."
            )
            % {"name": name, "limit": settings.HUB_EXTRACTION_MAX_TOTAL_MB}
        )
    for member in members:
        if member.file_size > member_limit:
            raise ExtractionError(
                _(
                    "“%(name)s” is too large once uncompressed (%(part)s would be %(size)s MB; "
                    "the limit is %(limit)s MB a part); its text was not read."
                )
                % {
                    "name": name,
                    "part": member.filename,
                    "size": member.file_size // MB,
                    "limit": settings.HUB_EXTRACTION_MAX_MEMBER_MB,
                }
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio_limit and member.file_size > RATIO_FLOOR and ratio > ratio_limit:
            raise ExtractionError(
                _(
                    "“%(name)s” is compressed beyond what a real document is (%(part)s "
                    "inflates %(ratio)s times); its text was not read."
                )
                % {"name": name, "part": member.filename, "ratio": int(ratio)}
            )


def _extract_zip(stream, name):
    damaged = _("“%(name)s” could not be read: the file is damaged or incomplete.") % {"name": name}
    try:
        with zipfile.ZipFile(stream) as package:
            members = package.infolist()
            names = {member.filename for member in members}
            check_zip(members, name)
            if "word/document.xml" in names:
                kind = "docx"
            elif "mimetype" in names and package.read("mimetype").strip() == ODT_MIMETYPE:
                kind = "odt"
            else:
                kind = None
            # Reading every member checks the CRCs: a damaged package fails here,
            # before the XML libraries see half a file.
            if kind and package.testzip() is not None:
                raise ExtractionError(damaged)
    except ExtractionError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,  # a damaged deflate stream, met by testzip()
        NotImplementedError,  # a compression method or version zipfile cannot read
        RuntimeError,  # an encrypted part
        KeyError,
        OSError,
        EOFError,
        ValueError,
    ) as problem:
        raise ExtractionError(damaged) from problem
    if kind is None:
        raise ExtractionError(
            _("“%(name)s” is not a PDF, DOCX, ODT or text document.") % {"name": name}
        )
    stream.seek(0)
    reader = _docx_text if kind == "docx" else _odt_text
    try:
        text = reader(stream)
    except Exception as problem:  # noqa: BLE001 - XML and package errors of every kind
        raise ExtractionError(damaged) from problem
    return Extracted(text=text, pages=None, format=kind)


def _docx_text(stream):
    import docx
    from docx.table import Table

    collected = _Collector()
    # lxml elements, kept alive here so that their identity is stable.
    seen_cells = set()

    def walk(container):
        for block in container.iter_inner_content():
            if collected.full:
                return
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        # A merged cell appears once per grid column it spans.
                        if cell._tc not in seen_cells:
                            seen_cells.add(cell._tc)
                            walk(cell)
            else:
                collected.add(block.text)

    document = docx.Document(stream)
    walk(document)
    return collected.text()


def _odt_text(stream):
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    wanted = {(TEXTNS, "p"), (TEXTNS, "h")}
    collected = _Collector()
    document = load(stream)

    # Paragraphs and headings in document order, including those inside lists,
    # sections and table cells; a paragraph's own text includes its spans and notes.
    pending = [document.text]
    while pending and not collected.full:
        node = pending.pop()
        if getattr(node, "qname", None) in wanted:
            collected.add(teletype.extractText(node))
            continue
        pending.extend(reversed(getattr(node, "childNodes", [])))
    return collected.text()


# --- plain text -----------------------------------------------------------------------


def _extract_txt(stream):
    if stream.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        text = _decode(stream, "utf-16", "replace")
    else:
        try:
            text = _decode(stream, "utf-8-sig", "strict")
        except UnicodeDecodeError:
            # Older Windows editors save Latin text as cp1252 (a superset of Latin-1).
            text = _decode(stream, "cp1252", "replace")
    return Extracted(text=_cap(normalise(text)), pages=None, format="txt")


def _decode(stream, encoding, errors):
    stream.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    parts, size = [], 0
    while size < MAX_CHARS + 1024:
        chunk = stream.read(1024 * 1024)
        part = decoder.decode(chunk, final=not chunk)
        parts.append(part)
        size += len(part)
        if not chunk:
            break
    return "".join(parts)

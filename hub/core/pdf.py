"""Text for PDFs written with the core fonts (no font embedded)."""

import unicodedata

# The PDF core fonts (Helvetica, Times) cover Windows-1252: Latin-1 plus typographic
# quotes and dashes. Anything else is replaced by an ASCII equivalent before writing.
PDF_ENCODING = "windows-1252"
_ASCII_EQUIVALENTS = {
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2015": "—",  # horizontal bar
    "\u2032": "'",  # prime
    "\u2033": '"',  # double prime
    "\u2039": "<",
    "\u203a": ">",
    "\u2190": "<-",
    "\u2192": "->",
    "\u2212": "-",  # minus sign
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2009": " ",  # thin space
    "\u202f": " ",  # narrow no-break space
    "\u200b": "",  # zero-width space
}


def pdf_safe(text):
    """``text`` with every character the PDF core fonts lack replaced by ASCII."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        char = _ASCII_EQUIVALENTS.get(char, char)
        try:
            char.encode(PDF_ENCODING)
        except UnicodeEncodeError:
            stripped = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            try:
                char = stripped.encode(PDF_ENCODING).decode(PDF_ENCODING) if stripped else "?"
            except UnicodeEncodeError:
                char = "?"
        out.append(char)
    return "".join(out)

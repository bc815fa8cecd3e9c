"""Small, deterministic demo documents (PDF, DOCX, ODT) that say what they are.

Each file opens with a notice, in its language, that it is a sample and not a real
workshop brief. The same arguments always give the same bytes, so the demo loader can
regenerate them and stay idempotent.
"""

import contextlib
import datetime
import zipfile
from pathlib import Path

from hub.core.pdf import PDF_ENCODING, pdf_safe

NOTICES = {
    "es": "DOCUMENTO DE MUESTRA — no es una nota real del taller",
    "en": "SAMPLE DOCUMENT — not a real workshop brief",
    "pt": "DOCUMENTO DE EXEMPLO — não é uma nota técnica real da oficina",
}
# A fixed date for every file's metadata and ZIP entries, so that output is reproducible.
FIXED_DATE = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
CREATOR = "NHRI Torture Prevention Hub (demo content)"


def notice(language):
    """The first line of every sample document, in its language (English otherwise)."""
    return NOTICES.get((language or "en")[:2], NOTICES["en"])


# --- PDF ------------------------------------------------------------------------------


def make_pdf(path, title, author_line, paragraphs, language="en"):
    """Write a small A4 PDF (core fonts, nothing embedded) and return its path."""
    from fpdf import FPDF

    path = Path(path)
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = PDF_ENCODING
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(pdf_safe(title))
    pdf.set_author(pdf_safe(author_line))
    pdf.set_subject(pdf_safe(notice(language)))
    pdf.set_creator(CREATOR)
    pdf.set_lang(language)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(160, 0, 0)
    pdf.multi_cell(0, 5, pdf_safe(notice(language)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, pdf_safe(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(0, 6, pdf_safe(author_line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 5.5, pdf_safe(paragraph), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    path.write_bytes(bytes(pdf.output()))
    return path


# --- DOCX -----------------------------------------------------------------------------


def make_docx(path, title, author_line, paragraphs, language="en", *, table=None):
    """Write a small DOCX and return its path; ``table`` is an optional list of rows."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = Path(path)
    document = docx.Document()
    properties = document.core_properties
    properties.title = title
    properties.author = author_line
    properties.subject = notice(language)
    properties.language = language
    properties.comments = CREATOR
    properties.last_modified_by = ""
    properties.revision = 1
    properties.created = FIXED_DATE.replace(tzinfo=None)
    properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.last_printed = FIXED_DATE.replace(tzinfo=None)

    # The proofing language of the text, on the default paragraph style.
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language)
    run_properties.append(lang)

    first = document.add_paragraph()
    run = first.add_run(notice(language))
    run.bold = True
    document.add_heading(title, level=1)
    document.add_paragraph().add_run(author_line).italic = True
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=max(len(row) for row in table))
        grid.style = "Table Grid"
        for cells, row in zip(grid.rows, table, strict=False):
            for cell, value in zip(cells.cells, row, strict=False):
                cell.text = value
    document.save(path)
    _normalise_zip(path)
    return path


# --- ODT ------------------------------------------------------------------------------


def make_odt(path, title, author_line, paragraphs, language="en", *, table=None):
    """Write a small ODT and return its path; ``table`` is an optional list of rows."""
    path = Path(path)
    with _own_odf_namespaces():
        _build_odt(path, title, author_line, paragraphs, language, table)
    _normalise_zip(path)
    return path


def _build_odt(path, title, author_line, paragraphs, language, table):
    from odf import dc, meta
    from odf import table as odftable
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TextProperties
    from odf.text import H, P

    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=title))
    document.meta.addElement(dc.Subject(text=notice(language)))
    document.meta.addElement(dc.Creator(text=author_line))
    document.meta.addElement(dc.Language(text=language))
    document.meta.addElement(meta.InitialCreator(text=author_line))
    document.meta.addElement(meta.CreationDate(text=FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%S")))
    document.meta.addElement(dc.Date(text=FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%S")))

    default = Style(name="Standard", family="paragraph")
    default.addElement(TextProperties(language=language, fontsize="11pt"))
    default.addElement(ParagraphProperties(marginbottom="0.2cm"))
    document.styles.addElement(default)
    notice_style = Style(name="Notice", family="paragraph", parentstylename="Standard")
    notice_style.addElement(TextProperties(fontweight="bold", color="#a00000"))
    document.styles.addElement(notice_style)
    heading = Style(name="Heading 1", family="paragraph", parentstylename="Standard")
    heading.addElement(TextProperties(fontweight="bold", fontsize="16pt"))
    document.styles.addElement(heading)
    author = Style(name="Author", family="paragraph", parentstylename="Standard")
    author.addElement(TextProperties(fontstyle="italic"))
    document.styles.addElement(author)

    document.text.addElement(P(stylename=notice_style, text=notice(language)))
    document.text.addElement(H(outlinelevel=1, stylename=heading, text=title))
    document.text.addElement(P(stylename=author, text=author_line))
    for paragraph in paragraphs:
        document.text.addElement(P(stylename=default, text=paragraph))
    if table:
        grid = odftable.Table(name="Table1")
        grid.addElement(odftable.TableColumn(numbercolumnsrepeated=max(len(row) for row in table)))
        for row in table:
            table_row = odftable.TableRow()
            for value in row:
                cell = odftable.TableCell(valuetype="string")
                cell.addElement(P(stylename=default, text=value))
                table_row.addElement(cell)
            grid.addElement(table_row)
        document.text.addElement(grid)
    document.save(str(path))


@contextlib.contextmanager
def _own_odf_namespaces():
    """odfpy declares every namespace any element of the process has used (a class-level
    dict): start this document from an empty set so its XML does not depend on history."""
    from odf.element import Element

    known = dict(Element.namespaces)
    Element.namespaces.clear()
    try:
        yield
    finally:
        for namespace, prefix in known.items():
            Element.namespaces.setdefault(namespace, prefix)


# --- helpers --------------------------------------------------------------------------


def _normalise_zip(path):
    """Rewrite a ZIP package with fixed entry dates (the libraries stamp the clock)."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)

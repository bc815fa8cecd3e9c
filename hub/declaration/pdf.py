"""The declaration as a PDF, generated from the page (text, signatories, action points)."""

import re
from html import unescape

from django.utils.translation import gettext as _

from hub.core.pdf import PDF_ENCODING, pdf_safe


def plain(html):
    """Paragraphs of plain text from the page's rich text."""
    blocks = re.split(r"</(?:p|li|h\d)>", html or "")
    return [unescape(re.sub(r"<[^>]+>", "", block)).strip() for block in blocks if block.strip()]


def declaration_pdf(page, url):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = PDF_ENCODING
    pdf.set_title(pdf_safe(page.title))
    pdf.set_lang(page.locale.language_code)
    pdf.set_creator("NHRI Torture Prevention Hub")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def write(text, size=11, style="", gap=2):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, size * 0.5, pdf_safe(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    write(page.title, size=16, style="B", gap=3)
    place_and_date = page.place + (f", {page.date.isoformat()}" if page.date else "")
    write(place_and_date, size=10)
    if page.is_sample:
        write(
            _("Sample content: the declaration's text, date and signatories are not recoverable."),
            size=10,
            style="I",
        )
    for paragraph in plain(page.text):
        write(paragraph)
    signatories = page.signatory_organisations()
    if signatories:
        write(_("Signatory institutions"), size=13, style="B")
        for organisation in signatories:
            write(f"- {organisation.name}", gap=0)
        pdf.ln(2)
    write(_("Action points"), size=13, style="B")
    for point in page.action_points():
        write(f"{point.number}. {point.text}", style="B", gap=1)
        details = []
        if point.actors():
            details.append(_("Who must act") + ": " + ", ".join(str(a) for a in point.actors()))
        if point.cat_articles:
            details.append(_("CAT articles") + ": " + point.cat_articles)
        if point.opcat_articles:
            details.append(_("OPCAT articles") + ": " + point.opcat_articles)
        current = point.current_status()
        if current:
            details.append(
                _("Status") + f": {current.get_status_display()} ({current.date.isoformat()})"
            )
        count = len(point.linked_recommendations())
        if count:
            details.append(_("UPR recommendations") + f": {count}")
        for line in details:
            write(line, size=10, gap=0)
        pdf.ln(3)
    write(url, size=9, style="I")
    return bytes(pdf.output())

"""Document text extraction refuses damaged, locked and inflating files, within limits.

A cut PDF, DOCX or ODT, broken XML in a package, a password-protected PDF and a ZIP bomb
are each one clear ExtractionError; a PDF encrypted with an empty password is read and a
scanned one gives empty text. What extraction inflates is bounded (issue 15, finding 8):
a part over 50 MB, a part compressed beyond any real document, a PDF past its time.
"""

import zipfile

import pytest
from fpdf import FPDF

from django.utils import translation

from hub.core.extraction import ExtractionError, extract_text
from hub.demo import documents as sample_documents
from tests.core.extracting import AUTHOR, PARAGRAPHS, TITLE, flat, inflating_docx

# --- damaged, locked and empty files --------------------------------------------------


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_corrupt_pdf_is_refused(tmp_path, cut):
    source = sample_documents.make_pdf(tmp_path / "nota.pdf", TITLE, AUTHOR, PARAGRAPHS, "es")
    data = source.read_bytes()
    broken = tmp_path / "rota.pdf"
    broken.write_bytes(data[: int(len(data) * cut)])
    with translation.override("en"), pytest.raises(ExtractionError) as refused:
        extract_text(broken, "rota.pdf")
    assert str(refused.value) == (
        "“rota.pdf” could not be read: the PDF file is damaged or incomplete."
    )


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_corrupt_package_is_refused(tmp_path, kind):
    maker = getattr(sample_documents, f"make_{kind}")
    data = maker(tmp_path / f"nota.{kind}", TITLE, AUTHOR, PARAGRAPHS, "es").read_bytes()
    broken = tmp_path / f"rota.{kind}"
    broken.write_bytes(data[: len(data) // 2])
    with translation.override("en"), pytest.raises(ExtractionError, match="damaged or incomplete"):
        extract_text(broken, broken.name)


def test_corrupt_xml_inside_a_docx_is_refused(tmp_path):
    path = tmp_path / "rota.docx"
    source = sample_documents.make_docx(tmp_path / "nota.docx", TITLE, AUTHOR, PARAGRAPHS, "es")
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            copy.writestr(info, data)
    with translation.override("en"), pytest.raises(ExtractionError, match="damaged or incomplete"):
        extract_text(path, "rota.docx")


def test_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomba.docx"
    zeros = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", "<w:document/>")
        with package.open("word/media/relleno.bin", "w", force_zip64=True) as member:
            for _ in range(201):
                member.write(zeros)
    assert path.stat().st_size < 1024 * 1024
    with translation.override("en"), pytest.raises(ExtractionError) as refused:
        extract_text(path, "bomba.docx")
    assert str(refused.value) == (
        "“bomba.docx” is too large once uncompressed (more than 200 MB); its text was not read."
    )


def make_locked_pdf(path, user_password):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Texto protegido")
    pdf.set_encryption(owner_password="propietario", user_password=user_password)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_pdf_with_a_password_is_refused(tmp_path):
    path = make_locked_pdf(tmp_path / "cerrada.pdf", "secreta")
    with translation.override("en"), pytest.raises(ExtractionError) as refused:
        extract_text(path, "cerrada.pdf")
    assert "password-protected PDF" in str(refused.value)


def test_pdf_encrypted_with_an_empty_password_is_read(tmp_path):
    path = make_locked_pdf(tmp_path / "abierta.pdf", "")
    assert extract_text(path, "abierta.pdf").text == "Texto protegido"


def test_scanned_pdf_gives_empty_text_not_an_error(tmp_path):
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 100, 150, style="F")
    path = tmp_path / "escaneada.pdf"
    path.write_bytes(bytes(pdf.output()))
    result = extract_text(path, "escaneada.pdf")
    assert (result.text, result.pages, result.format) == ("", 2, "pdf")


# --- what extraction inflates is bounded (issue 15, finding 8) -------------------------


def test_a_docx_whose_text_inflates_past_the_member_limit_is_refused(tmp_path):
    """The probe's bomb: 190 MB of XML in one part, under the 200 MB total."""
    path = inflating_docx(tmp_path / "bomba.docx", 190)
    with translation.override("en"), pytest.raises(ExtractionError) as refused:
        extract_text(path, "bomba.docx")
    assert str(refused.value) == (
        "“bomba.docx” is too large once uncompressed (word/document.xml would be 190 MB; "
        "the limit is 50 MB a part); its text was not read."
    )


def test_a_part_compressed_beyond_any_real_document_is_refused(tmp_path, settings):
    path = inflating_docx(tmp_path / "densa.docx", 8)
    with translation.override("en"), pytest.raises(ExtractionError) as refused:
        extract_text(path, "densa.docx")
    assert "is compressed beyond what a real document is" in str(refused.value)
    settings.HUB_EXTRACTION_MAX_RATIO = 0  # the ratio limit off: 8 MB of text is read
    assert "0" * 1000 in extract_text(path, "densa.docx").text


def test_pdf_reading_stops_after_its_time(tmp_path, settings):
    paragraphs = [f"Párrafo {n}: " + "recomendación del examen periódico " * 12 for n in range(40)]
    path = sample_documents.make_pdf(tmp_path / "larga.pdf", TITLE, AUTHOR, paragraphs, "es")
    settings.HUB_EXTRACTION_SECONDS = 0  # every page after the first is over time
    result = extract_text(path, "larga.pdf")
    assert result.pages == 5
    assert flat(paragraphs[0]) in flat(result.text)
    assert flat(paragraphs[-1]) not in flat(result.text)

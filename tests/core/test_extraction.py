"""Document text extraction: each format read in order, its format known by its content.

PDF (every page, its characters outside the core fonts as ASCII), DOCX and ODT (headings,
paragraphs, then the table cells, merged cells once) and text (UTF-8 with a BOM, else
cp1252), from a path or a file object that cannot seek; the text capped at MAX_CHARS. A
file is read as what its bytes are, whatever its name says; other formats are refused.
"""

import io
import zipfile

import pytest

from django.utils import translation

from hub.core.extraction import MAX_CHARS, ExtractionError, extract_text
from hub.demo import documents as sample_documents
from tests.core.extracting import AUTHOR, PARAGRAPHS, TITLE, contains_all

# --- the formats ----------------------------------------------------------------------


def test_pdf(tmp_path):
    path = sample_documents.make_pdf(tmp_path / "nota.pdf", TITLE, AUTHOR, PARAGRAPHS, "es")
    result = extract_text(path, "nota.pdf")
    assert result.format == "pdf"
    assert result.pages == 1
    assert result.text.startswith("DOCUMENTO DE MUESTRA — no es una nota real del taller")
    assert contains_all(result.text, [TITLE, AUTHOR, *PARAGRAPHS])


def test_pdf_counts_every_page_and_joins_them(tmp_path):
    paragraphs = [
        f"Párrafo número {n}: " + "recomendación del examen periódico " * 12 for n in range(40)
    ]
    path = sample_documents.make_pdf(tmp_path / "larga.pdf", TITLE, AUTHOR, paragraphs, "es")
    result = extract_text(path, "larga.pdf")
    assert result.pages == 5
    assert contains_all(result.text, [paragraphs[0], paragraphs[-1]])
    assert "\n\n" in result.text  # the pages are separated by a blank line
    assert "\n\n\n" not in result.text and "  " not in result.text


def test_pdf_characters_outside_the_core_fonts_become_ascii(tmp_path):
    path = sample_documents.make_pdf(
        tmp_path / "signos.pdf", "Título", "Autoría", ["3 ≤ 4 → “sí” — ação"], "pt"
    )
    text = extract_text(path, "signos.pdf").text
    assert text.startswith("DOCUMENTO DE EXEMPLO — não é uma nota técnica real da oficina")
    assert "3 <= 4 -> “sí” — ação" in text


@pytest.mark.parametrize("maker, kind", [("make_docx", "docx"), ("make_odt", "odt")])
def test_word_processor_documents(tmp_path, maker, kind):
    table = [["País", "Situación"], ["Perú", "Ratificó el OPCAT en 2006"]]
    path = getattr(sample_documents, maker)(
        tmp_path / f"nota.{kind}", TITLE, AUTHOR, PARAGRAPHS, "pt", table=table
    )
    assert path.stat().st_size < 50_000
    result = extract_text(path, path.name)
    assert result.format == kind
    assert result.pages is None
    blocks = result.text.split("\n\n")
    # Notice first, then heading, author, paragraphs and the table cells, in order.
    assert blocks == [
        sample_documents.NOTICES["pt"],
        TITLE,
        AUTHOR,
        *PARAGRAPHS,
        "País",
        "Situación",
        "Perú",
        "Ratificó el OPCAT en 2006",
    ]


def test_docx_merged_cells_are_read_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Encabezado combinado"
    table.cell(1, 1).text = "Celda"
    path = tmp_path / "tabla.docx"
    document.save(path)
    assert extract_text(path, "tabla.docx").text == "Encabezado combinado\n\nCelda"


def test_samples_are_small_deterministic_and_say_what_they_are(tmp_path):
    for kind in ("pdf", "docx", "odt"):
        make = getattr(sample_documents, f"make_{kind}")
        first = make(tmp_path / f"a.{kind}", TITLE, AUTHOR, PARAGRAPHS, "es")
        second = make(tmp_path / f"b.{kind}", TITLE, AUTHOR, PARAGRAPHS, "es")
        assert first.read_bytes() == second.read_bytes()
        assert first.stat().st_size < 50_000
        text = extract_text(first, first.name).text
        assert text.splitlines()[0] == "DOCUMENTO DE MUESTRA — no es una nota real del taller"


def test_text_utf8_with_bom(tmp_path):
    path = tmp_path / "nota.txt"
    path.write_bytes("\ufeffAcción   y\tprevención\r\n\r\n\r\n\r\nSegunda línea\n".encode())
    result = extract_text(path, "nota.txt")
    assert result == type(result)(
        text="Acción y prevención\n\nSegunda línea", pages=None, format="txt"
    )


def test_text_falls_back_to_cp1252(tmp_path):
    path = tmp_path / "antigua.txt"
    path.write_bytes("Defensoría – “Ação” São Paulo €".encode("cp1252"))
    assert extract_text(path, "antigua.txt").text == "Defensoría – “Ação” São Paulo €"


def test_reads_a_file_object_even_one_that_cannot_seek(tmp_path):
    path = sample_documents.make_odt(tmp_path / "nota.odt", TITLE, AUTHOR, PARAGRAPHS, "es")

    class Unseekable(io.RawIOBase):
        def __init__(self, data):
            self.inner = io.BytesIO(data)

        def readable(self):
            return True

        def readinto(self, buffer):
            return self.inner.readinto(buffer)

    for source in (io.BytesIO(path.read_bytes()), Unseekable(path.read_bytes())):
        assert contains_all(extract_text(source, "nota.odt").text, PARAGRAPHS)


def test_long_text_is_capped(tmp_path):
    path = tmp_path / "larga.txt"
    path.write_text("palabra " * (MAX_CHARS // 4), encoding="utf-8")
    text = extract_text(path, "larga.txt").text
    assert MAX_CHARS - 200 <= len(text) <= MAX_CHARS
    assert text.endswith("palabra")


# --- the format comes from the content ------------------------------------------------


def test_docx_named_pdf_is_read_as_docx(tmp_path):
    source = sample_documents.make_docx(tmp_path / "nota.docx", TITLE, AUTHOR, PARAGRAPHS, "es")
    disguised = tmp_path / "nota.pdf"
    disguised.write_bytes(source.read_bytes())
    result = extract_text(disguised, "nota.pdf")
    assert result.format == "docx"
    assert contains_all(result.text, PARAGRAPHS)


def test_pdf_named_txt_is_read_as_pdf(tmp_path):
    source = sample_documents.make_pdf(tmp_path / "nota.pdf", TITLE, AUTHOR, PARAGRAPHS, "es")
    assert extract_text(source, "nota.txt").format == "pdf"


@pytest.mark.parametrize(
    "content, name",
    [
        (b"<!DOCTYPE html><html><body><p>Hola</p></body></html>", "nota.pdf"),
        (b"<!DOCTYPE html><html><body><p>Hola</p></body></html>", "nota.txt"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "nota.pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "nota.doc"),  # old Word
        (b"Texto plano con extension de PDF", "nota.pdf"),
    ],
)
def test_other_formats_are_refused(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    with translation.override("en"), pytest.raises(ExtractionError) as refused:
        extract_text(path, name)
    assert str(refused.value) == f"“{name}” is not a PDF, DOCX, ODT or text document."


def test_a_zip_that_is_neither_docx_nor_odt_is_refused(tmp_path):
    path = tmp_path / "hoja.odt"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", "<x/>")
    with translation.override("en"), pytest.raises(ExtractionError, match="is not a PDF, DOCX"):
        extract_text(path, "hoja.odt")

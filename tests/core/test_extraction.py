"""Document text extraction: the formats, the refusals, and the task run by the signals."""

import io
import zipfile

import pytest
from fpdf import FPDF

from django.core.files.base import ContentFile
from django.utils import translation

from hub.core.extraction import MAX_CHARS, ExtractionError, extract_text
from hub.core.signals import document_text_extracted
from hub.demo import documents as sample_documents

TITLE = "Informe sobre la prevención de la tortura"
AUTHOR = "María Pérez Ñúñez — Defensoría del Pueblo"
PARAGRAPHS = [
    "La Defensoría del Pueblo visitó doce centros de detención y señaló las condiciones.",
    "O Mecanismo Nacional de Prevenção publicou relatórios sobre as ações em São Paulo.",
    "Il a été question de « garanties » et de l'accès des avocats à la détention.",
]


def flat(text):
    """Words separated by single spaces: PDF text breaks lines where the layout did."""
    return " ".join(text.split())


def contains_all(text, paragraphs):
    return all(flat(paragraph) in flat(text) for paragraph in paragraphs)


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


# --- the task, queued by the signals, on the real database ----------------------------


@pytest.fixture
def extractions():
    """The documents the extraction task has finished with, in order."""
    seen = []

    def receiver(sender, document, **kwargs):
        seen.append(document.pk)

    document_text_extracted.connect(receiver, dispatch_uid="test-extractions")
    yield seen
    document_text_extracted.disconnect(dispatch_uid="test-extractions")


def new_document(tmp_path, content, name, title="Nota de prueba"):
    from hub.core.models import HubDocument

    document = HubDocument(title=title, language="es")
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_new_document_gets_its_text(tmp_path, django_capture_on_commit_callbacks, extractions):
    from wagtail.search.backends import get_search_backend

    from hub.core.models import HubDocument

    pdf = sample_documents.make_pdf(tmp_path / "n.pdf", TITLE, AUTHOR, PARAGRAPHS, "es")
    with django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, pdf.read_bytes(), "nota-prueba.pdf")
    document.refresh_from_db()
    assert document.extraction_error == ""
    assert document.text_extracted_at is not None
    assert contains_all(document.extracted_text, PARAGRAPHS)
    assert extractions == [document.pk]
    # The text is in the search index.
    found = get_search_backend().search("señaló", HubDocument.objects.filter(pk=document.pk))
    assert [hit.pk for hit in found] == [document.pk]


@pytest.mark.django_db
def test_broken_file_records_the_error(tmp_path, django_capture_on_commit_callbacks, extractions):
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, b"<html><body>no</body></html>", "pagina.pdf")
    document.refresh_from_db()
    assert document.extraction_error.endswith("is not a PDF, DOCX, ODT or text document.")
    assert document.extracted_text == ""
    assert document.text_extracted_at is not None
    assert extractions == [document.pk]


@pytest.mark.django_db
def test_missing_file_records_the_error(tmp_path, django_capture_on_commit_callbacks, extractions):
    from hub.core.tasks import extract_document_text

    with django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, b"hola", "nota.txt")
    document.file.storage.delete(document.file.name)
    extract_document_text.call(document.pk)  # does not raise
    document.refresh_from_db()
    assert document.extraction_error
    assert document.extracted_text == ""


@pytest.mark.django_db
def test_only_a_new_file_queues_the_task(tmp_path, django_capture_on_commit_callbacks, extractions):
    docx = sample_documents.make_docx(tmp_path / "n.docx", TITLE, AUTHOR, PARAGRAPHS, "es")
    with django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, docx.read_bytes(), "nota.docx")
    assert len(extractions) == 1

    # Editing the title (or anything but the file) does not extract again.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.title = "Nota de prueba (revisada)"
        document.save()
    assert extractions == [document.pk]
    assert callbacks == []

    # Replacing the file does, and the text follows the new file.
    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("otra.txt", ContentFile(b"Texto nuevo del documento"), save=False)
        document.save()
    document.refresh_from_db()
    assert extractions == [document.pk, document.pk]
    assert document.extracted_text == "Texto nuevo del documento"
    assert document.extraction_error == ""


# --- what extraction inflates is bounded (issue 15, finding 8) -------------------------


def inflating_docx(path, megabytes, member="word/document.xml"):
    """A real DOCX whose `member` inflates to `megabytes` of XML: small on disk."""
    source = sample_documents.make_docx(path.with_suffix(".src.docx"), TITLE, AUTHOR, [], "es")
    filler = b"<w:p><w:r><w:t>" + b"0" * (1024 * 1024 - 32) + b"</w:t></w:r></w:p>"
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in original.infolist():
            if info.filename != member:
                copy.writestr(info.filename, original.read(info))
                continue
            head, _body, tail = original.read(info).partition(b"<w:body>")
            with copy.open(member, "w", force_zip64=True) as target:
                target.write(head + b"<w:body>")
                for _ in range(megabytes):
                    target.write(filler)
                target.write(b"</w:body></w:document>")
    assert path.stat().st_size < 1024 * 1024
    return path


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


@pytest.mark.django_db
def test_a_bomb_uploaded_as_a_document_records_why(
    tmp_path, django_capture_on_commit_callbacks, extractions
):
    path = inflating_docx(tmp_path / "bomba.docx", 60)
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        document = new_document(tmp_path, path.read_bytes(), "informe.docx")
    document.refresh_from_db()
    # The stored name gets a suffix when an earlier test left an "informe.docx" behind.
    assert document.extraction_error == (
        f"“{document.filename}” is too large once uncompressed (word/document.xml would be "
        "60 MB; the limit is 50 MB a part); its text was not read."
    )
    assert document.extracted_text == ""
    assert extractions == [document.pk]


def test_pdf_reading_stops_after_its_time(tmp_path, settings):
    paragraphs = [f"Párrafo {n}: " + "recomendación del examen periódico " * 12 for n in range(40)]
    path = sample_documents.make_pdf(tmp_path / "larga.pdf", TITLE, AUTHOR, paragraphs, "es")
    settings.HUB_EXTRACTION_SECONDS = 0  # every page after the first is over time
    result = extract_text(path, "larga.pdf")
    assert result.pages == 5
    assert flat(paragraphs[0]) in flat(result.text)
    assert flat(paragraphs[-1]) not in flat(result.text)

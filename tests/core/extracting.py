"""Helpers of the text extraction tests: a sample text, and a DOCX that inflates.

TITLE, AUTHOR and PARAGRAPHS (Spanish, Portuguese and French, with accents and signs) fill
the sample documents; flat() and contains_all() compare texts whatever the line breaks;
inflating_docx() makes a real DOCX, small on disk, whose XML inflates to many megabytes.
"""

import zipfile

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

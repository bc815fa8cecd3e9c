"""Six sample briefs for the demo, written as real PDF, DOCX and ODT files at load time.

The workshop's real briefs are lost: these say plainly that they are samples, by
fictional authors, and live in the locale tree of their own language.
"""

import datetime
import tempfile
from pathlib import Path

from django.core.files import File

from hub.briefs.models import BriefAuthor, BriefCountry, BriefIndexPage, BriefPage, BriefTopic
from hub.demo.content import translations as T  # noqa: N812 - reads as a table

SOURCE = "es"


INDEX = {
    "slug": T("notas", "briefs", "notas-tecnicas"),
    "title": T("Notas", "Briefs", "Notas técnicas"),
    "show_in_menus": True,
    "introduction": T(
        "Notas breves escritas para los paneles del taller, con su texto completo buscable.",
        "Short briefs written for the workshop's panels, with their full text searchable.",
        "Notas técnicas breves escritas para os painéis da oficina, com o texto completo pesquisável.",
    ),
    "search_description": T(
        "Notas del taller de Buenos Aires, por panel, tema, país, idioma y año.",
        "Briefs of the Buenos Aires workshop, by panel, topic, country, language and year.",
        "Notas técnicas da oficina de Buenos Aires, por painel, tema, país, idioma e ano.",
    ),
}

SAMPLE_PARAGRAPHS = {
    "es": [
        "Este documento es una muestra generada para el portal: no es una nota real del taller.",
        "Una nota real resumiría la experiencia de una defensoría con el Protocolo Facultativo, "
        "el mecanismo nacional de prevención y el seguimiento de las recomendaciones del EPU.",
        "Los equipos editoriales deben reemplazar este archivo por la nota original.",
    ],
    "en": [
        "This document is a sample generated for the hub: it is not a real workshop brief.",
        "A real brief would summarise an ombudsman institution's experience with the Optional "
        "Protocol, the national preventive mechanism and the follow-up of UPR recommendations.",
        "Editors should replace this file with the original brief.",
    ],
    "pt": [
        "Este documento é uma amostra gerada para o portal: não é uma nota técnica real da oficina.",
        "Uma nota real resumiria a experiência de uma defensoria com o Protocolo Facultativo, o "
        "mecanismo nacional de prevenção e o acompanhamento das recomendações da RPU.",
        "As equipes editoriais devem substituir este arquivo pela nota original.",
    ],
}

BRIEFS = [
    (
        "es",
        "pdf",
        "nota-muestra-mnp-argentina",
        "Nota de muestra: el camino hacia un MNP federal",
        ["ana-ejemplo"],
        ["opcat", "npm"],
        ["AR"],
        2,
        "2011-12-01",
    ),
    (
        "es",
        "docx",
        "nota-muestra-epu-paraguay",
        "Nota de muestra: seguimiento del EPU en Paraguay",
        ["pedro-muestra"],
        ["upr", "nhri"],
        ["PY"],
        2,
        "2011-12-05",
    ),
    (
        "en",
        "pdf",
        "sample-brief-nhri-npm-mexico",
        "Sample brief: an NHRI as NPM, the Mexican case",
        ["maria-exemplo"],
        ["npm", "nhri"],
        ["MX"],
        3,
        "2011-11-28",
    ),
    (
        "en",
        "odt",
        "sample-brief-detention-monitoring",
        "Sample brief: monitoring places of detention",
        ["ana-ejemplo", "pedro-muestra"],
        ["detention", "spt"],
        ["CL", "UY"],
        3,
        "2011-12-02",
    ),
    (
        "pt",
        "docx",
        "nota-amostra-mnp-brasil",
        "Nota técnica de amostra: o mecanismo nacional no Brasil",
        ["maria-exemplo"],
        ["npm", "opcat"],
        ["BR"],
        2,
        "2011-12-06",
    ),
    (
        "pt",
        "pdf",
        "nota-amostra-rpu-seguimento",
        "Nota técnica de amostra: acompanhar a RPU",
        ["pedro-muestra"],
        ["upr"],
        ["BR", "PE"],
        3,
        "2011-12-07",
    ),
]

ABSTRACTS = {
    "es": "Resumen de muestra de una nota ficticia, para mostrar cómo se presentan, filtran y citan las notas.",
    "en": "Sample abstract of a fictional brief, to show how briefs are presented, filtered and cited.",
    "pt": "Resumo de amostra de uma nota fictícia, para mostrar como as notas são apresentadas, filtradas e citadas.",
}


def load_briefs(loader, home, panels):
    from hub.core.models import HubDocument, Topic
    from hub.demo import documents as sample_documents
    from hub.network.models import Person

    index = loader.page(
        home, BriefIndexPage, INDEX, "briefs index", introduction=INDEX["introduction"][SOURCE]
    )
    es = loader.locales[SOURCE]
    people = {p.slug: p for p in Person.objects.filter(locale=es)}
    topics = {t.slug: t for t in Topic.objects.filter(locale=es)}
    for language, kind, slug, title, authors, topic_slugs, countries, panel, published in BRIEFS:
        parent = index.get_translation(loader.locales[language])
        if BriefPage.objects.child_of(parent).filter(slug=slug).exists():
            loader.note("skipped", f"brief {slug}: exists")
            continue
        author_line = ", ".join(people[a].name for a in authors)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"{slug}.{kind}"
            maker = {
                "pdf": sample_documents.make_pdf,
                "docx": sample_documents.make_docx,
                "odt": sample_documents.make_odt,
            }[kind]
            maker(path, title, author_line, SAMPLE_PARAGRAPHS[language], language)
            document = HubDocument(title=title, language=language)
            with path.open("rb") as handle:
                document.file.save(path.name, File(handle), save=False)
                document.save()  # Its text is extracted on commit (at once in dev and tests).
        page = BriefPage(
            title=title,
            slug=slug,
            abstract=ABSTRACTS[language],
            document=document,
            publication_date=datetime.date.fromisoformat(published),
            panel=panels.get(panel),
            is_sample=True,
            source_file=path.name,
            locale=loader.locales[language],
            authors=[BriefAuthor(person=people[a]) for a in authors],
            topics=[BriefTopic(topic=topics[t]) for t in topic_slugs if t in topics],
            countries=[BriefCountry(country_code=c) for c in countries],
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        loader.note("created", f"brief {slug} ({language}, {kind})")
    return index

"""A sample joint declaration: its real text, date and signatories are not recoverable."""

import datetime

from hub.briefs.models import ActionPoint, ActionPointStatus, DeclarationPage
from hub.demo.content import translations as T  # noqa: N812 - reads as a table

SOURCE = "es"


DECLARATION = {
    "slug": T(
        "declaracion-conjunta-muestra", "joint-declaration-sample", "declaracao-conjunta-amostra"
    ),
    "title": T(
        "Declaración conjunta (contenido de muestra)",
        "Joint declaration (sample content)",
        "Declaração conjunta (conteúdo de amostra)",
    ),
    "text": T(
        "<p>Texto de muestra: el texto original de la declaración conjunta de las INDH "
        "participantes no se conserva. Esta página muestra cómo se presentarán la declaración "
        "y sus puntos de acción, cada uno vinculado con las recomendaciones del EPU a las que "
        "responde y con su estado.</p>",
        "<p>Sample text: the original text of the participating NHRIs' joint declaration has "
        "not survived. This page shows how the declaration and its action points will be "
        "presented, each one linked to the UPR recommendations it answers and to where it "
        "stands.</p>",
        "<p>Texto de amostra: o texto original da declaração conjunta das INDH participantes "
        "não se conservou. Esta página mostra como serão apresentados a declaração e seus "
        "pontos de ação, cada um vinculado às recomendações da RPU a que responde e à sua "
        "situação.</p>",
    ),
}

ACTION_POINTS = [
    {
        "number": 1,
        "text": T(
            "Punto de acción de muestra: dar seguimiento público a las recomendaciones del EPU "
            "sobre prevención de la tortura.",
            "Sample action point: follow up UPR recommendations on torture prevention in public.",
            "Ponto de ação de amostra: acompanhar publicamente as recomendações da RPU sobre "
            "prevenção da tortura.",
        ),
        "actors": {"by_nhris": True, "by_state": True},
        "cat": "2, 11",
        "opcat": "",
        "countries": ["AR", "CL"],
        "status": [
            ("not-started", "2011-12-14", T("", "", "")),
            (
                "in-progress",
                "2012-05-03",
                T("Nota de muestra.", "Sample note.", "Nota de amostra."),
            ),
        ],
    },
    {
        "number": 2,
        "text": T(
            "Punto de acción de muestra: promover la designación de mecanismos nacionales de "
            "prevención independientes.",
            "Sample action point: promote the designation of independent national preventive "
            "mechanisms.",
            "Ponto de ação de amostra: promover a designação de mecanismos nacionais de "
            "prevenção independentes.",
        ),
        "actors": {"by_nhris": True, "by_civil_society": True},
        "cat": "",
        "opcat": "3, 17, 18",
        "countries": ["PY", "BR"],
        "status": [
            ("in-progress", "2012-01-10", T("Nota de muestra.", "Sample note.", "Nota de amostra."))
        ],
    },
    {
        "number": 3,
        "text": T(
            "Punto de acción de muestra: compartir con el Subcomité y con la CIDH la "
            "información sobre visitas a lugares de detención.",
            "Sample action point: share information on visits to places of detention with the "
            "Subcommittee and the IACHR.",
            "Ponto de ação de amostra: compartilhar com o Subcomitê e com a CIDH as informações "
            "sobre visitas a locais de detenção.",
        ),
        "actors": {"by_nhris": True, "by_un": True, "by_iachr": True},
        "cat": "",
        "opcat": "11, 20",
        "countries": ["MX"],
        "status": [],
    },
]


def load_declaration(loader, workshop):
    from hub.upr.models import Recommendation

    data = DECLARATION
    loader.learn(data["text"])  # Before the page: translating it needs the strings.
    page = loader.page(
        workshop,
        DeclarationPage,
        {**data, "show_in_menus": False},
        "declaration",
        text=data["text"][SOURCE],
        place="Buenos Aires",
        date=None,
        is_sample=True,
    )
    es = loader.locales[SOURCE]
    for item in ACTION_POINTS:
        point = ActionPoint.objects.filter(
            declaration=page, number=item["number"], locale=es
        ).first()
        if point is None:
            point = ActionPoint(
                declaration=page,
                number=item["number"],
                text=item["text"][SOURCE],
                cat_articles=item["cat"],
                opcat_articles=item["opcat"],
                is_sample=True,
                locale=es,
                **item["actors"],
            )
            point.status_updates = [
                ActionPointStatus(
                    status=status,
                    date=datetime.date.fromisoformat(day),
                    note=note[SOURCE],
                    locale=es,
                )
                for status, day, note in item["status"]
            ]
            point.save()
            point.recommendations.set(
                Recommendation.objects.filter(country__in=item["countries"], is_sample=True)
            )
            loader.note("created", f"action point {item['number']} (es)")
        else:
            loader.note("skipped", f"action point {item['number']} (es): exists")
        loader.learn(item["text"])
        for _status, _day, note in item["status"]:
            if note[SOURCE]:
                loader.learn(note)
        loader.translate(point, f"action point {item['number']}")
    return page

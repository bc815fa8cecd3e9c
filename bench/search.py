"""Search benchmark: indexing time and query latency at 1,000 and 10,000 documents.

Not a test. For each database (SQLite, and PostgreSQL when it answers) and each size,
it makes a fresh database, writes that many generated multilingual search documents
(briefs and transcripts long, recommendations short, as on the hub), then runs a fixed
set of queries (words, accents left out, phrases, OR, exclusion, filters, all
languages) through the same code as /api/search/ (facets and snippets included) and
reports the median and 95th percentile.

    .venv/bin/python bench/search.py                  # both databases, 1,000 and 10,000
    .venv/bin/python bench/search.py --sizes 1000 --databases sqlite
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PG_URL = "postgres://postgres@127.0.0.1:5432/test"

# Sentences by theme: a document draws from one to three themes, so common words are in
# many documents and specific ones in few, as on the hub. {slots} vary the wording.
THEMES = {
    "es": {
        "visitas": [
            "La Defensoría visitó {n} {place} de {country} sin aviso previo.",
            "Las visitas de seguimiento verifican el cumplimiento de las recomendaciones.",
            "Las entrevistas privadas con {group} son la base del monitoreo.",
        ],
        "tortura": [
            "Se documentaron denuncias de tortura y malos tratos en {place}.",
            "La prevención de la tortura exige la presencia regular de observadores independientes.",
            "El Subcomité para la Prevención de la Tortura recomendó ampliar el presupuesto.",
        ],
        "mnp": [
            "La ley de {year} designó a la Defensoría como mecanismo nacional de prevención.",
            "El mecanismo nacional de prevención presentó su informe anual al Congreso.",
            "La independencia funcional del mecanismo depende de su presupuesto propio.",
        ],
        "epu": [
            "El Examen Periódico Universal dejó {n} recomendaciones sobre {group}.",
            "El Estado aceptó la recomendación de crear un registro de {group}.",
            "La sociedad civil presentó un informe alternativo para el tercer ciclo.",
        ],
        "salud": [
            "La atención de salud en {place} sigue siendo insuficiente.",
            "Los hospitales psiquiátricos carecen de protocolos de contención.",
            "Se recomendó garantizar medicamentos y médicos forenses independientes.",
        ],
        "genero": [
            "Las mujeres privadas de libertad enfrentan requisas vejatorias.",
            "Se registraron situaciones de violencia de género en {place}.",
            "Las personas trans deben alojarse según su identidad de género.",
        ],
        "migracion": [
            "Las personas migrantes retenidas en {place} no tuvieron acceso a un abogado.",
            "La detención administrativa de niños migrantes está prohibida.",
            "Los centros de retención fronterizos carecían de intérpretes.",
        ],
        "hacinamiento": [
            "El hacinamiento en {place} supera el {n} por ciento de la capacidad.",
            "La sobrepoblación carcelaria agrava las condiciones de detención.",
            "Se recomendó reducir la prisión preventiva para aliviar el hacinamiento.",
        ],
    },
    "en": {
        "visits": [
            "The ombudsman visited {n} {place} in {country} without notice.",
            "Follow-up visits check whether the recommendations are implemented.",
            "Private interviews with {group} are the basis of monitoring.",
        ],
        "torture": [
            "Allegations of torture and ill-treatment were documented in {place}.",
            "Preventing torture requires regular visits by independent monitors.",
            "The Subcommittee on Prevention of Torture recommended a larger budget.",
        ],
        "npm": [
            "A {year} law designated the ombudsman as the national preventive mechanism.",
            "The national preventive mechanism presented its annual report to Congress.",
            "The functional independence of the mechanism depends on its own budget.",
        ],
        "upr": [
            "The Universal Periodic Review produced {n} recommendations on {group}.",
            "The State accepted the recommendation to create a register of {group}.",
            "Civil society submitted a shadow report for the third cycle.",
        ],
        "health": [
            "Health care in {place} remains insufficient.",
            "Psychiatric hospitals lack restraint protocols.",
            "The report recommended independent forensic doctors and essential medicines.",
        ],
        "gender": [
            "Women deprived of liberty face humiliating searches.",
            "Cases of gender-based violence were recorded in {place}.",
            "Trans people should be housed according to their gender identity.",
        ],
        "migration": [
            "Migrants held in {place} had no access to a lawyer.",
            "The administrative detention of migrant children is prohibited.",
            "Border holding facilities lacked interpreters.",
        ],
        "overcrowding": [
            "Overcrowding in {place} exceeds {n} per cent of capacity.",
            "Prison overpopulation worsens conditions of detention.",
            "Reducing pre-trial detention was recommended to relieve overcrowding.",
        ],
    },
    "pt": {
        "visitas": [
            "A Defensoria visitou {n} {place} em {country} sem aviso prévio.",
            "As visitas de seguimento verificam o cumprimento das recomendações.",
            "As entrevistas privadas com {group} são a base do monitoramento.",
        ],
        "tortura": [
            "Foram documentadas denúncias de tortura e maus-tratos em {place}.",
            "A prevenção da tortura exige a presença regular de observadores independentes.",
            "O Subcomitê de Prevenção da Tortura recomendou ampliar o orçamento.",
        ],
        "mnp": [
            "A lei de {year} criou o mecanismo nacional de prevenção e combate à tortura.",
            "O mecanismo nacional apresentou seu relatório anual ao Congresso.",
            "A independência funcional do mecanismo depende de orçamento próprio.",
        ],
        "rpu": [
            "A Revisão Periódica Universal deixou {n} recomendações sobre {group}.",
            "O Estado aceitou a recomendação de criar um registro de {group}.",
            "A sociedade civil apresentou um relatório alternativo para o terceiro ciclo.",
        ],
        "saude": [
            "A atenção à saúde em {place} continua insuficiente.",
            "Os hospitais psiquiátricos carecem de protocolos de contenção.",
            "Recomendou-se garantir medicamentos e peritos forenses independentes.",
        ],
        "genero": [
            "As mulheres privadas de liberdade enfrentam revistas vexatórias.",
            "Foram registradas situações de violência de gênero em {place}.",
            "As pessoas trans devem ser alojadas segundo sua identidade de gênero.",
        ],
        "migracao": [
            "Os migrantes retidos em {place} não tiveram acesso a um advogado.",
            "A detenção administrativa de crianças migrantes é proibida.",
            "Os centros de retenção na fronteira não tinham intérpretes.",
        ],
        "superlotacao": [
            "A superlotação em {place} supera {n} por cento da capacidade.",
            "A superpopulação carcerária agrava as condições de detenção.",
            "Recomendou-se reduzir a prisão provisória para aliviar a superlotação.",
        ],
    },
}
SLOTS = {
    "es": {
        "place": [
            "comisarías",
            "cárceles",
            "centros de menores",
            "hospitales psiquiátricos",
            "centros de migrantes",
        ],
        "group": [
            "personas detenidas",
            "adolescentes",
            "mujeres presas",
            "personas con discapacidad",
        ],
    },
    "en": {
        "place": [
            "police stations",
            "prisons",
            "juvenile centres",
            "psychiatric hospitals",
            "migrant centres",
        ],
        "group": [
            "detained persons",
            "adolescents",
            "women prisoners",
            "persons with disabilities",
        ],
    },
    "pt": {
        "place": [
            "delegacias",
            "prisões",
            "centros socioeducativos",
            "hospitais psiquiátricos",
            "centros de migrantes",
        ],
        "group": ["pessoas presas", "adolescentes", "mulheres presas", "pessoas com deficiência"],
    },
}
COUNTRIES = ["Argentina", "Brasil", "Chile", "Paraguay", "Uruguay", "México", "Perú", "Bolivia"]
CODES = ["AR", "BR", "CL", "PY", "UY", "MX", "PE", "BO"]
TOPICS = ["opcat", "npm", "upr", "detention", "cat"]
# (type, share, words in its text)
KINDS = [
    ("recommendation", 0.40, (30, 80)),
    ("news", 0.20, (200, 800)),
    ("page", 0.10, (100, 600)),
    ("person", 0.08, (20, 60)),
    ("organisation", 0.07, (20, 80)),
    ("brief", 0.08, (2000, 12000)),
    ("recording", 0.07, (1500, 8000)),
]
QUERIES = [
    {"q": "tortura", "lang": "es"},
    {"q": "defensoria", "lang": "es"},
    {"q": "torturas carceles", "lang": "es"},
    {"q": '"mecanismo nacional"', "lang": "es"},
    {"q": "tortura -argentina", "lang": "es"},
    {"q": "Brasil OR Chile", "lang": "pt"},
    {"q": "prevencao tortura", "lang": "pt"},
    {"q": "superlotacao", "lang": "pt"},
    {"q": "facilities", "lang": "en"},
    {"q": "detention monitoring", "lang": "en"},
    {"q": '"preventive mechanism" report', "lang": "en"},
    {"q": "recommendation", "lang": "en", "type": "recommendation"},
    {"q": "torture", "lang": "all"},
    {"q": "ombudsman", "lang": "en", "country": "AR"},
    {"q": "detencion", "lang": "es", "topic": "opcat", "sort": "date"},
    {"q": "hacinamiento", "lang": "es"},
    {"q": "migrant children", "lang": "en"},
    {"q": "psiquiatricos", "lang": "all"},
    {"q": "genero OR gender", "lang": "all", "type": "news"},
    {"q": "unknownword", "lang": "es"},
]


def text_of(rng, language, words, themes):
    slots = SLOTS[language]
    out, count = [], 0
    while count < words:
        sentence = rng.choice(THEMES[language][rng.choice(themes)]).format(
            n=rng.randint(2, 90),
            country=rng.choice(COUNTRIES),
            year=rng.randint(2004, 2024),
            place=rng.choice(slots["place"]),
            group=rng.choice(slots["group"]),
        )
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def generate(count, seed=2011):
    import datetime

    from search.contract import DocumentData

    rng = random.Random(seed)
    weights = [share for _kind, share, _words in KINDS]
    for number in range(count):
        kind, _share, (low, high) = rng.choices(KINDS, weights)[0]
        language = rng.choice(["es", "en", "pt"])
        date = datetime.date(2008, 1, 1) + datetime.timedelta(days=rng.randint(0, 6000))
        themes = rng.sample(sorted(THEMES[language]), rng.randint(1, 3))
        title = text_of(rng, language, 8, themes).split(".")[0][:120]
        yield (
            f"bench:{number}",
            DocumentData(
                kind=kind,
                lang=language,
                title=title,
                url=f"/{language}/bench/{number}/",
                parts=[[language, text_of(rng, language, rng.randint(low, high), themes)]],
                date=date,
                year=date.year,
                countries=[rng.choice(CODES)],
                topics=rng.sample(TOPICS, rng.randint(0, 2)),
            ),
        )


def index(count):
    from search.models import SearchDocument

    started = time.perf_counter()
    batch = []
    for key, built in generate(count):
        batch.append(SearchDocument(key=key, source_model="bench", source_id=key, **built.fields()))
        if len(batch) == 500:
            SearchDocument.objects.bulk_create(batch)
            batch = []
    SearchDocument.objects.bulk_create(batch)
    return time.perf_counter() - started


def run_queries(rounds):
    from django.test import RequestFactory

    from search import service

    factory = RequestFactory()
    timings, totals = [], {}
    for _round in range(rounds):
        for params in QUERIES:
            request = factory.get("/api/search/", params)
            started = time.perf_counter()
            outcome = service.run(service.SearchParams.from_request(request, "es"), "es")
            timings.append((time.perf_counter() - started) * 1000)
            totals[params["q"]] = outcome.total
    return timings, totals


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def bench(database, sizes, rounds):
    from django.db import connection

    results = []
    for size in sizes:
        old_name = connection.settings_dict["NAME"]
        if connection.vendor == "sqlite":  # a file, as in production, not :memory:
            connection.settings_dict["TEST"]["NAME"] = f"{tempfile.mkdtemp()}/bench.sqlite3"
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            seconds = index(size)
            run_queries(1)  # warm caches
            timings, totals = run_queries(rounds)
            results.append(
                {
                    "database": database,
                    "documents": size,
                    "index_s": seconds,
                    "docs_per_s": size / seconds,
                    "median_ms": statistics.median(timings),
                    "p95_ms": percentile(timings, 0.95),
                    "queries": len(timings),
                    "largest_total": max(totals.values()),
                }
            )
            print(
                f"{database:<10} {size:>6} docs: indexed in {seconds:6.1f} s "
                f"({size / seconds:5.0f}/s); query median {results[-1]['median_ms']:6.1f} ms, "
                f"p95 {results[-1]['p95_ms']:6.1f} ms over {len(timings)} queries "
                f"(largest result set {results[-1]['largest_total']})",
                flush=True,
            )
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            connection.settings_dict["NAME"] = old_name
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--rounds", type=int, default=5, help="times each query runs")
    args = parser.parse_args()

    for database in args.databases:
        # One process per database: Django's settings are read once.
        if len(args.databases) > 1:
            import subprocess

            command = [
                sys.executable,
                __file__,
                "--databases",
                database,
                "--rounds",
                str(args.rounds),
            ]
            subprocess.run([*command, "--sizes", *map(str, args.sizes)], check=False)
            continue
        os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
        if database == "postgresql":
            os.environ["DATABASE_URL"] = PG_URL
        else:
            os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
        import django

        django.setup()
        print(
            f"Search benchmark on {database}: sizes {args.sizes}, {args.rounds} rounds of {len(QUERIES)} queries"
        )
        bench(database, args.sizes, args.rounds)


if __name__ == "__main__":
    main()

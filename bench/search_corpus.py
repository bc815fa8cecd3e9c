"""The generated corpus of the search benchmark (bench/search.py), and its queries. The
corpus is seeded, so every run and every database get the same documents, and the first
N of a larger run are the N of a smaller one.

Each document draws its sentences from one to three themes, so common words are in many
documents and specific ones in few, as on the hub. Real text also keeps bringing new
words (names of people, places, institutions: the vocabulary of a corpus grows with it,
roughly as the square root of its length), and the spelling correction reads that
vocabulary; so some sentences name people and places with invented words drawn from a
pool of 400,000 by a Zipf law (a few names everywhere, most of them rare).
"""

import datetime
import itertools
import random
from functools import cache

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
# The queries, written for this corpus's words.
PLAIN = [
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
# Found by their correction (no result as typed): the vocabulary read, the query run twice.
TYPOS = [
    {"q": "torutra", "lang": "es"},
    {"q": "overcrowdnig", "lang": "en"},
    {"q": "supelotacao", "lang": "pt"},
    {"q": "detention monitorng", "lang": "en"},
    {"q": "psiquaitricos", "lang": "all"},
]
# A term of a synonym group (search/migrations/0004) finds the others' documents.
SYNONYMS = [
    {"q": "NPM", "lang": "all"},
    {"q": "EPU recomendaciones", "lang": "es"},
]
QUERIES = PLAIN + TYPOS + SYNONYMS
TYPO_WORDS = ("torutra", "overcrowdnig", "supelotacao", "monitorng", "psiquaitricos")

# A sentence naming people and places follows this share of sentences.
NAMES_SHARE = 0.15
NAMES = {
    "es": "Participaron {a} {b}, de {c}.",
    "en": "{a} {b}, from {c}, took part.",
    "pt": "Participaram {a} {b}, de {c}.",
}
INVENTED = 400_000
ONSETS = "b c d f g j l m n p r s t v ch br gr tr qu y".split()
VOWELS = "a e i o u ai ua ie".split()
CODAS = ["", "", "", "n", "s", "r", "l"]


@cache
def invented_words(avoid=(), seed=7):
    """(words, cumulative Zipf weights) of the invented names. None of them starts with the
    letter of a word in `avoid` and is within two edits of it (the benchmark's typing
    mistakes must be corrected into the words meant, not into a name)."""
    from search.vocabulary import edit_distance

    rng = random.Random(seed)
    found = set()
    while len(found) < INVENTED:
        syllables = rng.randint(2, 4)
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
        word += rng.choice(CODAS)
        if any(word[0] == other[0] and edit_distance(word, other, 2) <= 2 for other in avoid):
            continue
        found.add(word)
    pool = [word.capitalize() for word in sorted(found)]
    rng.shuffle(pool)
    return pool, list(itertools.accumulate(1 / (rank + 2.7) for rank in range(len(pool))))


def text_of(rng, language, words, themes, names):
    slots = SLOTS[language]
    pool, weights = names
    out, count = [], 0
    while count < words:
        sentence = rng.choice(THEMES[language][rng.choice(themes)]).format(
            n=rng.randint(2, 90),
            country=rng.choice(COUNTRIES),
            year=rng.randint(2004, 2024),
            place=rng.choice(slots["place"]),
            group=rng.choice(slots["group"]),
        )
        if rng.random() < NAMES_SHARE:
            a, b, c = rng.choices(pool, cum_weights=weights, k=3)
            sentence += " " + NAMES[language].format(a=a, b=b, c=c)
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def generate(count, seed=2011, avoid=()):
    """(key, DocumentData) of `count` documents; `avoid` as in `invented_words`."""
    from search.contract import DocumentData

    names = invented_words(tuple(avoid))
    rng = random.Random(seed)
    weights = [share for _kind, share, _words in KINDS]
    for number in range(count):
        kind, _share, (low, high) = rng.choices(KINDS, weights)[0]
        language = rng.choice(["es", "en", "pt"])
        date = datetime.date(2008, 1, 1) + datetime.timedelta(days=rng.randint(0, 6000))
        themes = rng.sample(sorted(THEMES[language]), rng.randint(1, 3))
        title = text_of(rng, language, 8, themes, names).split(".")[0][:120]
        yield (
            f"bench:{number}",
            DocumentData(
                kind=kind,
                lang=language,
                title=title,
                url=f"/{language}/bench/{number}/",
                parts=[[language, text_of(rng, language, rng.randint(low, high), themes, names)]],
                date=date,
                year=date.year,
                countries=[rng.choice(CODES)],
                topics=rng.sample(TOPICS, rng.randint(0, 2)),
            ),
        )

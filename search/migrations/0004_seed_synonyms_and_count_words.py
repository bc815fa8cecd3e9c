"""The domain's synonym groups (editors change them in the admin), and the vocabulary
counted from the search documents that exist (search.vocabulary keeps it from now on).
Running it again adds no second copy of a group."""

from django.db import migrations

GROUPS = [
    (
        "NHRI, INDH, INDDHH, national human rights institution, "
        "institución nacional de derechos humanos, instituição nacional de direitos humanos",
        "National human rights institutions, by their names in English, Spanish (Uruguay: "
        "INDDHH) and Portuguese.",
    ),
    (
        "NPM, MNP, MNPCT, national preventive mechanism, mecanismo nacional de prevención, "
        "mecanismo nacional de prevenção",
        "The national preventive mechanisms of OPCAT (Brazil's is the MNPCT).",
    ),
    (
        "UPR, EPU, RPU, Universal Periodic Review, Examen Periódico Universal, "
        "Revisão Periódica Universal",
        "The UN Universal Periodic Review in the three languages.",
    ),
    (
        "Defensoría, Ouvidoria, Ombudsman",
        "Ombudsman offices: Brazil's are called ouvidorias.",
    ),
    (
        "OPCAT, Protocolo Facultativo, Optional Protocol",
        "The Optional Protocol to the Convention against Torture.",
    ),
]


def seed(apps, schema_editor):
    SearchSynonym = apps.get_model("hub_search", "SearchSynonym")
    for terms, note in GROUPS:
        SearchSynonym.objects.get_or_create(terms=terms, defaults={"note": note})


def count_words(apps, schema_editor):
    from search.vocabulary import rebuild

    rebuild(apps.get_model("hub_search", "SearchDocument"), apps.get_model("hub_search", "SearchWord"))


class Migration(migrations.Migration):
    dependencies = [("hub_search", "0003_vocabulary_and_synonyms")]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(count_words, migrations.RunPython.noop),
    ]

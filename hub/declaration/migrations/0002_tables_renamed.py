"""The moved models get their own tables and content types.

The content type rows are relabelled, not replaced: pages, revisions, translations,
permissions, workflows and log entries point to them by id, so they all follow. The
search documents of action points are relabelled too (their keys name the model).
Running `rebuild_search` afterwards refreshes an Elasticsearch index.
"""

from django.db import migrations

MODELS = ["declarationpage", "declarationsignatory", "actionpoint", "actionpointstatus"]


def relabel(apps, schema_editor, old="briefs", new="declaration"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    SearchDocument = apps.get_model("hub_search", "SearchDocument")
    for model in MODELS:
        if ContentType.objects.filter(app_label=old, model=model).exists():
            # A row made for the new label (nothing points to it yet) gives way.
            ContentType.objects.filter(app_label=new, model=model).delete()
            ContentType.objects.filter(app_label=old, model=model).update(app_label=new)
    for document in SearchDocument.objects.filter(source_model=f"{old}.ActionPoint"):
        document.source_model = f"{new}.ActionPoint"
        document.key = f"{new}.ActionPoint:{document.source_id}"
        document.save(update_fields=["source_model", "key"])


def relabel_back(apps, schema_editor):
    relabel(apps, schema_editor, old="declaration", new="briefs")


class Migration(migrations.Migration):
    dependencies = [
        ("declaration", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("hub_search", "0001_search_document"),
    ]

    operations = [
        migrations.AlterModelTable(name="declarationpage", table=None),
        migrations.AlterModelTable(name="declarationsignatory", table=None),
        migrations.AlterModelTable(name="actionpoint", table=None),
        migrations.AlterModelTable(name="actionpointstatus", table=None),
        migrations.RunPython(relabel, relabel_back),
    ]

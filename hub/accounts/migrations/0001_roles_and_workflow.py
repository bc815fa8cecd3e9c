"""The editorial groups and the "Review before publishing" workflow.

- Editors create and edit pages, snippets, documents, images and media, and submit them
  for review; they do not publish.
- Moderators do all that, approve and publish (the workflow's reviewers), and delete.
- Translators translate through wagtail-localize (pages, snippets, captions, documents in
  their language) and submit translations; they do not publish.
- Administrators have every permission.

Wagtail's own "Moderators approval" workflow on the root page becomes "Review before
publishing": it applies to every page of every language, translations included. Running
the migration again changes nothing.
"""

from django.db import migrations

PAGE = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
COLLECTION = {
    "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
    "wagtailmedia": ["add_media", "change_media", "delete_media"],
}
SNIPPETS = [
    ("network", "person"),
    ("network", "organisation"),
    ("network", "country"),
    ("network", "countrystatusevent"),
    ("core", "topic"),
    ("core", "footertext"),
    ("briefs", "actionpoint"),
    ("media_library", "captiontrack"),
    ("upr", "recommendation"),
]
TRANSLATABLE = [s for s in SNIPPETS if s not in {("upr", "recommendation"), ("network", "countrystatusevent")}]

ROLES = {
    "Editors": {
        "pages": ["add_page", "change_page"],
        "collections": {app: [p for p in perms if not p.startswith("delete")] for app, perms in COLLECTION.items()},
        "models": [(app, f"{verb}_{model}") for app, model in SNIPPETS for verb in ("add", "change", "view")],
    },
    "Moderators": {
        "pages": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
        "collections": COLLECTION,
        "models": [
            (app, f"{verb}_{model}") for app, model in SNIPPETS for verb in ("add", "change", "view", "delete")
        ],
    },
    "Translators": {
        "pages": ["add_page", "change_page"],
        # "add" lets them edit their own uploads; "change" would let them edit and delete
        # everybody's.
        "collections": {
            "wagtaildocs": ["add_document", "choose_document"],
            "wagtailimages": ["choose_image"],
        },
        "models": [(app, f"{verb}_{model}") for app, model in TRANSLATABLE for verb in ("add", "change", "view")],
    },
    "Administrators": {"pages": PAGE, "collections": COLLECTION, "models": "all"},
}
COMMON = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        if role["models"] == "all":
            group.permissions.set(Permission.objects.all())
        else:
            wanted = [_permission(apps, app, codename) for app, codename in COMMON + role["models"]]
            group.permissions.add(*wanted)
        # The page and collection permissions are exactly the role's.
        if root_page is not None:
            GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
                permission__codename__in=role["pages"]
            ).delete()
            for codename in role["pages"]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_permission(apps, "wagtailcore", codename)
                )
        if root_collection is not None:
            for app, codenames in role["collections"].items():
                for codename in codenames:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(apps, app, codename),
                    )

    # Editors no longer publish.
    Group.objects.get(name="Editors").permissions.remove(
        *Permission.objects.filter(content_type__app_label="wagtailcore", codename="publish_page")
    )

    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ContentType = apps.get_model("contenttypes", "ContentType")

    workflow = (
        Workflow.objects.filter(name__in=["Review before publishing", "Moderators approval"]).first()
        or Workflow.objects.create(name="Review before publishing", active=True)
    )
    workflow.name, workflow.active = "Review before publishing", True
    workflow.save()
    task = GroupApprovalTask.objects.filter(name__in=["Moderator review", "Moderators approval"]).first()
    if task is None:
        task_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name="Moderator review", content_type=task_type, active=True)
    Task.objects.filter(pk=task.pk).update(name="Moderator review", active=True)
    task.groups.set([Group.objects.get(name="Moderators")])
    if not WorkflowTask.objects.filter(workflow=workflow, task_id=task.pk).exists():
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailmedia", "0005_alter_media_options"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("core", "0001_initial"),
        ("network", "0004_country_choices_by_code"),
        ("upr", "0001_initial"),
        ("briefs", "0003_declarationpage_actionpoint_declarationsignatory_and_more"),
        ("media_library", "0002_mediafile_audio_codec_mediafile_bit_rate_and_more"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

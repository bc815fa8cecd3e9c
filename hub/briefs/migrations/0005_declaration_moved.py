"""The declaration and its action points now belong to the declaration app
(declaration 0001): they leave the briefs app's models, their tables stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('briefs', '0004_actionpoint_drafts'),
        ('declaration', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='actionpointstatus',
                    name='action_point',
                ),
                migrations.AlterUniqueTogether(
                    name='actionpointstatus',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='actionpointstatus',
                    name='locale',
                ),
                migrations.RemoveField(
                    model_name='declarationpage',
                    name='listing_image',
                ),
                migrations.RemoveField(
                    model_name='declarationpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='declarationsignatory',
                    name='page',
                ),
                migrations.RemoveField(
                    model_name='declarationsignatory',
                    name='organisation',
                ),
                migrations.DeleteModel(
                    name='ActionPoint',
                ),
                migrations.DeleteModel(
                    name='ActionPointStatus',
                ),
                migrations.DeleteModel(
                    name='DeclarationPage',
                ),
                migrations.DeleteModel(
                    name='DeclarationSignatory',
                ),
            ],
        ),
    ]

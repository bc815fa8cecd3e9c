"""The declaration, its signatories and action points, moved here from the briefs app.

Their tables stay where they are for this step (the models name the briefs tables, so
only Django's idea of the models changes); 0002 renames the tables and relabels the
content types, which keeps every page, revision, translation and permission.
"""

import datetime
import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
import uuid
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('briefs', '0004_actionpoint_drafts'),
        # Its data migrations read the action points as the briefs app's.
        ('accounts', '0004_public_snippets_reviewed'),
        ('core', '0003_topic_drafts_and_workflow'),
        ('network', '0005_people_organisations_countries_drafts'),
        ('upr', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='DeclarationPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('listing_summary', models.CharField(blank=True, help_text='One or two sentences for lists, search results and sharing.', max_length=300, verbose_name='listing summary')),
                        ('text', wagtail.fields.RichTextField(verbose_name='text')),
                        ('place', models.CharField(max_length=255, verbose_name='place')),
                        ('date', models.DateField(blank=True, null=True, verbose_name='date')),
                        ('is_sample', models.BooleanField(default=False, help_text='The real text and signatories are lost: demo content says so.', verbose_name='sample declaration')),
                        ('listing_image', models.ForeignKey(blank=True, help_text='Shown in lists and when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.hubimage', verbose_name='listing image')),
                    ],
                    options={
                        'verbose_name': 'declaration',
                        'db_table': 'briefs_declarationpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='ActionPoint',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                        ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                        ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                        ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                        ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                        ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                        ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                        ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                        ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                        ('number', models.PositiveSmallIntegerField(verbose_name='number')),
                        ('text', models.TextField(verbose_name='text')),
                        ('by_nhris', models.BooleanField(default=False, verbose_name='NHRIs')),
                        ('by_state', models.BooleanField(default=False, verbose_name='the state')),
                        ('by_civil_society', models.BooleanField(default=False, verbose_name='civil society')),
                        ('by_un', models.BooleanField(default=False, verbose_name='the UN')),
                        ('by_iachr', models.BooleanField(default=False, verbose_name='the IACHR')),
                        ('cat_articles', models.CharField(blank=True, help_text='For example: 2, 10, 11', max_length=100, verbose_name='CAT articles')),
                        ('opcat_articles', models.CharField(blank=True, max_length=100, verbose_name='OPCAT articles')),
                        ('is_sample', models.BooleanField(default=False, verbose_name='sample')),
                        ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                        ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                        ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                        ('recommendations', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='action_points', to='upr.recommendation', verbose_name='UPR recommendations it answers')),
                        ('declaration', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='declaration.declarationpage', verbose_name='declaration')),
                    ],
                    options={
                        'verbose_name': 'action point',
                        'verbose_name_plural': 'action points',
                        'db_table': 'briefs_actionpoint',
                        'ordering': ['number'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(models.Model, modelsearch.index.Indexed),
                ),
                migrations.CreateModel(
                    name='DeclarationSignatory',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='network.organisation')),
                        ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='signatories', to='declaration.declarationpage')),
                    ],
                    options={
                        'db_table': 'briefs_declarationsignatory',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='ActionPointStatus',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('status', models.CharField(choices=[('not-started', 'Not started'), ('in-progress', 'In progress'), ('done', 'Done')], max_length=12, verbose_name='status')),
                        ('date', models.DateField(default=datetime.date.today, verbose_name='date')),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('action_point', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='status_updates', to='declaration.actionpoint')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name': 'status update',
                        'db_table': 'briefs_actionpointstatus',
                        'ordering': ['sort_order'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                ),
            ],
        ),
    ]

# Sessions keyed by a digest of the cookie's key (afterview.web.sessions).

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def forget_clear_keys(apps, schema_editor):
    # Django's own table held live session keys in clear; nothing reads it any more,
    # and a copy of the database must not sign anyone in.
    apps.get_model("sessions", "Session").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ('web', '0001_initial'),
        ('sessions', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Session',
            fields=[
                ('session_data', models.TextField(verbose_name='session data')),
                ('expire_date', models.DateTimeField(db_index=True, verbose_name='expire date')),
                ('session_key', models.CharField(max_length=64, primary_key=True, serialize=False, verbose_name='session key digest')),
                ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'session',
                'verbose_name_plural': 'sessions',
                'abstract': False,
            },
        ),
        migrations.RunPython(forget_clear_keys, migrations.RunPython.noop),
    ]

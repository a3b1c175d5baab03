"""Sign-in for an office: allauth's tables and the shared cache table its rate limits use.

afterview's start-up migrates only when one of its own migration files is new
(records/bootstrap.py), so this file names allauth's latest migrations: a home made
before allauth was installed gets its tables with it. The cache table is Django's
`createcachetable`, made here so that `migrate` alone leaves a home complete."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def drop_cache_table(apps, schema_editor):
    from django.conf import settings

    for cache in settings.CACHES.values():
        if cache["BACKEND"].endswith("DatabaseCache"):
            schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(cache['LOCATION'])}")


class Migration(migrations.Migration):
    dependencies = [
        ("office", "0001_h21_office"),
        ("account", "0009_emailaddress_unique_primary_email"),
        ("mfa", "0003_authenticator_type_uniq"),
        ("socialaccount", "0006_alter_socialaccount_extra_data"),
    ]

    operations = [
        migrations.RunPython(create_cache_table, drop_cache_table),
    ]

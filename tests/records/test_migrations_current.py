"""Every model change has its migration: branches merged side by side must not leave
a model ahead of the schema that `migrate` builds."""

from django.core.management import call_command


def test_no_model_change_lacks_a_migration(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)

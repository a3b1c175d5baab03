"""Creating and upgrading the schema on first use, cheaply when nothing is due."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def _migration_names() -> set[tuple[str, str]]:
    """(app label, migration name) of every migration file of afterview's own apps."""
    root = Path(__file__).resolve().parent.parent
    names = set()
    for folder in root.glob("*/migrations"):
        app = folder.parent.name
        for entry in os.listdir(folder):
            if entry.endswith(".py") and entry[:4].isdigit():
                names.add((app, entry[:-3]))
    return names


def _applied(connection) -> set[tuple[str, str]]:
    with connection.cursor() as cursor:
        if "django_migrations" not in connection.introspection.table_names(cursor):
            return set()
        cursor.execute("SELECT app, name FROM django_migrations")
        return {(app, name) for app, name in cursor.fetchall()}


def schema_due() -> bool:
    """Whether a migration file of afterview's apps is not yet applied: true for a
    new home. Works before `django.setup()` (settings must be configured), so a
    command can choose its apps by it."""
    import warnings

    from django.db import connection

    with warnings.catch_warnings():
        # Django warns about queries while apps load; this one reads no model.
        warnings.filterwarnings("ignore", message="Accessing the database during app initialization")
        return not _migration_names() <= _applied(connection)


def ensure_schema() -> None:
    """Run migrations only when a migration file on disk is not yet applied.

    Comparing file names to `django_migrations` costs one query, so commands
    stay fast. Two processes starting on a new home at once (two `init`s, `serve`
    and a command) must not both migrate: on PostgreSQL an advisory lock, on
    SQLite a lock on a file beside the database, lets one migrate while the
    other waits and then finds nothing left to do.
    """
    from django.core.management import call_command
    from django.db import connection

    if _migration_names() <= _applied(connection):
        return
    with schema_lock(connection):
        if not _migration_names() <= _applied(connection):
            call_command("migrate", interactive=False, verbosity=0)


@contextlib.contextmanager
def schema_lock(connection):
    """Hold the lock that lets one process at a time migrate: a PostgreSQL advisory
    lock, or on SQLite a lock on a file beside the database."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(742101)")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(742101)")
        return
    with _file_lock(Path(str(connection.settings_dict["NAME"]) + ".migrate-lock")):
        yield


def migrate_all() -> list[str]:
    """Apply every unapplied migration (Django's own apps' too) under `schema_lock`;
    returns the names applied, in order (`afterview migrate`, an upgrade's step)."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    with schema_lock(connection):
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if plan:
            call_command("migrate", interactive=False, verbosity=0)
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


@contextlib.contextmanager
def _file_lock(path: Path):
    """Hold an exclusive lock on `path` (made if missing) until the block ends."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for 10 s, then raises
                    break
                except OSError:
                    continue
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock

"""A cursor whose statements PostgreSQL keeps prepared, for the few raw statements every
page runs (the row fingerprint, the facts' row queries, the playbook layers).

Django binds parameters on the client (psycopg's ClientCursor): each statement reaches
PostgreSQL as new text to parse and plan, which for an index lookup on a small table is
most of the work. This cursor binds on the server, and psycopg prepares a statement the
second time its connection runs it (Django turns psycopg's preparing off, for the sake of
connection poolers; it is turned on here for this cursor's statements only: Django's own
client-side cursors never prepare). From then on PostgreSQL only executes it. It goes
through Django's cursor wrapper as any other (query logging and counting see it). Only
for statements written here, whose parameters are plain values: the ORM's own queries
stay on Django's cursor. Elsewhere than PostgreSQL it is Django's cursor.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connection

__all__ = ["PREPARE_AFTER", "cursor"]

#: runs of a statement on one connection before psycopg prepares it
PREPARE_AFTER = 1


@contextmanager
def cursor():
    if connection.vendor != "postgresql":
        with connection.cursor() as plain:
            yield plain
        return
    import psycopg

    connection.ensure_connection()
    raw = connection.connection
    if raw.prepare_threshold is None:  # Django's default; a threshold set in OPTIONS is kept
        raw.prepare_threshold = PREPARE_AFTER
    factory = raw.cursor_factory
    raw.cursor_factory = psycopg.Cursor  # server-side binding: statements psycopg may prepare
    try:
        bound = connection.cursor()
    finally:
        raw.cursor_factory = factory
    with bound:
        yield bound

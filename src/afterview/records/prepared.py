"""A cursor whose statements PostgreSQL keeps prepared, for the few raw statements every
page runs (the row fingerprint, the facts' row queries, the playbook layers).

Django binds parameters on the client (psycopg's ClientCursor): each statement reaches
PostgreSQL as new text to parse and plan, which for an index lookup on a small table is
most of the work. This cursor binds on the server, and psycopg prepares a statement the
second time its connection runs it (Django turns psycopg's preparing off, for the sake of
connection poolers; it is turned on here for this cursor's statements only: Django's own
client-side cursors never prepare). From then on PostgreSQL only executes it. It goes
through Django's cursor wrapper as any other (query logging and counting see it, with the
statement's text: see `_LoggedText`). Only
for statements written here, whose parameters are plain values: the ORM's own queries
stay on Django's cursor. Elsewhere than PostgreSQL it is Django's cursor.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connection
from django.db.backends.utils import CursorDebugWrapper, CursorWrapper

__all__ = ["PREPARE_AFTER", "cursor"]

#: runs of a statement on one connection before psycopg prepares it
PREPARE_AFTER = 1


class _LoggedText(CursorDebugWrapper):
    """Django's logging wrapper, for a server-bound cursor: it logs the statement's text
    with its values in.

    Django takes the text it logs from psycopg's record of the last query, and psycopg keeps
    none for a statement it ran prepared, so every run after the first would be logged as
    None. The text is composed here instead, the way Django does it for a connection that
    binds every statement on the server. Only used while queries are logged (debugging,
    tests, the benches), so composing it costs nothing otherwise.
    """

    def execute(self, sql, params=None):
        with self.debug_sql(self.db.ops.compose_sql(sql, params)):
            return CursorWrapper.execute(self, sql, params)


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
    if isinstance(bound, CursorDebugWrapper):
        bound = _LoggedText(bound.cursor, bound.db)
    with bound:
        yield bound

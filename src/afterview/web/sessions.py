"""The session engine: Django's database sessions, keeping only a digest of each key.

The browser's cookie holds the key; the table holds its SHA-256. A copy of the
database (a backup, a stolen laptop's disk) therefore signs nobody in, while a
session can still be ended at once by deleting its row, which signed cookies
cannot do. A session lasts 14 days from its last use: each use at least an hour
after the last renewal pushes its end (and the cookie's) 14 days on.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DbStore
from django.db import connection
from django.utils import timezone

__all__ = ["SessionStore", "digest", "revoke"]

#: Renew a session's expiry on use at most this often: sliding expiry without a write per request.
RENEW_AFTER = timedelta(hours=1)


def digest(session_key: str) -> str:
    return hashlib.sha256(session_key.encode("utf-8")).hexdigest()


class SessionStore(DbStore):
    #: the user the session's row names, loaded with it (web/session_user.py)
    kept_user = None

    @classmethod
    def get_model_class(cls):
        from afterview.web.models import Session

        return Session

    def _get_session_from_db(self):
        if not self.session_key:
            return None
        # The signed-in person comes with the row, and what every page of theirs asks
        # next (their office membership and profile): one query where there were four.
        if connection.vendor == "postgresql":
            found = _session_row(digest(self.session_key), timezone.now())
        else:
            found = (
                self.model.objects.filter(session_key=digest(self.session_key), expire_date__gt=timezone.now())
                .select_related("user", "user__member", "user__profile")
                .first()
            )
        if found is None:
            self._session_key = None
            return None
        self.kept_user = found.user
        if found.expire_date - timezone.now() < timedelta(seconds=self.get_session_cookie_age()) - RENEW_AFTER:
            # Used again: the middleware saves it, moving the end (and the cookie's) 14 days on.
            self.modified = True
        return found

    async def _aget_session_from_db(self):
        from asgiref.sync import sync_to_async

        return await sync_to_async(self._get_session_from_db)()

    def exists(self, session_key):
        return self.model.objects.filter(session_key=digest(session_key)).exists()

    async def aexists(self, session_key):
        return await self.model.objects.filter(session_key=digest(session_key)).aexists()

    def create_model_instance(self, data):
        user_id = data.get(SESSION_KEY)
        return self.model(
            session_key=digest(self._get_or_create_session_key()),
            session_data=self.encode(data),
            expire_date=self.get_expiry_date(),
            user_id=int(user_id) if user_id and str(user_id).isdigit() else None,
        )

    async def acreate_model_instance(self, data):
        from asgiref.sync import sync_to_async

        return await sync_to_async(self.create_model_instance)(data)

    def create(self):
        self.clear_expired()
        super().create()

    def delete(self, session_key=None):
        if session_key is None:
            if self.session_key is None:
                return
            session_key = self.session_key
        self.model.objects.filter(session_key=digest(session_key)).delete()

    async def adelete(self, session_key=None):
        from asgiref.sync import sync_to_async

        await sync_to_async(self.delete)(session_key)


_JOINED: tuple | None = None


def _joined():
    """The statement `_session_row` runs and how to read its row, built once per process:
    the session, its user, their membership and profile, as `select_related` joins them."""
    global _JOINED
    if _JOINED is None:
        from django.contrib.auth import get_user_model

        from afterview.office.models import Member
        from afterview.records.models import Profile
        from afterview.web.models import Session

        q = connection.ops.quote_name
        models = [("s", Session), ("u", get_user_model()), ("m", Member), ("p", Profile)]
        columns, parts = [], []
        for alias, model in models:
            fields = model._meta.concrete_fields
            columns += [f"{alias}.{q(f.column)}" for f in fields]
            converters = [f.get_db_converters(connection) + connection.ops.get_db_converters(f.get_col(alias)) for f in fields]
            parts.append((model, [f.attname for f in fields], converters))
        sql = (
            f"SELECT {', '.join(columns)} FROM {q(Session._meta.db_table)} s "
            f"LEFT OUTER JOIN {q(models[1][1]._meta.db_table)} u ON s.user_id = u.id "
            f"LEFT OUTER JOIN {q(Member._meta.db_table)} m ON m.user_id = u.id "
            f"LEFT OUTER JOIN {q(Profile._meta.db_table)} p ON p.user_id = u.id "
            "WHERE s.session_key = %s AND s.expire_date > %s LIMIT 1"
        )
        _JOINED = (sql, parts)
    return _JOINED


def _session_row(key_digest: str, now):
    """The session row of `key_digest` unexpired at `now`, with its user, membership and
    profile cached on it exactly as `select_related("user", "user__member",
    "user__profile")` leaves them (a missing membership or profile cached as None), from
    one prepared statement (records/prepared.py): building that queryset on every request
    cost more than running it. PostgreSQL only."""
    from afterview.records import prepared

    sql, parts = _joined()
    with prepared.cursor() as cursor:
        cursor.execute(sql, [key_digest, now])
        row = cursor.fetchone()
    if row is None:
        return None
    made, at = [], 0
    for model, names, converters in parts:
        values = list(row[at : at + len(names)])
        at += len(names)
        if values[0] is None:  # no row joined (its primary key is first)
            made.append(None)
            continue
        for i, convert in enumerate(converters):
            for converter in convert:
                values[i] = converter(values[i], None, connection)
        made.append(model.from_db(connection.alias, names, values))
    session, user, member, profile = made
    session._meta.get_field("user").set_cached_value(session, user)
    if user is not None:
        for related, model in ((member, "member"), (profile, "profile")):
            rel = type(user)._meta.get_field(model)
            rel.set_cached_value(user, related)
            if related is not None:
                related._meta.get_field("user").set_cached_value(related, user)
    return session


def revoke(user=None) -> int:
    """End every session (of `user`, when given); the number ended."""
    from afterview.web.models import Session

    sessions = Session.objects.all() if user is None else Session.objects.filter(user=user)
    count, _ = sessions.delete()
    return count


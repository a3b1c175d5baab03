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
        found = (
            self.model.objects.filter(session_key=digest(self.session_key), expire_date__gt=timezone.now())
            # The signed-in person comes with the row, and what every page of theirs asks
            # next (their office membership and profile): one query where there were four.
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


def revoke(user=None) -> int:
    """End every session (of `user`, when given); the number ended."""
    from afterview.web.models import Session

    sessions = Session.objects.all() if user is None else Session.objects.filter(user=user)
    count, _ = sessions.delete()
    return count


"""What the web app stores of its own: one-time sign-in tokens, sessions and snoozed actions."""

from __future__ import annotations

from django.conf import settings
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models

from afterview.records.models import Owned


class SignInToken(models.Model):
    """A single-use, short-lived link `afterview serve` prints. Only a digest is kept,
    so a copy of the database does not let anyone sign in."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)


class Snooze(Owned):
    """An action the candidate put off: hidden from the agenda until `until_at`.

    An action is named by its application, kind and person; when the playbook's
    plan changes (another person, another kind) the snooze no longer matches."""

    application = models.ForeignKey("records.Application", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=40)
    person_key = models.CharField(max_length=40, blank=True)
    until_at = models.DateTimeField()
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint("application", "kind", "person_key", name="snooze_once_per_action")
        ]


class Session(AbstractBaseSession):
    """A browser's session. `session_key` holds the SHA-256 of the key in the cookie,
    never the key itself (see afterview.web.sessions)."""

    session_key = models.CharField("session key digest", max_length=64, primary_key=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+")

    @classmethod
    def get_session_store_class(cls):
        from afterview.web.sessions import SessionStore

        return SessionStore

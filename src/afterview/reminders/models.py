"""What reminders store: the candidate's channels and preferences, one row per
reminder or digest sent (the claim that makes each go at most once), and the
heartbeat of each running worker.

A channel's Apprise URL holds secrets (tokens, passwords), so it is kept only as
a Fernet token (see `afterview.outreach.vault`); `masked` is the form Apprise
prints with the secrets starred out, the only one ever shown.
"""

from __future__ import annotations

from datetime import time

from django.db import models

from afterview.records.models import Owned


class Channel(Owned):
    """One Apprise URL reminders go to: a phone, a desktop, a chat."""

    url_token = models.TextField()
    masked = models.CharField(max_length=500)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.masked

    def __repr__(self):
        return f"<Channel {self.pk} {self.masked}>"


class DigestEvery(models.TextChoices):
    DAY = "daily", "each business morning"
    WEEK = "weekly", "Monday mornings"
    OFF = "off", "never"


class Preferences(Owned):
    """When the candidate may be reached; missing row: the defaults below."""

    quiet_from = models.TimeField(default=time(21, 0))
    quiet_until = models.TimeField(default=time(8, 0))
    digest = models.CharField(max_length=10, choices=DigestEvery.choices, default=DigestEvery.DAY)
    digest_hour = models.PositiveSmallIntegerField(default=8)

    class Meta:
        constraints = [models.UniqueConstraint("owner", name="reminder_preferences_one_per_candidate")]


class ReminderKind(models.TextChoices):
    DUE = "due", "a step became due"
    LAST_CALL = "last-call", "a thank-you's window is about to close"
    DIGEST = "digest", "the morning digest"
    NUDGE = "nudge", "an adviser's nudge"


class ReminderStatus(models.TextChoices):
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Reminder(Owned):
    """One reminder to one channel (or the digest by e-mail), claimed by inserting it.

    The unique (owner, kind, key, via) is the claim: the worker that inserts the
    row sends; any other gets an IntegrityError and does nothing. `key` names the
    step ("APP:KIND:PERSON") or the digest's local date; `via` is "channel:ID" or
    "mail". A row left `sending` by a worker that died is never sent again."""

    kind = models.CharField(max_length=12, choices=ReminderKind.choices)
    key = models.CharField(max_length=120)
    via = models.CharField(max_length=40)
    status = models.CharField(max_length=10, choices=ReminderStatus.choices, default=ReminderStatus.SENDING)
    title = models.CharField(max_length=300)
    body = models.TextField()
    claimed_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["claimed_at", "id"]
        constraints = [
            models.UniqueConstraint("owner", "kind", "key", "via", name="reminder_once_per_step_and_channel")
        ]


class Heartbeat(models.Model):
    """A running worker, as it last said: `afterview status` reads these."""

    worker = models.CharField(max_length=200, unique=True)
    started_at = models.DateTimeField()
    beat_at = models.DateTimeField()
    #: past this without a new beat the worker is taken as stopped
    stale_at = models.DateTimeField()
    #: what the last round did, in a few words
    last = models.CharField(max_length=300, blank=True)

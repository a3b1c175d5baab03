"""The office's own rows. A student's records stay the `Owned` rows they always
were (records/, outreach/, reminders/); these rows only say who is who, who may
see what, and who looked."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Office(models.Model):
    """The one office of an install (office mode is on when this row exists)."""

    name = models.CharField(max_length=200)
    created_at = models.DateTimeField()
    #: playbook keys -> values as TOML spells them; over the install file, under a student's own overrides
    playbook_defaults = models.JSONField(default=dict, blank=True)
    #: the students' digest cadence unless they choose their own (reminders.DigestEvery values)
    digest_default = models.CharField(max_length=10, default="daily")
    #: raised by every change that must leave the dashboard's stored figures at once (a
    #: consent change, a deactivation, a deletion): a snapshot computed from an older
    #: version is not stored (office/snapshots.py)
    figures_version = models.BigIntegerField(default=0)

    def __str__(self):
        return self.name


class Role(models.TextChoices):
    STUDENT = "student", "student"
    ADVISER = "adviser", "adviser"
    ADMIN = "admin", "office admin"


class Consent(models.TextChoices):
    """What a student's advisers may see; the student chooses and may change it at any time."""

    NOTHING = "nothing", "nothing"
    COUNTS = "counts", "counts only"
    DETAILS = "details", "details, read-only"


class Cohort(models.Model):
    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField()
    advisers = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="advised_cohorts", blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Member(models.Model):
    """A person's place in the office. Every account of an office install has one."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.STUDENT)
    #: students only
    cohort = models.ForeignKey(Cohort, null=True, blank=True, on_delete=models.SET_NULL, related_name="students")
    consent = models.CharField(max_length=10, choices=Consent.choices, default=Consent.COUNTS)
    consent_changed_at = models.DateTimeField(null=True, blank=True)
    joined_at = models.DateTimeField()
    #: set when the office deactivates a student: the account is kept without data
    deactivated_at = models.DateTimeField(null=True, blank=True)
    #: the last adviser's nudge (office/nudges.py): the claim that rate-limits them
    nudged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["role", "cohort"])]

    def __str__(self):
        return f"{self.user} ({self.role})"


class AuditEntry(models.Model):
    """An adviser opened a student's details: the student can read every entry."""

    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    #: kept when the adviser's account goes, as the name they had
    adviser = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    adviser_name = models.CharField(max_length=200)
    at = models.DateTimeField()
    #: what was opened, in words ("application 12", "notes of application 12")
    what = models.CharField(max_length=300)
    path = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["student", "-at"])]


class Invitation(models.Model):
    """An invitation to join the office, sent by e-mail with a link that works once.

    Only the token's digest is stored (`invitations.digest`)."""

    email = models.EmailField()
    name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.STUDENT)
    cohort = models.ForeignKey(Cohort, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    digest = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    last_sent_at = models.DateTimeField(null=True, blank=True)
    times_sent = models.PositiveIntegerField(default=0)
    #: why the last sending failed, or the bounce that came back for it
    problem = models.CharField(max_length=500, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["email"])]

    def is_open(self, now) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > now


class Aggregate(models.Model):
    """A deactivated student's share of one dashboard figure on one day, kept without
    them: no user, no employer, no names. The dashboard adds these rows to the live
    figures (office/figures.py)."""

    cohort = models.ForeignKey(Cohort, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    #: the figure's name (figures.FIGURES)
    figure = models.CharField(max_length=20)
    #: the UTC day of the event the figure counts (an interview's end, a note's sending)
    on = models.DateField()
    #: a figure's sub-key: an outcome's kind, or a thank-you's hours (the speed figure)
    key = models.CharField(max_length=20, blank=True)
    hits = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["figure", "on"])]


class FigureSnapshot(models.Model):
    """One cohort's dashboard figures under one set of filters (an employer, a period),
    as worked out at `computed_at` (office/snapshots.py), so that a page does not count
    again what only a write can change. The `afterview worker` refreshes the rows of the
    default filters; a page stores the others it computes. A consent change, a
    deactivation or a deletion removes its cohort's rows in its own transaction."""

    #: the cohort, the employer (casefolded) and the period, as one unique text
    key = models.CharField(max_length=300, unique=True)
    #: None: the students with no cohort (only admins see them)
    cohort = models.ForeignKey(Cohort, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    employer = models.CharField(max_length=200, blank=True)
    since = models.DateField(null=True, blank=True)
    until = models.DateField(null=True, blank=True)
    #: the cohort's figures (`dashboard.Row` as a dict) and its thank-you counts by day
    figures = models.JSONField(default=dict)
    computed_at = models.DateTimeField()
    #: the office's `figures_version` the computation started from
    version = models.BigIntegerField(default=0)

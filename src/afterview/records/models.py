"""Storage for one candidate's applications. Every row has an owner, and every
query goes through `Owned.objects.for_owner(candidate)`: a career office keeps
many candidates in one database."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from afterview.core import facts


class OwnedQuerySet(models.QuerySet):
    def for_owner(self, owner):
        return self.filter(owner=owner)


class Owned(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True


class Profile(models.Model):
    """The candidate's own details: the name notes are signed with, the home zone."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    tz = models.CharField("time zone", max_length=64, default="UTC")
    #: the candidate `afterview` on this machine acts for
    is_local = models.BooleanField(default=False)

    def __str__(self):
        return self.display_name or self.user.get_username()


class Organization(Owned):
    name = models.CharField(max_length=200)
    aliases = models.JSONField(default=list, blank=True)
    domains = models.JSONField(default=list, blank=True)
    country = models.CharField(max_length=2, default="US")
    tz = models.CharField("time zone", max_length=64, default="UTC")
    created_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint("owner", "name", name="organization_unique_name")]
        ordering = ["name"]

    def __str__(self):
        return self.name


class Contact(Owned):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    title = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=32, blank=True, help_text="E.164, e.g. +13125550100")
    tz = models.CharField("time zone", max_length=64, blank=True, help_text="blank: the organization's")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} <{self.email}>" if self.email else self.name


class Application(Owned):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="applications")
    role = models.CharField(max_length=200)
    hiring_contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.role} at {self.organization}"


class Interview(Owned):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="interviews")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    tz = models.CharField("time zone", max_length=64)
    #: the decision-expected date they stated; null: no timeline given
    expect_on = models.DateField(null=True, blank=True)
    interviewers = models.ManyToManyField(Contact, through="Interviewer", related_name="interviews")

    class Meta:
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="interview_ends_after_start")
        ]

    def __str__(self):
        return f"{self.application} on {self.starts_at:%Y-%m-%d}"


class Interviewer(Owned):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="panel")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="+")
    highlight = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint("interview", "contact", name="interviewer_once_per_interview")]


class Expectation(Owned):
    """A timeline learned after the interview (a call, a chance meeting)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="expectations")
    on = models.DateField()
    learned_at = models.DateTimeField()

    class Meta:
        ordering = ["learned_at", "id"]


#: The kinds of touch are core's (afterview.core.facts.TouchKind); this is their storage form.
TouchKind = models.TextChoices("TouchKind", [(kind.name, kind.value) for kind in facts.TouchKind])


class Touch(Owned):
    """One exchange with the organization, either way: the log state is derived from."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="touches")
    kind = models.CharField(max_length=20, choices=TouchKind.choices)
    at = models.DateTimeField()
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(blank=True)
    #: a new decision date the exchange gave (a reply saying "by the 15th")
    expect_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["application", "at"])]

    def __str__(self):
        return f"{self.kind} {self.at:%Y-%m-%d %H:%M}"


class Update(Owned):
    """Something new to tell them; rides along in the next follow-up."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="updates")
    text = models.TextField()
    added_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["added_at", "id"]


class MessageKind(models.TextChoices):
    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    NEXT_STEPS = "next-steps"


class MessageStatus(models.TextChoices):
    DRAFT = "draft"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"
    FAILED = "failed"
    #: its worker died mid-send and the mailbox could not say whether it left
    UNKNOWN = "unknown"


class Message(Owned):
    """An outgoing e-mail, from draft to sent."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=MessageKind.choices)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    status = models.CharField(max_length=20, choices=MessageStatus.choices, default=MessageStatus.DRAFT)
    created_at = models.DateTimeField()
    scheduled_at = models.DateTimeField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=300, blank=True)
    in_reply_to = models.CharField(max_length=300, blank=True)
    references = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    #: the candidate sent it despite error-level findings
    forced = models.BooleanField(default=False)
    #: loaded from a backup: before it is sent, its Message-ID is looked for among
    #: the notes already sent and in the Sent folder (a restore never sends twice)
    restored = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["status", "scheduled_at"])]

    def __str__(self):
        return f"{self.kind} to {self.contact} ({self.status})"


class SeenReply(Owned):
    """The Message-ID of a reply already counted for this candidate: a reply is counted
    once per candidate, however often the inbox is read again, and the set travels in
    backups so that a restore followed by `afterview mail sync` counts nothing twice."""

    message_id = models.CharField(max_length=300)

    class Meta:
        constraints = [models.UniqueConstraint("owner", "message_id", name="seenreply_once_per_candidate")]

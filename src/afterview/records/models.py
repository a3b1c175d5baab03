"""Storage for one candidate's applications. Every row has an owner, and every
query goes through `Owned.objects.for_owner(candidate)`: a career office keeps
many candidates in one database."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from afterview.core import facts, steps


#: what `loaded_relation` answers when the relation would need a query
NOT_LOADED = object()


def loaded_relation(instance, name: str):
    """What `instance.<name>`, a one-to-one relation, already holds without a query (a
    `select_related` brought it): the related row, None when there is none, or
    NOT_LOADED when reading it would ask the database."""
    descriptor = getattr(instance.__class__, name, None)  # __class__: a lazy request.user too
    related = getattr(descriptor, "related", None)  # the reverse side of a OneToOneField
    if related is None or not related.is_cached(instance):
        return NOT_LOADED
    return related.get_cached_value(instance)


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


class PlaybookOverride(models.Model):
    """A candidate's own playbook values, over the install's playbook.toml.

    `values` maps playbook keys to values spelled as TOML holds them (a whole
    number, or "HH:MM"); `records.playbook_config` checks them with the rules
    that check the file."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    values = models.JSONField(default=dict, blank=True)

    def __str__(self):
        return f"playbook overrides of {self.owner}"


class Organization(Owned):
    name = models.CharField(max_length=200)
    aliases = models.JSONField(default=list, blank=True)
    domains = models.JSONField(default=list, blank=True)
    country = models.CharField(max_length=2, default="US")
    tz = models.CharField("time zone", max_length=64, default="UTC")
    created_at = models.DateTimeField()
    #: greet its people by full name (or their salutation) rather than by first name
    formal_greetings = models.BooleanField(default=False)

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
    #: how notes greet them: "Ms. Castellanos", "Dr. Okafor", "Miriam"; blank: by first name
    salutation = models.CharField(max_length=200, blank=True)
    #: the day their automatic reply said they are back; null: not away
    away_until = models.DateField(null=True, blank=True)
    #: the address that bounced and when; flagged while it is still `email`
    bounced_address = models.CharField(max_length=320, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    bounce_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["name"]

    @property
    def is_bounced(self) -> bool:
        return bool(self.bounced_at and self.email and self.bounced_address.lower() == self.email.lower())

    def __str__(self):
        return f"{self.name} <{self.email}>" if self.email else self.name


class Application(Owned):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="applications")
    role = models.CharField(max_length=200)
    hiring_contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()
    #: the job posting's address
    link = models.URLField(max_length=2000, blank=True)
    location = models.CharField(max_length=200, blank=True)
    #: the day the candidate applied; null: not known
    applied_on = models.DateField(null=True, blank=True)
    #: free notes (a spreadsheet's notes, and statuses that decide nothing)
    notes = models.TextField(blank=True)

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


class Request(Owned):
    """Something they asked for in a reply the candidate confirmed ("the transcript")."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="requests")
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    text = models.CharField(max_length=300)
    asked_at = models.DateTimeField()
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "id"]


#: Note kinds and statuses are core's (afterview.core.steps); these are their storage forms.
#: The status groups (steps.MessageStatus.LIVE, ...) are defined there only.
MessageKind = models.TextChoices("MessageKind", [(kind.name, kind.value) for kind in steps.NoteKind])
MessageStatus = models.TextChoices("MessageStatus", [(status.name, status.value) for status in steps.MessageStatus])


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


class CalendarFeed(models.Model):
    """The candidate's private calendar subscription. Only the SHA-256 of the URL's
    token is kept (null: no link, or revoked); `uid_domain` makes the feed's UIDs
    unique to this candidate on this install, and outlives a new link."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_digest = models.CharField(max_length=64, unique=True, null=True, blank=True)
    uid_domain = models.CharField(max_length=64)
    created_at = models.DateTimeField()
    #: when the current link was made (null: none)
    linked_at = models.DateTimeField(null=True, blank=True)


class CalendarEntry(Owned):
    """What the feed last said about one event, to know when it moved: its
    fingerprint (summary and times), its SEQUENCE, when it last changed, and its
    written form (so a poll writes anew only what changed). An event no longer in
    the plan stays as a row with `present` false."""

    uid = models.CharField(max_length=200)
    fingerprint = models.CharField(max_length=64)
    sequence = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField()
    present = models.BooleanField(default=True)
    #: the event as last written (a VEVENT), and a digest of what it was written from
    content = models.CharField(max_length=64, blank=True)
    ical = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint("owner", "uid", name="calendar_entry_once")]


class SeenReply(Owned):
    """The Message-ID of a reply already counted for this candidate: a reply is counted
    once per candidate, however often the inbox is read again, and the set travels in
    backups so that a restore followed by `afterview mail sync` counts nothing twice."""

    message_id = models.CharField(max_length=300)

    class Meta:
        constraints = [models.UniqueConstraint("owner", "message_id", name="seenreply_once_per_candidate")]


class Change(Owned):
    """One edit or delete the candidate can still undo: the rows as they were before
    it (Django's JSON serialization) and the rows it created. Kept for
    `records.editing.UNDO_WINDOW`, then purged by the next edit, delete or undo."""

    made_at = models.DateTimeField()
    #: what it did, in words: "deleted touch 7 (thank-you-sent with Ana Ruiz)"
    summary = models.CharField(max_length=300)
    #: the application it changed (null: gone with it, or none); its page shows the banner
    application_id = models.IntegerField(null=True, blank=True)
    #: the rows before the change, serialized; undo saves them back
    before = models.TextField(default="[]")
    #: [["records.contact", 12], ...]: the rows it made; undo deletes them
    created = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["made_at", "id"]
        indexes = [models.Index(fields=["owner", "made_at"])]

    def __str__(self):
        return self.summary


#: Where a stored step stands (afterview.core.steptimes.StepStatus); the storage form.
StepStatus = models.TextChoices("StepStatus", [("DONE", "done"), ("OPEN", "open"), ("DROPPED", "dropped")])
#: The kinds of step are core's (afterview.core.playbook.ActionKind).
StepKind = models.TextChoices(
    "StepKind",
    [
        ("ASK_NEXT_STEPS", "ask-next-steps"),
        ("THANK_YOU", "thank-you"),
        ("FOLLOW_UP", "follow-up"),
        ("PHONE_CALL", "phone-call"),
        ("CLOSE_OUT", "close-out"),
        ("FIND_ADDRESS", "find-address"),
        ("SEND_REQUESTED", "send-requested"),
    ],
)


class StepTime(Owned):
    """One step of an application's playbook, stored with its due time and the time it
    was done, so that a career office's figures are sums over rows, never re-plans.

    The rows of an application are a pure function of its facts and its owner's rules
    (`afterview.core.steptimes.step_times`, no "now" in it): `records.steptimes.refresh`
    rewrites them in the transaction of every write, and `afterview office rebuild`
    recomputes them all and reports the rows that drifted. Lateness is never stored:
    compare the times below with now in the query.
    """

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="step_times")
    #: the step's name within its application, stable across refreshes:
    #: "thank-you/<interview>/<contact>", "ask-next-steps/<interview>",
    #: "try/<interview>/<n>" (the n-th follow-up or call of the round), "close-out/<interview>",
    #: "send-requested/<interview>/<asked at>", "find-address/<contact>"
    key = models.CharField(max_length=120)
    #: the playbook's kind of step (a try is "follow-up" or "phone-call": what the plan asked for)
    kind = models.CharField(max_length=20, choices=StepKind.choices)
    #: the interview round the step belongs to (its end is where a thank-you's 24 hours start)
    interview = models.ForeignKey(Interview, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    #: whom the step concerns (null: a close-out, or no hiring contact known)
    person = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    #: for a follow-up or call: the n-th of the round (1, 2, ...); null for other steps
    try_number = models.PositiveSmallIntegerField(null=True, blank=True)
    #: done (a touch carried it out), open (in the plan, not done) or dropped (planned, never
    #: done, and no longer in the plan: a later write such as a follow-up, a decision or a
    #: new round took it away)
    status = models.CharField(max_length=10, choices=StepStatus.choices)
    #: when the step fell due, as the plan had it just before it was done (open or dropped:
    #: as planned at the latest moment the application's facts know of, assuming every
    #: earlier step is done when due); null: done without being planned. Open rows do not
    #: move as time passes: an open row past `latest_at` is late, one past `open_until`
    #: has left the plan (treat it as dropped)
    due_at = models.DateTimeField(null=True, blank=True)
    #: after it the step is overdue (a thank-you: the interview's end + thank_you_within_hours;
    #: a follow-up: the end of its due business day); null: no deadline
    latest_at = models.DateTimeField(null=True, blank=True)
    #: one business day after `due_at` (the organization's calendar, the same clock time):
    #: a try done by then was on time; null: no due time
    on_time_until = models.DateTimeField(null=True, blank=True)
    #: three business days after `due_at`: an open try still undone by then needs a nudge
    nudge_at = models.DateTimeField(null=True, blank=True)
    #: an open thank-you or next-steps question leaves the plan at this time if nothing is
    #: written meanwhile (the first follow-up falls due); null: it stays until done or changed
    open_until = models.DateTimeField(null=True, blank=True)
    #: when it was done: the time of the touch that carried it out (null: not done)
    done_at = models.DateTimeField(null=True, blank=True)
    #: the touch kind that did it ("follow-up-sent" may carry out a phone-call step); "" if not done
    done_kind = models.CharField(max_length=20, blank=True)
    #: the touch that did it
    touch = models.ForeignKey(Touch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    #: the note afterview sent for it (a sent message with the touch's person, kind and time)
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    #: for a try that was done: the first answer from them after it (a reply, an offer or a
    #: rejection), before the next try of the round; null: none
    replied_at = models.DateTimeField(null=True, blank=True)
    #: when this row was first stored, and when its figures last changed (not compared by rebuild)
    first_seen_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["application_id", "key"]
        constraints = [models.UniqueConstraint("application", "key", name="steptime_once_per_application")]
        indexes = [
            models.Index(fields=["owner", "kind", "status"], name="steptime_owner_kind"),
            models.Index(fields=["kind", "status", "due_at"], name="steptime_kind_due"),
        ]

    def __str__(self):
        return f"{self.key} ({self.status})"


class StaleStepTimes(models.Model):
    """A candidate whose stored step times wait to be made again: a change of the rules
    over many candidates at once (the office's defaults) marks them in its transaction,
    and the worker refreshes them one candidate per transaction
    (`records.steptimes.refresh_one_stale`), so the change itself stays short."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    #: when the change that made the rows stale was made (a refresh that began before a
    #: later change leaves the later mark in place)
    since = models.DateTimeField()

    def __str__(self):
        return f"step times of {self.owner} stale since {self.since}"

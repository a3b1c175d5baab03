"""What outreach stores besides `records.Message`: the candidate's mailbox and
the replies it has matched.

Passwords are kept only as Fernet tokens (see `vault`); the key lives in a file
outside the database, so a copy of the database alone does not give them away.
"""

from __future__ import annotations

from django.db import models

from afterview.core.replies import ReplyKind
from afterview.records.models import Application, Contact, Message, Owned, Touch


class SmtpSecurity(models.TextChoices):
    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"


class ImapSecurity(models.TextChoices):
    NONE = "none"
    TLS = "tls"


class OAuthMechanism(models.TextChoices):
    XOAUTH2 = "XOAUTH2"
    OAUTHBEARER = "OAUTHBEARER"


class MailAccount(Owned):
    """One candidate's mailbox: SMTP to send, IMAP (optional) to see replies and Sent."""

    from_name = models.CharField(max_length=200)
    from_address = models.CharField(max_length=320)

    smtp_host = models.CharField(max_length=255)
    smtp_port = models.PositiveIntegerField()
    smtp_security = models.CharField(max_length=10, choices=SmtpSecurity.choices)
    smtp_user = models.CharField(max_length=320, blank=True)
    #: a Fernet token, never the password itself; blank: no login
    smtp_password_token = models.TextField(blank=True)

    #: blank: no IMAP, so no reply detection and no Sent-folder reconciliation
    imap_host = models.CharField(max_length=255, blank=True)
    imap_port = models.PositiveIntegerField(null=True, blank=True)
    imap_security = models.CharField(max_length=10, choices=ImapSecurity.choices, default=ImapSecurity.TLS)
    imap_user = models.CharField(max_length=320, blank=True)
    imap_password_token = models.TextField(blank=True)
    imap_folder = models.CharField(max_length=200, default="INBOX")
    #: blank: the folder the server marks \Sent, else "Sent"
    sent_folder = models.CharField(max_length=200, blank=True)
    #: file a copy of each sent note in the Sent folder (off for providers that do it themselves)
    copy_to_sent = models.BooleanField(default=True)

    imap_uidvalidity = models.BigIntegerField(null=True, blank=True)
    imap_last_uid = models.BigIntegerField(default=0)
    #: one worker at a time reads an inbox; this is its lease
    sync_lease_until = models.DateTimeField(null=True, blank=True)
    synced_at = models.DateTimeField(null=True, blank=True)
    sync_error = models.TextField(blank=True)

    #: the preset it was set up from (`afterview.core.providers.PRESETS`); blank: by hand
    provider = models.CharField(max_length=40, blank=True)
    #: a CA bundle trusted for a self-hosted server; blank: the system's
    ca_file = models.CharField(max_length=1000, blank=True)
    #: blank: passwords; else the OAuth2 provider in `afterview.outreach.oauth.PROVIDERS`
    oauth_provider = models.CharField(max_length=20, blank=True)
    oauth_mechanism = models.CharField(max_length=12, choices=OAuthMechanism.choices, default=OAuthMechanism.XOAUTH2)
    #: Fernet tokens, like the passwords: never the OAuth2 tokens themselves
    oauth_refresh_token = models.TextField(blank=True)
    oauth_access_token = models.TextField(blank=True)
    oauth_expires_at = models.DateTimeField(null=True, blank=True)
    #: set when the grant was revoked or expired: "sign in to your mailbox again"
    oauth_error = models.TextField(blank=True)

    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint("owner", name="mailaccount_one_per_candidate")]

    def __str__(self):
        return f"{self.from_name} <{self.from_address}>"

    def __repr__(self):
        # Never the tokens: a repr ends up in logs and tracebacks.
        return f"<MailAccount {self.pk} {self.from_address} smtp={self.smtp_host}:{self.smtp_port}>"

    @property
    def has_imap(self) -> bool:
        return bool(self.imap_host)

    @property
    def uses_oauth(self) -> bool:
        return bool(self.oauth_provider)

    @property
    def needs_sign_in(self) -> bool:
        """OAuth2 without a usable grant: nothing can be sent or read until a new sign-in."""
        return self.uses_oauth and (bool(self.oauth_error) or not self.oauth_refresh_token)


class MatchedBy(models.TextChoices):
    THREAD = "thread", "In-Reply-To/References name one of our notes"
    ADDRESS = "address", "sent by a known contact"
    DOMAIN = "domain", "sent from the organization's domain"


#: The kinds a reply is read as are core's (afterview.core.replies.ReplyKind); this is their storage form.
ReplyKindChoice = models.TextChoices("ReplyKindChoice", [(kind.name, kind.value) for kind in ReplyKind])


class Review(models.TextChoices):
    #: what it proposes waits for the candidate
    PENDING = "pending"
    #: confirmed by the candidate, or (auto-replies, bounces) applied at once
    APPLIED = "applied"
    #: the candidate said it was read wrong, or wanted none of it
    DISMISSED = "dismissed"
    #: nothing to confirm (an acknowledgement)
    NOTHING = "nothing"


class InboundMail(Owned):
    """A message in the inbox that was taken as a reply; kept so it is counted once."""

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="inbound")
    message_id = models.CharField(max_length=300)
    uid = models.BigIntegerField()
    received_at = models.DateTimeField()
    from_address = models.CharField(max_length=320)
    subject = models.CharField(max_length=300, blank=True)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="+")
    touch = models.ForeignKey(Touch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    matched_by = models.CharField(max_length=10, choices=MatchedBy.choices)

    # What reading it understood (afterview.core.replies); blank kind: mail from before replies were read.
    kind = models.CharField(max_length=20, choices=ReplyKindChoice.choices, blank=True)
    expect_on = models.DateField(null=True, blank=True)
    returns_on = models.DateField(null=True, blank=True)
    failed_address = models.CharField(max_length=320, blank=True)
    reason = models.CharField(max_length=300, blank=True)
    asked_for = models.CharField(max_length=300, blank=True)
    evidence = models.TextField(blank=True)
    #: the sender's own new text, as read (for the review page)
    text = models.TextField(blank=True)
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    #: our note it answers (or that bounced), when the thread headers name one
    answers = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    review = models.CharField(max_length=10, choices=Review.choices, default=Review.NOTHING)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["received_at", "id"]
        constraints = [models.UniqueConstraint("account", "message_id", name="inboundmail_once_per_message_id")]


class GuardStop(Owned):
    """A note the playbook's guard held back: asked to go before the min-gap or the
    promised date allowed it. Counted by the office dashboard's restraint figure."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    at = models.DateTimeField()
    #: "min-gap" (too soon after the last contact) or "too-early" (before its time)
    why = models.CharField(max_length=20)

    class Meta:
        indexes = [models.Index(fields=["owner", "at"])]

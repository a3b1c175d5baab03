"""Reading the inbox: each reply an employer sent becomes a `reply` touch (auto-replies
and bounces take effect at once), and scheduled notes are held against the plan again.

Several workers may read at once: a lease on the mailbox row lets one read it, and
a reply is counted once per candidate and Message-ID.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q

from afterview.core.errors import InvalidInput, Refused
from afterview.outreach import imap, smtp
from afterview.outreach.account import imap_server
from afterview.outreach.models import InboundMail, MailAccount, MatchedBy
from afterview.outreach.outbox import review_scheduled
from afterview.records import models as m
from afterview.records.steptimes import written

log = logging.getLogger(__name__)

__all__ = ["SyncReport", "sync_replies"]

SYNC_LEASE = timedelta(minutes=5)
#: How far back the first look at an inbox reaches at most.
FIRST_SYNC_REACH = timedelta(days=180)


@dataclass
class SyncReport:
    """What one look at the inbox found."""

    checked: int = 0
    replies: list[InboundMail] | None = None
    cancelled: list[tuple[m.Message, str]] | None = None
    #: auto-replies and bounces: never replies, their effects applied at once
    automatic: list[InboundMail] | None = None
    #: another worker was reading this inbox at the time
    busy: bool = False


def _first_look_on(account: MailAccount, now: datetime):
    starts = list(
        m.Interview.objects.filter(owner=account.owner_id).order_by("starts_at").values_list("starts_at", flat=True)[:1]
    )
    reach = now - FIRST_SYNC_REACH
    start = max(starts[0], reach) if starts else max(account.created_at, reach)
    return start.date() - timedelta(days=1)


def _application_for(org_id: int, owner_id: int, at: datetime) -> m.Application | None:
    """The organization's application whose latest interview had started by `at`."""
    interview = (
        m.Interview.objects.filter(owner=owner_id, application__organization=org_id, starts_at__lte=at)
        .select_related("application")
        .order_by("-starts_at", "-id")
        .first()
    )
    return interview.application if interview else None


def _match(account: MailAccount, item: imap.Incoming, contacts: list[m.Contact], orgs: list[m.Organization]):
    """(application, contact or None, how) for a reply, or None when it is not one."""
    sender = item.from_address
    by_address = {c.email.lower(): c for c in contacts if c.email}
    known = by_address.get(sender)
    if item.refers_to:
        ours = (
            m.Message.objects.filter(owner=account.owner_id, message_id__in=item.refers_to)
            .select_related("application", "contact")
            .order_by("-created_at")
            .first()
        )
        if ours is not None:
            contact = known if known is not None and known.organization_id == ours.application.organization_id else None
            return ours.application, contact, MatchedBy.THREAD
    if known is not None:
        app = _application_for(known.organization_id, account.owner_id, item.received_at)
        return (app, known, MatchedBy.ADDRESS) if app else None
    domain = sender.rpartition("@")[2]
    for org in orgs:
        if domain and domain in {d.lower().lstrip("@") for d in org.domains}:
            app = _application_for(org.pk, account.owner_id, item.received_at)
            return (app, None, MatchedBy.DOMAIN) if app else None
    return None


def _read(account: MailAccount, item: imap.Incoming, now: datetime):
    """(reading, mail) of an incoming message with its content, else (None, None).

    Never raises: an unreadable message is still matched and logged as today."""
    from afterview.core.replies import read_reply
    from afterview.outreach import mailtext

    if item.raw is None:
        return None, None
    try:
        mail = mailtext.parse_mail(item.raw, now=now)
        return read_reply(mail.reply, own_address=account.from_address), mail
    except InvalidInput as e:
        log.warning("message %s: not read (%s)", item.message_id, e)
    except Exception:  # noqa: BLE001 (one strange message must not stop the inbox being read)
        log.exception("message %s: the reader failed", item.message_id)
    return None, None


def _take_automatic(account: MailAccount, item: imap.Incoming, reading, mail, now: datetime) -> InboundMail | None:
    """An auto-reply or a bounce: never a reply touch; its effect is applied at once."""
    from afterview.outreach import replies

    refers = tuple(dict.fromkeys(item.refers_to + mail.refers_to))
    app, contact, message = replies.find_for(
        account.owner, from_address=item.from_address, refers_to=refers, failed_address=reading.failed_address, at=item.received_at
    )
    if app is None:
        return None
    received_at = min(item.received_at, now)
    latest = m.Interview.objects.filter(application=app).order_by("-starts_at").values_list("starts_at", flat=True).first()
    if latest is None or received_at < latest:
        return None
    how = MatchedBy.THREAD if message is not None else (MatchedBy.ADDRESS if contact is not None else MatchedBy.DOMAIN)
    inbound = InboundMail(
        owner_id=account.owner_id, account=account, message_id=item.message_id, uid=item.uid, received_at=received_at,
        from_address=item.from_address[:320], subject=item.subject, application=app, touch=None, matched_by=how,
        contact=contact, answers=message,
    )
    replies.store_reading(inbound, reading, mail.reply.text)
    try:
        with transaction.atomic():
            inbound.save()
            replies.apply_at_once(reading, app, contact, message, at=received_at)
            # An away day or a bounce flags the contact: every application with them changes.
            written(account.owner_id, None, now)
    except IntegrityError:
        return None  # already counted
    return inbound


def _take(account: MailAccount, item: imap.Incoming, contacts, orgs, now: datetime) -> InboundMail | None:
    from afterview.core.replies import ReplyKind
    from afterview.outreach import replies

    if not item.from_address or item.from_address == account.from_address.lower():
        return None  # our own mail answers nothing
    reading, mail = _read(account, item, now)
    if reading is not None and reading.kind in (ReplyKind.AUTO_REPLY, ReplyKind.BOUNCE):
        return _take_automatic(account, item, reading, mail, now)
    if item.automatic:
        return None  # a mailing list, a notification: it answers nothing
    found = _match(account, item, contacts, orgs)
    if found is None:
        return None
    app, contact, how = found
    latest = m.Interview.objects.filter(application=app).order_by("-starts_at").values_list("starts_at", flat=True).first()
    received_at = min(item.received_at, now)
    if latest is None or received_at < latest:
        return None  # mail from before this round: not an answer to anything pending
    answers = None
    if item.refers_to:
        answers = m.Message.objects.filter(owner=account.owner_id, message_id__in=item.refers_to).order_by("-created_at").first()
    try:
        with transaction.atomic():
            # Counted once per candidate and Message-ID, whichever mailbox or backup it came through.
            m.SeenReply.objects.create(owner_id=account.owner_id, message_id=item.message_id)
            touch = m.Touch.objects.create(
                owner_id=account.owner_id,
                application=app,
                kind=m.TouchKind.REPLY,
                at=received_at,
                contact=contact,
                note=f"e-mail: {item.subject}"[:500] if item.subject else "e-mail",
            )
            inbound = InboundMail(
                owner_id=account.owner_id,
                account=account,
                message_id=item.message_id,
                uid=item.uid,
                received_at=received_at,
                from_address=item.from_address[:320],
                subject=item.subject,
                application=app,
                touch=touch,
                matched_by=how,
                contact=contact,
                answers=answers,
            )
            if reading is not None:
                replies.store_reading(inbound, reading, mail.reply.text)
            inbound.save()
            written(account.owner_id, [app.pk], None)
            return inbound
    except IntegrityError:
        return None  # already counted (another worker, or a copy in the folder)


def _wants_body(account: MailAccount, contacts, orgs):
    """Which new messages are worth reading whole: anything that may be a reply, an auto-reply or a bounce."""
    own = account.from_address.lower()
    addresses = {c.email.lower() for c in contacts if c.email}
    domains = {d.lower().lstrip("@") for org in orgs for d in org.domains}

    def wanted(item: imap.Incoming) -> bool:
        sender = item.from_address
        if not sender or sender == own:
            return False
        return (
            item.automatic
            or bool(item.refers_to)
            or sender in addresses
            or sender.rpartition("@")[2] in domains
            or sender.startswith(("mailer-daemon@", "postmaster@"))
        )

    return wanted


def sync_replies(account: MailAccount, *, now: datetime, rules=None) -> SyncReport:
    """Read the inbox since the last UID seen; each reply becomes a `reply` touch and
    the application's scheduled messages are held against the plan again.

    Raises MailProblem when the server cannot be read (the error is also kept
    on the account for the candidate to see).
    """
    server = imap_server(account, now=now)
    if server is None:
        return SyncReport()
    claimed = (
        MailAccount.objects.filter(pk=account.pk)
        .filter(Q(sync_lease_until__isnull=True) | Q(sync_lease_until__lt=now))
        .update(sync_lease_until=now + SYNC_LEASE)
    )
    if not claimed:
        return SyncReport(busy=True)
    account.refresh_from_db()
    contacts = list(m.Contact.objects.filter(owner=account.owner_id))
    orgs = list(m.Organization.objects.filter(owner=account.owner_id))

    def fetch(server):
        return imap.fetch_new(
            server,
            uidvalidity=account.imap_uidvalidity,
            last_uid=account.imap_last_uid,
            since_on=_first_look_on(account, now),
            with_body=_wants_body(account, contacts, orgs),
        )

    try:
        try:
            validity, top, incoming = fetch(server)
        except smtp.MailProblem as e:
            if not (account.uses_oauth and e.stage == "login"):
                raise
            validity, top, incoming = fetch(imap_server(account, now=now, fresh=True))
    except (smtp.MailProblem, Refused) as e:
        MailAccount.objects.filter(pk=account.pk).update(sync_error=str(e), sync_lease_until=None)
        raise
    taken = [r for r in (_take(account, item, contacts, orgs, now) for item in incoming) if r is not None]
    replies = [r for r in taken if r.touch_id is not None]
    automatic = [r for r in taken if r.touch_id is None]
    cancelled = []
    for app_id in dict.fromkeys(r.application_id for r in taken):
        cancelled.extend(review_scheduled(app_id, now=now, rules=rules))
    MailAccount.objects.filter(pk=account.pk).update(
        imap_uidvalidity=validity, imap_last_uid=top, synced_at=now, sync_error="", sync_lease_until=None
    )
    return SyncReport(checked=len(incoming), replies=replies, cancelled=cancelled, automatic=automatic)


"""Replies understood: what `afterview reply`, `mail sync` and the review page share.

`understand` reads one message (never writing anything) and says what it
would record; `record` records it. `mail sync` calls `take_reading` for each
reply it found: auto-replies and bounces take effect at once, everything else
waits on the "Replies to review" page (`confirm_review`, `dismiss_review`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import transaction

from afterview.core.errors import InvalidInput, NotFound
from afterview.core.replies import Reading, ReplyKind, read_reply
from afterview.core.timing import next_business_day
from afterview.outreach import mailtext
from afterview.outreach.models import InboundMail, MailAccount, Review
from afterview.records import models as m
from afterview.records.steptimes import written
from afterview.records.services import get_application

__all__ = [
    "Understood",
    "apply_at_once",
    "confirm_review",
    "dismiss_review",
    "find_for",
    "pending_reviews",
    "proposals",
    "record",
    "understand",
]

#: Kinds whose effects wait for the candidate's word.
CONFIRMED = frozenset({ReplyKind.TIMELINE, ReplyKind.OFFER, ReplyKind.REJECTION, ReplyKind.NEXT_ROUND, ReplyKind.REQUEST})
#: Kinds a machine wrote: never a reply touch, their effects applied at once.
AUTOMATIC = frozenset({ReplyKind.AUTO_REPLY, ReplyKind.BOUNCE})


@dataclass
class Understood:
    reading: Reading
    mail: mailtext.Mail
    application: m.Application | None
    contact: m.Contact | None
    #: our note it answers or that bounced
    message: m.Message | None
    proposed: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        r = self.reading
        return {
            "kind": str(r.kind),
            "expect_by": r.expect_on.isoformat() if r.expect_on else None,
            "returns_on": r.returns_on.isoformat() if r.returns_on else None,
            "from": self.mail.reply.from_address or None,
            "application": self.application.pk if self.application else None,
            "evidence": r.evidence,
            "proposed": self.proposed,
        }


def _own_address(candidate) -> str:
    account = MailAccount.objects.for_owner(candidate).first()
    if account is not None:
        return account.from_address
    from afterview.records.services import profile_of

    return profile_of(candidate).email


def find_for(candidate, *, from_address: str, refers_to: tuple[str, ...], failed_address: str | None, at: datetime):
    """(application, contact, our message) a reply belongs to; any may be None.

    Thread headers first (they name one of our notes), then the sender's (or,
    for a bounce, the failed) address among the contacts, then the domain.
    """
    message = None
    if refers_to:
        message = (
            m.Message.objects.for_owner(candidate)
            .filter(message_id__in=refers_to)
            .select_related("application__organization", "contact")
            .order_by("-created_at")
            .first()
        )
    contacts = list(m.Contact.objects.for_owner(candidate).select_related("organization"))
    by_address = {c.email.lower(): c for c in contacts if c.email}
    contact = by_address.get((failed_address or "").lower()) or by_address.get(from_address.lower())
    if message is not None:
        if contact is None or contact.organization_id != message.application.organization_id:
            contact = message.contact if failed_address or contact is None else None
        return message.application, contact, message
    if contact is not None:
        return _latest_application(candidate, contact.organization_id, at), contact, None
    domain = from_address.rpartition("@")[2].lower()
    if domain:
        for org in m.Organization.objects.for_owner(candidate):
            if domain in {d.lower().lstrip("@") for d in org.domains}:
                return _latest_application(candidate, org.pk, at), None, None
    return None, None, None


def _latest_application(candidate, org_id: int, at: datetime) -> m.Application | None:
    interview = (
        m.Interview.objects.for_owner(candidate)
        .filter(application__organization=org_id, starts_at__lte=at)
        .select_related("application__organization")
        .order_by("-starts_at", "-id")
        .first()
    )
    if interview is not None:
        return interview.application
    return m.Application.objects.for_owner(candidate).filter(organization=org_id).select_related("organization").order_by("-id").first()


def proposals(reading: Reading, app: m.Application | None, contact: m.Contact | None, message: m.Message | None, *, reply_touch: bool = True) -> list[dict]:
    """What recording `reading` would do, as plain data (the `proposed` of `--json`)."""
    out: list[dict] = []
    kind = reading.kind
    country = app.organization.country if app else "US"
    if app is None:
        return [{"what": "nothing", "text": "no application matches the sender; give one with --app"}]
    if kind is ReplyKind.BOUNCE:
        address = reading.failed_address or (contact.email if contact else None)
        if address:
            out.append(
                {"what": "flag-address", "address": address, "reason": reading.reason, "text": f"flag {address} as bouncing ({reading.reason})"}
            )
        if message is not None:
            out.append({"what": "note-failed", "message": message.pk, "text": f"mark note #{message.pk} failed: {reading.reason}"})
        if not out:
            out.append({"what": "nothing", "text": "the failed address is not one of your contacts"})
        return out
    if kind is ReplyKind.AUTO_REPLY:
        who = contact or (app.hiring_contact if app else None)
        if reading.returns_on and who is not None:
            after = next_business_day(reading.returns_on, country)
            out.append(
                {"what": "away-until", "contact": who.pk, "on": reading.returns_on.isoformat(),
                 "text": f"{who.name} is away until {reading.returns_on:%a %Y-%m-%d}; follow-ups wait until {after:%a %Y-%m-%d}"}
            )
        else:
            out.append({"what": "nothing", "text": "an automatic reply without a return date: nothing changes"})
        return out
    if reply_touch:
        out.append({"what": "reply", "text": "log their reply (planned follow-ups stop and the wait starts again)"})
    if reading.expect_on and kind in (ReplyKind.TIMELINE, ReplyKind.REQUEST, ReplyKind.NEXT_ROUND):  # a timeline may name no day
        after = next_business_day(reading.expect_on, country)
        out.append(
            {"what": "expect", "on": reading.expect_on.isoformat(),
             "text": f"news expected by {reading.expect_on:%a %Y-%m-%d}; the follow-up moves to {after:%a %Y-%m-%d}"}
        )
    if kind in (ReplyKind.OFFER, ReplyKind.REJECTION):
        out.append({"what": "decision", "kind": str(kind), "text": f"record the {kind}: the plan ends"})
    if kind is ReplyKind.NEXT_ROUND:
        out.append(
            {"what": "new-round", "text": f"log the new round once its time is set: `afterview interview add --company '{app.organization.name}' ...`"}
        )
    if kind is ReplyKind.REQUEST:
        out.append({"what": "request", "text": f"add a step: send them {reading.asked_for}", "asked_for": reading.asked_for})
    return out


def understand(candidate, data: bytes, *, now: datetime, app_id: int | None = None) -> Understood:
    """Read one reply (an .eml or pasted text) and say what recording it would do; writes nothing."""
    from afterview.core.timing import zone

    app = get_application(candidate, app_id) if app_id is not None else None

    def parse(app):
        # Pasted text has no Date header: it was written "now" on the organization's calendar.
        country = app.organization.country if app else "US"
        when = now.astimezone(zone(app.organization.tz)) if app else now
        mail = mailtext.parse_mail(data, now=when, country=country)
        return mail, read_reply(mail.reply, own_address=_own_address(candidate))

    mail, reading = parse(app)
    found_app, contact, message = find_for(
        candidate,
        from_address=mail.reply.from_address,
        refers_to=mail.refers_to,
        failed_address=reading.failed_address,
        at=mail.reply.written_at,
    )
    if app is None and found_app is not None:
        app = found_app
        if app.organization.country != "US" or mail.undated:
            mail, reading = parse(app)
    elif app is not None and found_app is not None and found_app.pk != app.pk:
        contact = contact if contact is not None and contact.organization_id == app.organization_id else None
        message = None
    return Understood(reading, mail, app, contact, message, proposals(reading, app, contact, message))


def _flag_bounce(contact: m.Contact | None, reading: Reading, message: m.Message | None, at: datetime) -> None:
    if contact is not None and reading.failed_address:
        if contact.email and contact.email.lower() == reading.failed_address.lower():
            m.Contact.objects.filter(pk=contact.pk).update(
                bounced_address=contact.email, bounced_at=at, bounce_reason=reading.reason[:300]
            )
    if message is not None:
        m.Message.objects.filter(pk=message.pk).exclude(status=m.MessageStatus.FAILED).update(
            status=m.MessageStatus.FAILED, last_error=f"bounced: {reading.reason}"[:2000]
        )


def apply_at_once(reading: Reading, app: m.Application | None, contact: m.Contact | None, message: m.Message | None, *, at: datetime) -> None:
    """The effects of an auto-reply or a bounce (applied without asking)."""
    if reading.kind is ReplyKind.BOUNCE:
        if contact is None and message is not None:
            contact = message.contact
        _flag_bounce(contact, reading, message, at)
    elif reading.kind is ReplyKind.AUTO_REPLY and reading.returns_on is not None:
        who = contact or (app.hiring_contact if app else None)
        if who is not None:
            m.Contact.objects.filter(pk=who.pk).update(away_until=reading.returns_on)


def _apply_confirmed(candidate, reading: Reading, app: m.Application, contact: m.Contact | None, *, at: datetime, touch: m.Touch | None, now: datetime) -> m.Touch | None:
    """Record what a confirmed reading says; `touch` is the reply touch already logged (sync), if any."""
    kind = reading.kind
    if touch is None:
        touch = m.Touch.objects.create(
            owner=candidate, application=app, kind=m.TouchKind.REPLY, at=min(at, now), contact=contact,
            note=f"reply read as {kind}"[:500],
        )
    if reading.expect_on is not None and kind in (ReplyKind.TIMELINE, ReplyKind.REQUEST, ReplyKind.NEXT_ROUND):
        m.Touch.objects.filter(pk=touch.pk).update(expect_on=reading.expect_on)
    if kind in (ReplyKind.OFFER, ReplyKind.REJECTION):
        m.Touch.objects.create(
            owner=candidate, application=app, kind=m.TouchKind(str(kind)), at=min(at, now), contact=contact,
            note=reading.evidence[:500],
        )
    if kind is ReplyKind.REQUEST:
        m.Request.objects.create(owner=candidate, application=app, contact=contact, text=reading.asked_for[:300], asked_at=min(at, now))
    return touch


def record(candidate, understood: Understood, *, now: datetime) -> list[str]:
    """Record what `understand` proposed; returns what was done, in words."""
    app, reading = understood.application, understood.reading
    if app is None:
        raise InvalidInput("no application matches the sender; give one with --app ID (see `afterview list`)")
    at = understood.mail.reply.written_at
    with transaction.atomic():
        if reading.kind in AUTOMATIC:
            apply_at_once(reading, app, understood.contact, understood.message, at=min(at, now))
            # An away day or a bounce flags the contact: every application with them changes.
            written(candidate, None, now)
        else:
            _apply_confirmed(candidate, reading, app, understood.contact, at=at, touch=None, now=now)
            written(candidate, [app.pk], now)
    return [p["text"] for p in understood.proposed if p["what"] != "nothing"]


# ------------------------------------------------------------------ the review page


def pending_reviews(candidate) -> list[InboundMail]:
    """Replies `mail sync` read whose effects wait for the candidate, oldest first."""
    return list(
        InboundMail.objects.for_owner(candidate)
        .filter(review=Review.PENDING)
        .select_related("application__organization", "contact", "touch")
        .order_by("received_at", "id")
    )


def reading_of(inbound: InboundMail) -> Reading:
    return Reading(
        kind=ReplyKind(inbound.kind),
        expect_on=inbound.expect_on,
        returns_on=inbound.returns_on,
        failed_address=inbound.failed_address or None,
        reason=inbound.reason,
        asked_for=inbound.asked_for,
        evidence=inbound.evidence,
    )


def _pending(candidate, inbound_id: int) -> InboundMail:
    try:
        return InboundMail.objects.for_owner(candidate).select_related("application__organization", "contact", "touch").get(pk=inbound_id)
    except InboundMail.DoesNotExist as e:
        raise NotFound(f"no reply {inbound_id} to review") from e


def confirm_review(candidate, inbound_id: int, *, now: datetime, kind: str | None = None, expect_on: date | None = None) -> InboundMail:
    """Apply what a synced reply says, as read or as corrected (`kind`, `expect_on`)."""
    with transaction.atomic():
        inbound = _pending(candidate, inbound_id)
        if inbound.review != Review.PENDING:
            return inbound  # already settled (a second click, or another tab)
        if kind:
            try:
                inbound.kind = ReplyKind(kind)
            except ValueError as e:
                raise InvalidInput(f"unknown kind {kind!r}; use one of {', '.join(k.value for k in ReplyKind)}") from e
        if expect_on is not None:
            inbound.expect_on = expect_on
        reading = reading_of(inbound)
        if reading.kind in AUTOMATIC:
            if inbound.touch_id:
                m.Touch.objects.filter(pk=inbound.touch_id).delete()  # a machine wrote it: not a reply
                inbound.touch = None
            apply_at_once(reading, inbound.application, inbound.contact, inbound.answers, at=inbound.received_at)
        else:
            inbound.touch = _apply_confirmed(
                candidate, reading, inbound.application, inbound.contact, at=inbound.received_at, touch=inbound.touch, now=now
            )
        inbound.review = Review.APPLIED
        inbound.reviewed_at = now
        inbound.save(update_fields=["kind", "expect_on", "touch", "review", "reviewed_at"])
        written(candidate, None if reading.kind in AUTOMATIC else [inbound.application_id], now)
    return inbound


def dismiss_review(candidate, inbound_id: int, *, now: datetime) -> InboundMail:
    """Keep the reply touch but none of what was read from it."""
    inbound = _pending(candidate, inbound_id)
    InboundMail.objects.filter(pk=inbound.pk, review=Review.PENDING).update(review=Review.DISMISSED, reviewed_at=now)
    inbound.refresh_from_db()
    return inbound


def store_reading(inbound: InboundMail, reading: Reading, text: str) -> None:
    """Keep what sync read on its inbound row (pending when it waits on the candidate)."""
    inbound.kind = reading.kind
    inbound.expect_on = reading.expect_on
    inbound.returns_on = reading.returns_on
    inbound.failed_address = (reading.failed_address or "")[:320]
    inbound.reason = reading.reason[:300]
    inbound.asked_for = reading.asked_for[:300]
    inbound.evidence = reading.evidence[:2000]
    inbound.text = text[:5000]
    if reading.kind in AUTOMATIC:
        inbound.review = Review.APPLIED
    elif reading.kind in CONFIRMED:
        inbound.review = Review.PENDING
    else:
        inbound.review = Review.NOTHING


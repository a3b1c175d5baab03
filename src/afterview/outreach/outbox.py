"""The outbox: holding a message against the plan, scheduling it (at most once),
cancelling and confirming, and recording it sent.

Whether a note may go out is never decided here: `next_actions` in
`afterview.core.playbook` says what is due and when, `afterview.core.steps` which
step a note carries out, and these functions only hold a message against that plan.
Every public function takes "now" from the caller; none reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Q

from afterview import env
from afterview.core import facts as f
from afterview.core import steps
from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.core.playbook import next_actions
from afterview.core.steps import MessageStatus, local_moment
from afterview.core.timing import place_in_business_hours
from afterview.outreach import smtp
from afterview.outreach.account import get_account
from afterview.outreach.models import InboundMail, MailAccount
from afterview.records import models as m
from afterview.records.steptimes import written
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import application_facts, get_application

if TYPE_CHECKING:
    from afterview.outreach.notes import Note

__all__ = [
    "cancel_message",
    "compose_email",
    "confirm_message",
    "hold_against_plan",
    "message_of",
    "outbox",
    "place",
    "Placement",
    "record_sent",
    "review_scheduled",
    "schedule_message",
    "thread_headers",
    "when_to_send",
]

#: How late a plan may have moved and still count as the same moment.
SLACK = timedelta(minutes=1)

def hold_against_plan(message: m.Message, facts: f.ApplicationFacts, *, now: datetime, rules=None) -> str | None:
    """None when the plan still calls for `message` at its time; otherwise why not.

    The message's time is its `scheduled_at` (or `now`, once that has passed).
    A step the plan now puts later than that (a reply restarted the wait, the
    min-gap holds it) counts as no longer due: the candidate decides again.
    """
    rules = rules or candidate_rules(message.owner_id)
    key = str(message.contact_id)
    tz = facts.zone_of(key)
    if message.contact.is_bounced:
        return f"mail to {message.contact.email} bounced ({message.contact.bounce_reason}); find a working address first"
    action = steps.step_of(next_actions(facts, now, rules), message.kind, key)
    if action is None:
        return steps.why_dropped(facts, message.kind, key, since=message.created_at)
    at = max(now, message.scheduled_at or now)
    starts_at = action.earliest_at or action.due_at
    if starts_at > at + SLACK:
        return (
            f"no longer due at {local_moment(at, tz)}; the playbook now plans it for "
            f"{local_moment(starts_at, tz)}: {action.reason}"
        )
    return None


def review_scheduled(application_id: int, *, now: datetime, rules=None) -> list[tuple[m.Message, str]]:
    """Cancel the application's scheduled messages the plan no longer calls for."""
    waiting = list(
        m.Message.objects.filter(application=application_id, status=m.MessageStatus.SCHEDULED).select_related(
            "application__organization", "contact", "owner"
        )
    )
    if not waiting:
        return []
    owner = waiting[0].owner
    facts = application_facts(owner, application_id)
    cancelled = []
    for message in waiting:
        reason = hold_against_plan(message, facts, now=now, rules=rules)
        if reason is None:
            continue
        done = m.Message.objects.filter(pk=message.pk, status=m.MessageStatus.SCHEDULED).update(
            status=m.MessageStatus.CANCELLED, last_error=f"cancelled: {reason}", lease_until=None
        )
        if done:
            cancelled.append((message, reason))
    return cancelled




@dataclass(frozen=True)
class Placement:
    """A note held against the plan once (`place`): the account it leaves from, the
    application, its facts and the plan at `now`, the recipient's zone, and when it
    leaves. `schedule_message` takes it instead of asking the plan again."""

    account: MailAccount
    app: m.Application
    facts: f.ApplicationFacts
    plan: tuple
    tz: str
    when: datetime


def when_to_send(
    candidate,
    app_id: int,
    kind: str,
    *,
    contact: m.Contact,
    now: datetime,
    at: datetime | None = None,
    send_now: bool = False,
    rules=None,
) -> datetime:
    """When a note of `kind` to `contact` would leave if it were scheduled now; raises
    what `schedule_message` raises."""
    return place(candidate, app_id, kind, contact=contact, now=now, at=at, send_now=send_now, rules=rules).when


def place(candidate, app_id, kind, *, contact, now, at=None, send_now=False, rules=None, facts=None, plan=None) -> Placement:
    """Hold a note of `kind` to `contact` against the plan at `now` and say when it leaves;
    raises what `schedule_message` raises (a refusal is counted as a `GuardStop`).
    `facts` and `plan` (the application's, at `now`, under `rules`) are used when given."""
    kind = steps.parse_kind(kind)
    if at is not None and send_now:
        raise InvalidInput("give either --at or --now, not both")
    rules = rules or candidate_rules(candidate)
    account = get_account(candidate)
    app = get_application(candidate, app_id)
    if contact.organization_id != app.organization_id or contact.owner_id != candidate.pk:
        raise InvalidInput(f"{contact.name} is not a contact at {app.organization.name}")
    if not contact.email:
        raise InvalidInput(f"{contact.name} has no e-mail address on record; add it before sending")
    if contact.is_bounced:
        raise Refused(
            f"mail to {contact.email} bounced ({contact.bounce_reason}); find a working address for {contact.name} first"
        )
    facts = facts if facts is not None else application_facts(candidate, app.pk)
    key = str(contact.pk)
    tz = facts.zone_of(key)
    plan = plan if plan is not None else next_actions(facts, now, rules)
    action = steps.step_of(plan, kind, key)
    if action is None:
        raise Refused(steps.why_no_step(facts, kind, key, plan))
    earliest_at = action.earliest_at or action.due_at
    if send_now:
        when = now
    elif at is not None:
        when = at
    else:
        when = place_in_business_hours(
            max(earliest_at, now), tz, app.organization.country, rules.business_hours_start, rules.business_hours_end
        )
    if when + SLACK < earliest_at:
        held = " (the min-gap holds it)" if action.blocked_until else ""
        _count_stop(candidate, app, kind, now=now, why="min-gap" if action.blocked_until else "too-early")
        raise Refused(f"a {kind} to {contact.name} is not due before {local_moment(earliest_at, tz)}{held}: {action.reason}")
    if send_now:
        # "Now" waits the undo window, so the candidate can still take it back.
        when = now + env.undo_window()
    return Placement(account, app, facts, tuple(plan), tz, when)


def _count_stop(candidate, app, kind, *, now, why: str) -> None:
    """Note that the guard held a note back (the office's restraint figure). Kept even
    when the caller's transaction rolls back: a savepoint would vanish with it, so the
    callers check the plan before they open one (`notes.hand_to_outbox`)."""
    from afterview.outreach.models import GuardStop

    GuardStop.objects.create(owner=candidate, application=app, kind=kind, at=now, why=why)


def schedule_message(
    candidate,
    app_id: int,
    kind: str,
    *,
    contact: m.Contact,
    note: Note,
    now: datetime,
    at: datetime | None = None,
    send_now: bool = False,
    forced: bool = False,
    rules=None,
    placed: Placement | None = None,
) -> m.Message:
    """Put an approved note in the outbox.

    Without `at` or `send_now` it goes at the playbook's time for that step,
    inside the recipient's business hours; `send_now` sends it once the undo
    window (AFTERVIEW_UNDO_SECONDS) has passed. Raises Refused when the plan has no
    such step, when `at` is before the plan allows it (the min-gap, or a
    follow-up before the promised date), or when the same note is already on
    its way; InvalidInput for a recipient without an address. With `placed` (what
    `place` said for this note a moment ago) the plan is not asked again; the check
    for the same note on its way always runs, under the application's lock.
    """
    kind = steps.parse_kind(kind)
    if placed is None:
        placed = place(candidate, app_id, kind, contact=contact, now=now, at=at, send_now=send_now, rules=rules)
    elif send_now:
        placed = replace(placed, when=now + env.undo_window())  # the undo window runs from now
    account, app, tz, when = placed.account, placed.app, placed.tz, placed.when
    with transaction.atomic():
        # Lock the application row so two `send`s of one note cannot both pass the check.
        m.Application.objects.select_for_update().filter(pk=app.pk).first()
        clash = (
            m.Message.objects.for_owner(candidate)
            .filter(application=app, contact=contact, kind=kind, status__in=MessageStatus.LIVE)
            .order_by("id")
            .first()
        )
        if clash is not None:
            raise Refused(
                f"#{clash.pk}, a {kind} to {contact.name}, is already {clash.status}"
                + (f" for {local_moment(clash.scheduled_at, tz)}" if clash.scheduled_at else "")
                + f"; cancel it first with `afterview cancel {clash.pk}`"
            )
        return m.Message.objects.create(
            owner=candidate,
            application=app,
            contact=contact,
            kind=kind,
            subject=note.subject,
            body=note.body,
            status=m.MessageStatus.SCHEDULED,
            created_at=now,
            scheduled_at=when,
            message_id=smtp.make_message_id(account.from_address),
            forced=forced,
        )


def message_of(candidate, message_id: int) -> m.Message:
    try:
        return (
            m.Message.objects.for_owner(candidate)
            .select_related("application__organization", "contact")
            .get(pk=int(message_id))
        )
    except (m.Message.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"no message #{message_id}; `afterview outbox` lists yours") from e


#: `sending` with no worker's lease: restored from a backup taken mid-send (or left by
#: an older import). No worker holds it, so it is settled like an `unknown` one.
_UNHELD = Q(status=m.MessageStatus.SENDING, lease_until__isnull=True)


def cancel_message(candidate, message_id: int) -> m.Message:
    """Cancel a message that is not leaving right now: not started, held for the
    candidate to confirm (`unknown`), or `sending` with no worker holding it.
    Refused while a worker is sending it."""
    message = message_of(candidate, message_id)
    done = m.Message.objects.filter(
        Q(status__in=MessageStatus.CANCELLABLE) | _UNHELD,
        pk=message.pk,
    ).update(status=m.MessageStatus.CANCELLED, lease_until=None, last_error="cancelled by you")
    message.refresh_from_db()
    if not done:
        if message.status == m.MessageStatus.SENDING:
            raise Refused(f"#{message.pk} is being sent right now; it can no longer be stopped")
        if message.status == m.MessageStatus.CANCELLED:
            return message
        raise Refused(f"#{message.pk} is {message.status}; only a scheduled message can be cancelled")
    return message


def confirm_message(candidate, message_id: int, *, sent: bool, now: datetime) -> m.Message:
    """Settle a message in `unknown`: the candidate looked in their Sent folder.

    Sent: recorded as sent (and logged). Not sent: scheduled again for now.
    """
    message = message_of(candidate, message_id)
    unheld = message.status == m.MessageStatus.SENDING and message.lease_until is None
    if message.status != m.MessageStatus.UNKNOWN and not unheld:
        raise Refused(f"#{message.pk} is {message.status}; only a message in 'unknown' needs confirming")
    if sent:
        record_sent(message, at=now, note="you confirmed it left")
    else:
        m.Message.objects.filter(Q(status=m.MessageStatus.UNKNOWN) | _UNHELD, pk=message.pk).update(
            status=m.MessageStatus.SCHEDULED,
            scheduled_at=now,
            lease_until=None,
            last_error="you confirmed it did not leave; sending again",
        )
    message.refresh_from_db()
    return message


def outbox(candidate, *, statuses=MessageStatus.OUTBOX) -> list[m.Message]:
    return list(
        m.Message.objects.for_owner(candidate)
        .filter(status__in=statuses)
        .select_related("application__organization", "contact")
        .order_by("scheduled_at", "id")
    )


# -- sending -------------------------------------------------------------------------


def thread_headers(message: m.Message) -> tuple[str, str]:
    """(In-Reply-To, References) for `message`: the earlier notes to the same
    person in this application, and their replies, oldest first."""
    earlier = list(
        m.Message.objects.filter(
            application=message.application_id,
            contact=message.contact_id,
            status=m.MessageStatus.SENT,
        )
        .exclude(pk=message.pk)
        .exclude(message_id="")
        .values_list("sent_at", "message_id")
    )
    replies = list(
        InboundMail.objects.filter(application=message.application_id, touch__contact=message.contact_id).values_list(
            "received_at", "message_id"
        )
    )
    chain = [mid for _, mid in sorted(earlier + replies, key=lambda pair: pair[0] or datetime.min.replace(tzinfo=UTC))]
    ids = smtp.clean_message_ids(" ".join(chain))[-smtp.MAX_REFERENCES :]
    if not ids:
        return "", ""
    return ids[-1], " ".join(ids)


def compose_email(message: m.Message, sender: MailAccount | tuple[str, str], *, date: datetime, extra_headers=None):
    """The e-mail of `message` from `sender` (the mailbox, or a (name, address) pair)."""
    from_name, from_address = (sender.from_name, sender.from_address) if isinstance(sender, MailAccount) else sender
    return smtp.build_email(
        from_name=from_name,
        from_address=from_address,
        to_name=message.contact.name,
        to_address=message.contact.email,
        subject=message.subject,
        body=message.body,
        message_id=message.message_id,
        date=date,
        in_reply_to=message.in_reply_to,
        references=message.references,
        extra_headers=extra_headers,
    )


def record_sent(message: m.Message, *, at: datetime, note: str = "", settling=MessageStatus.SETTLING) -> bool:
    """Mark `message` sent and log the touch, once. False when it was already settled.

    `settling` is the statuses it may be in: a worker's (`sending`, `unknown`), or
    `approved` for a note the candidate sent from their own mail program."""
    with transaction.atomic():
        done = m.Message.objects.filter(pk=message.pk, status__in=settling).update(
            status=m.MessageStatus.SENT, sent_at=at, lease_until=None, last_error=note
        )
        if not done:
            return False
        text = f"e-mail #{message.pk}: {message.subject}"
        if message.forced:
            text += " (sent despite checker errors)"
        m.Touch.objects.create(
            owner_id=message.owner_id,
            application_id=message.application_id,
            kind=steps.TOUCH_OF_NOTE[steps.parse_kind(message.kind)],
            at=at,
            contact_id=message.contact_id,
            note=text,
        )
        if message.kind == m.MessageKind.FOLLOW_UP:
            m.Update.objects.filter(
                application=message.application_id, sent_at__isnull=True, added_at__lte=message.created_at
            ).update(sent_at=at)
        written(message.owner_id, [message.application_id], None)
    return True


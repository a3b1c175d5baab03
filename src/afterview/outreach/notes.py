"""The note workflow, the same for the command line, the web editor and the API:
start a draft, save it, approve it (the one checker gate), schedule it or send it
now, or mark it sent by hand.

`afterview send` goes through it in one call (`send_note`: draft or file, the
gate, the outbox) without keeping a draft row; the web keeps the draft between
steps (`start_draft`, `save_draft`, `approve`, `hand_to_outbox`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.db import transaction

from afterview.core import facts as f
from afterview.core import steps
from afterview.core.errors import InvalidInput, Refused
from afterview.core.parse import MAX_NOTE, parse_subject
from afterview.core.steps import MessageStatus, NoteKind
from afterview.records import models as m
from afterview.records.services import application_facts, find_contact, get_application

if TYPE_CHECKING:
    from afterview.outreach.outbox import Placement

__all__ = [
    "CheckerErrors",
    "Note",
    "Sent",
    "approve",
    "check_context",
    "check_text",
    "default_subject",
    "discard",
    "draft_note",
    "eml_of",
    "errors_line",
    "find_contact_for",
    "gate",
    "hand_to_outbox",
    "mark_sent_by_hand",
    "prepare_note",
    "read_note",
    "save_draft",
    "send_note",
    "send_ready",
    "start_draft",
]

MAX_SUBJECT = 300
MAX_BODY = MAX_NOTE


@dataclass(frozen=True)
class Note:
    subject: str
    body: str


def default_subject(kind: str, facts: f.ApplicationFacts) -> str:
    return {
        NoteKind.THANK_YOU: f"Thank you: {facts.role} interview",
        NoteKind.FOLLOW_UP: f"Following up: {facts.role}",
        NoteKind.NEXT_STEPS: f"Next steps: {facts.role}",
    }[steps.parse_kind(kind)]


def read_note(text: str, default: str) -> Note:
    """A note as a file or a draft holds it: an optional "Subject: ..." first line,
    then the body. Raises InvalidInput for an empty or oversized note."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    subject = default
    first, sep, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        subject = first.split(":", 1)[1].strip()
        text = rest.lstrip("\n") if sep else ""
    body = text.strip("\n")
    subject = parse_subject(subject)
    if not subject:
        raise InvalidInput("the Subject: line is empty; write one, or leave the line out for the default")
    if len(subject) > MAX_SUBJECT:
        raise InvalidInput(f"the subject is {len(subject)} characters long; keep it under {MAX_SUBJECT}")
    if not body.strip():
        raise InvalidInput("the note is empty")
    if len(body) > MAX_BODY:
        raise InvalidInput(f"the note is {len(body)} characters long; a note that lands is far shorter")
    if "\x00" in body:
        raise InvalidInput("the note contains a NUL character; save it as plain text")
    return Note(subject=subject, body=body + "\n")


def draft_note(kind: str, facts: f.ApplicationFacts, contact: m.Contact, *, now: datetime | None = None) -> Note:
    """The composed draft of `kind` to `contact`, with the candidate's own templates first."""
    from afterview import env
    from afterview.core.compose import draft

    made = draft(str(kind), facts, str(contact.pk), template_dirs=[env.home() / "templates"], now=now)
    return Note(subject=made.subject, body=made.body if made.body.endswith("\n") else made.body + "\n")


# -- the checker's side ------------------------------------------------------------------


def check_context(
    candidate,
    app_id: int,
    person_key: str | None,
    kind: str,
    *,
    facts: f.ApplicationFacts | None = None,
    exclude_message: int | None = None,
    also_compare: Sequence[str] = (),
):
    """What the note checker should know about a note in this application: its
    recipient and company, the candidate's other employers and contacts, and the
    notes this organization has had (plus `also_compare`, e.g. sibling drafts)."""
    from dataclasses import replace

    from afterview.core.check import context_from_facts

    organization_id = get_application(candidate, app_id).organization_id
    facts = facts if facts is not None else application_facts(candidate, app_id)
    context = context_from_facts(
        facts,
        person_key,
        kind,
        _notes_to(candidate, organization_id, exclude_message) + list(also_compare),
        list(m.Organization.objects.for_owner(candidate).exclude(pk=organization_id).values_list("name", flat=True)),
        list(m.Contact.objects.for_owner(candidate).exclude(organization=organization_id).values_list("name", flat=True)),
    )
    return replace(context, login_names=_login_names(candidate))


def _login_names(candidate) -> tuple[str, ...]:
    """The names a note must not be signed with: this computer's account and the candidate's login."""
    import getpass

    try:
        account = getpass.getuser()
    except (KeyError, OSError):  # no such user in the password database (a container)
        account = ""
    return tuple(name for name in (account, candidate.get_username()) if name)


def _notes_to(candidate, organization_id: int, exclude_message: int | None) -> list[str]:
    messages = m.Message.objects.for_owner(candidate).filter(
        application__organization=organization_id, status__in=MessageStatus.DELIVERED
    )
    if exclude_message is not None:
        messages = messages.exclude(pk=exclude_message)
    return list(messages.values_list("body", flat=True))


def check_text(text: str, context):
    """The checker's report on `text`; InvalidInput for a note too long to be one."""
    from afterview.core.check import check_note

    if len(text) > MAX_NOTE:
        raise InvalidInput(f"the note is {len(text)} characters long; a note that lands is far shorter")
    return check_note(text, context)


class CheckerErrors(Refused):
    """The checker found errors and the candidate did not say to go ahead anyway.
    `errors` are the findings; each edge words how to overrule them."""

    def __init__(self, errors, how_to_overrule: str):
        self.errors = list(errors)
        n = len(self.errors)
        super().__init__(
            f"the note has {n} error{'s' if n != 1 else ''} ({errors_line(self.errors)}); "
            f"fix {'them' if n != 1 else 'it'}, or {how_to_overrule}"
        )


def gate(report, *, force: bool, how_to_overrule: str = "send anyway with --force") -> bool:
    """The one checker gate between a written note and the outbox.

    Returns whether the note goes despite errors (recorded with it as `forced`);
    raises CheckerErrors when there are errors and `force` is not given."""
    errors = report.errors
    if errors and not force:
        raise CheckerErrors(errors, how_to_overrule)
    return bool(errors)


def errors_line(findings) -> str:
    shown = []
    for finding in findings[:3]:
        where = f" {finding.text!r}" if finding.text else ""
        shown.append(f"{finding.code}{where}: {finding.message}")
    more = f" and {len(findings) - 3} more" if len(findings) > 3 else ""
    return "; ".join(shown) + more


# -- a note in one go: `afterview send` ----------------------------------------------------


def find_contact_for(
    candidate, app: m.Application, kind: str, to: str | None, facts: f.ApplicationFacts, *, now, rules=None, plan=None
):
    """The recipient of a note: `to` by name, else whom the plan (`plan`, else made of
    `facts` at `now`) names for that kind.

    Raises InvalidInput when the plan names several people (thank-you notes to a
    panel) and `to` does not pick one; Refused when it names nobody.
    """
    from afterview.core.playbook import next_actions
    from afterview.records.playbook_config import candidate_rules

    if to:
        return find_contact(candidate, app, to)
    if plan is None:
        plan = next_actions(facts, now, rules or candidate_rules(candidate))
    people = steps.recipients(facts, kind, plan)
    if len(people) > 1:
        names = ", ".join(p.name for p in people)
        raise InvalidInput(f"a {kind} is due to several people ({names}); pick one with --to NAME")
    return m.Contact.objects.get(pk=int(people[0].key), owner=candidate)


@dataclass(frozen=True)
class Sent:
    """What `send_note` did: the message in the outbox and the checker's report."""

    message: m.Message
    report: object


@dataclass(frozen=True)
class Ready:
    """A note checked and through the gate, not yet in the outbox: what `afterview send`
    shows before it asks (`leaves_at` is when it would leave, `zone` the recipient's).
    `placed` is the plan's answer for it, which `send_ready` passes on."""

    app_id: int
    kind: NoteKind
    contact: m.Contact
    note: Note
    report: object
    forced: bool
    placed: Placement

    @property
    def leaves_at(self) -> datetime:
        return self.placed.when

    @property
    def zone(self) -> str:
        return self.placed.tz


def prepare_note(
    candidate,
    app_id: int,
    kind: str,
    *,
    now: datetime,
    to: str | None = None,
    text: str | None = None,
    at: datetime | None = None,
    send_now: bool = False,
    force: bool = False,
    rules=None,
) -> Ready:
    """Write (or read) the note, check it and pass it through the gate; nothing is stored.

    Raises CheckerErrors (a Refused) when the checker finds errors and `force` is
    not given, and what `schedule_message` raises when the plan would refuse it.
    """
    from afterview.core.playbook import next_actions
    from afterview.outreach.account import get_account
    from afterview.outreach.outbox import place
    from afterview.records.playbook_config import candidate_rules

    kind = steps.parse_kind(kind)
    get_account(candidate)
    app = get_application(candidate, app_id)
    # The facts and the plan are made once and passed down: the recipient, the draft,
    # the checker's context and the time it leaves all read the same ones.
    facts = application_facts(candidate, app.pk)
    rules = rules or candidate_rules(candidate)
    plan = next_actions(facts, now, rules)
    contact = find_contact_for(candidate, app, kind, to, facts, now=now, rules=rules, plan=plan)
    if text is None:
        note = draft_note(kind, facts, contact, now=now)
    else:
        note = read_note(text, default_subject(kind, facts))
    report = check_text(note.body, check_context(candidate, app.pk, str(contact.pk), kind, facts=facts))
    forced = gate(report, force=force)
    placed = place(candidate, app.pk, kind, contact=contact, now=now, at=at, send_now=send_now, rules=rules, facts=facts, plan=plan)
    return Ready(app.pk, kind, contact, note, report, forced, placed)


def send_ready(candidate, ready: Ready, *, now: datetime, at=None, send_now: bool = False, rules=None) -> Sent:
    """Put a prepared note in the outbox at the time `prepare_note` placed it (with
    `send_now`, the undo window from `now`). The plan is not asked again: the worker
    holds every note against the plan right before it leaves."""
    from afterview.outreach.outbox import schedule_message

    message = schedule_message(
        candidate, ready.app_id, ready.kind, contact=ready.contact, note=ready.note, now=now, at=at,
        send_now=send_now, forced=ready.forced, rules=rules, placed=ready.placed,
    )  # fmt: skip
    return Sent(message=message, report=ready.report)


def send_note(candidate, app_id: int, kind: str, **options) -> Sent:
    """Check a note (the given text, or the draft), pass it through the gate and schedule
    it: `prepare_note` (which takes the same options) then `send_ready`, for callers
    that need not ask first."""
    ready = prepare_note(candidate, app_id, kind, **options)
    when = {name: options[name] for name in ("at", "send_now", "rules") if name in options}
    return send_ready(candidate, ready, now=options["now"], **when)


# -- a note kept between steps: the web editor ---------------------------------------------


def start_draft(candidate, app_id: int, step: str, person_key: str, *, now) -> m.Message:
    """The open draft for this step (a step of the plan, or a note kind), or a new one
    written from the templates (the candidate's own in AFTERVIEW_HOME/templates first,
    as `afterview draft` does). A step that is not a note (a call) is InvalidInput."""
    kind = steps.note_for_step(step) or (step if step in steps.KINDS else None)
    if kind is None:
        raise InvalidInput(f"a {step} is not a note; there is nothing to draft")
    facts = application_facts(candidate, app_id)
    contact = m.Contact.objects.for_owner(candidate).filter(pk=person_key or facts.hiring_contact_key or 0).first()
    if contact is None:
        raise InvalidInput("nobody to write to: add the person (or the hiring contact) to the application first")
    existing = (
        m.Message.objects.for_owner(candidate)
        .filter(application_id=app_id, contact=contact, kind=kind, status__in=MessageStatus.OPEN)
        .order_by("-id")
        .first()
    )
    if existing is not None:
        return existing
    written = draft_note(kind, facts, contact, now=now)
    return m.Message.objects.create(
        owner=candidate,
        application_id=app_id,
        contact=contact,
        kind=kind,
        subject=written.subject[:MAX_SUBJECT],
        body=written.body,
        status=MessageStatus.DRAFT,
        created_at=now,
    )


def _editable(message: m.Message) -> None:
    if message.status not in MessageStatus.OPEN:
        raise Refused(f"this note is {message.status}; it can no longer be edited")


def save_draft(candidate, message: m.Message, *, subject: str, body: str) -> m.Message:
    """Keep the text; an approved note that is edited needs approving again."""
    _editable(message)
    note = read_note(body, subject.strip() or message.subject)
    changed = (note.subject, note.body) != (message.subject, message.body)
    message.subject, message.body = note.subject, note.body
    if changed and message.status == MessageStatus.APPROVED:
        message.status, message.forced = MessageStatus.DRAFT, False
    message.save(update_fields=["subject", "body", "status", "forced"])
    return message


def approve(candidate, message: m.Message, *, subject: str, body: str, force: bool = False):
    """Approve the note as written, checked afresh: the same gate as `send_note`.
    Raises CheckerErrors while the checker finds errors, unless forced."""
    save_draft(candidate, message, subject=subject, body=body)
    context = check_context(
        candidate, message.application_id, str(message.contact_id), str(message.kind), exclude_message=message.pk
    )
    report = check_text(message.body, context)
    forced = gate(report, force=force, how_to_overrule="tick “approve it anyway” if you are sure")
    message.status, message.forced = MessageStatus.APPROVED, forced
    message.save(update_fields=["status", "forced"])
    return report


def hand_to_outbox(candidate, message: m.Message, *, now, at=None, send_now: bool = False) -> m.Message:
    """Schedule an approved note (at the playbook's time, at `at`, or now).

    The outbox keeps its own row for what it sends; the draft it came from is
    removed in the same transaction, so the note exists once."""
    from afterview.outreach.account import find_account
    from afterview.outreach.outbox import place, schedule_message

    if message.status != MessageStatus.APPROVED:
        raise Refused("approve the note first; only an approved note goes to the outbox")
    if find_account(candidate) is None:
        raise InvalidInput(
            "no mail account is set up, so afterview cannot send; add one under Settings, "
            "or download the .eml, send it from your own mail program and mark it sent"
        )
    # Asked outside the transaction, so a refusal the guard counts is kept; once.
    placed = place(candidate, message.application_id, message.kind, contact=message.contact, now=now, at=at, send_now=send_now)
    with transaction.atomic():
        scheduled = schedule_message(
            candidate,
            message.application_id,
            message.kind,
            contact=message.contact,
            note=Note(subject=message.subject, body=message.body),
            now=now,
            at=at,
            send_now=send_now,
            forced=message.forced,
            placed=placed,
        )
        message.delete()
    return scheduled


def eml_of(candidate, message: m.Message, *, now) -> bytes:
    """The note as an .eml file to open in the candidate's own mail program."""
    from afterview.outreach.eml import eml_bytes

    return eml_bytes(
        candidate,
        message.application_id,
        message.kind,
        person_key=str(message.contact_id),
        note=Note(subject=message.subject, body=message.body),
        now=now,
    )


def mark_sent_by_hand(candidate, message: m.Message, *, now) -> m.Message:
    """The candidate sent the approved note from their own mail program: record it as
    sent and log it, exactly as the outbox records a note it sent (updates included)."""
    from afterview.outreach.outbox import record_sent

    if message.owner_id != candidate.pk or not record_sent(
        message, at=now, note="sent by you from your own mail program", settling=(MessageStatus.APPROVED,)
    ):
        raise Refused("only an approved note can be marked as sent; reload the page")
    message.refresh_from_db()
    return message


def discard(candidate, message: m.Message) -> None:
    _editable(message)
    message.status = MessageStatus.CANCELLED
    message.last_error = "discarded by you"
    message.save(update_fields=["status", "last_error"])

"""The note editor's side of the checker: the context a note is checked in, the
note with its findings marked in place, and applying a suggestion."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass

from django.db.models import Count, Max

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from afterview.core.check import CheckContext, Finding, Report, check_note
from afterview.core.errors import InvalidInput
from afterview.records import models as m
from afterview.records import services as records

MAX_NOTE = 20_000


# Building a context costs a dozen queries and names every other person and
# company the candidate knows: made once per note while it is being typed,
# again when the records change, and at least once a minute (another note's
# text may have been edited meanwhile). Approving always checks afresh.
_CONTEXT_MAX_AGE = 60.0
_contexts: dict[int, tuple[tuple, float, CheckContext]] = {}
_contexts_lock = threading.Lock()


def typing_context(candidate, message: m.Message) -> CheckContext:
    """The context for checking as the candidate types: `context_for`, kept a little while."""
    from afterview.web.plans import fingerprint

    notes = m.Message.objects.for_owner(candidate).aggregate(count=Count("id"), last=Max("id"))
    key = (candidate.pk, fingerprint(candidate), notes["count"], notes["last"])
    with _contexts_lock:
        kept = _contexts.get(message.pk)
    if kept is not None and kept[0] == key and time.monotonic() - kept[1] < _CONTEXT_MAX_AGE:
        return kept[2]
    context = context_for(candidate, message)
    with _contexts_lock:
        if len(_contexts) > 256:
            _contexts.clear()
        _contexts[message.pk] = (key, time.monotonic(), context)
    return context


def forget_contexts() -> None:
    with _contexts_lock:
        _contexts.clear()


def context_for(candidate, message: m.Message) -> CheckContext:
    """What the checker knows about this note: its recipient, company, highlight, the other notes."""
    return records.check_context(
        candidate, message.application_id, str(message.contact_id), str(message.kind), exclude_message=message.pk
    )


def check(text: str, context: CheckContext) -> Report:
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"the note is {len(text)} characters long; a note that lands is far shorter")
    return check_note(text, context)


@dataclass(frozen=True)
class Marked:
    """A finding as the editor shows it: where it is and what clicking a fix sends."""

    n: int
    finding: Finding
    fixes: tuple[tuple[str, str], ...]  # (label, the value the button posts)

    @property
    def in_text(self) -> bool:
        return self.finding.end > self.finding.start


def marked(report: Report) -> list[Marked]:
    out = []
    for n, finding in enumerate(report.findings):
        fixes = tuple(
            (
                suggestion or "(remove it)",
                json.dumps({"s": finding.start, "e": finding.end, "from": finding.text, "to": suggestion}),
            )
            for suggestion in finding.suggestions[:4]
            if finding.end > finding.start
        )
        out.append(Marked(n, finding, fixes))
    return out


def highlighted(text: str, report: Report) -> SafeString:
    """The note's text, escaped, with each finding wrapped in <mark> where it sits.

    It is drawn behind the (transparent) textarea in the same font, so the marks
    appear under the words the candidate typed."""
    parts = []
    at = 0
    for n, finding in enumerate(report.findings):
        if finding.end <= finding.start or finding.start < at or finding.end > len(text):
            continue
        parts.append(escape(text[at : finding.start]))
        parts.append(
            f'<mark class="{escape(str(finding.severity))}" data-finding="{n}">'
            f"{escape(text[finding.start : finding.end])}</mark>"
        )
        at = finding.end
    parts.append(escape(text[at:]))
    # A trailing newline in a textarea opens a line the div would not: keep them the same height.
    parts.append("\n ")
    return mark_safe("".join(parts))  # noqa: S308 (every piece is escaped)


def apply_fix(text: str, value: str) -> tuple[str, int]:
    """Apply a suggestion a button posted; returns the new text and where the caret goes.

    The text may have changed since the check (the candidate kept typing): the
    fix applies only if the flagged words are still where they were."""
    try:
        fix = json.loads(value)
        start, end, before, after = int(fix["s"]), int(fix["e"]), str(fix["from"]), str(fix["to"])
    except (ValueError, KeyError, TypeError) as e:
        raise InvalidInput("that suggestion could not be read; check the note again") from e
    if not 0 <= start <= end <= len(text) or text[start:end] != before:
        raise InvalidInput("the note changed since it was checked; the marks are up to date now")
    return text[:start] + after + text[end:], start + len(after)


# -- drafts, from the agenda's "Draft it" to an approved note -------------------------------------

#: The playbook's steps the candidate writes, and the kind of note each is.
NOTE_OF_STEP = {
    "thank-you": m.MessageKind.THANK_YOU,
    "follow-up": m.MessageKind.FOLLOW_UP,
    "ask-next-steps": m.MessageKind.NEXT_STEPS,
}

#: Notes still being worked on here (not yet handed to the outbox).
OPEN = (m.MessageStatus.DRAFT, m.MessageStatus.APPROVED)


def start_draft(candidate, app_id: int, step: str, person_key: str, *, now) -> m.Message:
    """The open draft for this step, or a new one written from the templates
    (the candidate's own in AFTERVIEW_HOME/templates first, as `afterview draft` does)."""
    from afterview.outreach.services import draft_note

    kind = NOTE_OF_STEP.get(step) or (step if step in m.MessageKind.values else None)
    if kind is None:
        raise InvalidInput(f"a {step} is not a note; there is nothing to draft")
    facts = records.application_facts(candidate, app_id)
    contact = m.Contact.objects.for_owner(candidate).filter(pk=person_key or facts.hiring_contact_key or 0).first()
    if contact is None:
        raise InvalidInput("nobody to write to: add the person (or the hiring contact) to the application first")
    existing = (
        m.Message.objects.for_owner(candidate)
        .filter(application_id=app_id, contact=contact, kind=kind, status__in=OPEN)
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
        subject=written.subject[:300],
        body=written.body,
        status=m.MessageStatus.DRAFT,
        created_at=now,
    )


def _editable(message: m.Message) -> None:
    from afterview.core.errors import Refused

    if message.status not in OPEN:
        raise Refused(f"this note is {message.status}; it can no longer be edited")


def save_draft(candidate, message: m.Message, *, subject: str, body: str) -> m.Message:
    """Keep the text; an approved note that is edited needs approving again."""
    from afterview.outreach.services import read_note

    _editable(message)
    note = read_note(body, subject.strip() or message.subject)
    changed = (note.subject, note.body) != (message.subject, message.body)
    message.subject, message.body = note.subject, note.body
    if changed and message.status == m.MessageStatus.APPROVED:
        message.status, message.forced = m.MessageStatus.DRAFT, False
    message.save(update_fields=["subject", "body", "status", "forced"])
    return message


def approve(candidate, message: m.Message, *, subject: str, body: str, force: bool = False) -> Report:
    """Approve the note as written. Refused while the checker finds errors, unless forced."""
    from afterview.core.errors import Refused

    save_draft(candidate, message, subject=subject, body=body)
    report = check(message.body, context_for(candidate, message))
    if not report.ok and not force:
        errors = sum(1 for finding in report.findings if finding.severity == "error")
        raise Refused(
            f"the checker found {errors} error{'s' if errors != 1 else ''}; fix them, or tick "
            "“approve it anyway” if you are sure"
        )
    message.status, message.forced = m.MessageStatus.APPROVED, not report.ok
    message.save(update_fields=["status", "forced"])
    return report


def hand_to_outbox(candidate, message: m.Message, *, now, at=None, send_now: bool = False) -> m.Message:
    """Schedule an approved note (at the playbook's time, at `at`, or now) with outreach.

    The outbox keeps its own row for what it sends; the draft it came from is
    removed in the same transaction, so the note exists once."""
    from django.db import transaction

    from afterview.core.errors import Refused
    from afterview.outreach.services import Note, schedule_message

    from afterview.outreach.models import MailAccount

    if message.status != m.MessageStatus.APPROVED:
        raise Refused("approve the note first; only an approved note goes to the outbox")
    if not MailAccount.objects.for_owner(candidate).exists():
        raise InvalidInput(
            "no mail account is set up, so afterview cannot send; add one under Settings, "
            "or download the .eml, send it from your own mail program and mark it sent"
        )
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
        )
        message.delete()
    return scheduled


def eml_bytes(candidate, message: m.Message, *, now) -> bytes:
    """The note as an .eml file to open in the candidate's own mail program."""
    import tempfile
    from pathlib import Path

    from afterview.outreach.services import Note, write_eml

    with tempfile.TemporaryDirectory() as folder:
        path = write_eml(
            candidate,
            message.application_id,
            message.kind,
            person_key=str(message.contact_id),
            note=Note(subject=message.subject, body=message.body),
            path=Path(folder) / "note.eml",
            now=now,
        )
        return path.read_bytes()


def mark_sent_by_hand(candidate, message: m.Message, *, now) -> m.Message:
    """The candidate sent the note from their own mail program: record it as sent and log it,
    exactly as the outbox records a note it sent (updates included)."""
    from django.db import transaction

    from afterview.core.errors import Refused
    from afterview.outreach.services import record_sent

    with transaction.atomic():
        claimed = m.Message.objects.filter(pk=message.pk, owner=candidate, status=m.MessageStatus.APPROVED).update(
            status=m.MessageStatus.SENDING
        )
        if not claimed:
            raise Refused("only an approved note can be marked as sent; reload the page")
        record_sent(message, at=now, note="sent by you from your own mail program")
    message.refresh_from_db()
    return message


def discard(candidate, message: m.Message) -> None:
    _editable(message)
    message.status = m.MessageStatus.CANCELLED
    message.last_error = "discarded by you"
    message.save(update_fields=["status", "last_error"])

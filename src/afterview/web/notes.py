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

from afterview.core.check import CheckContext, Finding, Report
from afterview.core.errors import InvalidInput
from afterview.core.steps import MessageStatus
from afterview.records import models as m


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
    from afterview.outreach.notes import check_context

    return check_context(
        candidate, message.application_id, str(message.contact_id), str(message.kind), exclude_message=message.pk
    )


def check(text: str, context: CheckContext) -> Report:
    from afterview.outreach.notes import check_text

    return check_text(text, context)


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
# The workflow is outreach's (afterview.outreach.notes), the same one `afterview send` and
# the API use; the editor words the gate's refusal for its own checkbox.

from afterview.outreach.notes import (  # noqa: E402,F401
    discard,
    hand_to_outbox,
    save_draft,
    start_draft,
)

#: Notes still being worked on here (not yet handed to the outbox).
OPEN = MessageStatus.OPEN


def approve(candidate, message: m.Message, *, subject: str, body: str, force: bool = False) -> Report:
    """Approve the note as written. Refused while the checker finds errors, unless forced."""
    from afterview.core.errors import Refused
    from afterview.outreach import notes

    try:
        return notes.approve(candidate, message, subject=subject, body=body, force=force)
    except notes.CheckerErrors as e:
        errors = len(e.errors)
        raise Refused(
            f"the checker found {errors} error{'s' if errors != 1 else ''}; fix them, or tick "
            "“approve it anyway” if you are sure"
        ) from e


def eml_bytes(candidate, message: m.Message, *, now) -> bytes:
    """The note as an .eml file to open in the candidate's own mail program."""
    from afterview.outreach.notes import eml_of

    return eml_of(candidate, message, now=now)

"""The shared vocabulary of notes: their kinds and statuses, which step of the plan a
note or a touch carries out, who a note goes to, whose time zone it is read in, and
why the plan has no such step now.

Pure, like the rest of core. The command line, the web app, the API and the worker
all read these tables; none keeps a copy. The kinds and statuses are here without the
planner, so that `afterview check` on a file does not load it (the step tables import
`afterview.core.playbook` when first used).

The phone-call rule: a phone-call step is carried out by a call, or by a follow-up
e-mail in its place (the same try toward the limit, the same min-gap). Every edge
follows it: `afterview send --kind follow-up` schedules against a phone-call step,
the outbox holds such a note against it, and the web's phone-call card offers to
write the follow-up instead. Only the three written steps are "drafted" as such.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache
from typing import TypeVar

from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.core.facts import DECISIONS, ApplicationFacts, InterviewFacts, Person, TouchKind

__all__ = [
    "KINDS",
    "MessageStatus",
    "NoteKind",
    "TOUCH_OF_NOTE",
    "addressee",
    "kind_for",
    "latest_interview",
    "local_moment",
    "note_for_step",
    "note_instead_of",
    "one_named",
    "parse_kind",
    "person_named",
    "reader_of",
    "recipients",
    "step_of",
    "steps_for_note",
    "why_dropped",
    "why_no_step",
]


class NoteKind(enum.StrEnum):
    """The notes afterview drafts, checks and sends."""

    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    NEXT_STEPS = "next-steps"

    @property
    def label(self) -> str:
        """How a page names the kind: "Thank-you"."""
        return self.value.capitalize()


#: The kinds' names, in the order every list shows them.
KINDS = tuple(kind.value for kind in NoteKind)


def parse_kind(value: str) -> NoteKind:
    """The note kind `value` names; InvalidInput for anything else."""
    try:
        return NoteKind(value)
    except ValueError as e:
        raise InvalidInput(f"unknown kind {value!r}; use one of {', '.join(KINDS)}") from e


class MessageStatus(enum.StrEnum):
    """Where an outgoing note is, from draft to sent. The groups below are the only
    lists of statuses; code that needs "the notes that may have left" names a group."""

    DRAFT = "draft"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"
    FAILED = "failed"
    #: its worker died mid-send and the mailbox could not say whether it left
    UNKNOWN = "unknown"


_S = MessageStatus
#: Still being written (not yet handed to the outbox): the editor may change them.
MessageStatus.OPEN = (_S.DRAFT, _S.APPROVED)
#: Gone, going, or perhaps gone: a second one would be a duplicate.
MessageStatus.LIVE = (_S.SCHEDULED, _S.SENDING, _S.UNKNOWN)
#: Approved and not yet known to be sent or stopped: the candidate need not be reminded.
MessageStatus.ON_ITS_WAY = (_S.APPROVED, *MessageStatus.LIVE)
#: What the employer has, or will have: a new note must not repeat them. A draft was
#: never sent, and a failed or cancelled note never arrived.
MessageStatus.DELIVERED = (_S.APPROVED, _S.SCHEDULED, _S.SENDING, _S.SENT, _S.UNKNOWN)
#: Notes that stand for their step on the agenda: written, approved, or on their way.
MessageStatus.FOR_STEP = (_S.DRAFT, _S.APPROVED, _S.SCHEDULED, _S.SENDING, _S.UNKNOWN, _S.FAILED)
#: In the outbox and not finished: going, perhaps gone, or failed (for the candidate to look at).
MessageStatus.UNSETTLED = (*MessageStatus.LIVE, _S.FAILED)
#: What `afterview outbox` lists by default.
MessageStatus.OUTBOX = (_S.SCHEDULED, _S.SENDING, _S.UNKNOWN, _S.FAILED, _S.SENT, _S.CANCELLED)
#: What the candidate may still cancel (a `sending` row no worker holds is added by the outbox).
MessageStatus.CANCELLABLE = (_S.DRAFT, _S.APPROVED, _S.SCHEDULED, _S.UNKNOWN)
#: What may be recorded as sent: a worker is sending it, or nobody knows.
MessageStatus.SETTLING = (_S.SENDING, _S.UNKNOWN)
del _S


#: The touch sending each kind of note records in the log.
TOUCH_OF_NOTE = {
    NoteKind.THANK_YOU: TouchKind.THANK_YOU_SENT,
    NoteKind.FOLLOW_UP: TouchKind.FOLLOW_UP_SENT,
    NoteKind.NEXT_STEPS: TouchKind.NEXT_STEPS_SENT,
}


@cache
def _tables() -> tuple[dict, dict]:
    """(the note each written step is, the note that may stand in for a step that is not written)."""
    from afterview.core.playbook import ActionKind

    written = {
        ActionKind.THANK_YOU: NoteKind.THANK_YOU,
        ActionKind.FOLLOW_UP: NoteKind.FOLLOW_UP,
        ActionKind.ASK_NEXT_STEPS: NoteKind.NEXT_STEPS,
    }
    instead = {ActionKind.PHONE_CALL: NoteKind.FOLLOW_UP}
    return written, instead


def note_for_step(step: str) -> NoteKind | None:
    """The note a written step is, or None when the step is not written (a phone
    call, closing out, finding an address, sending what they asked for)."""
    return _tables()[0].get(step)


def note_instead_of(step: str) -> NoteKind | None:
    """The note that may carry out a step that is not written: a follow-up e-mail in
    place of a phone call. None for every other step."""
    return _tables()[1].get(step)


def steps_for_note(kind: str) -> frozenset:
    """Every step of the plan a note of `kind` carries out: the one it is, and the ones
    it may stand in for (a follow-up carries out a phone-call step too)."""
    kind = parse_kind(kind)
    written, instead = _tables()
    return frozenset(step for table in (written, instead) for step, note in table.items() if note is kind)


def step_of(actions: Iterable, kind: str, person_key: str | None):
    """The first-due step of `actions` a note of `kind` to `person_key` carries out, or None."""
    wanted = steps_for_note(kind)
    found = [a for a in actions if a.kind in wanted and a.person_key == person_key]
    return min(found, key=lambda a: a.due_at) if found else None


# -- whom, and when --------------------------------------------------------------------


def latest_interview(interviews: Sequence[InterviewFacts]) -> InterviewFacts | None:
    """The round that counts now: the latest start; a tie goes to the later end, then
    the higher key, so every caller picks the same one. None when there is none."""
    return max(interviews, key=lambda i: (i.starts_at, i.ends_at, i.key), default=None)


def recipients(facts: ApplicationFacts, kind: str, plan: Sequence | None = None) -> list[Person]:
    """Who gets a note of `kind`.

    Without `plan`: each interviewer of the latest interview for a thank-you, the
    hiring contact otherwise; InvalidInput when nobody fits. With `plan` (the
    application's actions now): the people the plan names for the steps the kind
    carries out, else the hiring contact for a follow-up or next-steps note;
    Refused when the plan names nobody.
    """
    kind = parse_kind(kind)
    if plan is None:
        return _by_the_records(facts, kind)
    wanted = steps_for_note(kind)
    keys = list(dict.fromkeys(a.person_key for a in plan if a.kind in wanted and a.person_key))
    if not keys and kind is not NoteKind.THANK_YOU and facts.hiring_contact_key:
        keys = [facts.hiring_contact_key]
    people = [p for p in (facts.person(k) for k in keys) if p is not None]
    if not people:
        raise Refused(f"the playbook has no {kind} due for application {facts.key}; `afterview why {facts.key}` explains")
    return people


def _by_the_records(facts: ApplicationFacts, kind: NoteKind) -> list[Person]:
    if kind is NoteKind.THANK_YOU:
        interview = latest_interview(facts.interviews)
        people = [facts.person(k) for k in (interview.interviewer_keys if interview else ())]
        found = [p for p in people if p is not None]
        if not found and interview is None:
            raise InvalidInput(f"no interviewer recorded for {facts.company}; add the interview first")
        if not found:
            # An interview imported from a spreadsheet knows its day but not who was there.
            raise InvalidInput(
                f"the latest interview with {facts.company} has no interviewers recorded; "
                "draft to one of them with --to 'Name', or log the round with its interviewers"
            )
        return found
    contact = facts.person(facts.hiring_contact_key)
    if contact is None:
        raise InvalidInput(f"no hiring contact recorded for {facts.company}; name one, or pass --to")
    return [contact]


def local_moment(at: datetime, tz: str) -> str:
    """"Fri 4 Dec 09:00 (Europe/Paris)": a moment as a message to the candidate names it."""
    from afterview.core.timing import day_text, zone

    local = at.astimezone(zone(tz))
    return f"{day_text(local.date())} {local:%H:%M} ({tz})"


# -- why there is no such step ---------------------------------------------------------


def why_no_step(facts: ApplicationFacts, kind: str, person_key: str, plan: Sequence) -> str:
    """Why a note of `kind` to `person_key` carries out no step of `plan` now."""
    if not plan:
        return f"the plan for application {facts.key} has no steps left (a decision, or no interview yet); nothing to send"
    person = facts.person(person_key)
    name = person.name if person else "them"
    if kind in (NoteKind.FOLLOW_UP, NoteKind.NEXT_STEPS) and person_key != facts.hiring_contact_key:
        hiring = facts.person(facts.hiring_contact_key)
        whom = hiring.name if hiring else "the hiring contact (none is on record)"
        return f"a {kind} goes to {whom}, not to {name}"
    planned = "; ".join(f"{a.kind}{' to ' + a.person if a.person else ''}" for a in plan[:4])
    return f"the playbook has no {kind} to {name} now (planned: {planned}); `afterview why {facts.key}` explains"


def why_dropped(facts: ApplicationFacts, kind: str, person_key: str, *, since: datetime) -> str:
    """Why the plan no longer has the step a note of `kind` to `person_key`, written at
    `since`, was for: a decision, a reply, or the step logged as done meanwhile."""
    tz = facts.zone_of(person_key)
    person = facts.person(person_key)
    name = person.name if person else "them"
    later = [t for t in facts.touches if t.at >= since]
    for touch in reversed(later):
        if touch.kind in DECISIONS:
            return f"the application ended: {touch.kind} on {local_moment(touch.at, tz)}"
    for touch in reversed(later):
        if touch.kind is TouchKind.REPLY:
            who = facts.person(touch.person_key).name if facts.person(touch.person_key) else "they"
            return f"{who} replied on {local_moment(touch.at, tz)}, so this {kind} is no longer called for"
    done = TOUCH_OF_NOTE[parse_kind(kind)]
    for touch in reversed(later):
        if touch.kind == done and touch.person_key in (person_key, None):
            return f"a {touch.kind} to {name} was logged on {local_moment(touch.at, tz)}"
    return f"the playbook no longer plans a {kind} to {name}; `afterview why {facts.key}` says why"


# -- a person by name, and the person a note greets ------------------------------------

T = TypeVar("T")


def one_named(people: Sequence[T], name: str, where: str) -> T:
    """The one of `people` (anything with a `name`) called `name`: the exact name first
    (case and spacing ignored), else the only one whose name contains it.

    Raises NotFound when nobody matches, InvalidInput when several do.
    """
    wanted = " ".join(name.split()).casefold()
    matches = [p for p in people if " ".join(p.name.split()).casefold() == wanted]
    if not matches:
        matches = [p for p in people if wanted and wanted in p.name.casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(p.name for p in people) or "nobody yet"
        raise NotFound(f"nobody called {name!r} at {where}; known: {known}")
    raise InvalidInput(f"{name!r} could mean {', '.join(p.name for p in matches)}; give the full name")


def person_named(facts: ApplicationFacts, name: str) -> Person:
    """The person of the application called `name` (see `one_named`)."""
    return one_named(facts.people, name, facts.company)


_GREETING = re.compile(r"^\s*(?:dear|hi|hello|good (?:morning|afternoon|evening))\s+([^,\n:]{1,80})[,:!\n]", re.I | re.M)


def addressee(text: str, facts: ApplicationFacts) -> Person | None:
    """The person of the application the note greets ("Dear Ms. Castellanos," or
    "Dear Miriam,"), or None when the greeting names nobody on record, or several."""
    match = _GREETING.search(text[:500])
    if match is None:
        return None
    words = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", match.group(1))}
    found = []
    for person in facts.people:
        names = {w.casefold() for w in person.name.split()} | {w.casefold() for w in person.salutation.split()}
        if words & names:
            found.append(person)
    return found[0] if len(found) == 1 else None


def reader_of(text: str, facts: ApplicationFacts) -> tuple[Person | None, str]:
    """Whom a written note is for when nobody said: (the person its greeting names, or
    the only person on record; how that was decided). (None, "") when it can't be told."""
    person = addressee(text, facts)
    if person is not None:
        return person, "from its greeting"
    if len(facts.people) == 1:
        return facts.people[0], "the only contact on record"
    return None, ""


def kind_for(facts: ApplicationFacts, person_key: str | None) -> NoteKind:
    """The kind of a note whose kind was not said: a thank-you to an interviewer, a
    follow-up to the hiring contact (or to nobody known)."""
    if person_key and person_key != facts.hiring_contact_key:
        return NoteKind.THANK_YOU
    return NoteKind.FOLLOW_UP

"""The playbook: from an application's facts and "now" to what the candidate does next.

`next_actions(facts, now, rules)` is a pure function. It returns the whole plan
(not only today's step), each action with its due window, the rule that made
it, a one-line reason and what would change it. Every rule of the playbook
lives in this module and nowhere else:

next-steps
    No timeline stated after an interview: ask the hiring contact (never an
    interviewer who is not also the hiring contact) what happens next and when.
thank-you
    One note per interviewer of the latest interview, due as soon as it ends
    (the same business day is best), overdue 24 hours after it ended.
follow-up
    Nothing heard by the date they gave: a polite e-mail to the hiring contact
    on the next business day; no date given: after 10 business days.
phone
    A follow-up unanswered for 5 business days: a call when the hiring
    contact's phone number is known, otherwise one more e-mail.
min-gap
    No two unsolicited contacts with one organization within 5 business days.
    The notes right after one interview (thank-yous to its different
    interviewers, and the next-steps question) count as one contact. An action
    the gap holds back carries `blocked_until`.
max-follow-ups
    After 3 unanswered follow-ups (e-mails and calls), suggest closing out.
stop
    A reply answers what was pending: planned follow-ups and calls are
    replaced by a new wait from the reply (the date it gave, or the default
    wait). A decision (offer, rejection, withdrawal, or the candidate's
    acceptance or refusal of an offer) ends the plan. A new
    interview round starts the cycle again: touches from before it no longer
    count, neither toward the gap nor toward the follow-up limit.
updates
    Pending updates ride along in the next follow-up; they never make a
    contact of their own, so they never break the min-gap.
away
    An automatic reply said the hiring contact is away until a day: the
    follow-ups wait until the business day after it (an auto-reply is not a
    reply, so nothing else changes).
bounce
    The hiring contact's address bounced: the plan's first step is to find a
    working address, and the follow-ups say so until the address changes.
request
    They asked for something (a transcript, references): send it, within
    two business days. Answering a request is not an unsolicited contact.

A thank-you or next-steps question still unsent when the first follow-up
falls due is dropped: by then a separate note would be one contact too many,
and the follow-up carries the thanks.

State is derived, never stored: `stage(facts, now, rules)` reads it off the
same computation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from afterview.core.facts import (
    DECISIONS,
    UNSOLICITED,
    ApplicationFacts,
    InterviewFacts,
    Person,
    TouchFacts,
    TouchKind,
)
from afterview.core.steps import latest_interview
from afterview.core.parse import FIRST_DAY, LAST_DAY, in_planned_years
from afterview.core.shown import format_phone
from afterview.core.rules import DEFAULT, Rules
from afterview.core.timing import (
    add_business_days,
    at_local,
    day_text,
    is_business_day,
    local_day,
    next_business_day,
    place_in_business_hours,
    zone,
)

__all__ = [
    "DONE_BY",
    "FOLLOW_UPS",
    "NOT_A_TOUCH",
    "Action",
    "ActionKind",
    "Explanation",
    "Round",
    "RuleName",
    "Stage",
    "TimelineEntry",
    "current_round",
    "explain",
    "follow_up_day",
    "gap_ends_at",
    "hold_for_gap",
    "next_actions",
    "notes_window_ends_at",
    "plan_follow_ups",
    "plan_problem",
    "plan_next_steps",
    "plan_notes",
    "plan_thank_yous",
    "plan_and_stage",
    "stage",
]


class ActionKind(enum.StrEnum):
    """What the candidate should do."""

    ASK_NEXT_STEPS = "ask-next-steps"
    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    PHONE_CALL = "phone-call"
    CLOSE_OUT = "close-out"
    #: their address bounced: find one that works
    FIND_ADDRESS = "find-address"
    #: they asked for something: send it
    SEND_REQUESTED = "send-requested"


class RuleName(enum.StrEnum):
    """The named rules of the playbook (DESIGN.md, "Playbook defaults")."""

    NEXT_STEPS = "next-steps"
    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    PHONE = "phone"
    MIN_GAP = "min-gap"
    MAX_FOLLOW_UPS = "max-follow-ups"
    STOP = "stop"
    UPDATES = "updates"
    AWAY = "away"
    BOUNCE = "bounce"
    REQUEST = "request"


class Stage(enum.StrEnum):
    """Where an application stands, derived from its facts at a given moment."""

    NO_INTERVIEW = "no-interview"
    INTERVIEW_SCHEDULED = "interview-scheduled"
    THANK_YOU_DUE = "thank-you-due"
    NEXT_STEPS_DUE = "next-steps-due"
    WAITING = "waiting"
    HEARD_BACK = "heard-back"
    FOLLOW_UP_DUE = "follow-up-due"
    CLOSE_OUT_DUE = "close-out-due"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    #: the candidate accepted an offer
    ACCEPTED = "accepted"
    #: the candidate declined an offer
    DECLINED = "declined"
    #: withdrawn after the follow-ups ran out: the candidate closed it out
    CLOSED = "closed"
    #: the stored facts cannot be planned (a date far outside the years afterview plans for)
    CANNOT_PLAN = "cannot-plan"


#: The touch that records an action as done; logging it moves the plan on.
DONE_BY = {
    ActionKind.ASK_NEXT_STEPS: TouchKind.NEXT_STEPS_SENT,
    ActionKind.THANK_YOU: TouchKind.THANK_YOU_SENT,
    ActionKind.FOLLOW_UP: TouchKind.FOLLOW_UP_SENT,
    ActionKind.PHONE_CALL: TouchKind.CALL,
    ActionKind.CLOSE_OUT: TouchKind.WITHDRAWN,
    ActionKind.SEND_REQUESTED: TouchKind.REQUEST_ANSWERED,
}

#: Steps no touch records: finding a working address is done when the contact's address changes.
NOT_A_TOUCH = frozenset({ActionKind.FIND_ADDRESS})

#: Touches that count as a follow-up toward the limit.
FOLLOW_UPS = frozenset({TouchKind.FOLLOW_UP_SENT, TouchKind.CALL, TouchKind.VOICEMAIL})

#: Touches that may share one min-gap slot when they follow the same interview.
_AFTER_INTERVIEW = frozenset({TouchKind.THANK_YOU_SENT, TouchKind.NEXT_STEPS_SENT})

_DECISION_STAGE = {
    TouchKind.OFFER: Stage.OFFER,
    TouchKind.REJECTION: Stage.REJECTED,
    TouchKind.WITHDRAWN: Stage.WITHDRAWN,
    TouchKind.ACCEPTED: Stage.ACCEPTED,
    TouchKind.DECLINED: Stage.DECLINED,
}


@dataclass(frozen=True, slots=True, init=False)
class Action:
    """One step of the plan. Times are aware UTC datetimes.

    `due_at`: from then on the step shows as due now. `earliest_at`: not
    before. `latest_at`: after it the step is overdue (None: no deadline).
    `blocked_until`: the min-gap holds the step back until then (None: not
    held, or no longer). `changes` says what would change the step; `script`
    is the call script of a phone call; `updates` are pending update texts
    to mention in this follow-up.
    """

    kind: ActionKind
    application: str
    person_key: str | None
    person: str | None
    due_at: datetime
    earliest_at: datetime | None
    latest_at: datetime | None
    rule: RuleName
    reason: str
    blocked_until: datetime | None = None
    changes: str = ""
    script: str = ""
    updates: tuple[str, ...] = ()

    def __init__(
        self,
        kind: ActionKind,
        application: str,
        person_key: str | None,
        person: str | None,
        due_at: datetime,
        earliest_at: datetime | None,
        latest_at: datetime | None,
        rule: RuleName,
        reason: str,
        blocked_until: datetime | None = None,
        changes: str = "",
        script: str = "",
        updates: tuple[str, ...] = (),
    ) -> None:
        # The __init__ a frozen dataclass generates sets each field through
        # object.__setattr__, which costs half of a whole plan; the agenda makes
        # tens of thousands of actions. Filling the slots through their
        # descriptors does the same, faster; the instance is just as frozen.
        k, a, pk, p, d, e, la, r, rs, b, c, sc, u = _ACTION_SLOTS
        k(self, kind)
        a(self, application)
        pk(self, person_key)
        p(self, person)
        d(self, due_at)
        e(self, earliest_at)
        la(self, latest_at)
        r(self, rule)
        rs(self, reason)
        b(self, blocked_until)
        c(self, changes)
        sc(self, script)
        u(self, updates)

    def is_due(self, now: datetime) -> bool:
        return self.due_at <= now

    def is_overdue(self, now: datetime) -> bool:
        return self.latest_at is not None and now > self.latest_at

    @property
    def done_by(self) -> TouchKind:
        """The touch kind that records this action as done."""
        return DONE_BY[self.kind]


_ACTION_SLOTS = tuple(getattr(Action, f.name).__set__ for f in fields(Action))


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One thing that happened, for `afterview why`."""

    at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class Explanation:
    """What `afterview why` shows: the timeline so far and the plan with its reasons."""

    application: str
    company: str
    role: str
    stage: Stage
    timeline: tuple[TimelineEntry, ...]
    steps: tuple[Action, ...]
    notes: tuple[str, ...]
    #: why the application cannot be planned (None: it can); then `steps` is empty
    problem: str | None = None


@dataclass(slots=True)
class Round:
    """The latest interview and what has happened since it started, as of `now`.

    The "last word" is the latest news from the organization: the interview's
    end, a reply, or a timeline the candidate learned (`Expectation`). The
    wait for news runs from it; follow-ups after it are unanswered.
    """

    interview: InterviewFacts
    touches: list[TouchFacts]
    decision: TouchFacts | None
    last_word_at: datetime
    #: the date the last word gave (None: it gave none)
    last_word_on: date | None
    #: what the last word was: "interview", "reply" or "learned" (an Expectation)
    last_word_by: str
    #: the latest date given in this round by any word (None: never one)
    stated_on: date | None
    heard_back: bool
    #: who replied in this round (None: a reply from someone not on record)
    replied_by: set[str | None]
    asked: bool
    thanked: set[str | None]
    #: the latest unsolicited contact in this round
    last_contact_at: datetime | None
    #: follow-ups and calls since the last word
    unanswered: int
    last_follow_up_at: datetime | None
    last_follow_up_kind: TouchKind | None
    #: any follow-up or call in this round, answered or not
    followed_up: bool


# --------------------------------------------------------------------------- helpers


def _tz_of(facts: ApplicationFacts, person: Person | None) -> str:
    return facts.zone_of(person.key if person is not None else None)


def _name(person: Person | None, key: str | None) -> str | None:
    if person is not None:
        return person.name
    return key


# --------------------------------------------------------------------------- stop


def current_round(facts: ApplicationFacts, now: datetime) -> Round | None:
    """The stop rule's view of the application: the latest interview and what counts since.

    None when there is no interview. Touches and expectations after `now`, and
    those from before the latest interview started, do not count.
    """
    if not facts.interviews:
        return None
    interview = latest_interview(facts.interviews)
    start = interview.starts_at
    touches = [t for t in facts.touches if start <= t.at <= now]

    decision = None
    last_word_at = interview.ends_at
    last_word_on = interview.expect_on
    last_word_by = "interview"
    stated_at = interview.ends_at if interview.expect_on is not None else None
    stated_on = interview.expect_on
    asked = False
    replied_by: set[str | None] = set()
    thanked: set[str | None] = set()
    last_contact_at = None
    tries: list[TouchFacts] = []
    for touch in touches:
        kind = touch.kind
        if kind in DECISIONS:
            if decision is None or touch.at >= decision.at:
                decision = touch
        elif kind is TouchKind.REPLY:
            replied_by.add(touch.person_key)
            if touch.at >= last_word_at:
                last_word_at = touch.at
                last_word_on = touch.expect_on
                last_word_by = "reply"
            if touch.expect_on is not None and (stated_at is None or touch.at >= stated_at):
                stated_at, stated_on = touch.at, touch.expect_on
        if kind in UNSOLICITED:
            if last_contact_at is None or touch.at > last_contact_at:
                last_contact_at = touch.at
            if kind is TouchKind.THANK_YOU_SENT:
                thanked.add(touch.person_key)
            elif kind is TouchKind.NEXT_STEPS_SENT:
                asked = True
            elif kind in FOLLOW_UPS:
                tries.append(touch)
    for expectation in facts.expectations:
        if start <= expectation.learned_at <= now:
            if expectation.learned_at >= last_word_at:
                last_word_at = expectation.learned_at
                last_word_on = expectation.on
                last_word_by = "learned"
            if stated_at is None or expectation.learned_at >= stated_at:
                stated_at, stated_on = expectation.learned_at, expectation.on

    unanswered = 0
    last_try = None
    for touch in tries:
        if touch.at > last_word_at:
            unanswered += 1
            if last_try is None or touch.at >= last_try.at:
                last_try = touch

    return Round(
        interview=interview,
        touches=touches,
        decision=decision,
        last_word_at=last_word_at,
        last_word_on=last_word_on,
        last_word_by=last_word_by,
        stated_on=stated_on,
        heard_back=last_word_at > interview.ends_at,
        replied_by=replied_by,
        asked=asked,
        thanked=thanked,
        last_contact_at=last_contact_at,
        unanswered=unanswered,
        last_follow_up_at=last_try.at if last_try is not None else None,
        last_follow_up_kind=last_try.kind if last_try is not None else None,
        followed_up=bool(tries),
    )


# --------------------------------------------------------------------------- follow-up


def follow_up_day(rnd: Round, rules: Rules, tz: str, country: str) -> date:
    """The follow-up rule's day for the first follow-up after the last word.

    The next business day after the date the last word gave; without one,
    `follow_up_wait_business_days` after the last word, but never before the
    next business day after a date stated earlier in the round (a reply
    without a date does not cancel the timeline they promised). Never before
    the business day after the last word itself.
    """
    word_day = local_day(rnd.last_word_at, tz)
    if rnd.last_word_on is not None:
        day = next_business_day(rnd.last_word_on, country)
    else:
        day = add_business_days(word_day, rules.follow_up_wait_business_days, country)
        if rnd.stated_on is not None:
            day = max(day, next_business_day(rnd.stated_on, country))
    return max(day, next_business_day(word_day, country))


# --------------------------------------------------------------------------- min-gap


def _gap_end(at: datetime, facts: ApplicationFacts, rules: Rules) -> datetime:
    return _gap_end_in(
        at, facts.tz or "UTC", facts.country, rules.gap_business_days, rules.business_hours_start
    )


@lru_cache(maxsize=65536)
def _gap_end_in(at: datetime, tz: str, country: str, days: int, start: time) -> datetime:
    # Counted in the organization's business days, on its own calendar. Cached:
    # a plan asks it of the same planned times (and of `now`) for every application.
    return at_local(add_business_days(local_day(at, tz), days, country), start, tz)


def hold_for_gap(
    natural_at: datetime,
    last_contact_at: datetime | None,
    facts: ApplicationFacts,
    tz: str,
    rules: Rules,
) -> tuple[datetime, datetime | None]:
    """The min-gap rule: when an unsolicited contact planned for `natural_at` may happen.

    Returns (earliest_at, held_until): `natural_at` and None when the gap since
    `last_contact_at` has ended by then; otherwise the first business-hours
    instant (in `tz`) after the gap, twice.
    """
    if last_contact_at is None:
        return natural_at, None
    ends_at = _gap_end(last_contact_at, facts, rules)
    if ends_at <= natural_at:
        return natural_at, None
    held = place_in_business_hours(
        ends_at, tz, facts.country, rules.business_hours_start, rules.business_hours_end
    )
    return held, held


def _shares_gap_slot(proposed: TouchKind, person_key: str | None, earlier: TouchFacts) -> bool:
    if proposed not in _AFTER_INTERVIEW or earlier.kind not in _AFTER_INTERVIEW:
        return False
    if proposed is not earlier.kind:
        return True
    # A second note to the same interviewer, or a second next-steps question, is a new contact.
    return proposed is TouchKind.THANK_YOU_SENT and earlier.person_key != person_key


def gap_ends_at(
    facts: ApplicationFacts,
    now: datetime,
    rules: Rules = DEFAULT,
    kind: TouchKind = TouchKind.FOLLOW_UP_SENT,
    person_key: str | None = None,
) -> datetime | None:
    """When the min-gap lets an unsolicited contact of `kind` (to `person_key`) happen.

    None when it may happen at `now` (or `kind` is not unsolicited: replies and
    decisions are never held). Otherwise the UTC instant the gap ends, for a
    candidate who tries to log or schedule the contact too soon. Only contacts
    since the latest interview that has started count: the interview itself
    was a conversation, and the notes after it are expected.
    """
    if kind not in UNSOLICITED:
        return None
    started = [i for i in facts.interviews if i.starts_at <= now]
    since = latest_interview(tuple(started)).starts_at if started else None
    last_at = None
    for touch in facts.touches:
        if touch.kind not in UNSOLICITED or touch.at > now:
            continue
        if since is not None and touch.at < since:
            continue
        if since is not None and _shares_gap_slot(kind, person_key, touch):
            continue
        if last_at is None or touch.at > last_at:
            last_at = touch.at
    if last_at is None:
        return None
    ends_at = _gap_end(last_at, facts, rules)
    return ends_at if ends_at > now else None


# --------------------------------------------------------------------------- thank-you, next-steps


def _notes_window_open(rnd: Round, now: datetime, first_follow_up_at: datetime) -> bool:
    # Thank-yous and the next-steps question belong right after the interview;
    # once the first follow-up is due (or one was sent) they would be one contact too many.
    return not rnd.followed_up and now < first_follow_up_at


def plan_thank_yous(
    facts: ApplicationFacts, rnd: Round, now: datetime, rules: Rules, window_open: bool
) -> list[Action]:
    """The thank-you rule: one note per interviewer of the latest interview not yet thanked."""
    if not window_open:
        return []
    interview = rnd.interview
    ends_at = interview.ends_at
    latest_at = ends_at + timedelta(hours=rules.thank_you_within_hours)
    hours = rules.thank_you_within_hours
    actions = []
    seen = set()
    for key in interview.interviewer_keys:
        if key in rnd.thanked or key in seen:
            continue
        seen.add(key)
        person = facts.person(key)
        name = _name(person, key)
        tz = _tz_of(facts, person)
        local = ends_at.astimezone(zone(tz))
        if local.time() < rules.business_hours_end and is_business_day(local.date(), facts.country):
            when = f"send it the same business day if you can, and no later than {hours} hours after it ended"
        else:
            when = f"within {hours} hours of its end; they will read it next business morning"
        actions.append(
            Action(
                kind=ActionKind.THANK_YOU,
                application=facts.key,
                person_key=key,
                person=name,
                due_at=ends_at,
                earliest_at=ends_at,
                latest_at=latest_at,
                rule=RuleName.THANK_YOU,
                reason=f"Thank {name} for the interview on {day_text(local.date())}: {when}.",
                changes=f"Done once you log a thank-you to {name}; a decision or a new interview round drops it.",
            )
        )
    return actions


def plan_next_steps(
    facts: ApplicationFacts, rnd: Round, now: datetime, rules: Rules, window_open: bool
) -> Action | None:
    """The next-steps rule: no timeline stated, so ask the hiring contact what comes next.

    Never addressed to an interviewer who is not the hiring contact. Without a
    hiring contact the action has no person and its reason says whom to add.
    None when a date is known, the question was asked, the hiring contact (or
    someone not on record) replied, or the first follow-up has fallen due. An
    interviewer's answer to a thank-you does not tell them the timeline.
    """
    if not window_open or rnd.stated_on is not None or rnd.asked:
        return None
    if None in rnd.replied_by or facts.hiring_contact_key in rnd.replied_by:
        return None
    interview = rnd.interview
    ends_at = interview.ends_at
    contact = facts.person(facts.hiring_contact_key)
    if contact is None:
        person_key = name = None
        reason = (
            "Nobody said when they will decide, and no hiring contact is known: add the recruiter "
            "or HR person who arranged the interview (`afterview edit application "
            f"{facts.key} --hiring-contact 'Name <address>'`, or Correct the record on its page), "
            "then ask them about next steps and timing."
        )
    else:
        person_key, name = contact.key, contact.name
        if contact.key in interview.interviewer_keys:
            reason = (
                f"Nobody said when they will decide: ask {name}, your hiring contact, what happens "
                "next and by when (it can go in your thank-you to them)."
            )
        else:
            reason = (
                f"Nobody said when they will decide: ask {name}, your hiring contact, what happens "
                "next and by when; logistics are for them, not for the interviewers."
            )
    return Action(
        kind=ActionKind.ASK_NEXT_STEPS,
        application=facts.key,
        person_key=person_key,
        person=name,
        due_at=ends_at,
        earliest_at=ends_at,
        latest_at=ends_at + timedelta(hours=rules.thank_you_within_hours),
        rule=RuleName.NEXT_STEPS,
        reason=reason,
        changes="A reply or a date you learn makes the question unnecessary.",
    )


# --------------------------------------------------------------------------- follow-up, phone, max-follow-ups


@lru_cache(maxsize=4096)
def _call_script(
    candidate: str, name: str, company: str, role: str, day: str, updates: tuple[str, ...], promised: str = ""
) -> str:
    """What to say on a follow-up call. `promised` is the date they gave, once it has
    passed: the call asks for news, not for a date they already named."""
    first = name.split()[0] if name.strip() else "there"
    me = candidate or "<your name>"
    lines = [
        f"Hello {first}, this is {me}; I interviewed on {day} for the {role} role.",
        "I know you have a lot on your plate, so I will take just a minute.",
    ]
    if promised:
        lines.append(
            f"You had hoped to reach a decision by {promised}, so I wanted to ask whether there is any news; "
            f"I am still keen on {company}."
        )
    else:
        lines.append(f"I am still keen on {company} and wanted to ask if there is news, or a date I should expect to hear by.")
    lines.extend(f"A quick update since we spoke: {text}." for text in updates)
    lines.append("Thank you for taking the call; I appreciate your time.")
    lines.append("On voicemail: your name, the role, your number and one line of thanks, then wait for them.")
    return "\n".join(lines)


_TRY_NAME = {
    TouchKind.FOLLOW_UP_SENT: "follow-up",
    TouchKind.CALL: "call",
    TouchKind.VOICEMAIL: "voicemail",
    ActionKind.FOLLOW_UP: "follow-up",
    ActionKind.PHONE_CALL: "call",
}


def plan_follow_ups(
    facts: ApplicationFacts,
    rnd: Round,
    now: datetime,
    rules: Rules,
    first_follow_up_on: date,
    last_contact_at: datetime | None,
    updates: tuple[str, ...] = (),
) -> list[Action]:
    """The follow-up, phone, min-gap, max-follow-ups and updates rules, as one ladder.

    From the unanswered follow-ups already made, plans each further try up to
    `max_follow_ups` (the first an e-mail on `first_follow_up_on`; later ones
    `phone_after_business_days` after the try before, a call when the hiring
    contact's phone number is known, else an e-mail), each held by the min-gap
    behind `last_contact_at` and the try before it, then a close-out. A step
    not yet done is assumed done at max(due, now) when timing the next one.
    Pending `updates` ride along in the first try.
    """
    contact = facts.person(facts.hiring_contact_key)
    tz = _tz_of(facts, contact)
    country = facts.country
    start, end = rules.business_hours_start, rules.business_hours_end
    wait = rules.phone_after_business_days
    maximum = rules.max_follow_ups
    if contact is not None:
        person_key, name, phone = contact.key, contact.name, contact.phone
        whom = name
    else:
        person_key = name = phone = None
        whom = "your hiring contact (add one: nobody is on record)"
    interview_day = ""

    actions: list[Action] = []
    previous_at = rnd.last_follow_up_at
    previous_logged = previous_at is not None
    if previous_logged:
        previous_on = local_day(previous_at, tz)
        previous_try = _TRY_NAME[rnd.last_follow_up_kind]
    now_on = None
    for number in range(rnd.unanswered + 1, maximum + 1):
        if previous_at is None:
            natural_on = first_follow_up_on
            kind = ActionKind.FOLLOW_UP
            rule = RuleName.STOP if rnd.heard_back else RuleName.FOLLOW_UP
            reason = _first_follow_up_reason(rnd, rules, whom, tz, country, natural_on, now)
            changes = "A reply stops this and restarts the wait; a decision ends the plan."
        else:
            natural_on = max(first_follow_up_on, add_business_days(previous_on, wait, country))
            rule = RuleName.PHONE
            if previous_logged:
                if at_local(natural_on, start, tz) <= now:
                    unanswered = f"Your {previous_try} of {day_text(previous_on)} has gone {wait} business days unanswered: "
                else:
                    unanswered = f"If your {previous_try} of {day_text(previous_on)} is still unanswered after {wait} business days, "
            else:
                unanswered = f"If the {previous_try} before this goes {wait} business days unanswered, "
            if phone:
                kind = ActionKind.PHONE_CALL
                again = " again" if previous_try != "follow-up" else ""
                reason = f"{unanswered}call {name}{again} on {format_phone(phone)}: briefly, and mindful that they are busy."
                changes = "A reply stops this; a decision ends the plan."
            else:
                kind = ActionKind.FOLLOW_UP
                reason = f"{unanswered}send {whom} one more short e-mail (no phone number is known, so no call)."
                changes = "A reply stops this; a phone number for the hiring contact would make it a call."
        if number == maximum:
            reason += f" This is try {number} of {maximum}, the last before closing out."
        if contact is not None and previous_at is None:
            if contact.away_until is not None and natural_on == next_business_day(contact.away_until, country):
                reason += (
                    f" {name}'s automatic reply says they are away until {day_text(contact.away_until)}, "
                    f"so it waits until {day_text(natural_on)}, the business day after."
                )
            if contact.bounced_at is not None:
                reason += f" Their address {contact.email or ''} bounced: find a working one first."
        natural_at = at_local(natural_on, start, tz)
        held = None
        if last_contact_at is not None and _gap_end(last_contact_at, facts, rules) > natural_at:
            earliest_at, held = hold_for_gap(natural_at, last_contact_at, facts, tz, rules)
        else:
            earliest_at = natural_at
        if held is None:
            earliest_on = natural_on
        else:
            earliest_on = local_day(held, tz)
            reason += (
                f" Held until {day_text(earliest_on)}: contacts stay "
                f"{rules.gap_business_days} business days apart."
            )
        carried = updates if not actions else ()
        script = ""
        if kind is ActionKind.PHONE_CALL:
            if not interview_day:
                held_on = local_day(rnd.interview.ends_at, tz)
                interview_day = f"{held_on:%A}, {held_on:%B} {held_on.day}"
            promised = f"{rnd.stated_on:%A}, {rnd.stated_on:%B} {rnd.stated_on.day}" if rnd.stated_on is not None and rnd.stated_on < local_day(now, tz) else ""
            script = _call_script(facts.candidate, name, facts.company, facts.role, interview_day, carried, promised)
        actions.append(
            Action(
                kind=kind,
                application=facts.key,
                person_key=person_key,
                person=name,
                due_at=earliest_at,
                earliest_at=earliest_at,
                latest_at=at_local(earliest_on, end, tz),
                rule=rule,
                reason=reason,
                blocked_until=held if held is not None and held > now else None,
                changes=changes,
                script=script,
                updates=carried,
            )
        )
        if earliest_at >= now:
            previous_at, previous_on = earliest_at, earliest_on
        else:
            if now_on is None:
                now_on = local_day(now, tz)
            previous_at, previous_on = now, now_on
        previous_try = _TRY_NAME[kind]
        previous_logged = False
        last_contact_at = previous_at

    # Here previous_at is set: either tries were planned, or max_follow_ups (>= 1) were made.
    close_at = at_local(add_business_days(previous_on, wait, country), start, tz)
    actions.append(
        Action(
            kind=ActionKind.CLOSE_OUT,
            application=facts.key,
            person_key=None,
            person=None,
            due_at=close_at,
            earliest_at=close_at,
            latest_at=None,
            rule=RuleName.MAX_FOLLOW_UPS,
            reason=(
                f"If all {maximum} follow-ups go unanswered, more would read as pestering: "
                "close this application by logging it as withdrawn (the log form on its page, or "
                f"`afterview touch {facts.key} withdrawn`) and put your energy into the next one."
            ),
            changes="A reply or a new interview round reopens the plan.",
        )
    )
    return actions


def _first_follow_up_reason(
    rnd: Round, rules: Rules, whom: str, tz: str, country: str, day: date, now: datetime
) -> str:
    on = day_text(day)
    due = at_local(day, rules.business_hours_start, tz) <= now
    word_on = day_text(local_day(rnd.last_word_at, tz))
    if rnd.last_word_on is not None:
        by = day_text(rnd.last_word_on)
        if rnd.last_word_by == "reply":
            said = f"They wrote on {word_on} that news would come by {by}"
        elif rnd.last_word_by == "learned":
            said = f"You learned on {word_on} to expect news by {by}"
        else:
            said = f"They expected to decide by {by}"
        if due:
            return f"{said}, and nothing has come since: send {whom} a polite follow-up (due {on}, the next business day)."
        return f"{said}; if nothing comes by then, send {whom} a polite follow-up on {on}, the next business day."
    wait = rules.follow_up_wait_business_days
    if rnd.stated_on is not None and day == next_business_day(rnd.stated_on, country):
        # A reply without a date, while an earlier promise still stands.
        said = f"They last wrote on {word_on} without a new date, and had said {day_text(rnd.stated_on)}"
        if due:
            return f"{said}; nothing has come since: send {whom} a polite follow-up."
        return f"{said}; if nothing comes by then, send {whom} a polite follow-up on {on}."
    if rnd.last_word_by == "interview":
        said = "No date was given at the interview"
    else:
        said = f"They last wrote on {word_on} without a date"
    if due:
        return f"{said}, and {wait} business days have passed: send {whom} a polite follow-up (due {on})."
    return f"{said}; if nothing comes within {wait} business days, send {whom} a polite follow-up on {on}."


# --------------------------------------------------------------------------- the plan


#: Aware bounds of the planned years, with a day's slack for the zones either side of UTC.
_EARLIEST_AT = datetime.combine(FIRST_DAY - timedelta(days=1), time(0), tzinfo=UTC)
_LATEST_AT = datetime.combine(LAST_DAY + timedelta(days=2), time(0), tzinfo=UTC)


def _facts_problem(facts: ApplicationFacts) -> str | None:
    """The first stored date outside the years afterview plans for, said in one line."""
    # Plain comparisons first: this runs before every plan, and nearly every plan is fine.
    early, late, first, last = _EARLIEST_AT, _LATEST_AT, FIRST_DAY, LAST_DAY
    fine = (
        all(
            early <= i.starts_at < late and early <= i.ends_at < late and (i.expect_on is None or first <= i.expect_on <= last)
            for i in facts.interviews
        )
        and all(early <= t.at < late and (t.expect_on is None or first <= t.expect_on <= last) for t in facts.touches)
        and all(early <= u.added_at < late and (u.sent_at is None or early <= u.sent_at < late) for u in facts.updates)
        and all(first <= e.on <= last and early <= e.learned_at < late for e in facts.expectations)
    )
    return None if fine else _describe_problem(facts)


def _describe_problem(facts: ApplicationFacts) -> str | None:
    checks = []
    for interview in facts.interviews:
        checks += [
            (interview.starts_at, "an interview starts"),
            (interview.ends_at, "an interview ends"),
            (interview.expect_on, "an interview's decision date is"),
        ]
    for touch in facts.touches:
        checks += [(touch.at, f"a {touch.kind} is logged"), (touch.expect_on, f"a {touch.kind}'s decision date is")]
    for update in facts.updates:
        checks += [(update.added_at, "an update was added"), (update.sent_at, "an update was sent")]
    for expectation in facts.expectations:
        checks += [(expectation.on, "an expected decision date is"), (expectation.learned_at, "a decision date was learned")]
    for value, what in checks:
        if value is not None and not in_planned_years(value):
            shown = value.date() if isinstance(value, datetime) else value
            return (
                f"{what} on {shown.isoformat()}, outside {FIRST_DAY.isoformat()} through {LAST_DAY.isoformat()}; "
                "correct it in an export and load that with `afterview import --replace`"
            )
    return None


def _planned(facts: ApplicationFacts, now: datetime, rules: Rules) -> tuple[Round | None, list[Action], str | None]:
    """(round, plan, problem): an application whose stored facts cannot be planned gets
    no plan and a one-line problem instead of an exception, so one bad record never
    stops the others from planning."""
    problem = _facts_problem(facts)
    if problem is None:
        try:
            rnd, actions = _plan(facts, now, rules)
            return rnd, actions, None
        except (ArithmeticError, ValueError, LookupError) as e:
            # A state the check above does not foresee (an unknown zone or country from
            # an old backup, a date the arithmetic overflows on): shown, never raised.
            problem = f"cannot be planned: {e}"
    return None, [], problem


def plan_problem(facts: ApplicationFacts, now: datetime, rules: Rules = DEFAULT) -> str | None:
    """Why the application cannot be planned, in one line; None when it can."""
    return _planned(facts, now, rules)[2]


def _plan(facts: ApplicationFacts, now: datetime, rules: Rules) -> tuple[Round | None, list[Action]]:
    rnd = current_round(facts, now)
    if rnd is None or rnd.decision is not None:
        return rnd, []
    contact = facts.person(facts.hiring_contact_key)
    first_on, first_follow_up_at = _first_follow_up(facts, rnd, rules)
    window_open = _notes_window_open(rnd, now, first_follow_up_at)

    # Built in the order the steps fall due (the notes at the interview's end,
    # then the ladder), so no sort is needed.
    question = plan_next_steps(facts, rnd, now, rules, window_open)
    actions = [question] if question is not None else []
    actions.extend(plan_thank_yous(facts, rnd, now, rules, window_open))
    found = plan_find_address(facts, rnd, contact)
    if found is not None:
        actions.insert(0, found)
    requested = plan_requests(facts, rnd, now, rules)

    last_contact_at = rnd.last_contact_at
    if actions:
        # The post-interview notes share one slot; time the follow-up from when they go out.
        sent_at = max(rnd.interview.ends_at, now)
        if last_contact_at is None or sent_at > last_contact_at:
            last_contact_at = sent_at

    updates = _pending_updates(facts, now) if facts.updates else ()
    actions.extend(plan_follow_ups(facts, rnd, now, rules, first_on, last_contact_at, updates))
    if requested:
        actions.extend(requested)
        actions.sort(key=lambda a: a.due_at)
    return rnd, actions


def _first_follow_up(facts: ApplicationFacts, rnd: Round, rules: Rules) -> tuple[date, datetime]:
    """(the first follow-up's day, the instant it falls due before any gap holds it)."""
    contact = facts.person(facts.hiring_contact_key)
    tz = _tz_of(facts, contact)
    first_on = follow_up_day(rnd, rules, tz, facts.country)
    if contact is not None and contact.away_until is not None:
        # An out-of-office answer: nothing reaches them before they are back.
        first_on = max(first_on, next_business_day(contact.away_until, facts.country))
    return first_on, at_local(first_on, rules.business_hours_start, tz)


def notes_window_ends_at(facts: ApplicationFacts, now: datetime, rules: Rules = DEFAULT) -> datetime | None:
    """When the thank-yous and the next-steps question still unsent leave the plan if
    nothing is logged meanwhile (the first follow-up falls due); None when there is no
    round, a decision ended it, or a follow-up was already made."""
    rnd = current_round(facts, now)
    if rnd is None or rnd.decision is not None or rnd.followed_up or _facts_problem(facts) is not None:
        return None
    try:
        return _first_follow_up(facts, rnd, rules)[1]
    except (ArithmeticError, ValueError, LookupError):
        return None


def plan_notes(facts: ApplicationFacts, now: datetime, rules: Rules = DEFAULT) -> list[Action]:
    """The thank-yous and the next-steps question of `next_actions(facts, now, rules)`,
    and nothing else: the same actions, without planning the follow-up ladder (for
    callers that ask about the notes at many moments). Never raises."""
    if _facts_problem(facts) is not None:
        return []
    try:
        rnd = current_round(facts, now)
        if rnd is None or rnd.decision is not None:
            return []
        window_open = _notes_window_open(rnd, now, _first_follow_up(facts, rnd, rules)[1])
        question = plan_next_steps(facts, rnd, now, rules, window_open)
        return ([question] if question is not None else []) + plan_thank_yous(facts, rnd, now, rules, window_open)
    except (ArithmeticError, ValueError, LookupError):
        return []


def plan_find_address(facts: ApplicationFacts, rnd: Round, contact: Person | None) -> Action | None:
    """The bounce rule: the hiring contact's address bounced, so find a working one first."""
    if contact is None or contact.bounced_at is None:
        return None
    at = max(contact.bounced_at, rnd.interview.starts_at)
    why = f" ({contact.bounce_reason})" if contact.bounce_reason else ""
    return Action(
        kind=ActionKind.FIND_ADDRESS,
        application=facts.key,
        person_key=contact.key,
        person=contact.name,
        due_at=at,
        earliest_at=at,
        latest_at=None,
        rule=RuleName.BOUNCE,
        reason=(
            f"Mail to {contact.name} at {contact.email or 'their address'} bounced{why}: find a working address "
            "(their company's site, LinkedIn, or the mail that set up the interview) before the next note."
        ),
        changes="Done once the contact's e-mail address changes.",
    )


def plan_requests(facts: ApplicationFacts, rnd: Round, now: datetime, rules: Rules) -> list[Action]:
    """The request rule: each thing they asked for in this round and not yet sent."""
    actions = []
    start = rnd.interview.starts_at
    answered = [t.at for t in rnd.touches if t.kind is TouchKind.REQUEST_ANSWERED]
    for request in facts.requests:
        if request.done_at is not None or request.asked_at < start or request.asked_at > now:
            continue
        if any(at >= request.asked_at for at in answered):
            continue  # logged as sent: every request made before it is answered
        person = facts.person(request.person_key) or facts.person(facts.hiring_contact_key)
        tz = _tz_of(facts, person)
        asked_on = local_day(request.asked_at, tz)
        latest_at = at_local(add_business_days(asked_on, 2, facts.country), rules.business_hours_end, tz)
        who = person.name if person is not None else "They"
        actions.append(
            Action(
                kind=ActionKind.SEND_REQUESTED,
                application=facts.key,
                person_key=person.key if person is not None else None,
                person=person.name if person is not None else None,
                due_at=request.asked_at,
                earliest_at=request.asked_at,
                latest_at=latest_at,
                rule=RuleName.REQUEST,
                reason=(
                    f"{who} asked for {request.text} on {day_text(asked_on)}: send them {request.text} "
                    "within two business days (an answer to their request, not a follow-up)."
                ),
                changes="Done once you log it sent (a request-answered touch); it never counts toward the gap.",
            )
        )
    return actions


def _pending_updates(facts: ApplicationFacts, now: datetime) -> tuple[str, ...]:
    pending = [u for u in facts.updates if u.sent_at is None and u.added_at <= now]
    pending.sort(key=lambda u: (u.added_at, u.key))
    return tuple(u.text for u in pending)


def next_actions(facts: ApplicationFacts, now: datetime, rules: Rules = DEFAULT) -> list[Action]:
    """The whole plan for one application as of `now`, earliest due first.

    Empty when there is no interview yet, a decision ended the plan, or the facts
    cannot be planned (`plan_problem` says why). The same facts, `now` and rules
    always give the same actions. Never raises on any facts.
    """
    return _planned(facts, now, rules)[1]


def _stage_of(
    facts: ApplicationFacts, rnd: Round | None, actions: list[Action], now: datetime, rules: Rules, problem=None
) -> Stage:
    if problem is not None:
        return Stage.CANNOT_PLAN
    if rnd is None:
        # A decision can come before any interview (a rejection of the application itself).
        decided = None
        for touch in facts.touches:
            if touch.kind in DECISIONS and touch.at <= now and (decided is None or touch.at >= decided.at):
                decided = touch
        return _DECISION_STAGE[decided.kind] if decided is not None else Stage.NO_INTERVIEW
    if rnd.decision is not None:
        kind = rnd.decision.kind
        if kind is TouchKind.WITHDRAWN and rnd.unanswered >= rules.max_follow_ups:
            return Stage.CLOSED
        return _DECISION_STAGE[kind]
    if now < rnd.interview.ends_at:
        return Stage.INTERVIEW_SCHEDULED
    due = {a.kind for a in actions if a.due_at <= now}
    if ActionKind.CLOSE_OUT in due:
        return Stage.CLOSE_OUT_DUE
    if ActionKind.FOLLOW_UP in due or ActionKind.PHONE_CALL in due:
        return Stage.FOLLOW_UP_DUE
    if ActionKind.THANK_YOU in due:
        return Stage.THANK_YOU_DUE
    if ActionKind.ASK_NEXT_STEPS in due:
        return Stage.NEXT_STEPS_DUE
    if rnd.heard_back:
        return Stage.HEARD_BACK
    return Stage.WAITING


def stage(facts: ApplicationFacts, now: datetime, rules: Rules = DEFAULT) -> Stage:
    """Where the application stands at `now`, derived from its facts (never stored)."""
    rnd, actions, problem = _planned(facts, now, rules)
    return _stage_of(facts, rnd, actions, now, rules, problem)


def plan_and_stage(
    facts: ApplicationFacts, now: datetime, rules: Rules = DEFAULT
) -> tuple[list[Action], Stage]:
    """`next_actions` and `stage` together, planning once (for lists of many applications)."""
    rnd, actions, problem = _planned(facts, now, rules)
    return actions, _stage_of(facts, rnd, actions, now, rules, problem)


# --------------------------------------------------------------------------- explain

_TOUCH_TEXT = {
    TouchKind.THANK_YOU_SENT: "thank-you sent to {who}",
    TouchKind.FOLLOW_UP_SENT: "follow-up sent to {who}",
    TouchKind.NEXT_STEPS_SENT: "asked {who} about next steps",
    TouchKind.REPLY: "reply from {who}",
    TouchKind.CALL: "called {who}",
    TouchKind.VOICEMAIL: "left {who} a voicemail",
    TouchKind.OFFER: "offer received",
    TouchKind.REJECTION: "rejection received",
    TouchKind.WITHDRAWN: "application withdrawn",
    TouchKind.ACCEPTED: "offer accepted",
    TouchKind.DECLINED: "offer declined",
    TouchKind.REQUEST_ANSWERED: "sent {who} what they asked for",
}


def _timeline(facts: ApplicationFacts, now: datetime) -> tuple[TimelineEntry, ...]:
    entries: list[TimelineEntry] = []
    for interview in facts.interviews:
        if interview.starts_at > now:
            continue
        names = ", ".join(_name(facts.person(k), k) or "?" for k in interview.interviewer_keys)
        said = (
            f"decision expected by {day_text(interview.expect_on)}"
            if interview.expect_on is not None
            else "no timeline stated"
        )
        with_whom = f" with {names}" if names else ""
        entries.append(TimelineEntry(interview.starts_at, f"interview{with_whom}; {said}"))
    for touch in facts.touches:
        if touch.at > now:
            continue
        who = _name(facts.person(touch.person_key), touch.person_key) or "them"
        text = _TOUCH_TEXT[touch.kind].format(who=who)
        if touch.expect_on is not None:
            text += f" (news expected by {day_text(touch.expect_on)})"
        if touch.note:
            text += f": {touch.note}"
        entries.append(TimelineEntry(touch.at, text))
    for expectation in facts.expectations:
        if expectation.learned_at <= now:
            entries.append(
                TimelineEntry(expectation.learned_at, f"learned: decision expected by {day_text(expectation.on)}")
            )
    for update in facts.updates:
        if update.added_at <= now:
            entries.append(TimelineEntry(update.added_at, f"update to share: {update.text}"))
        if update.sent_at is not None and update.sent_at <= now:
            entries.append(TimelineEntry(update.sent_at, f"update shared: {update.text}"))
    entries.sort(key=lambda e: e.at)
    return tuple(entries)


#: A decision touch as the object of "the plan ended with ..."
_DECISION_WORDS = {
    TouchKind.OFFER: "the offer",
    TouchKind.REJECTION: "the rejection",
    TouchKind.WITHDRAWN: "your withdrawal",
    TouchKind.ACCEPTED: "your acceptance of the offer",
    TouchKind.DECLINED: "your answer declining the offer",
}


def explain(facts: ApplicationFacts, now: datetime, rules: Rules = DEFAULT) -> Explanation:
    """Data for `afterview why`: the timeline so far, the plan, and notes on what is not planned."""
    rnd, actions, problem = _planned(facts, now, rules)
    current = _stage_of(facts, rnd, actions, now, rules, problem)
    notes: list[str] = []
    if problem is not None:
        notes.append(f"Nothing can be planned: {problem}.")
    elif rnd is None:
        notes.append("Nothing to plan until an interview is logged.")
    else:
        if rnd.decision is not None:
            notes.append(
                f"The plan ended with {_DECISION_WORDS.get(rnd.decision.kind, rnd.decision.kind)} on {day_text(local_day(rnd.decision.at, facts.tz or 'UTC'))}; "
                "a new interview round would start it again."
            )
        if len(facts.interviews) > 1:
            notes.append(
                f"Only the latest interview ({day_text(rnd.interview.starts_at.date())}) counts: "
                "contacts before it no longer count toward the gap or the follow-up limit."
            )
        if facts.person(facts.hiring_contact_key) is None:
            notes.append(
                "No hiring contact is known: add the recruiter or HR person who arranged the "
                f"interview (`afterview edit application {facts.key} --hiring-contact 'Name <address>'`); "
                "next-steps questions and follow-ups go to them, never to the interviewers."
            )
        hiring = facts.person(facts.hiring_contact_key)
        if hiring is not None and hiring.away_until is not None and rnd.decision is None:
            notes.append(
                f"{hiring.name}'s automatic reply said they are away until {day_text(hiring.away_until)}: "
                f"follow-ups wait until {day_text(next_business_day(hiring.away_until, facts.country))} "
                "(an automatic reply is not counted as a reply)."
            )
        if hiring is not None and hiring.bounced_at is not None:
            why = f" ({hiring.bounce_reason})" if hiring.bounce_reason else ""
            notes.append(f"Mail to {hiring.name} at {hiring.email or 'their address'} bounced{why}: find a working address.")
        gap_at = gap_ends_at(facts, now, rules)
        if gap_at is not None:
            notes.append(
                f"The last unsolicited contact was recent: the next one waits until "
                f"{day_text(local_day(gap_at, facts.tz or 'UTC'))} ({rules.gap_business_days} business days apart)."
            )
    return Explanation(
        application=facts.key,
        company=facts.company,
        role=facts.role,
        stage=current,
        timeline=_timeline(facts, now),
        steps=tuple(actions),
        notes=tuple(notes),
        problem=problem,
    )

"""The plan as a calendar: every planned step at its due time, every interview, every
promised decision date, as iCalendar events a phone can subscribe to.

Two pure steps. `plan_events` turns an application's facts into `CalendarEvent`s,
each named by a key that stays the same while the step is the same step (so a
step that moves keeps its UID). `render_calendar` writes them with the `icalendar`
library, given each event's SEQUENCE and stamp (what changed when is kept by the
records layer, which alone has storage).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from afterview.core.facts import ApplicationFacts
from afterview.core.playbook import FOLLOW_UPS, Action, ActionKind, current_round, next_actions
from afterview.core.rules import DEFAULT, Rules
from afterview.core.timing import zone_or_utc

__all__ = [
    "REFRESH",
    "STEP_TITLES",
    "CalendarEvent",
    "event_bytes",
    "plan_events",
    "render_calendar",
    "step_title",
]

#: How often a subscribed calendar is asked to check for changes.
REFRESH = timedelta(hours=1)
#: A step is an instant; shown as a short event so that calendars draw it.
STEP_LENGTH = timedelta(minutes=30)

#: How each kind of step is named, on the web page and in the calendar.
STEP_TITLES = {
    ActionKind.THANK_YOU: "Send {who} a thank-you note",
    ActionKind.FOLLOW_UP: "Follow up with {who}",
    ActionKind.ASK_NEXT_STEPS: "Ask {who} about next steps and the timeline",
    ActionKind.PHONE_CALL: "Call {who}",
    ActionKind.CLOSE_OUT: "Close out this application",
}

#: The command that does (or records) each kind of step.
_COMMANDS = {
    ActionKind.THANK_YOU: "afterview draft {app} --kind thank-you --to {who}",
    ActionKind.FOLLOW_UP: "afterview draft {app} --kind follow-up",
    ActionKind.ASK_NEXT_STEPS: "afterview draft {app} --kind next-steps",
    ActionKind.PHONE_CALL: "afterview touch {app} call --person {who}",
    ActionKind.CLOSE_OUT: "afterview touch {app} withdrawn",
}


def step_title(action: Action) -> str:
    """'Send Miriam Castellanos a thank-you note'."""
    return STEP_TITLES.get(action.kind, str(action.kind)).format(who=action.person or "them")


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event of the feed. `key` names it for as long as it is the same thing."""

    key: str
    summary: str
    description: str
    #: aware; a timed event from `starts_at` to `ends_at`, shown in zone `tz`
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    tz: str = "UTC"
    #: an all-day event on this date (a promised decision date) instead
    on: date | None = None
    #: the alarm's offset from the start (None: no alarm)
    alarm: timedelta | None = timedelta(0)
    url: str = ""

    def fingerprint(self) -> str:
        """What, when it changes, makes the event one that moved (SEQUENCE goes up)."""
        when = (
            f"{self.on.isoformat()}"
            if self.on is not None
            else f"{self.starts_at.astimezone(UTC).isoformat()}/{self.ends_at.astimezone(UTC).isoformat()}/{self.tz}"
        )
        return hashlib.sha256(f"{self.summary}\x1f{when}".encode()).hexdigest()[:32]

    def content(self) -> str:
        """A digest of everything written for the event: when it changes, it is written again."""
        parts = (self.key, self.summary, self.description, self.starts_at, self.ends_at, self.tz, self.on, self.alarm, self.url)
        return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:32]


def _quote(text: str) -> str:
    return '"' + text.replace('"', "'") + '"' if text else '"<name>"'


def _step_keys(facts: ApplicationFacts, actions: list[Action], rnd) -> list[str]:
    """A key per step that survives the step moving: thank-yous by interview and
    person, the tries of the follow-up ladder by their number in the round."""
    round_key = rnd.interview.key if rnd is not None else "-"
    tries = sum(1 for t in rnd.touches if t.kind in FOLLOW_UPS) if rnd is not None else 0
    base = f"{facts.key}-{round_key}"
    keys = []
    for action in actions:
        if action.kind in (ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL):
            tries += 1
            keys.append(f"step-{base}-try{tries}")
        elif action.kind is ActionKind.THANK_YOU:
            keys.append(f"step-{base}-thank-you-{action.person_key}")
        else:
            keys.append(f"step-{base}-{action.kind}")
    return keys


def _step_description(facts: ApplicationFacts, action: Action, link: str) -> str:
    # The reason, what to do it with, and where; the call script and the rest of the
    # explanation stay on the web page and in `afterview why` (a calendar shows a few lines).
    lines = [action.reason]
    if action.updates:
        lines.append("Mention: " + "; ".join(action.updates))
    lines.append(_COMMANDS[action.kind].format(app=facts.key, who=_quote(action.person or "")))
    if link:
        lines.append(link)
    return "\n".join(lines)


def plan_events(
    facts: ApplicationFacts,
    now: datetime,
    rules: Rules = DEFAULT,
    *,
    interview_zones: Mapping[str, str] | None = None,
    link: Callable[[str], str] | None = None,
    actions: list[Action] | None = None,
) -> list[CalendarEvent]:
    """The application's events as of `now`: its planned steps (`actions`, or the
    plan made here), its interviews, and the decision date promised in the latest
    round while no decision has come. `interview_zones` maps interview keys to the
    zone each was arranged in; `link(app_key)` gives the application's web page."""
    if actions is None:
        actions = next_actions(facts, now, rules)
    url = link(facts.key) if link is not None else ""
    where = f"{facts.company} ({facts.role})"
    rnd = current_round(facts, now)
    events: list[CalendarEvent] = []
    for key, action in zip(_step_keys(facts, actions, rnd), actions, strict=True):
        tz = facts.zone_of(action.person_key)
        events.append(
            CalendarEvent(
                key=key,
                summary=f"{step_title(action)} — {where}",
                description=_step_description(facts, action, url),
                starts_at=action.due_at,
                ends_at=action.due_at + STEP_LENGTH,
                tz=tz,
                url=url,
            )
        )
    zones = interview_zones or {}
    for interview in facts.interviews:
        names = ", ".join(p.name for k in interview.interviewer_keys if (p := facts.person(k)) is not None)
        said = f"Decision expected by {interview.expect_on:%a %d %b %Y}." if interview.expect_on else "No timeline stated yet."
        events.append(
            CalendarEvent(
                key=f"interview-{interview.key}",
                summary=f"Interview — {where}",
                description="\n".join(filter(None, [f"With {names}." if names else "", said, url])),
                starts_at=interview.starts_at,
                ends_at=interview.ends_at,
                tz=zones.get(interview.key, facts.tz or "UTC"),
                alarm=-timedelta(hours=1),
                url=url,
            )
        )
    if rnd is not None and rnd.decision is None and rnd.stated_on is not None:
        events.append(
            CalendarEvent(
                key=f"decision-{facts.key}-{rnd.interview.key}",
                summary=f"Decision promised — {where}",
                description="\n".join(
                    filter(None, [f"They said they would decide by {rnd.stated_on:%a %d %b %Y}; a follow-up is planned if nothing comes.", url])
                ),
                on=rnd.stated_on,
                alarm=timedelta(hours=9),
                url=url,
            )
        )
    return events


def event_bytes(event: CalendarEvent, sequence: int, stamp: datetime, domain: str) -> bytes:
    """One VEVENT as icalendar writes it, with its UID `<key>@<domain>`, SEQUENCE and DTSTAMP.

    Kept by the records layer beside the event's state: icalendar folds every line a
    character at a time (about 1 MB a second), so a feed polled again writes anew
    only the events that changed."""
    import icalendar

    item = icalendar.Event()
    # Properties are set as typed values rather than through add(), which costs
    # twice as much and gives the same lines.
    item["UID"] = icalendar.vText(f"{event.key}@{domain}")
    item["DTSTAMP"] = icalendar.vDDDTypes(stamp.astimezone(UTC))
    item["SEQUENCE"] = icalendar.vInt(sequence)
    item["SUMMARY"] = icalendar.vText(event.summary)
    item["DESCRIPTION"] = icalendar.vText(event.description)
    if event.url:
        item["URL"] = icalendar.vUri(event.url)
    if event.on is not None:
        item.add("dtstart", event.on)
        item.add("dtend", event.on + timedelta(days=1))
        item["TRANSP"] = icalendar.vText("TRANSPARENT")
    else:
        zone = zone_or_utc(event.tz)
        item.add("dtstart", event.starts_at.astimezone(zone))
        item.add("dtend", event.ends_at.astimezone(zone))
    if event.alarm is not None:
        alarm = icalendar.Alarm()
        alarm["ACTION"] = icalendar.vText("DISPLAY")
        alarm["DESCRIPTION"] = icalendar.vText(event.summary)
        alarm.add("trigger", event.alarm, parameters={"RELATED": "START"})
        item.add_component(alarm)
    return item.to_ical()


def render_calendar(
    events: Iterable[tuple[CalendarEvent, bytes]],
    *,
    name: str,
    tz: str,
) -> bytes:
    """The feed as iCalendar bytes: each event with its `event_bytes`, in order, and a
    VTIMEZONE for each zone they use. The same events always give the same bytes;
    `tz` is the candidate's own zone."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//afterview//the plan after the interview//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", tz)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH).to_ical().decode())
    years: dict[str, tuple[int, int]] = {}
    body = []
    for event, raw in events:
        if event.on is None:
            year = event.starts_at.year
            low, high = years.get(event.tz, (year, year))
            years[event.tz] = (min(low, year), max(high, year))
        body.append(raw)
    # Each zone used gets its VTIMEZONE, with its rules over the years its events span.
    for zone_name in sorted(years):
        low, high = years[zone_name]
        if zone_name in ("UTC", "Etc/UTC"):
            continue
        calendar.add_component(
            icalendar.Timezone.from_tzinfo(zone_or_utc(zone_name), tzid=zone_name, first_date=date(low, 1, 1), last_date=date(high + 1, 12, 31))
        )
    # The events were serialized by icalendar one by one; a calendar's lines are its
    # own, then its components' in order, so they go in before its END line.
    head = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    return head[: -len(end)] + b"".join(body) + end

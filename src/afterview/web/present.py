"""How the web shows things: relative times, step titles, stage and kind labels,
timeline labels. Plain functions that decide nothing; the template tags
(`web/templatetags/web_extras.py`) only register them, and Python code (cards,
the timeline, the services) calls them here.

Step titles are the core's (`afterview.core.calendar.STEP_TITLES`): the calendar
feed and the web name a step the same way.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from afterview.core.calendar import step_title
from afterview.core.timing import time_text

__all__ = [
    "STAGES",
    "STEP_LABELS",
    "TOUCH_MARKS",
    "date_text",
    "first_name",
    "kind_label",
    "local_input",
    "relative",
    "short_day",
    "phone_text",
    "interview_when",
    "stage_label",
    "stage_tone",
    "step_label",
    "step_title",
    "when_text",
]

#: Each stage's label.
STAGES = {
    "no-interview": "No interview yet",
    "interview-scheduled": "Interview ahead",
    "thank-you-due": "Thank-you notes due",
    "next-steps-due": "Ask about next steps",
    "waiting": "Waiting to hear",
    "heard-back": "Heard back",
    "follow-up-due": "Follow-up due",
    "close-out-due": "Time to close out",
    "offer": "Offer",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "accepted": "Offer accepted",
    "declined": "Offer declined",
    "closed": "Closed out",
    "cannot-plan": "Can't be planned",
}

#: The tone of a stage's badge; the other stages have none.
_TONES = {
    "today": {"thank-you-due", "next-steps-due", "follow-up-due"},
    "ok": {"heard-back", "offer", "accepted"},
    "late": {"close-out-due", "cannot-plan"},
}
_TONE_OF = {stage: tone for tone, stages in _TONES.items() for stage in stages}


def stage_label(value) -> str:
    return STAGES.get(str(value), str(value))


def stage_tone(value) -> str:
    return _TONE_OF.get(str(value), "")


def kind_label(value) -> str:
    """A note kind as a label: 'thank-you' -> 'Thank-you' (core's NoteKind.label; any
    other kind capitalised the same way)."""
    from afterview.core.steps import KINDS, NoteKind

    text = str(value)
    return NoteKind(text).label if text in KINDS else text[:1].upper() + text[1:]


def relative(value: datetime | None, now: datetime) -> str:
    """'in 3 hours', '2 days ago': how far a time is from now, in round words."""
    if value is None:
        return ""
    seconds = (value - now).total_seconds()
    ahead = seconds >= 0
    seconds = abs(seconds)
    if seconds < 90:
        return "now"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = round(seconds / size)
            words = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {words}" if ahead else f"{words} ago"
    return "now"


def when_text(value: datetime | None, tz: str) -> str:
    """'Fri 4 Dec, 09:00' in zone `tz`."""
    return "" if value is None else time_text(value, tz)


def short_day(day: date) -> str:
    """'4 Dec': a day on the timeline's axis and in its description."""
    return f"{day.day} {day:%b}"


def phone_text(value) -> str:
    """A stored phone number as people write it ('+1 312-555-0100')."""
    from afterview.core.shown import format_phone

    return format_phone(str(value or ""))


def interview_when(interview, own_tz: str) -> str:
    """An interview's day and hours in its own zone, naming the zone when it is not the candidate's."""
    from afterview.core.shown import span_text

    return span_text(interview.starts_at, interview.ends_at, interview.tz, own_tz)


def first_name(name: str | None) -> str:
    return (name or "them").split()[0]


def local_input(value: datetime | None) -> str:
    """A time as a datetime-local input value, in the active zone."""
    from django.utils import timezone

    if value is None:
        return ""
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


def date_text(value, arg=None):
    """Django's `date` filter, except that a time at the calendar's very end (only an
    old record can hold one; the application page names it as its problem) is shown
    as stored in UTC instead of failing the page when it is moved into the zone."""
    from django.template.defaultfilters import date as django_date
    from django.utils import timezone

    if isinstance(value, datetime) and value.tzinfo is not None:
        try:
            value = timezone.localtime(value)
        except OverflowError:
            return django_date(value.astimezone(UTC).replace(tzinfo=None), arg) + " UTC"
    return django_date(value, arg)


# -- the timeline's labels ----------------------------------------------------------------

#: Each touch on the timeline: its mark's colour key and its label.
TOUCH_MARKS = {
    "thank-you-sent": ("sent", "Thank-you → {who}"),
    "follow-up-sent": ("sent", "Follow-up → {who}"),
    "next-steps-sent": ("sent", "Asked {who} about next steps"),
    "reply": ("reply", "Reply from {who}"),
    "call": ("sent", "Called {who}"),
    "voicemail": ("sent", "Voicemail for {who}"),
    "offer": ("decision", "Offer"),
    "rejection": ("decision", "Rejection"),
    "withdrawn": ("decision", "Withdrawn"),
    "accepted": ("decision", "Offer accepted"),
    "declined": ("decision", "Offer declined"),
}

#: Each planned step's short label on the timeline (the cards use `step_title`).
STEP_LABELS = {
    "thank-you": "Thank-you → {who}",
    "follow-up": "Follow-up → {who}",
    "ask-next-steps": "Ask {who} about next steps",
    "phone-call": "Call {who}",
    "close-out": "Close out",
}


def step_label(kind, who: str | None) -> str:
    """A step's short timeline label: 'Call Dana'."""
    return STEP_LABELS.get(str(kind), str(kind)).format(who=first_name(who))

"""The timeline picture of one application: an inline SVG drawn on the server.

Everything that happened (interviews, notes sent, replies, decisions) and what
is planned (the playbook's next steps, messages waiting to go out, the date a
decision is expected) on one time axis. The past is shaded and drawn solid,
the future is drawn hollow and dashed, and a line marks now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH = 960
MARGIN = 24
AXIS_Y_MIN = 40
LANE = 34
CHAR = 6.6  # average width of a 12px label character

COLORS = {
    "interview": "#1f5fbf",
    "sent": "#1d7a45",
    "reply": "#8a5a00",
    "decision": "#1d2430",
    "expect": "#b42318",
    "plan": "#6b4fbb",
    "update": "#5b6675",
}


@dataclass(frozen=True)
class Mark:
    at: datetime
    label: str
    #: one of COLORS' keys
    kind: str
    #: a longer text for the tooltip and the text list
    detail: str = ""
    end: datetime | None = None


def _day_label(day: date) -> str:
    return f"{day.day} {day:%b}"


def _ticks(start: datetime, end: datetime, tz: ZoneInfo) -> list[tuple[datetime, str]]:
    first = start.astimezone(tz).date()
    last = end.astimezone(tz).date()
    days = (last - first).days
    step = 1 if days <= 16 else 7 if days <= 120 else 30
    if step == 7:
        first += timedelta(days=(7 - first.weekday()) % 7)  # Mondays
    elif step == 30:
        first = first.replace(day=1)
    ticks = []
    day = first
    while day <= last:
        at = datetime.combine(day, time(0), tzinfo=tz)
        if start <= at <= end:
            ticks.append((at, _day_label(day)))
        if step == 30:
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            day += timedelta(days=step)
    return ticks


def _lanes(items: list[tuple[float, float]]) -> list[int]:
    """Lane per label, alternating above (+) and below (-) the axis, so none overlap."""
    ends: dict[int, float] = {}
    order = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5]
    lanes = []
    for left, right in items:
        for lane in order:
            if ends.get(lane, -1e9) + 8 <= left:
                ends[lane] = right
                lanes.append(lane)
                break
        else:
            lane = min(order, key=lambda n: ends.get(n, -1e9))
            ends[lane] = right
            lanes.append(lane)
    return lanes


def _marker(kind: str, x: float, y: float, future: bool) -> str:
    color = COLORS[kind]
    fill = "#ffffff" if future else color
    dash = ' stroke-dasharray="3 2"' if future else ""
    if kind == "reply":
        return (
            f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" transform="rotate(45 {x:.1f} {y:.1f})" '
            f'fill="{fill}" stroke="{color}" stroke-width="2"{dash}/>'
        )
    if kind == "decision":
        return (
            f'<path d="M{x:.1f} {y + 8:.1f} V{y - 10:.1f} l11 4 -11 4" fill="{fill}" '
            f'stroke="{color}" stroke-width="2"{dash}/>'
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{fill}" stroke="{color}" stroke-width="2"{dash}/>'


def render(marks: list[Mark], now: datetime, tz: str, *, title: str) -> SafeString:
    """The SVG markup (safe to insert into a page: every text is escaped)."""
    zone = ZoneInfo(tz)
    times = [mk.at for mk in marks] + [mk.end for mk in marks if mk.end] + [now]
    start, end = min(times), max(times)
    span = max(end - start, timedelta(days=10))
    pad = span * 0.06
    start, end = start - pad, start + span + pad
    total = (end - start).total_seconds()
    inner = WIDTH - 2 * MARGIN

    def x_of(at: datetime) -> float:
        return MARGIN + inner * (at - start).total_seconds() / total

    now_x = x_of(now)
    placed = sorted(marks, key=lambda mk: mk.at)
    boxes, texts = [], []
    for mk in placed:
        x = x_of(mk.at)
        text = mk.label
        width = len(text) * CHAR + 4
        left = x - width / 2
        if left < now_x < left + width:
            # Keep every label on its own side of the "now" line, shortened if the side is narrow.
            room = (now_x - 6) if mk.at < now else (WIDTH - now_x - 6)
            if width > room:
                keep = max(int((room - 4) / CHAR) - 1, 1)
                text = text[:keep].rstrip() + "…"
                width = len(text) * CHAR + 4
            left = now_x - width - 4 if mk.at < now else now_x + 4
        left = min(max(left, 2), WIDTH - width - 2)
        boxes.append((left, left + width))
        texts.append(text)
    lanes = _lanes(boxes)
    up = max([lane for lane in lanes if lane > 0], default=1)
    down = max([-lane for lane in lanes if lane < 0], default=1)
    axis_y = AXIS_Y_MIN + up * LANE
    height = axis_y + down * LANE + 34

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="tl-title tl-desc" class="timeline-svg">',
        f'<title id="tl-title">{escape(title)}</title>',
        f'<desc id="tl-desc">{escape(_describe(placed, now, zone))}</desc>',
        # The past, shaded; the future stays white.
        f'<rect x="0" y="0" width="{now_x:.1f}" height="{height}" fill="#eef1f5"/>',
        f'<text x="{max(now_x - 8, 40):.1f}" y="16" text-anchor="end" font-size="12" fill="#5b6675">past</text>',
        f'<text x="{min(now_x + 8, WIDTH - 50):.1f}" y="16" font-size="12" fill="#6b4fbb">ahead</text>',
        f'<line x1="{MARGIN}" y1="{axis_y}" x2="{now_x:.1f}" y2="{axis_y}" stroke="#5b6675" stroke-width="2"/>',
        f'<line x1="{now_x:.1f}" y1="{axis_y}" x2="{WIDTH - MARGIN}" y2="{axis_y}" stroke="#9aa4b2" '
        f'stroke-width="2" stroke-dasharray="6 4"/>',
    ]
    for at, label in _ticks(start, end, zone):
        x = x_of(at)
        out.append(f'<line x1="{x:.1f}" y1="{axis_y - 4}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="#9aa4b2"/>')
        if abs(x - now_x) < 30:
            continue  # the "now" label sits there
        out.append(
            f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle" font-size="11" fill="#5b6675">{escape(label)}</text>'
        )
    out.append(
        f'<line x1="{now_x:.1f}" y1="22" x2="{now_x:.1f}" y2="{height - 22}" stroke="#1d2430" stroke-width="2"/>'
        f'<text x="{now_x:.1f}" y="{height - 22 + 12}" text-anchor="middle" font-size="11" font-weight="700" '
        f'fill="#1d2430">now</text>'
    )
    for mk, lane, (left, right), text in zip(placed, lanes, boxes, texts, strict=True):
        x = x_of(mk.at)
        future = mk.at > now
        color = COLORS[mk.kind]
        label_y = axis_y - lane * LANE + (4 if lane < 0 else 0)
        tip = escape(mk.detail or mk.label)
        out.append(f"<g><title>{tip}</title>")
        if mk.kind == "expect":
            out.append(
                f'<line x1="{x:.1f}" y1="26" x2="{x:.1f}" y2="{height - 24}" stroke="{color}" stroke-width="2" '
                f'stroke-dasharray="2 3"/>'
            )
        else:
            out.append(
                f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{label_y + (-10 if lane < 0 else 4):.1f}" '
                f'stroke="{color}" stroke-opacity=".45"/>'
            )
        if mk.kind == "interview" and mk.end:
            x2 = max(x_of(mk.end), x + 6)
            out.append(
                f'<rect x="{x:.1f}" y="{axis_y - 8}" width="{x2 - x:.1f}" height="16" rx="3" fill="{color}"/>'
            )
        elif mk.kind != "expect":
            out.append(_marker(mk.kind, x, axis_y, future))
        weight = ' font-style="italic"' if future else ""
        out.append(
            f'<text x="{(left + right) / 2:.1f}" y="{label_y:.1f}" text-anchor="middle" font-size="12" '
            f'fill="{color}"{weight}>{escape(text)}</text>'
        )
        out.append("</g>")
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 (every text above went through escape)


def _describe(marks: list[Mark], now: datetime, zone: ZoneInfo) -> str:
    past = [mk for mk in marks if mk.at <= now]
    ahead = [mk for mk in marks if mk.at > now]

    def said(mk: Mark) -> str:
        return f"{_day_label(mk.at.astimezone(zone).date())}: {mk.detail or mk.label}"

    parts = []
    if past:
        parts.append("So far — " + "; ".join(said(mk) for mk in past) + ".")
    if ahead:
        parts.append("Ahead — " + "; ".join(said(mk) for mk in ahead) + ".")
    return " ".join(parts) or "Nothing yet."


_TOUCH_MARKS = {
    "thank-you-sent": ("sent", "Thank-you → {who}"),
    "follow-up-sent": ("sent", "Follow-up → {who}"),
    "next-steps-sent": ("sent", "Asked {who} about next steps"),
    "reply": ("reply", "Reply from {who}"),
    "call": ("sent", "Called {who}"),
    "voicemail": ("sent", "Voicemail for {who}"),
    "offer": ("decision", "Offer"),
    "rejection": ("decision", "Rejection"),
    "withdrawn": ("decision", "Withdrawn"),
}

_STEP_LABELS = {
    "thank-you": "Thank-you → {who}",
    "follow-up": "Follow-up → {who}",
    "ask-next-steps": "Ask {who} about next steps",
    "phone-call": "Call {who}",
    "close-out": "Close out",
}

_WAITING = ("draft", "approved", "scheduled", "sending", "failed", "unknown")


def _first(name: str | None) -> str:
    return (name or "them").split()[0]


def marks_of(page, now: datetime) -> list[Mark]:
    """The marks of one application's page (`afterview.web.services.ApplicationPage`)."""
    from afterview.core.parse import in_planned_years
    from afterview.core.playbook import current_round
    from afterview.web.services import WRITTEN
    from afterview.web.templatetags.web_extras import NOTE_KINDS

    facts = page.facts
    marks: list[Mark] = []
    interviews = page.interviews
    for n, interview in enumerate(interviews, start=1):
        names = ", ".join(name for name, _ in interview.panel)
        label = "Interview" if len(interviews) == 1 else f"Interview {n}"
        marks.append(Mark(interview.starts_at, label, "interview", f"{label} with {names or 'the panel'}", interview.ends_at))
    for touch in facts.touches:
        kind, text = _TOUCH_MARKS[str(touch.kind)]
        name = page.name_of(touch.person_key)
        label = text.format(who=_first(name))
        detail = text.format(who=name or "them") + (f": {touch.note}" if touch.note else "")
        marks.append(Mark(touch.at, label, kind, detail))
    for update in facts.updates:
        if update.sent_at is None:
            marks.append(Mark(update.added_at, "Update to share", "update", f"Update to share: {update.text}"))
    waiting = set()
    for message in page.messages:
        if message.status not in _WAITING:
            continue
        contact = message.contact
        waiting.add((message.kind, message.contact_id))
        at = message.scheduled_at if message.scheduled_at and message.scheduled_at > now else now
        label = f"{NOTE_KINDS.get(message.kind, message.kind)} → {_first(contact.name if contact else None)} ({message.status})"
        marks.append(Mark(at, label, "plan", f"{message.kind} note to {contact.name if contact else 'them'}: {message.status}"))
    due_now = []
    for action in page.actions:
        written = WRITTEN.get(action.kind)
        if written is not None and action.person_key and (written, int(action.person_key)) in waiting:
            continue
        label = _STEP_LABELS.get(str(action.kind), str(action.kind)).format(who=_first(action.person))
        if action.due_at <= now:
            due_now.append(label)
        else:
            marks.append(Mark(action.due_at, label, "plan", action.reason))
    if len(due_now) == 1:
        marks.append(Mark(now, f"{due_now[0]} (due)", "plan", f"Due now: {due_now[0]}"))
    elif due_now:
        marks.append(Mark(now, f"{len(due_now)} steps due now", "plan", "Due now: " + "; ".join(due_now)))
    rnd = current_round(page.facts, now) if page.explanation.problem is None else None
    if rnd is not None and rnd.stated_on is not None and rnd.decision is None:
        zone = ZoneInfo(page.facts.tz or "UTC")
        at = datetime.combine(rnd.stated_on, time(17, 0), tzinfo=zone)
        marks.append(Mark(at, "Decision expected", "expect", f"They expect to decide by {_day_label(rnd.stated_on)}"))
    # A record outside the years afterview plans for (only an old one can hold it) is
    # named on the page as the application's problem; a time axis can't reach it.
    return [mk for mk in marks if in_planned_years(mk.at) and (mk.end is None or in_planned_years(mk.end))]

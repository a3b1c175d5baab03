"""How the dashboard shows its figures: the SVG charts and the words of each cell."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from afterview.core.timing import day_text, time_text
from afterview.office import charts
from afterview.office.dashboard import Dashboard, Row


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def hours(value: float | None) -> str:
    return "–" if value is None else f"{value:g} h"


def utc_time(value) -> str:
    return time_text(value, "UTC") + " UTC" if value else ""


def _rows(board: Dashboard) -> list[Row]:
    return [*board.rows, board.total] if len(board.rows) > 1 else [board.total]


def charts_of(board: Dashboard) -> dict:
    rows = _rows(board)
    seed = board.seed_rate
    rate_bars = [
        charts.Bar(r.name, r.thank_you_rate, f"{percent(r.thank_you_rate)} of {r.interviews} interviews") for r in rows
    ]
    total = board.total
    description = (
        f"{percent(total.thank_you_rate)} of {total.interviews} interviews had a thank-you to every interviewer "
        f"within 24 hours; the seed study's line is at {seed * 100:.0f}%."
    )
    thank_you = charts.bar_chart(
        "Thank-you notes within 24 hours, by cohort", description, rate_bars, top=1.0,
        reference=charts.Reference(seed, f"study: {seed * 100:.0f}%"), chart_id="chart-thank-you",
    )  # fmt: skip
    slowest = max((r.median_hours or 0 for r in rows), default=0) or 24
    speed = charts.bar_chart(
        "Median hours from the interview's end to the thank-you",
        f"The median across all cohorts is {hours(total.median_hours)}.",
        [charts.Bar(r.name, r.median_hours, hours(r.median_hours)) for r in rows],
        top=max(24.0, slowest),
        reference=charts.Reference(24.0, "24 h") if slowest <= 48 else None,
        chart_id="chart-speed",
    )
    points = [(day_text(monday), hits / n if n else None) for monday, hits, n in board.weeks]
    trend = charts.line_chart(
        "Thank-you rate by week",
        "Each point is the share of that week's interviews thanked within 24 hours; the dashed line is the study's "
        f"{seed * 100:.0f}%.",
        points,
        top=1.0,
        reference=charts.Reference(seed, f"{seed * 100:.0f}%"),
        chart_id="chart-trend",
    )
    return {"thank_you": thank_you, "speed": speed, "trend": trend, "rows": rows}


def nudge_rows(board: Dashboard, csrf_token: str, query: str) -> SafeString:
    """The rows of the nudge table, written here rather than by the template engine: a
    cohort lists dozens of students, and each row's form costs the engine more than the
    rest of the page."""
    action = reverse("office:nudge", args=[0])
    head, tail = action.rsplit("/0/", 1)
    token, back = escape(csrf_token), escape(query)
    out = []
    for s in board.nudges:
        name = escape(s.name)
        employers = escape(", ".join(s.employers)) if s.employers else '<span class="muted">not shared</span>'
        last = f' <span class="small muted">last {escape(utc_time(s.nudged_at))}</span>' if s.nudged_at else ""
        out.append(
            f"<tr><td>{name}</td><td>{escape(s.cohort)}</td><td>{s.late_thank_yous}</td><td>{s.overdue_follow_ups}</td>"
            f"<td>{employers}</td><td><form method=\"post\" action=\"{head}/{int(s.member_id)}/{tail}\">"
            f"<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"{token}\">"
            f"<input type=\"hidden\" name=\"query\" value=\"{back}\">"
            f"<button class=\"small\" type=\"submit\" aria-label=\"Nudge {name}\">Nudge</button>{last}</form></td></tr>"
        )
    return mark_safe("\n".join(out))  # noqa: S308 (every value above is escaped)


def employer_options(board: Dashboard) -> SafeString:
    """The employer filter's options (a hundred or more), written here for the same reason."""
    chosen = board.filters.employer
    return mark_safe("".join(  # noqa: S308 (escaped)
        f"<option{' selected' if e == chosen else ''}>{escape(e)}</option>" for e in board.employers
    ))

"""How the dashboard shows its figures: the SVG charts and the words of each cell."""

from __future__ import annotations

from afterview.core.timing import day_text
from afterview.office import charts
from afterview.office.dashboard import Dashboard, Row


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def hours(value: float | None) -> str:
    return "–" if value is None else f"{value:g} h"


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

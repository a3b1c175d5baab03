"""Charts drawn on the server as SVG: no script, readable by a screen reader (a
title, a description, and each bar's value as text), in the stylesheet's colours.

`bar_chart` draws horizontal bars (one per label), with an optional reference
line (the seed study's 26%); `line_chart` draws one series over time. Both return
markup safe to put in a page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

__all__ = ["Bar", "Reference", "bar_chart", "line_chart"]

# the colours of web/static/web/app.css (--accent, --ink, --muted, --line, --late)
ACCENT, INK, MUTED, LINE, LATE = "#1f5fbf", "#1d2430", "#5b6675", "#d8dde4", "#b42318"
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"'

_ids = count(1)


@dataclass(frozen=True)
class Bar:
    label: str
    #: None: nothing to measure yet (drawn as "no data")
    value: float | None
    #: the value as the chart writes it ("42%", "3.5 h")
    text: str


@dataclass(frozen=True)
class Reference:
    value: float
    label: str


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def bar_chart(
    title: str,
    description: str,
    bars: Sequence[Bar],
    *,
    top: float,
    reference: Reference | None = None,
    width: int = 640,
    chart_id: str = "",
) -> SafeString:
    """Horizontal bars scaled to `top`; a dashed reference line with its label."""
    chart_id = chart_id or f"chart-{next(_ids)}"
    label_w, value_w, bar_h, gap, head = 170, 70, 22, 10, 28 if reference else 8
    plot_w = width - label_w - value_w
    height = head + len(bars) * (bar_h + gap) + 8
    top = top or 1.0
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-labelledby="{chart_id}-title {chart_id}-desc" id="{chart_id}" {FONT} font-size="13">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
        f'<rect x="{label_w}" y="{head - 4}" width="{plot_w}" height="{height - head}" fill="#f4f6f9"/>',
    ]
    for i, bar in enumerate(bars):
        y = head + i * (bar_h + gap)
        mid = y + bar_h / 2 + 4.5
        out.append(
            f'<text x="{label_w - 8}" y="{_num(mid)}" text-anchor="end" fill="{INK}">{escape(_short(bar.label))}</text>'
        )
        if bar.value is None:
            out.append(f'<text x="{label_w + 6}" y="{_num(mid)}" fill="{MUTED}">no data yet</text>')
            continue
        w = max(0.0, min(1.0, bar.value / top)) * plot_w
        out.append(
            f'<rect class="bar" x="{label_w}" y="{y}" width="{_num(w)}" height="{bar_h}" rx="3" fill="{ACCENT}">'
            f"<title>{escape(bar.label)}: {escape(bar.text)}</title></rect>"
        )
        out.append(f'<text x="{_num(label_w + w + 6)}" y="{_num(mid)}" fill="{INK}">{escape(bar.text)}</text>')
    if reference is not None:
        x = label_w + max(0.0, min(1.0, reference.value / top)) * plot_w
        out.append(
            f'<line class="reference" x1="{_num(x)}" y1="{head - 6}" x2="{_num(x)}" y2="{height - 4}" '
            f'stroke="{LATE}" stroke-width="2" stroke-dasharray="5 4"/>'
        )
        out.append(
            f'<text class="reference-label" x="{_num(x)}" y="14" text-anchor="middle" fill="{LATE}" '
            f'font-weight="600">{escape(reference.label)}</text>'
        )
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 (every text above is escaped)


def line_chart(
    title: str,
    description: str,
    points: Sequence[tuple[str, float | None]],
    *,
    top: float,
    reference: Reference | None = None,
    width: int = 640,
    height: int = 200,
    value_text=lambda v: f"{v * 100:.0f}%",
    chart_id: str = "",
) -> SafeString:
    """One series: `points` are (label, value) in order; a None value leaves a gap."""
    chart_id = chart_id or f"chart-{next(_ids)}"
    left, right, upper, lower = 44, 12, 20, 28
    plot_w, plot_h = width - left - right, height - upper - lower
    top = top or 1.0
    step = plot_w / max(1, len(points) - 1)

    def y_of(v):
        return upper + plot_h - max(0.0, min(1.0, v / top)) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-labelledby="{chart_id}-title {chart_id}-desc" id="{chart_id}" {FONT} font-size="12">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
        f'<line x1="{left}" y1="{upper + plot_h}" x2="{width - right}" y2="{upper + plot_h}" stroke="{LINE}"/>',
        f'<text x="{left - 6}" y="{upper + 4}" text-anchor="end" fill="{MUTED}">{escape(value_text(top))}</text>',
        f'<text x="{left - 6}" y="{upper + plot_h + 4}" text-anchor="end" fill="{MUTED}">{escape(value_text(0))}</text>',
    ]
    segment: list[str] = []
    segments = []
    for i, (label, value) in enumerate(points):
        x = left + i * step
        if value is None:
            if segment:
                segments.append(segment)
            segment = []
            continue
        segment.append(f"{_num(x)},{_num(y_of(value))}")
        out.append(
            f'<circle cx="{_num(x)}" cy="{_num(y_of(value))}" r="3.5" fill="{ACCENT}">'
            f"<title>{escape(label)}: {escape(value_text(value))}</title></circle>"
        )
    if segment:
        segments.append(segment)
    for seg in segments:
        out.append(f'<polyline points="{" ".join(seg)}" fill="none" stroke="{ACCENT}" stroke-width="2"/>')
    every = max(1, -(-len(points) // 6))  # at most six labels, evenly spaced from the right
    for i, (label, _) in enumerate(points):
        if (len(points) - 1 - i) % every == 0:
            out.append(
                f'<text x="{_num(left + i * step)}" y="{height - 8}" text-anchor="middle" fill="{MUTED}">{escape(label)}</text>'
            )
    if reference is not None:
        y = y_of(reference.value)
        out.append(
            f'<line class="reference" x1="{left}" y1="{_num(y)}" x2="{width - right}" y2="{_num(y)}" '
            f'stroke="{LATE}" stroke-width="2" stroke-dasharray="5 4"/>'
        )
        out.append(
            f'<text class="reference-label" x="{width - right}" y="{_num(y - 5)}" text-anchor="end" fill="{LATE}" '
            f'font-weight="600">{escape(reference.label)}</text>'
        )
    out.append("</svg>")
    return mark_safe("".join(out))  # noqa: S308 (every text above is escaped)


def _short(label: str, most: int = 24) -> str:
    return label if len(label) <= most else label[: most - 1] + "…"

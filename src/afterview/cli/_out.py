"""Shared output helpers: times in the candidate's zone, Rich consoles on demand."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def local(value: datetime | None, tz: str, fmt: str = "%a %Y-%m-%d %H:%M") -> str:
    if value is None:
        return "—"
    return value.astimezone(ZoneInfo(tz)).strftime(fmt)

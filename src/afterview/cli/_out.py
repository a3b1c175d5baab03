"""Shared output helpers: times in the candidate's zone, Rich consoles on demand."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def console():
    import sys

    from rich.console import Console

    # Piped output has no terminal width; don't squeeze tables into 80 columns.
    width = None if sys.stdout.isatty() else 160
    return Console(highlight=False, soft_wrap=True, width=width)


def local(value: datetime | str | None, tz: str, fmt: str = "%a %Y-%m-%d %H:%M") -> str:
    """A UTC time (or its ISO text) shown in zone `tz`."""
    if value is None:
        return "—"
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    try:
        return value.astimezone(ZoneInfo(tz)).strftime(fmt)
    except OverflowError:
        # A stored time at the calendar's very end (only an old record can hold one)
        # does not fit in `tz`: show it as stored rather than fail.
        return value.strftime(fmt) + " UTC"

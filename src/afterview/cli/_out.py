"""Shared output helpers: times in the candidate's zone, Rich consoles on demand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def console():
    """A Rich console that prints text as given: stored names like "Acme [/bold] Corp"
    are not markup. Pass it `plain(...)` values and style with `rich.text.Text`."""
    import sys

    from rich.console import Console

    # Piped output has no terminal width; don't squeeze tables into 80 columns.
    width = None if sys.stdout.isatty() else 160
    return Console(highlight=False, soft_wrap=True, width=width, markup=False, emoji=False)


def plain(value: object) -> str:
    """Stored or received text made safe for a terminal: no control characters
    (an ESC sequence could retitle or reprogram it)."""
    from afterview.core.parse import without_controls

    return without_controls(str(value), keep_lines=True)


def echo(message: object = "", *, err: bool = False, nl: bool = True) -> None:
    """typer.echo for lines that hold stored or received text."""
    typer.echo(plain(message), err=err, nl=nl)


def print_table(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Rows as aligned plain-text columns under their headings (no Rich: `list`
    prints a few rows, and importing Rich cost it more than reading them)."""
    import sys

    widths = [max(len(str(cell)) for cell in column) for column in zip(headings, *rows, strict=True)]
    for line in (headings, *rows):
        sys.stdout.write("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() + "\n")


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


def warn_about_zone(zone: str | None) -> None:
    """A warning on stderr when `zone` is a fixed offset people rarely mean ("EST")."""
    from afterview.core.parse import zone_warning

    warning = zone_warning(zone) if zone else None
    if warning:
        typer.echo(f"afterview: warning: {warning}", err=True)

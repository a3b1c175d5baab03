"""The one place the edges read "now" (AFTERVIEW_NOW pins it)."""

from __future__ import annotations

from datetime import UTC, datetime

from afterview import env


def now() -> datetime:
    """The current time as an aware UTC datetime."""
    pinned = env.pinned_now()
    if pinned is not None:
        return pinned.astimezone(UTC)
    return datetime.now(UTC)

"""Domain errors. The edges translate them: the CLI prints one line and exits 2,
forms show field errors, the API answers 400."""

from __future__ import annotations

__all__ = ["AfterviewError", "InvalidInput", "NotFound", "Refused"]


class AfterviewError(Exception):
    """Base of every error afterview reports to a person in one line."""


class InvalidInput(AfterviewError, ValueError):
    """Input that cannot be used as given; the message says how to fix it."""


class NotFound(AfterviewError, LookupError):
    """A thing that does not exist, or belongs to another candidate."""


class Refused(AfterviewError):
    """A request the rules turn down (for instance, inside the min-gap)."""

"""Mailbox passwords at rest: Fernet tokens in the database, the key in a file.

The key file is `AFTERVIEW_HOME/mail.key` (or AFTERVIEW_MAIL_KEY_FILE), made
once with the home (keys.py, never here) and refused when anyone but its owner
may read it. Several worker processes (or machines) of one install share it.
Nothing here logs, prints or returns a password except `open_secret` to the
code that logs in with it.
"""

from __future__ import annotations

from pathlib import Path

from afterview import keys
from afterview.core.errors import Refused

__all__ = ["key_path", "open_secret", "seal"]


def key_path() -> Path:
    return keys.mail_key_file()


def _fernet():
    from cryptography.fernet import Fernet

    path = key_path()
    try:
        return Fernet(keys.mail_key())
    except ValueError as e:
        raise Refused(f"{path} is not an afterview key; move it away and run `afterview mail setup` again") from e


def seal(secret: str) -> str:
    """The Fernet token that stores `secret`; empty for an empty secret."""
    if not secret:
        return ""
    return _fernet().encrypt(secret.encode("utf-8")).decode("ascii")


def open_secret(token: str) -> str:
    """The secret a token holds. Raises Refused when the key cannot open it."""
    if not token:
        return ""
    from cryptography.fernet import InvalidToken

    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError) as e:
        raise Refused(
            f"the stored mail password cannot be opened with {key_path()} (was the key replaced?); "
            "run `afterview mail setup` again"
        ) from e

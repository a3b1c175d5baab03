"""Mailbox passwords at rest: Fernet tokens in the database, the key in a file.

The key file is `AFTERVIEW_HOME/mail.key`, created on first use with mode 0600
and refused when anyone but its owner may read it. Several worker processes
(or machines) of one install share it. Nothing here logs, prints or returns a
password except `open_secret` to the code that logs in with it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from afterview import env
from afterview.core.errors import Refused

__all__ = ["key_path", "open_secret", "seal"]

KEY_FILE = "mail.key"


def key_path() -> Path:
    return env.home() / KEY_FILE


def _read_key(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return _create_key(path)
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise Refused(f"{path} may be read by others (mode {stat.S_IMODE(mode):o}); run: chmod 600 {path}")
        return handle.read().strip()


def _create_key(path: Path) -> bytes:
    from cryptography.fernet import Fernet

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Fernet.generate_key()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        # Another process made it first: use theirs.
        return _read_key(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key + b"\n")
    return key


def _fernet():
    from cryptography.fernet import Fernet

    path = key_path()
    try:
        return Fernet(_read_key(path))
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

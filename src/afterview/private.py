"""Keeping the home's files to their owner: the home 0700, the database and backups 0600.

The database holds every application, contact and note, and the home holds the
keys; on a shared machine other users must not read them. Files are created
private, and a home or database left readable by an older version (or by a
umask) is tightened, with a note saying so.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["secure_home", "secure_sqlite", "write_private"]

HOME_MODE = 0o700
FILE_MODE = 0o600
#: SQLite's files besides the database itself in WAL mode.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def _tighten(path: Path, mode: int) -> str | None:
    """Take away from `path` every permission `mode` lacks; a note when there were any."""
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None
    if current & ~mode == 0:
        return None
    path.chmod(current & mode)
    return f"{path} was open to other users (mode {current:04o}); it is now {current & mode:04o}."


def secure_home(home: Path) -> list[str]:
    """Create the home 0700, or tighten an existing one; the notes to show."""
    home.mkdir(parents=True, exist_ok=True, mode=HOME_MODE)
    note = _tighten(home, HOME_MODE)
    return [note] if note else []


def secure_sqlite(database: Path) -> list[str]:
    """Make the SQLite database (created empty if missing) and its WAL files 0600.

    SQLite gives the -wal and -shm files it creates the database file's mode, so a
    database made 0600 before its first connection keeps them private too.
    """
    try:
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        pass
    notes = []
    for path in (database, *(database.with_name(database.name + suffix) for suffix in SQLITE_SIDECARS)):
        note = _tighten(path, FILE_MODE)
        if note:
            notes.append(note)
    return notes


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path` (UTF-8) readable by its owner only, even when it existed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        os.fchmod(out.fileno(), FILE_MODE)
        out.write(text)

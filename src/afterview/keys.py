"""The two keys an install keeps: `secret.key` signs sessions and sign-in links,
`mail.key` encrypts mailbox passwords.

They are made once, by the command that creates a local home (`init`, `serve`,
`demo`, or whichever command runs first on a new home, as it always created the
home and its database): each is written to a private temporary file and linked
into place, which fails when the file already exists, so two processes starting
at once both end up with the key the first one wrote, never half of one.

Nothing else makes a key. Settings and the mail vault only read them, and a
process that finds none refuses to start with a line that says how to fix it.
With DATABASE_URL set (a deployment of several processes, perhaps on several
machines) no process makes either key: the deployment gives every process the
same ones (`AFTERVIEW_SECRET_KEY_FILE`, `AFTERVIEW_MAIL_KEY_FILE`, or the files
in AFTERVIEW_HOME).
"""

from __future__ import annotations

import os
import secrets
import stat
import tempfile
from pathlib import Path

from afterview import env
from afterview.core.errors import Refused

__all__ = ["MissingKey", "create", "ensure_local", "mail_key", "mail_key_file", "secret_key", "secret_key_file"]

SECRET_FILE = "secret.key"
MAIL_FILE = "mail.key"


class MissingKey(Refused):
    """A key this process needs is not there; the message says how to provide it."""


def secret_key_file() -> Path:
    return env.secret_key_file() or env.home() / SECRET_FILE


def mail_key_file() -> Path:
    return env.mail_key_file() or env.home() / MAIL_FILE


def _how_to_fix(variable: str) -> str:
    if env.database_url() is not None:
        return (
            f"with DATABASE_URL set no process makes keys: give every process the same one with "
            f"{variable}=/path/to/file (see docs/deployment.md)"
        )
    return f"run `afterview init` to make it, or set {variable} to the key file"


def _read(path: Path, variable: str) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        raise MissingKey(f"no key at {path}; {_how_to_fix(variable)}") from None
    except OSError as e:
        raise MissingKey(f"cannot read the key {path}: {e.strerror}; {_how_to_fix(variable)}") from e
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise MissingKey(f"{path} may be read by others (mode {stat.S_IMODE(mode):o}); run: chmod 600 {path}")
        key = handle.read().strip()
    if not key:
        raise MissingKey(f"the key {path} is empty; {_how_to_fix(variable)}")
    return key


def secret_key() -> str:
    """Django's SECRET_KEY: AFTERVIEW_SECRET_KEY, else the key file. Raises MissingKey."""
    given = env.secret_key()
    if given is not None:
        return given
    return _read(secret_key_file(), "AFTERVIEW_SECRET_KEY_FILE").decode("ascii", "replace")


def mail_key() -> bytes:
    """The Fernet key mailbox passwords are sealed with. Raises MissingKey."""
    return _read(mail_key_file(), "AFTERVIEW_MAIL_KEY_FILE")


def require() -> None:
    """Refuse to start (MissingKey) unless both keys can be read."""
    secret_key()
    mail_key()


def _new_secret() -> bytes:
    return secrets.token_urlsafe(50).encode("ascii")


def _new_mail_key() -> bytes:
    from cryptography.fernet import Fernet

    return Fernet.generate_key()


def _create_once(path: Path, make) -> bool:
    """Write a new key to `path` unless a file is there; True when this call made it."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, draft = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(make() + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            # link() is an exclusive create of a file that is already whole.
            os.link(draft, path)
        except FileExistsError:
            return False
        return True
    finally:
        os.unlink(draft)


def create(home: Path) -> list[Path]:
    """Make whichever of `home`'s two keys is missing; returns the files made."""
    made = []
    for name, make in ((SECRET_FILE, _new_secret), (MAIL_FILE, _new_mail_key)):
        if _create_once(home / name, make):
            made.append(home / name)
    return made


def ensure_local(home: Path) -> None:
    """On a local home (no DATABASE_URL), make the keys the first time; a deployment
    brings its own (as does any process on the production settings, whatever its
    environment lacks), and a key file named by a variable is never made here."""
    if env.database_url() is not None or os.environ.get("DJANGO_SETTINGS_MODULE") == "afterview.production":
        return
    if env.secret_key() is None and env.secret_key_file() is None:
        _create_once(home / SECRET_FILE, _new_secret)
    if env.mail_key_file() is None:
        _create_once(home / MAIL_FILE, _new_mail_key)

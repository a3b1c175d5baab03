"""The environment variables afterview reads, declared once with their help.

Settings, docs and `--help` all come from `VARIABLES`; the small typed readers
fail loudly with a one-line message instead of guessing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from afterview.core.errors import InvalidInput

__all__ = [
    "VARIABLES",
    "Variable",
    "allowed_hosts",
    "database_url",
    "db_timeout",
    "home",
    "kept_facts_mb",
    "mail_key_file",
    "pinned_now",
    "secret_key",
    "secret_key_file",
    "undo_window",
]


@dataclass(frozen=True)
class Variable:
    name: str
    default: str
    help: str


VARIABLES = (
    Variable(
        "AFTERVIEW_HOME",
        "the platform's user data folder (e.g. ~/.local/share/afterview)",
        "Folder for the SQLite database, playbook.toml, templates/ and the keys (secret.key, mail.key).",
    ),
    Variable(
        "DATABASE_URL",
        "sqlite in AFTERVIEW_HOME",
        "A database URL such as postgres://user@host:5432/afterview; selects PostgreSQL.",
    ),
    Variable(
        "AFTERVIEW_ALLOWED_HOSTS",
        "loopback only",
        "Comma-separated host names the web app answers to besides 127.0.0.1 and localhost.",
    ),
    Variable(
        "AFTERVIEW_DB_TIMEOUT",
        "20",
        "Seconds a command waits for another one writing to the SQLite database before it says the database is busy.",
    ),
    Variable(
        "AFTERVIEW_SECRET_KEY_FILE",
        "AFTERVIEW_HOME/secret.key",
        "File holding the key that signs sessions and sign-in links; every process of a deployment needs the same.",
    ),
    Variable(
        "AFTERVIEW_SECRET_KEY",
        "unset (the key file is read)",
        "The signing key itself, instead of a file (for platforms that hand secrets over in variables).",
    ),
    Variable(
        "AFTERVIEW_MAIL_KEY_FILE",
        "AFTERVIEW_HOME/mail.key",
        "File holding the Fernet key that encrypts mailbox passwords; every process of a deployment needs the same.",
    ),
    Variable(
        "AFTERVIEW_NOW",
        "the real clock",
        "Pins 'now' to an ISO 8601 time with offset, e.g. 2026-12-04T09:00:00-06:00 (demos, tests).",
    ),
    Variable(
        "AFTERVIEW_UNDO_SECONDS",
        "30",
        "Seconds a note sent 'now' waits before it leaves, so `afterview cancel` or the web's Undo can still stop it (0: at once).",
    ),
    Variable(
        "AFTERVIEW_KEPT_FACTS_MB",
        "512",
        "Memory (MiB) each web process may keep students' facts and plans in between requests; about 80 KiB a student of 12 applications.",
    ),
    Variable(
        "AFTERVIEW_SERVICE_DIR",
        "the platform's (~/.config/systemd/user, ~/Library/LaunchAgents, AFTERVIEW_HOME on Windows)",
        "Folder `afterview worker --install` writes the service file into.",
    ),
    Variable(
        "AFTERVIEW_SERVICE_TOOL",
        "systemctl, launchctl or schtasks",
        "Program `afterview worker --install` runs in place of the platform's service tool.",
    ),
)


def home() -> Path:
    """The folder afterview keeps its files in (created on first use by callers)."""
    value = os.environ.get("AFTERVIEW_HOME", "").strip()
    if value:
        return Path(value).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("afterview", appauthor=False))


def database_url() -> str | None:
    value = os.environ.get("DATABASE_URL", "").strip()
    return value or None


def _path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None


def secret_key_file() -> Path | None:
    """AFTERVIEW_SECRET_KEY_FILE, or None when unset."""
    return _path("AFTERVIEW_SECRET_KEY_FILE")


def mail_key_file() -> Path | None:
    """AFTERVIEW_MAIL_KEY_FILE, or None when unset."""
    return _path("AFTERVIEW_MAIL_KEY_FILE")


def secret_key() -> str | None:
    """AFTERVIEW_SECRET_KEY, or None when unset."""
    value = os.environ.get("AFTERVIEW_SECRET_KEY", "").strip()
    return value or None


def allowed_hosts() -> list[str]:
    value = os.environ.get("AFTERVIEW_ALLOWED_HOSTS", "")
    return [host.strip() for host in value.split(",") if host.strip()]


def _number(name: str, default: float, most: float, unit: str) -> float:
    """A variable holding a number of `unit` from 0 to `most`; `default` when unset."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= most:
        raise InvalidInput(f"{name}={value!r} is not a number of {unit} from 0 to {most:g}; use e.g. {default:g}")
    return number


def _seconds(name: str, default: float) -> float:
    """A variable holding seconds from 0 to 3600; `default` when unset."""
    return _number(name, default, 3600, "seconds")


def db_timeout() -> float:
    """AFTERVIEW_DB_TIMEOUT in seconds (20 when unset)."""
    return _seconds("AFTERVIEW_DB_TIMEOUT", 20.0)


def undo_window() -> timedelta:
    """AFTERVIEW_UNDO_SECONDS as a duration (30 seconds when unset; 0 to 3600)."""
    return timedelta(seconds=_seconds("AFTERVIEW_UNDO_SECONDS", 30.0))


def pinned_now() -> datetime | None:
    """AFTERVIEW_NOW as an aware datetime, or None when unset."""
    value = os.environ.get("AFTERVIEW_NOW", "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as e:
        raise InvalidInput(
            f"AFTERVIEW_NOW={value!r} is not an ISO 8601 time; use e.g. 2026-12-04T09:00:00-06:00"
        ) from e
    if parsed.tzinfo is None:
        raise InvalidInput(
            f"AFTERVIEW_NOW={value!r} has no UTC offset; add one, e.g. {value}+00:00"
        )
    return parsed


def kept_facts_mb() -> float:
    """AFTERVIEW_KEPT_FACTS_MB: MiB of kept facts a web process may hold (512 when unset)."""
    return _number("AFTERVIEW_KEPT_FACTS_MB", 512.0, 1024 * 1024, "MiB")

"""The environment of an office deployment, read once and checked loudly.

`afterview.production` (the settings module a deployment selects with
DJANGO_SETTINGS_MODULE=afterview.production) calls `read()` before anything
else; a missing or malformed variable raises InvalidInput with one line that
names it and says how to fix it, and the process stops. The variables the
laptop reads too (AFTERVIEW_HOME, the key files) stay in `afterview.env`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from afterview.core.errors import InvalidInput
from afterview.env import Variable

__all__ = ["REQUIRED", "VARIABLES", "Deployment", "Mail", "read"]

#: Declared in `afterview.env` (the laptop reads them too); a deployment must set them.
REQUIRED = ("DATABASE_URL", "AFTERVIEW_ALLOWED_HOSTS")

VARIABLES = (
    Variable(
        "DJANGO_SETTINGS_MODULE",
        "afterview.settings (afterview.production for `afterview web`)",
        "afterview.production selects the deployment's settings below; set it for every process (web, worker, migrate).",
    ),
    Variable(
        "AFTERVIEW_DATABASE_PASSWORD_FILE",
        "unset (the password is in DATABASE_URL, or none)",
        "A file holding the database password, so DATABASE_URL carries none (compose and systemd secrets).",
    ),
    Variable(
        "AFTERVIEW_CSRF_TRUSTED_ORIGINS",
        "https:// and each allowed host",
        "Comma-separated origins forms may be posted from, e.g. https://careers.example.edu.",
    ),
    Variable(
        "AFTERVIEW_TRUST_PROXY",
        "yes",
        "yes: a reverse proxy in front sets X-Forwarded-Proto (and X-Request-ID); no: nothing in front is trusted.",
    ),
    Variable(
        "AFTERVIEW_DB_CONN_MAX_AGE",
        "60",
        "Seconds a process keeps a database connection open between requests (0 closes it after each).",
    ),
    Variable(
        "AFTERVIEW_DASHBOARD_REFRESH",
        "60",
        "Seconds between the worker's counts of the cohort dashboard's figures; a page shows figures at most twice that old (0: every page counts them).",
    ),
    Variable(
        "AFTERVIEW_LOG_LEVEL",
        "INFO",
        "DEBUG, INFO, WARNING or ERROR: the least severe JSON log line written (INFO has one line per request).",
    ),
    Variable(
        "AFTERVIEW_SMTP_URL",
        "unset (no office mail)",
        "The office's SMTP relay, e.g. smtp+starttls://afterview@relay.example.edu:587 (smtps:// for port 465, smtp:// for none).",
    ),
    Variable(
        "AFTERVIEW_SMTP_PASSWORD_FILE",
        "unset (the password is in AFTERVIEW_SMTP_URL, or none)",
        "A file holding the relay's password.",
    ),
    Variable(
        "AFTERVIEW_MAIL_FROM",
        "required with AFTERVIEW_SMTP_URL",
        "The sender of office mail, e.g. Career Office <careers@example.edu>.",
    ),
)

_HOST = re.compile(r"^(\.?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$")
_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_YES = {"yes": True, "true": True, "1": True, "on": True, "no": False, "false": False, "0": False, "off": False}
_SMTP_SCHEMES = {"smtp": (False, False, 25), "smtp+starttls": (True, False, 587), "smtps": (False, True, 465)}


@dataclass(frozen=True)
class Mail:
    """Django's EMAIL_* settings for the office's relay."""

    host: str
    port: int
    user: str
    password: str
    use_tls: bool
    use_ssl: bool
    sender: str


@dataclass(frozen=True)
class Deployment:
    database: dict
    allowed_hosts: list[str]
    csrf_trusted_origins: list[str]
    trust_proxy: bool
    log_level: str
    mail: Mail | None = field(default=None)
    #: seconds between the worker's counts of the dashboard's figures (office/snapshots.py)
    dashboard_refresh: int = 60


def _get(environ, name: str) -> str:
    return environ.get(name, "").strip()


def _secret_file(environ, name: str) -> str | None:
    """The stripped contents of the file the variable `name` names, or None when unset."""
    path = _get(environ, name)
    if not path:
        return None
    try:
        with open(os.path.expanduser(path), encoding="utf-8") as handle:
            value = handle.read().strip()
    except OSError as e:
        raise InvalidInput(f"{name}={path!r} cannot be read ({e.strerror}); point it at a readable file") from e
    if not value:
        raise InvalidInput(f"{name}={path!r} is empty; put the password in it")
    return value


def _database(environ) -> dict:
    url = _get(environ, "DATABASE_URL")
    if not url:
        raise InvalidInput(
            "DATABASE_URL is not set; the deployment needs PostgreSQL, e.g. "
            "DATABASE_URL=postgres://afterview@db.internal:5432/afterview"
        )
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql", "pgsql") or not parts.hostname or not parts.path.strip("/"):
        shown = f"{parts.scheme}://…" if parts.scheme else "it"
        raise InvalidInput(
            f"DATABASE_URL ({shown}) is not a PostgreSQL URL with a host and a database; "
            "use e.g. postgres://afterview@db.internal:5432/afterview"
        )
    try:
        parts.port  # noqa: B018 (parses it)
    except ValueError as e:
        raise InvalidInput(f"DATABASE_URL has a bad port ({e}); use e.g. postgres://afterview@db.internal:5432/afterview") from e
    import dj_database_url

    age = _seconds(environ, "AFTERVIEW_DB_CONN_MAX_AGE", 60, 3600)
    config = dj_database_url.parse(url, conn_max_age=age, conn_health_checks=age > 0)
    password = _secret_file(environ, "AFTERVIEW_DATABASE_PASSWORD_FILE")
    if password is not None:
        if parts.password:
            raise InvalidInput(
                "DATABASE_URL carries a password and AFTERVIEW_DATABASE_PASSWORD_FILE is set too; keep one of them"
            )
        config["PASSWORD"] = password
    return config


def _seconds(environ, name: str, default: int, highest: int) -> int:
    value = _get(environ, name)
    if not value:
        return default
    if not value.isdigit() or int(value) > highest:
        raise InvalidInput(f"{name}={value!r} is not a whole number of seconds from 0 to {highest}; use e.g. {default}")
    return int(value)


def _hosts(environ) -> list[str]:
    value = _get(environ, "AFTERVIEW_ALLOWED_HOSTS")
    hosts = [host.strip() for host in value.split(",") if host.strip()]
    if not hosts:
        raise InvalidInput(
            "AFTERVIEW_ALLOWED_HOSTS is not set; give the install's public host name, e.g. "
            "AFTERVIEW_ALLOWED_HOSTS=careers.example.edu"
        )
    for host in hosts:
        if not _HOST.match(host):
            raise InvalidInput(
                f"AFTERVIEW_ALLOWED_HOSTS has {host!r}, which is not a host name; give names only, "
                "without https:// or a port, e.g. careers.example.edu"
            )
    return hosts


def _origins(environ, hosts: list[str]) -> list[str]:
    value = _get(environ, "AFTERVIEW_CSRF_TRUSTED_ORIGINS")
    if not value:
        return [f"https://{host.lstrip('.')}" if not host.startswith(".") else f"https://*{host}" for host in hosts]
    origins = [origin.strip() for origin in value.split(",") if origin.strip()]
    for origin in origins:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
            raise InvalidInput(
                f"AFTERVIEW_CSRF_TRUSTED_ORIGINS has {origin!r}, which is not an origin; "
                "use scheme and host, e.g. https://careers.example.edu"
            )
    return [origin.rstrip("/") for origin in origins]


def _yes(environ, name: str, default: bool) -> bool:
    value = _get(environ, name).lower()
    if not value:
        return default
    if value not in _YES:
        raise InvalidInput(f"{name}={value!r} is neither yes nor no; use yes or no")
    return _YES[value]


def _level(environ) -> str:
    value = _get(environ, "AFTERVIEW_LOG_LEVEL").upper() or "INFO"
    if value not in _LEVELS:
        raise InvalidInput(f"AFTERVIEW_LOG_LEVEL={value!r} is not a level; use one of {', '.join(_LEVELS)}")
    return value


def _mail(environ) -> Mail | None:
    url = _get(environ, "AFTERVIEW_SMTP_URL")
    sender = _get(environ, "AFTERVIEW_MAIL_FROM")
    if not url:
        if _get(environ, "AFTERVIEW_SMTP_PASSWORD_FILE"):
            raise InvalidInput("AFTERVIEW_SMTP_PASSWORD_FILE is set but AFTERVIEW_SMTP_URL is not; set the relay's URL too")
        return None
    parts = urlsplit(url)
    if parts.scheme not in _SMTP_SCHEMES or not parts.hostname:
        raise InvalidInput(
            "AFTERVIEW_SMTP_URL is not an SMTP URL; use smtp+starttls://user@relay.example.edu:587, "
            "smtps://user@relay.example.edu:465 or smtp://relay.example.edu:25"
        )
    tls, ssl, default_port = _SMTP_SCHEMES[parts.scheme]
    try:
        port = parts.port or default_port
    except ValueError as e:
        raise InvalidInput(f"AFTERVIEW_SMTP_URL has a bad port ({e}); use e.g. smtp+starttls://relay.example.edu:587") from e
    password = _secret_file(environ, "AFTERVIEW_SMTP_PASSWORD_FILE")
    if password is not None and parts.password:
        raise InvalidInput("AFTERVIEW_SMTP_URL carries a password and AFTERVIEW_SMTP_PASSWORD_FILE is set too; keep one of them")
    if not sender:
        raise InvalidInput(
            "AFTERVIEW_MAIL_FROM is not set; office mail needs a sender, e.g. "
            "AFTERVIEW_MAIL_FROM='Career Office <careers@example.edu>'"
        )
    from email.utils import parseaddr

    if "@" not in parseaddr(sender)[1]:
        raise InvalidInput(
            f"AFTERVIEW_MAIL_FROM={sender!r} has no e-mail address; use e.g. 'Career Office <careers@example.edu>'"
        )
    return Mail(
        host=parts.hostname,
        port=port,
        user=unquote(parts.username or ""),
        password=password if password is not None else unquote(parts.password or ""),
        use_tls=tls,
        use_ssl=ssl,
        sender=sender,
    )


def read(environ=None) -> Deployment:
    """The deployment's settings from `environ` (default: os.environ). Raises InvalidInput."""
    environ = os.environ if environ is None else environ
    database = _database(environ)
    hosts = _hosts(environ)
    return Deployment(
        database=database,
        allowed_hosts=hosts,
        csrf_trusted_origins=_origins(environ, hosts),
        trust_proxy=_yes(environ, "AFTERVIEW_TRUST_PROXY", True),
        log_level=_level(environ),
        mail=_mail(environ),
        dashboard_refresh=_seconds(environ, "AFTERVIEW_DASHBOARD_REFRESH", 60, 3600),
    )

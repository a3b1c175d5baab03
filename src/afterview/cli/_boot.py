"""Start-up helpers the commands share: Django on demand, and one-line output."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

_configured = False
_migrated = False


def setup_django(*, migrate: bool = True) -> None:
    """Configure Django once per process, creating the home folder, its keys (a
    local home only: see keys.py) and (unless `migrate` is false) the schema."""
    global _configured, _migrated
    if not _configured:
        if _configure():  # the schema is current: nothing to migrate
            _migrated = True
        _configured = True
    if migrate and not _migrated:
        from afterview.records.bootstrap import ensure_schema

        ensure_schema()
        _migrated = True


def _configure() -> bool:
    """Set Django up; true when it found the schema current (then without the web-only apps)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterview.settings")
    from afterview import env, keys

    from afterview import private

    home = env.home()
    notes = private.secure_home(home)
    if env.database_url() is None:
        notes += private.secure_sqlite(home / "afterview.sqlite3")
    for note in notes:
        sys.stderr.write(f"afterview: {note}\n")
    keys.ensure_local(home)
    import django
    from django.apps import apps
    from django.conf import settings

    from afterview.records.bootstrap import schema_due

    # A command needs no pages; one that migrates keeps every app, so that the
    # tables, content types and permissions are the same whoever made the home.
    # (Django already set up, as in a test's process, keeps what it has.)
    current = not apps.ready and not schema_due()
    if current:
        web_only = set(getattr(settings, "WEB_ONLY_APPS", ()))
        settings.INSTALLED_APPS = [app for app in settings.INSTALLED_APPS if app not in web_only]
    django.setup()
    import atexit

    from afterview.records import holiday_cache

    atexit.register(holiday_cache.save, holiday_cache.load())
    return current


def local_candidate():
    """The candidate this machine acts for, with Django and the schema ready."""
    setup_django()
    from afterview.records.services import local_candidate as find

    return find()


#: What a command that needs to know the candidate says on a home without `init`.
NO_PROFILE = (
    "afterview does not know who you are yet (notes would be signed with no name); "
    "run `afterview init --name 'Your Name' --email you@example.edu --tz America/Chicago`"
)


def profiled_candidate():
    """The local candidate, once `afterview init` (or the first-run page) has named them;
    InvalidInput (one line: run init) before that."""
    from afterview.core.errors import InvalidInput
    from afterview.records.services import profile_of

    candidate = local_candidate()
    if not profile_of(candidate).display_name.strip():
        raise InvalidInput(NO_PROFILE)
    return candidate


def now():
    """"Now" at the edge: the clock, or AFTERVIEW_NOW."""
    from afterview.clock import now as clock_now

    return clock_now()


def zone_of(candidate) -> str:
    """The candidate's own time zone, for showing times."""
    from afterview.records.services import profile_of

    return profile_of(candidate).tz


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")

"""The rules in force for a candidate: the defaults, then the install's
AFTERVIEW_HOME/playbook.toml, then (for a member of a career office) the office's
defaults, then the candidate's own overrides.

The file is the install's: it governs every candidate and the workers, and only
whoever runs afterview edits it. A candidate's overrides are rows of their own
(`PlaybookOverride`), checked by the same code that checks the file, and apply
to their plans alone.
"""

from __future__ import annotations

import os

from functools import lru_cache
from pathlib import Path

from django.db import transaction

from afterview import env
from afterview.core.errors import InvalidInput
from afterview.core.rules import DEFAULT_SOURCE, Rules, load_rules, override_rules, parse_setting, setting_named

__all__ = [
    "DEFAULT_SOURCE",
    "INSTALL_SOURCE",
    "OFFICE_SOURCE",
    "OVERRIDE_SOURCE",
    "base_rules_with_sources",
    "check_office_defaults",
    "candidate_rules",
    "candidate_rules_with_sources",
    "install_rules",
    "install_rules_with_sources",
    "overrides_of",
    "playbook_path",
    "replace_overrides",
    "reset_overrides",
    "rules_of",
    "rules_with_sources_of",
    "set_override",
    "stored_sql",
    "stored_values",
]

#: Where a value came from, as `afterview playbook` and the Settings page say it.
INSTALL_SOURCE = "install file"
OVERRIDE_SOURCE = "your override"
OFFICE_SOURCE = "office default"
_OFFICE_NAME = "the office's defaults"
#: How messages name the file and the overrides: never a server path.
_FILE_NAME = "the install's playbook.toml"
_OVERRIDES_NAME = "your playbook"


def playbook_path() -> Path:
    # Every page plans with the install's rules, and finding the home folder resolves its
    # path on disk: once per value of the variables it is found from.
    return _playbook_path(*(os.environ.get(name) for name in ("AFTERVIEW_HOME", "HOME", "XDG_DATA_HOME")))


@lru_cache(maxsize=8)
def _playbook_path(*_variables) -> Path:
    return env.home() / "playbook.toml"


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int | None) -> tuple[Rules, dict[str, str]]:
    if mtime_ns is None:
        return load_rules(None, INSTALL_SOURCE)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidInput(f"{_FILE_NAME} is not UTF-8 text; save it as UTF-8") from e
    except OSError as e:
        raise InvalidInput(f"cannot read {_FILE_NAME}: {e.strerror}") from e
    rules, sources = load_rules(text, _FILE_NAME)
    return rules, {key: INSTALL_SOURCE if source == _FILE_NAME else source for key, source in sources.items()}


def install_rules_with_sources() -> tuple[Rules, dict[str, str]]:
    """The install's rules and, for each setting, "default" or "install file"."""
    path = playbook_path()
    try:
        mtime_ns = path.stat().st_mtime_ns
    except FileNotFoundError:
        mtime_ns = None
    return _load(path, mtime_ns)


def install_rules() -> Rules:
    return install_rules_with_sources()[0]


def _owner_id(candidate) -> int:
    return getattr(candidate, "pk", candidate)


def stored_sql(candidate) -> tuple[list[str], list]:
    """The two scalar subqueries `_stored` reads (the candidate's own values, then the
    office's defaults for a member of the install's office) and their parameters, for a
    caller that reads them in a statement of its own (the agenda: with the fingerprint)."""
    from django.db import connection

    from afterview.office.models import Member, Office
    from afterview.records.models import PlaybookOverride

    q = connection.ops.quote_name
    values, defaults = PlaybookOverride._meta.get_field("values"), Office._meta.get_field("playbook_defaults")
    owner = _owner_id(candidate)
    parts = [
        f"(SELECT {q(values.column)} FROM {q(PlaybookOverride._meta.db_table)}"
        f" WHERE {q('owner_id')} = %s ORDER BY {q('id')} LIMIT 1)",
        f"CASE WHEN EXISTS (SELECT 1 FROM {q(Member._meta.db_table)} WHERE {q('user_id')} = %s)"
        f" THEN (SELECT {q(defaults.column)} FROM {q(Office._meta.db_table)} ORDER BY {q('id')} LIMIT 1) END",
    ]
    return parts, [owner, owner]


def stored_values(own, office) -> tuple[dict, dict]:
    """(the office's defaults, the candidate's own values) from `stored_sql`'s two columns."""
    from django.db import connection

    from afterview.office.models import Office
    from afterview.records.models import PlaybookOverride

    values, defaults = PlaybookOverride._meta.get_field("values"), Office._meta.get_field("playbook_defaults")
    decode = lambda field, value: field.from_db_value(value, None, connection) if isinstance(value, (str, bytes)) else value  # noqa: E731
    return dict(decode(defaults, office) or {}), dict(decode(values, own) or {})


def _stored(candidate) -> tuple[dict, dict]:
    """(the office's playbook defaults when `candidate` is a member of the install's office,
    else {}; the candidate's own values), read in one statement: every page plans with them."""
    from afterview.records import prepared

    parts, params = stored_sql(candidate)
    with prepared.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        own, office = cursor.fetchone()
    return stored_values(own, office)


def overrides_of(candidate) -> dict[str, int | str]:
    """The candidate's own values (key -> value as TOML spells it); {} when none."""
    return _stored(candidate)[1]


def _office_defaults(candidate) -> dict:
    """The office's playbook defaults when `candidate` is a member of the install's office; {}."""
    return _stored(candidate)[0]


def _with_office(base: Rules, sources: dict[str, str], values: dict) -> tuple[Rules, dict[str, str]]:
    if not values:
        return base, dict(sources)
    rules, sources = override_rules(base, sources, values, _OFFICE_NAME)
    return rules, {key: OFFICE_SOURCE if source == _OFFICE_NAME else source for key, source in sources.items()}


def base_rules_with_sources(candidate) -> tuple[Rules, dict[str, str]]:
    """What `candidate`'s own overrides lie over: the install's rules, with their office's
    defaults on top for a member of an office ("office default")."""
    base, sources = install_rules_with_sources()
    return _with_office(base, sources, _office_defaults(candidate))


def check_office_defaults(values: dict) -> None:
    """InvalidInput, naming the key, unless the office's `values` lie well over the install's rules."""
    base, sources = install_rules_with_sources()
    _with_office(base, sources, values)


def candidate_rules_with_sources(candidate) -> tuple[Rules, dict[str, str]]:
    """The rules `candidate` (a user or its id) plans with, and where each value came from:
    "default", "install file", "office default" or "your override"."""
    return rules_with_sources_of(*_stored(candidate))


def rules_with_sources_of(office: dict, overrides: dict) -> tuple[Rules, dict[str, str]]:
    """`candidate_rules_with_sources` from the values `stored_values` gave."""
    base, sources = install_rules_with_sources()
    base, sources = _with_office(base, sources, office)
    if not overrides:
        return base, dict(sources)
    rules, sources = override_rules(base, sources, overrides, _OVERRIDES_NAME)
    return rules, {key: OVERRIDE_SOURCE if source == _OVERRIDES_NAME else source for key, source in sources.items()}


def candidate_rules(candidate) -> Rules:
    return candidate_rules_with_sources(candidate)[0]


def rules_of(office: dict, overrides: dict) -> Rules:
    """`candidate_rules` from the values `stored_values` gave."""
    return rules_with_sources_of(office, overrides)[0]


def _check(candidate, values: dict) -> None:
    """InvalidInput, naming the key, unless `values` lie well over the rules under them."""
    base, sources = base_rules_with_sources(candidate)
    override_rules(base, sources, values, _OVERRIDES_NAME)


@transaction.atomic
def _store(candidate, values: dict) -> None:
    from afterview.records.models import PlaybookOverride

    if values:
        PlaybookOverride.objects.update_or_create(owner_id=_owner_id(candidate), defaults={"values": values})
    else:
        PlaybookOverride.objects.filter(owner_id=_owner_id(candidate)).delete()
    from afterview.records.steptimes import written

    written(candidate, None)  # new values move the due times of every application


def set_override(candidate, key: str, text: str) -> int | str:
    """Set one of the candidate's values from its typed form; the value stored."""
    value = parse_setting(key, text, _OVERRIDES_NAME)
    values = {**overrides_of(candidate), key: value}
    _check(candidate, values)
    _store(candidate, values)
    return value


def replace_overrides(candidate, values: dict[str, int | str]) -> None:
    """Make `values` the candidate's overrides (the Settings page's form); {} removes them all."""
    _check(candidate, values)
    _store(candidate, dict(values))


def reset_overrides(candidate, key: str | None = None) -> None:
    """Take one override (or, with no key, every one) away: the install's value applies again."""
    values = overrides_of(candidate)
    if key is None:
        values = {}
    else:
        setting_named(key, _OVERRIDES_NAME)
        values.pop(key, None)
    # What is left must still hold (an end before a start once the other went).
    _check(candidate, values)
    _store(candidate, values)

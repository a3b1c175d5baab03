"""The office's defaults for its students: playbook values over the install's
playbook.toml (under each student's own overrides), and the digest's cadence."""

from __future__ import annotations

from django.db import transaction

from afterview.core.errors import InvalidInput
from afterview.office.models import Office

__all__ = ["DIGEST_KEY", "defaults", "refresh_members", "replace_defaults", "reset_default", "set_default"]

#: the key `office defaults set` takes for the students' digest cadence
DIGEST_KEY = "digest"
_NAME = "the office's defaults"


def _office() -> Office:
    found = Office.objects.select_for_update().order_by("pk").first()
    if found is None:
        raise InvalidInput("this install is not an office; run `afterview office init` first")
    return found


def defaults() -> tuple[dict, str]:
    """The office's playbook values (key -> value as TOML spells it) and its digest cadence."""
    office = Office.objects.order_by("pk").first()
    if office is None:
        raise InvalidInput("this install is not an office; run `afterview office init` first")
    return dict(office.playbook_defaults or {}), office.digest_default


def _moved(before: dict, after: dict) -> set[str]:
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


def refresh_members(keys: set[str]) -> int:
    """Mark the stored step times of every member whose rules the change of `keys` moved
    (all with applications but those whose own overrides set every one of them) for the
    worker to make again, in the caller's transaction; returns how many were marked.

    Refreshing them here would hold the change for about 0.1 s a student (9 minutes for
    5,000, bench/defaults_refresh.py) with every one of their applications locked."""
    from afterview import clock
    from afterview.core.rules import changes_reaching
    from afterview.office.models import Member
    from afterview.records.models import Application, PlaybookOverride
    from afterview.records.steptimes import mark_stale

    if not keys:
        return 0
    ids = set(Member.objects.filter(user_id__in=Application.objects.values("owner_id")).values_list("user_id", flat=True))
    for owner_id, values in PlaybookOverride.objects.filter(owner_id__in=ids).values_list("owner_id", "values"):
        if not changes_reaching(keys, values):
            ids.discard(owner_id)
    return mark_stale(ids, clock.now())


def _store(office: Office, values: dict) -> int:
    before = dict(office.playbook_defaults or {})
    office.playbook_defaults = values
    office.save(update_fields=["playbook_defaults"])
    return refresh_members(_moved(before, values))


def _check_digest(text: str) -> str:
    from afterview.reminders.models import DigestEvery

    value = text.strip().lower()
    if value not in DigestEvery.values:
        raise InvalidInput(f"{DIGEST_KEY} is one of {', '.join(DigestEvery.values)}, not {text!r}")
    return value


@transaction.atomic
def set_default(key: str, text: str) -> int | str:
    """Set one default from its typed form, checked as playbook.toml is; the value stored."""
    from afterview.records.playbook_config import check_office_defaults

    office = _office()
    if key == DIGEST_KEY:
        office.digest_default = _check_digest(text)
        office.save(update_fields=["digest_default"])
        return office.digest_default
    from afterview.core.rules import parse_setting

    value = parse_setting(key, text, _NAME)
    values = {**(office.playbook_defaults or {}), key: value}
    check_office_defaults(values)
    _store(office, values)
    return value


@transaction.atomic
def replace_defaults(values: dict, digest: str) -> None:
    """The defaults form: `values` become the office's playbook defaults ({} none)."""
    from afterview.records.playbook_config import check_office_defaults

    office = _office()
    check_office_defaults(values)
    office.digest_default = _check_digest(digest)
    office.save(update_fields=["digest_default"])
    _store(office, dict(values))


@transaction.atomic
def reset_default(key: str) -> None:
    """Take one default away: the install's value applies again (digest: daily)."""
    from afterview.core.rules import setting_named
    from afterview.records.playbook_config import check_office_defaults

    office = _office()
    if key == DIGEST_KEY:
        office.digest_default = Office._meta.get_field("digest_default").default
        office.save(update_fields=["digest_default"])
        return
    setting_named(key, _NAME)
    values = dict(office.playbook_defaults or {})
    values.pop(key, None)
    check_office_defaults(values)
    _store(office, values)

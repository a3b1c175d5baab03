"""The office's defaults for its students: playbook values over the install's
playbook.toml (under each student's own overrides), and the digest's cadence."""

from __future__ import annotations

from django.db import transaction

from afterview.core.errors import InvalidInput
from afterview.office.models import Office

__all__ = ["DIGEST_KEY", "defaults", "reset_default", "set_default"]

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
    office.playbook_defaults = values
    office.save(update_fields=["playbook_defaults"])
    return value


@transaction.atomic
def replace_defaults(values: dict, digest: str) -> None:
    """The defaults form: `values` become the office's playbook defaults ({} none)."""
    from afterview.records.playbook_config import check_office_defaults

    office = _office()
    check_office_defaults(values)
    office.playbook_defaults = dict(values)
    office.digest_default = _check_digest(digest)
    office.save(update_fields=["playbook_defaults", "digest_default"])


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
    office.playbook_defaults = values
    office.save(update_fields=["playbook_defaults"])

"""The playbook's numbers: defaults from the seed, overridable in playbook.toml.

A `playbook.toml` holds flat keys, each optional; anything left out keeps its
default:

    gap_business_days = 5
    follow_up_wait_business_days = 10
    phone_after_business_days = 5
    max_follow_ups = 3
    thank_you_within_hours = 24
    business_hours_start = "09:00"
    business_hours_end = "17:00"

`load_rules` reports, per key, whether the value came from the defaults or
from the file, so `afterview playbook` can say where each number came from.
`override_rules` lays a candidate's own values over those, checked by the
same code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import time
from typing import Any

from afterview.core.errors import InvalidInput

__all__ = [
    "DEFAULT",
    "DEFAULT_SOURCE",
    "SETTINGS",
    "Rules",
    "Setting",
    "changes_reaching",
    "load_rules",
    "override_rules",
    "parse_setting",
    "setting_named",
]

DEFAULT_SOURCE = "default"


@dataclass(frozen=True, slots=True)
class Setting:
    """One key of playbook.toml: its rule, what it means and its allowed range."""

    key: str
    rule: str
    help: str
    low: int = 0
    high: int = 0
    #: the key in plain words, for forms and tables
    label: str = ""


#: Every key a playbook.toml may set, in the order `afterview playbook` shows them.
SETTINGS = (
    Setting(
        "gap_business_days",
        "min-gap",
        "business days that must pass between two unsolicited contacts with one organization",
        1,
        60,
        label="Business days between contacts",
    ),
    Setting(
        "follow_up_wait_business_days",
        "follow-up",
        "business days to wait for news when nobody stated a date (counted from the interview or the last reply)",
        1,
        60,
        label="Business days to wait when no date was given",
    ),
    Setting(
        "phone_after_business_days",
        "phone",
        "business days a follow-up may go unanswered before the next try (a call when a number is known)",
        1,
        60,
        label="Business days before the next try",
    ),
    Setting(
        "max_follow_ups",
        "max-follow-ups",
        "unanswered follow-ups (e-mails and calls) after which the playbook suggests closing out",
        1,
        10,
        label="Follow-ups before closing out",
    ),
    Setting(
        "thank_you_within_hours",
        "thank-you",
        "hours after an interview ends by which each interviewer should have a thank-you note",
        1,
        168,
        label="Hours to send a thank-you",
    ),
    Setting(
        "business_hours_start",
        "timing",
        "when the recipient's business day starts, on their own clock (HH:MM)",
        label="Their business day starts at",
    ),
    Setting(
        "business_hours_end",
        "timing",
        "when the recipient's business day ends, on their own clock (HH:MM)",
        label="Their business day ends at",
    ),
)

_BY_KEY = {setting.key: setting for setting in SETTINGS}


@dataclass(frozen=True, slots=True)
class Rules:
    """The numbers the playbook runs on. Construction validates every value.

    Raises InvalidInput naming the key when a value is out of range.
    """

    gap_business_days: int = 5
    follow_up_wait_business_days: int = 10
    phone_after_business_days: int = 5
    max_follow_ups: int = 3
    thank_you_within_hours: int = 24
    business_hours_start: time = time(9, 0)
    business_hours_end: time = time(17, 0)

    def __post_init__(self) -> None:
        for setting in SETTINGS:
            value = getattr(self, setting.key)
            if setting.high:
                # bool is an int to Python, but `max_follow_ups = true` is a mistake.
                if isinstance(value, bool) or not isinstance(value, int):
                    raise InvalidInput(
                        f"{setting.key} must be a whole number from {setting.low} to {setting.high}, not {value!r}"
                    )
                if not setting.low <= value <= setting.high:
                    raise InvalidInput(
                        f"{setting.key} must be from {setting.low} to {setting.high}, not {value}"
                    )
            elif not isinstance(value, time) or value.tzinfo is not None:
                raise InvalidInput(f"{setting.key} must be a clock time such as \"09:00\", not {value!r}")
        if self.business_hours_start >= self.business_hours_end:
            raise InvalidInput(
                "business_hours_start must be before business_hours_end, "
                f"not {self.business_hours_start:%H:%M} and {self.business_hours_end:%H:%M}"
            )

    def as_dict(self) -> dict[str, int | str]:
        """The values as TOML would spell them (clock times as "HH:MM")."""
        out: dict[str, int | str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = f"{value:%H:%M}" if isinstance(value, time) else value
        return out


DEFAULT = Rules()


def _clock(key: str, value: Any) -> time:
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            parsed = time.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                return parsed
    raise InvalidInput(f'{key} must be a clock time such as "09:00", not {value!r}')


def setting_named(key: str, source: str) -> Setting:
    """The setting `key`; InvalidInput with the closest known key for a typo."""
    setting = _BY_KEY.get(key)
    if setting is None:
        import difflib

        close = difflib.get_close_matches(key, list(_BY_KEY), n=1)
        hint = f"did you mean {close[0]}?" if close else "known keys: " + ", ".join(_BY_KEY)
        raise InvalidInput(f"{source}: unknown key {key!r}; {hint}")
    return setting


def parse_setting(key: str, text: str, source: str) -> int | str:
    """A value typed for `key` (`afterview playbook set KEY VALUE`), spelled as TOML
    would hold it: a whole number, or a clock time "HH:MM". Range checks are
    `override_rules`' job."""
    setting = setting_named(key, source)
    value = text.strip()
    if setting.high:
        try:
            return int(value)
        except ValueError:
            raise InvalidInput(
                f"{source}: {key} must be a whole number from {setting.low} to {setting.high}, not {text!r}"
            ) from None
    try:
        return f"{_clock(key, value):%H:%M}"
    except InvalidInput as e:
        raise InvalidInput(f"{source}: {e}") from e


def override_rules(
    base: Rules, sources: Mapping[str, str], table: Mapping[str, Any], source: str
) -> tuple[Rules, dict[str, str]]:
    """`base` with the values of `table` laid over it, and where each value now comes from.

    Every value is checked as a playbook.toml's is; InvalidInput names `source`
    and the key for an unknown key, a wrong type or a value out of range.
    """
    sources = dict(sources)
    values: dict[str, Any] = {}
    for key, value in table.items():
        setting = setting_named(key, source)
        if not setting.high:
            try:
                value = _clock(key, value)
            except InvalidInput as e:
                raise InvalidInput(f"{source}: {e}") from e
        values[key] = value
        sources[key] = source
    if not values:
        return base, sources
    try:
        rules = replace(base, **values)
    except InvalidInput as e:
        raise InvalidInput(f"{source}: {e}") from e
    return rules, sources


def changes_reaching(changed: Iterable[str], table: Mapping[str, Any]) -> set[str]:
    """Which of the keys `changed` in a layer under `table` still change the rules once
    `table` is laid over it (`override_rules`): a key the upper layer sets keeps that value."""
    return set(changed) - set(table or {})


def load_rules(toml_text: str | None, source: str) -> tuple[Rules, dict[str, str]]:
    """Rules from a playbook.toml's text (None: no file) and where each value came from.

    `source` names the file in messages and in the returned map, whose values
    are "default" or `source`. Raises InvalidInput, naming the file and the key,
    for text that is not TOML, an unknown key, or a value of the wrong type.
    """
    sources = {setting.key: DEFAULT_SOURCE for setting in SETTINGS}
    if toml_text is None:
        return DEFAULT, sources
    import tomllib  # only for a home with a playbook.toml: every command reads the rules

    try:
        table = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as e:
        raise InvalidInput(f"{source} is not valid TOML: {e}") from e
    return override_rules(DEFAULT, sources, table, source)

"""What a logged touch means for the plan, in words for the candidate."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from afterview.core.facts import UNSOLICITED, TouchKind
from afterview.core.playbook import gap_ends_at
from afterview.records.playbook_config import home_rules
from afterview.records.services import application_facts, profile_of


def after_touch(candidate, app_id: int, touch) -> list[str]:
    """A warning when an unsolicited contact was logged inside the min-gap."""
    if TouchKind(touch.kind) not in UNSOLICITED:
        return []
    facts = application_facts(candidate, app_id)
    # The gap as it stood just before this touch: drop it from the facts.
    earlier = tuple(t for t in facts.touches if not (t.at == touch.at and t.kind == touch.kind))
    ends_at = gap_ends_at(facts.__class__(**{**_fields(facts), "touches": earlier}), touch.at, home_rules())
    if ends_at is None or ends_at <= touch.at:
        return []
    zone = ZoneInfo(profile_of(candidate).tz)
    return [
        f"Note: this came inside the {home_rules().min_gap_business_days}-business-day gap since your last "
        f"contact with them; the gap ended {ends_at.astimezone(zone):%a %Y-%m-%d %H:%M}. "
        "Space the next one out."
    ]


def _fields(facts) -> dict:
    return {name: getattr(facts, name) for name in facts.__dataclass_fields__}

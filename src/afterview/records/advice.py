"""What a logged touch means for the plan, in words for the candidate."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from afterview.core.facts import UNSOLICITED, TouchKind
from afterview.core.playbook import gap_ends_at
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import application_facts, profile_of


def after_touch(candidate, app_id: int, touch) -> list[str]:
    """A warning when an unsolicited contact was logged inside the min-gap."""
    kind = TouchKind(touch.kind)
    if kind not in UNSOLICITED:
        return []
    facts = application_facts(candidate, app_id)
    rules = candidate_rules(candidate)
    # The gap as it stood just before this touch.
    before = replace(facts, touches=tuple(t for t in facts.touches if t.at < touch.at))
    person_key = str(touch.contact_id) if touch.contact_id else None
    ends_at = gap_ends_at(before, touch.at, rules, kind, person_key)
    if ends_at is None:
        return []
    zone = ZoneInfo(profile_of(candidate).tz)
    return [
        f"Note: this came inside the {rules.gap_business_days}-business-day gap since your last unprompted "
        f"contact with them, which ends {ends_at.astimezone(zone):%a %Y-%m-%d %H:%M}; "
        "contacting them this often can read as pressure."
    ]

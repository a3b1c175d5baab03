"""The calendar feed's storage: its secret link (only a digest kept), and what each
event last looked like so that a moved step keeps its UID with a higher SEQUENCE.

`feed_calendar` is what `/calendar/<token>.ics` and `afterview calendar export`
both serve: the same bytes for the same plan.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction

from afterview.core.calendar import CalendarEvent, event_bytes, plan_events, render_calendar
from afterview.core.errors import InvalidInput
from afterview.core.playbook import next_actions
from afterview.records import models as m
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import all_facts, candidate_name, profile_of

__all__ = ["Feed", "candidate_for_token", "feed_calendar", "link_state", "make_link", "revoke_link"]

#: Tokens are 32 random bytes (256 bits), URL-safe.
TOKEN_BYTES = 32


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _feed_row(candidate, now: datetime) -> m.CalendarFeed:
    row = m.CalendarFeed.objects.filter(owner=candidate).first()
    if row is None:
        try:
            with transaction.atomic():
                row = m.CalendarFeed.objects.create(
                    owner=candidate, uid_domain=f"{secrets.token_hex(8)}.afterview", created_at=now
                )
        except IntegrityError:  # another request made it first
            row = m.CalendarFeed.objects.get(owner=candidate)
    return row


@transaction.atomic
def make_link(candidate, *, now: datetime, rotate: bool = False) -> str:
    """A new secret token for the candidate's feed; the old one (if any) stops working.

    Without `rotate`, refuses when a link exists: only its digest is kept, so it
    cannot be shown again, and replacing it would cut off every calendar using it."""
    row = _feed_row(candidate, now)
    row = m.CalendarFeed.objects.select_for_update().get(pk=row.pk)
    if row.token_digest and not rotate:
        raise InvalidInput(
            f"a calendar link already exists (made {row.linked_at:%Y-%m-%d %H:%M} UTC) and cannot be shown again; "
            "--rotate makes a new one (the old stops working), --revoke ends it"
        )
    token = secrets.token_urlsafe(TOKEN_BYTES)
    row.token_digest = _digest(token)
    row.linked_at = now
    row.save(update_fields=["token_digest", "linked_at"])
    return token


def revoke_link(candidate) -> bool:
    """End the feed's link; True when there was one."""
    return m.CalendarFeed.objects.filter(owner=candidate, token_digest__isnull=False).update(
        token_digest=None, linked_at=None
    ) == 1


def link_state(candidate) -> datetime | None:
    """When the current link was made (None: there is none)."""
    return m.CalendarFeed.objects.filter(owner=candidate, token_digest__isnull=False).values_list("linked_at", flat=True).first()


def candidate_for_token(token: str):
    """The candidate whose feed the token opens, or None (unknown, revoked, malformed)."""
    if not token or len(token) > 100:
        return None
    row = m.CalendarFeed.objects.select_related("owner").filter(token_digest=_digest(token)).first()
    return row.owner if row is not None else None


@dataclass(frozen=True)
class Feed:
    body: bytes
    etag: str
    #: when anything in the feed last changed
    modified_at: datetime
    events: int


def _interview_zones(candidate) -> dict[str, str]:
    return {str(pk): tz for pk, tz in m.Interview.objects.for_owner(candidate).values_list("pk", "tz")}


def _events(candidate, now: datetime, link: Callable[[str], str] | None) -> list[CalendarEvent]:
    rules = candidate_rules(candidate)
    zones = _interview_zones(candidate)
    events: list[CalendarEvent] = []
    for facts in all_facts(candidate):
        try:
            actions = next_actions(facts, now, rules)
        except (InvalidInput, OverflowError, ValueError):
            actions = []  # one application that cannot be planned leaves only its steps out
        events.extend(plan_events(facts, now, rules, interview_zones=zones, link=link, actions=actions))
    return events


_FIELDS = ("fingerprint", "sequence", "changed_at", "present", "content", "ical")


def _reconcile(candidate, events: list[CalendarEvent], now: datetime, domain: str) -> tuple[list[bytes], datetime | None]:
    """Each event's written form, recording what moved (SEQUENCE up), appeared or left."""
    rows = {
        uid: rest
        for uid, *rest in m.CalendarEntry.objects.for_owner(candidate).values_list("uid", "pk", *_FIELDS)
    }
    new, changed, written = [], [], []
    seen = set()
    latest = max((r[3] for r in rows.values()), default=None)
    for event in events:
        uid = event.key
        seen.add(uid)
        fingerprint, content = event.fingerprint(), event.content()
        row = rows.get(uid)
        if row is None:
            raw = event_bytes(event, 0, now, domain)
            new.append(m.CalendarEntry(
                owner=candidate, uid=uid, fingerprint=fingerprint, sequence=0, changed_at=now,
                present=True, content=content, ical=raw.decode("utf-8"),
            ))
            latest = now
        else:
            pk, old_fingerprint, sequence, changed_at, present, old_content, ical = row
            if old_fingerprint != fingerprint or not present:
                sequence, changed_at, latest = sequence + 1, now, now
            elif old_content == content:
                written.append(ical.encode("utf-8"))
                continue
            # Moved (a new SEQUENCE), or only its words changed (the same SEQUENCE).
            raw = event_bytes(event, sequence, changed_at, domain)
            changed.append(m.CalendarEntry(
                pk=pk, owner=candidate, uid=uid, fingerprint=fingerprint, sequence=sequence, changed_at=changed_at,
                present=True, content=content, ical=raw.decode("utf-8"),
            ))
            written.append(raw)
            continue
        written.append(raw)
    gone = [pk for uid, (pk, _f, _s, _c, present, *_rest) in rows.items() if present and uid not in seen]
    if new or changed or gone:
        with transaction.atomic():
            m.CalendarEntry.objects.bulk_create(new, ignore_conflicts=True, batch_size=500)
            m.CalendarEntry.objects.bulk_update(changed, list(_FIELDS), batch_size=500)
            if gone:
                # Done, cancelled or replanned away: it leaves the feed.
                m.CalendarEntry.objects.filter(pk__in=gone).update(present=False, changed_at=now)
                latest = now
    return written, latest


def feed_calendar(candidate, *, now: datetime, link: Callable[[str], str] | None = None) -> Feed:
    """The candidate's plan, interviews and promised dates as iCalendar bytes."""
    row = _feed_row(candidate, now)
    events = _events(candidate, now, link)
    written, modified = _reconcile(candidate, events, now, row.uid_domain)
    profile = profile_of(candidate)
    name = candidate_name(candidate)
    body = render_calendar(
        zip(events, written, strict=True),
        name=f"afterview: {name}'s plan" if name else "afterview: the plan",
        tz=profile.tz,
    )
    etag = hashlib.sha256(body).hexdigest()[:32]
    return Feed(body=body, etag=etag, modified_at=modified or row.created_at, events=len(events))

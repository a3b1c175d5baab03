"""What `afterview notify`, `afterview status` and the Settings page do with reminders.

Every function takes the candidate first and "now" from the caller. A channel's
URL is sealed with the mailbox passwords' key (`afterview.outreach.vault`) and
only its masked form is ever shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

from django.db import transaction

from afterview.core.errors import InvalidInput, NotFound
from afterview.outreach import vault
from afterview.outreach.models import MailAccount
from afterview.reminders import channels as apprise_channels
from afterview.reminders.models import Channel, DigestEvery, Preferences

__all__ = [
    "ChannelTest",
    "add_channel",
    "channel_list",
    "format_quiet",
    "parse_quiet",
    "preferences",
    "reach",
    "remove_channel",
    "save_preferences",
    "test_channels",
]

#: A candidate keeps a handful of channels, not hundreds.
MAX_CHANNELS = 20
_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


# -- channels ---------------------------------------------------------------------------


def add_channel(candidate, url: str, *, now: datetime) -> Channel:
    """Keep one more Apprise URL, sealed; InvalidInput when Apprise cannot use it."""
    masked = apprise_channels.mask(url)
    url = url.strip()
    with transaction.atomic():
        existing = list(Channel.objects.for_owner(candidate).select_for_update())
        if len(existing) >= MAX_CHANNELS:
            raise InvalidInput(f"you have {len(existing)} channels already; remove one with `afterview notify remove ID`")
        for channel in existing:
            if vault.open_secret(channel.url_token) == url:
                raise InvalidInput(f"that URL is channel {channel.pk} already")
        return Channel.objects.create(owner=candidate, url_token=vault.seal(url), masked=masked, created_at=now)


def channel_list(candidate) -> list[Channel]:
    return list(Channel.objects.for_owner(candidate))


def _channel(candidate, channel_id) -> Channel:
    try:
        return Channel.objects.for_owner(candidate).get(pk=int(channel_id))
    except (Channel.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"no channel {channel_id}; `afterview notify list` shows yours") from e


def remove_channel(candidate, channel_id) -> Channel:
    channel = _channel(candidate, channel_id)
    channel.delete()
    return channel


@dataclass(frozen=True)
class ChannelTest:
    channel: Channel
    ok: bool
    detail: str


def test_channels(candidate, channel_id=None) -> list[ChannelTest]:
    """Send a test notification to one channel (or each); what each service said."""
    chosen = [_channel(candidate, channel_id)] if channel_id is not None else channel_list(candidate)
    if not chosen:
        raise NotFound("no channel is set up; add one with `afterview notify add URL`")
    results = []
    for channel in chosen:
        ok, detail = apprise_channels.notify(
            vault.open_secret(channel.url_token),
            "afterview: test",
            "This is how afterview will tell you a thank-you or a follow-up is due.",
        )
        results.append(ChannelTest(channel, ok, detail))
    return results


# -- when the candidate may be reached ------------------------------------------------------


def parse_quiet(text: str) -> tuple[time, time]:
    """'21:00-08:00' -> (21:00, 08:00); 'off' -> no quiet hours (two equal times).

    >>> parse_quiet("22:30-7:00")
    (datetime.time(22, 30), datetime.time(7, 0))
    """
    if text.strip().lower() in ("off", "none"):
        return time(0, 0), time(0, 0)
    found = _QUIET.match(text)
    if not found:
        raise InvalidInput(f"quiet hours look like 21:00-08:00 (or 'off'), not {text!r}")
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise InvalidInput(f"{text!r} is not two times of day; use 24-hour HH:MM-HH:MM, e.g. 21:00-08:00")
    return time(h1, m1), time(h2, m2)


def format_quiet(prefs: Preferences) -> str:
    if prefs.quiet_from == prefs.quiet_until:
        return "off"
    return f"{prefs.quiet_from:%H:%M}-{prefs.quiet_until:%H:%M}"


def is_quiet(prefs: Preferences, local: time) -> bool:
    """Whether `local` (the candidate's clock) falls in their quiet hours."""
    start, end = prefs.quiet_from, prefs.quiet_until
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def preferences(candidate) -> Preferences:
    """The candidate's preferences (the defaults, unsaved, when they set none)."""
    return Preferences.objects.for_owner(candidate).first() or _unsaved(candidate)


def _unsaved(candidate) -> Preferences:
    """The defaults; a career office's students get its digest cadence until they choose one."""
    from afterview.office.models import Office

    digest = Office.objects.order_by("pk").values_list("digest_default", flat=True).first()
    return Preferences(owner=candidate, digest=digest) if digest in DigestEvery.values else Preferences(owner=candidate)


def save_preferences(candidate, *, quiet: str | None = None, digest: str | None = None, digest_hour: int | None = None) -> Preferences:
    """Change what is given; InvalidInput for a value out of range."""
    if digest is not None and digest not in DigestEvery.values:
        raise InvalidInput(f"--digest must be one of {', '.join(DigestEvery.values)}, not {digest!r}")
    if digest_hour is not None and not 0 <= digest_hour <= 23:
        raise InvalidInput(f"--digest-hour is an hour of the day, 0 to 23, not {digest_hour}")
    window = parse_quiet(quiet) if quiet is not None else None
    with transaction.atomic():
        prefs = Preferences.objects.for_owner(candidate).select_for_update().first() or _unsaved(candidate)
        if window is not None:
            prefs.quiet_from, prefs.quiet_until = window
        if digest is not None:
            prefs.digest = digest
        if digest_hour is not None:
            prefs.digest_hour = digest_hour
        prefs.save()
    return prefs


@dataclass(frozen=True)
class Reach:
    """How reminders and the digest can get to the candidate."""

    channels: int
    mailbox: str | None

    @property
    def nothing(self) -> bool:
        return not self.channels and self.mailbox is None

    def describe(self) -> str:
        if self.nothing:
            return (
                "Nothing can reach you: reminders and the morning digest have nowhere to go. Add a channel "
                "with `afterview notify add URL`, or set up your mailbox with `afterview mail setup`."
            )
        parts = []
        if self.channels:
            parts.append(f"reminders go to {self.channels} channel{'s' if self.channels != 1 else ''}")
        else:
            parts.append("reminders have no channel to go to (`afterview notify add URL`)")
        if self.mailbox:
            parts.append(f"the digest is e-mailed to {self.mailbox}")
        elif self.channels:
            parts.append("the digest goes to your channels (no mailbox is set up)")
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] + "."


def digest_address(candidate, account: MailAccount) -> str:
    """The candidate's own address: their profile's, else the mailbox's own."""
    from afterview.records.services import profile_of

    return profile_of(candidate).email or account.from_address


def reach(candidate) -> Reach:
    account = MailAccount.objects.for_owner(candidate).first()
    return Reach(
        channels=Channel.objects.for_owner(candidate).count(),
        mailbox=digest_address(candidate, account) if account is not None else None,
    )

"""The worker's reminder round: step reminders, the morning digest, the heartbeat.

`Ticker` is what a worker loop calls once per iteration; at most once per
`every` seconds it runs `run_round(now)` for every candidate who can be reached
and records the worker's heartbeat.

At most once. Each reminder to each channel, and each day's digest, is a
`Reminder` row whose (candidate, kind, key, channel) is unique. The worker that
manages to insert the row sends; every other one (a second worker, the same
worker after a restart) finds the row there and sends nothing. A row stays
`sending` when its worker died mid-send and is never tried again: a missed
reminder is better than a second one. The digest's key is the candidate's local
date and it goes only in the morning hours of that date, so a worker started
late never sends yesterday's digest today.

None of this is a contact with an organization: no touch is recorded and the
playbook's min-gap never sees a reminder.
"""

from __future__ import annotations

import logging
import os
import socket
import time as _time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from afterview import office_mail
from afterview.core.playbook import ActionKind
from afterview.core.calendar import step_title
from afterview.core.steps import MessageStatus, note_for_step
from afterview.core.timing import at_local, local_day, time_text, zone
from afterview.outreach import smtp, vault
from afterview.outreach.models import MailAccount
from afterview.records import models as m
from afterview.records.agenda import AgendaEntry, agenda
from afterview.records.services import profile_of
from afterview.reminders import channels as apprise_channels
from afterview.reminders.models import Channel, DigestEvery, Heartbeat, Reminder, ReminderKind, ReminderStatus
from afterview.reminders.services import digest_address, is_quiet, preferences

log = logging.getLogger(__name__)

__all__ = ["LAST_CALL", "Ticker", "digest_day", "run_round", "step_reminders", "upcoming"]

#: A thank-you still open this long before its window closes gets one more reminder.
LAST_CALL = timedelta(hours=3)
#: A step that became due longer ago than this gets no reminder of its own (the digest lists it).
STALE = timedelta(days=2)
#: The digest goes from its hour until this much later, and not after.
DIGEST_WINDOW = timedelta(hours=4)
#: A worker that has not beaten for this many of its rounds is taken as stopped.
MISSED_BEATS = 3


def _title(entry: AgendaEntry) -> str:
    return step_title(entry.action)


_when = time_text


def base_url() -> str | None:
    """The web app's address when `afterview serve` has run here (it writes it down)."""
    from afterview import env

    try:
        found = (env.home() / "server.url").read_text(encoding="ascii").strip()
    except OSError:
        return None
    return found or None


def how_to(entry: AgendaEntry, base: str | None) -> str:
    """A link to draft it when the web app's address is known, else the command."""
    if base:
        return f"Draft it: {base}/applications/{entry.application}/"
    kind = note_for_step(entry.action.kind)
    if kind is None:
        return f"See it: afterview why {entry.application}"
    to = f' --to "{entry.action.person}"' if entry.action.person else ""
    return f"Draft it: afterview draft {entry.application} --kind {kind}{to}"


def step_key(entry: AgendaEntry) -> str:
    """A step's name: application, kind, person and when it fell due (a new round is a new step)."""
    a = entry.action
    return f"{entry.application}:{a.kind}:{a.person_key or ''}:{a.due_at:%Y%m%dT%H%M}"


def reminder_text(entry: AgendaEntry, kind: str, tz: str, base: str | None) -> tuple[str, str]:
    """(title, body) of a step reminder: what to do, for whom, why, by when, and how."""
    a = entry.action
    title = _title(entry)
    if kind == ReminderKind.LAST_CALL:
        title = f"Last call: {title[:1].lower()}{title[1:]}"
    lines = [f"{title} ({entry.company}, {entry.role})."]
    if a.reason:
        lines.append(f"Why: {a.reason}")
    if a.latest_at is not None:
        lines.append(f"By: {_when(a.latest_at, tz)}.")
    lines.append(how_to(entry, base))
    return title, "\n".join(lines)


# -- claiming -----------------------------------------------------------------------------


def _claim(owner, kind: str, key: str, via: str, title: str, body: str, now: datetime) -> Reminder | None:
    """Insert the reminder's row: the one worker that manages to sends it."""
    try:
        with transaction.atomic():
            return Reminder.objects.create(
                owner=owner, kind=kind, key=key, via=via, title=title[:300], body=body, claimed_at=now
            )
    except IntegrityError:
        return None


def _settle(reminder: Reminder, ok: bool, detail: str, at: datetime) -> None:
    Reminder.objects.filter(pk=reminder.pk, status=ReminderStatus.SENDING).update(
        status=ReminderStatus.SENT if ok else ReminderStatus.FAILED,
        sent_at=at if ok else None,
        error="" if ok else detail[:2000],
    )


def _to_channels(owner, kind: str, key: str, title: str, body: str, now: datetime) -> int:
    sent = 0
    for channel in Channel.objects.for_owner(owner):
        reminder = _claim(owner, kind, key, f"channel:{channel.pk}", title, body, now)
        if reminder is None:
            continue
        try:
            ok, detail = apprise_channels.notify(vault.open_secret(channel.url_token), title, body)
        except Exception as e:  # a broken plugin or key: recorded on the row, never retried
            ok, detail = False, f"{type(e).__name__}: {e}"
        _settle(reminder, ok, detail, now)
        sent += ok
    return sent


# -- step reminders -----------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    """A step reminder to send now, or (with a later `at`) the next one ahead."""

    entry: AgendaEntry
    kind: str
    at: datetime


def _snoozes(owner, now: datetime) -> dict[tuple[int, str, str], datetime]:
    from afterview.web.services import active_snoozes

    return active_snoozes(owner, now)


#: A step whose note is approved or on its way needs nothing more from the candidate.
ON_ITS_WAY = MessageStatus.ON_ITS_WAY


def _steps_on_their_way(owner) -> set[tuple[int, str, str]]:
    from afterview.web.services import _step_of_note

    rows = m.Message.objects.for_owner(owner).filter(status__in=ON_ITS_WAY)
    return {step for step in map(_step_of_note, rows.only("id", "application_id", "contact_id", "kind")) if step}


def _open_steps(owner, now: datetime):
    """The agenda's steps with their snooze (if one runs), less those whose note is on its way."""
    snoozes = _snoozes(owner, now)
    going = _steps_on_their_way(owner)
    for entry in agenda(owner, now):
        a = entry.action
        step = (entry.application, str(a.kind), a.person_key or "")
        if step in going:
            continue
        until = snoozes.get(step)
        yield entry, until if until is not None and until > now else None


def _reminder_of(entry: AgendaEntry, snoozed_until: datetime | None, now: datetime) -> Due | None:
    """The reminder this step calls for at `now`, or the next one it will call for."""
    a = entry.action
    starts = max(a.due_at, a.blocked_until or a.due_at, snoozed_until or a.due_at)
    if entry.overdue:
        return None  # overdue (the playbook's word, through the agenda): the digest lists it
    if a.kind == ActionKind.THANK_YOU and a.latest_at is not None:
        last_call = a.latest_at - LAST_CALL
        if now >= last_call and starts <= now:
            return Due(entry, ReminderKind.LAST_CALL, now)
        if starts > now:
            return Due(entry, ReminderKind.DUE, starts)
        if now - starts > STALE:
            return None
        # Due now; the last call comes later, even when this one was sent.
        return Due(entry, ReminderKind.DUE, now)
    if starts > now:
        return Due(entry, ReminderKind.DUE, starts)
    if now - starts > STALE:
        return None
    return Due(entry, ReminderKind.DUE, now)


def step_reminders(owner, now: datetime) -> list[Due]:
    """The step reminders due at `now` (sent or not)."""
    found = []
    for entry, until in _open_steps(owner, now):
        due = _reminder_of(entry, until, now)
        if due is not None and due.at <= now:
            found.append(due)
    return found


def _remind(owner, now: datetime, tz: str, base: str | None) -> int:
    sent = 0
    for due in step_reminders(owner, now):
        title, body = reminder_text(due.entry, due.kind, tz, base)
        sent += _to_channels(owner, due.kind, step_key(due.entry), title, body, now)
    return sent


# -- the digest ----------------------------------------------------------------------------


def digest_day(prefs, now: datetime, tz: str) -> date | None:
    """The local date whose digest may go at `now`, or None (not a digest morning, or
    outside its hours: from the digest hour for DIGEST_WINDOW)."""
    if prefs.digest == DigestEvery.OFF:
        return None
    day = local_day(now, tz)
    if day.weekday() >= 5 or (prefs.digest == DigestEvery.WEEK and day.weekday() != 0):
        return None
    starts = at_local(day, time(prefs.digest_hour), tz)
    if not starts <= now < starts + DIGEST_WINDOW:
        return None
    return day


def next_digest_at(prefs, now: datetime, tz: str) -> datetime | None:
    """When the next digest morning starts (it goes only if something is due then)."""
    if prefs.digest == DigestEvery.OFF:
        return None
    day = local_day(now, tz)
    for offset in range(0, 15):
        candidate = day + timedelta(days=offset)
        if candidate.weekday() >= 5 or (prefs.digest == DigestEvery.WEEK and candidate.weekday() != 0):
            continue
        at = at_local(candidate, time(prefs.digest_hour), tz)
        if at + DIGEST_WINDOW > now:
            return max(at, now)
    return None


def digest_text(owner, now: datetime, day: date, prefs, tz: str, base: str | None) -> tuple[str, str] | None:
    """(subject, body) of the digest for `day`; None when nothing is due or overdue."""
    span_end = day + timedelta(days=1 if prefs.digest == DigestEvery.DAY else 5)
    until = at_local(span_end, time(0), tz)
    steps = []
    for entry, snoozed in _open_steps(owner, now):
        a = entry.action
        if snoozed is not None and snoozed >= until:
            continue
        if entry.overdue or a.due_at < until:
            steps.append(entry)
    if not steps:
        return None
    drafts = list(
        m.Message.objects.for_owner(owner)
        .filter(status=m.MessageStatus.DRAFT)
        .select_related("application__organization", "contact")
        .order_by("created_at", "id")
    )
    overdue = sum(e.overdue for e in steps)
    head = f"{len(steps)} step{'s' if len(steps) != 1 else ''}"
    if overdue:
        head += f", {overdue} overdue"
    subject = f"afterview: {head} for {day:%A} {day.day} {day:%b}"
    lines = [f"Good morning. What is due {'today' if prefs.digest == DigestEvery.DAY else 'this week'}:", ""]
    for entry in steps:
        a = entry.action
        when = f"overdue since {_when(a.latest_at, tz)}" if entry.overdue else f"due {_when(a.due_at, tz)}"
        if a.latest_at is not None and not entry.overdue:
            when += f", by {_when(a.latest_at, tz)}"
        lines.append(f"- {_title(entry)} ({entry.company}, {entry.role}): {when}.")
        if a.reason:
            lines.append(f"  Why: {a.reason}")
        lines.append(f"  {how_to(entry, base)}")
    if drafts:
        lines += ["", f"Drafts waiting for your approval ({len(drafts)}):"]
        for message in drafts:
            where = f"{base}/outbox/" if base else "afterview outbox"
            lines.append(
                f"- {message.kind} to {message.contact.name} ({message.application.organization.name}): "
                f"\"{message.subject}\" — {where}"
            )
    lines += ["", "This comes from your own afterview; change or stop it with `afterview notify settings`."]
    return subject, "\n".join(lines) + "\n"


def _mail_digest(owner, account: MailAccount, reminder: Reminder, now: datetime) -> tuple[bool, str]:
    from afterview.outreach.account import smtp_server
    from afterview.records.services import candidate_name

    to = digest_address(owner, account)
    mail = smtp.build_email(
        from_name=account.from_name,
        from_address=account.from_address,
        to_name=candidate_name(owner),
        to_address=to,
        subject=reminder.title,
        body=reminder.body,
        message_id=smtp.make_message_id(account.from_address),
        date=now,
        extra_headers={"Auto-Submitted": "auto-generated"},
    )
    try:
        smtp.send(smtp_server(account), mail)
    except smtp.MailProblem as e:
        return False, str(e)
    return True, f"sent to {to}"


def _digest(owner, now: datetime, prefs, tz: str, base: str | None) -> int:
    day = digest_day(prefs, now, tz)
    if day is None:
        return 0
    text = digest_text(owner, now, day, prefs, tz, base)
    if text is None:
        return 0
    subject, body = text
    account = MailAccount.objects.for_owner(owner).first()
    if office_mail.configured():
        return _office_digest(owner, account, day, subject, body, now)
    if account is None:
        return _to_channels(owner, ReminderKind.DIGEST, day.isoformat(), subject, body, now)
    reminder = _claim(owner, ReminderKind.DIGEST, day.isoformat(), "mail", subject, body, now)
    if reminder is None:
        return 0
    try:
        ok, detail = _mail_digest(owner, account, reminder, now)
    except Exception as e:
        ok, detail = False, f"{type(e).__name__}: {e}"
    _settle(reminder, ok, detail, now)
    return int(ok)


def _office_digest(owner, account, day: date, subject: str, body: str, now: datetime) -> int:
    """An office's digest, through its relay. Claimed as "mail" like the student's own
    mailbox's, so a relay configured midday never makes a second one."""
    from afterview.records.services import candidate_name

    to = profile_of(owner).email or (account.from_address if account is not None else "")
    if not to:
        return _to_channels(owner, ReminderKind.DIGEST, day.isoformat(), subject, body, now)
    reminder = _claim(owner, ReminderKind.DIGEST, day.isoformat(), "mail", subject, body, now)
    if reminder is None:
        return 0
    try:
        ok, detail = office_mail.send(to_name=candidate_name(owner), to_address=to, subject=subject, body=body)
    except Exception as e:
        ok, detail = False, f"{type(e).__name__}: {e}"
    _settle(reminder, ok, detail, now)
    return int(ok)


# -- the round -----------------------------------------------------------------------------


def reachable_candidates():
    """Candidates with a channel or a mailbox (or, with the office's relay, an e-mail
    address): the only ones a round can reach."""
    owners = set(Channel.objects.values_list("owner_id", flat=True)) | set(
        MailAccount.objects.values_list("owner_id", flat=True)
    )
    if office_mail.configured():
        owners |= set(m.Profile.objects.exclude(email="").values_list("user_id", flat=True))
    return get_user_model().objects.filter(pk__in=owners).order_by("pk")


def run_round(now: datetime) -> int:
    """Send every reminder and digest due at `now`; returns how many went."""
    base = base_url()
    sent = 0
    for owner in reachable_candidates():
        try:
            tz = profile_of(owner).tz
            prefs = preferences(owner)
            if is_quiet(prefs, now.astimezone(zone(tz)).time()):
                continue
            if Channel.objects.for_owner(owner).exists():
                sent += _remind(owner, now, tz, base)
            sent += _digest(owner, now, prefs, tz, base)
        except Exception:
            # One candidate's broken data never keeps the others' reminders back.
            log.exception("reminders for candidate %s failed", owner.pk)
    return sent


def upcoming(owner, now: datetime) -> list[tuple[datetime, str]]:
    """What the worker will do next for this candidate: (when, what), earliest first."""
    tz = profile_of(owner).tz
    prefs = preferences(owner)
    ahead = []
    if Channel.objects.for_owner(owner).exists():
        for entry, until in _open_steps(owner, now):
            a = entry.action
            due = _reminder_of(entry, until, now)
            if due is not None and due.at > now:
                ahead.append((due.at, f"remind you: {_title(entry)} ({entry.company})"))
            if a.kind == ActionKind.THANK_YOU and a.latest_at is not None and a.latest_at - LAST_CALL > now:
                ahead.append((a.latest_at - LAST_CALL, f"last call if still unsent: {_title(entry)} ({entry.company})"))
    at = next_digest_at(prefs, now, tz)
    if at is not None:
        ahead.append((at, "the digest, if something is due or overdue then"))
    ahead.sort(key=lambda item: item[0])
    return ahead


# -- the heartbeat ---------------------------------------------------------------------------


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


#: Heartbeats of workers gone this long are dropped (each start is a new host:pid row).
FORGET_BEATS_AFTER = timedelta(days=7)


def beat(name: str, now: datetime, every: float, last: str) -> None:
    Heartbeat.objects.filter(stale_at__lt=now - FORGET_BEATS_AFTER).delete()
    stale_at = now + timedelta(seconds=max(every * MISSED_BEATS, 90))
    updated = Heartbeat.objects.filter(worker=name).update(beat_at=now, stale_at=stale_at, last=last[:300])
    if not updated:
        try:
            with transaction.atomic():
                Heartbeat.objects.create(worker=name, started_at=now, beat_at=now, stale_at=stale_at, last=last[:300])
        except IntegrityError:
            pass


class Ticker:
    """Called once per iteration of a worker loop: a round at most every `every` seconds."""

    def __init__(self, clock: Callable[[], datetime], every: float = 60.0):
        self.clock = clock
        self.every = every
        self.name = worker_name()
        self._last: float | None = None

    def __call__(self) -> None:
        if self._last is not None and _time.monotonic() - self._last < self.every:
            return
        self._last = _time.monotonic()
        now = self.clock()
        try:
            sent = run_round(now)
            last = f"sent {sent} reminder{'s' if sent != 1 else ''}" if sent else "nothing to remind"
        except Exception:
            log.exception("reminder round failed")
            last = "the reminder round failed (see the worker's log)"
        beat(self.name, now, self.every, last)

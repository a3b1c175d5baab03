"""The outbox worker: one `handle_one()` step at a time, safe to run in parallel.

A step claims one due message in a short transaction (`FOR UPDATE SKIP LOCKED`
on PostgreSQL; on SQLite the IMMEDIATE transaction serializes claimers) and
marks it `sending` with a lease. Outside any transaction it then holds the
message against the playbook again, sends it, files a copy in Sent, and records
`sent` with its touch. Every state change is a conditional UPDATE that acts only
when the row is still in the state this worker left it in.

A message still `sending` after its lease ran out belonged to a worker that
died. It is never sent again blindly: the Sent folder is searched for its
Message-ID, and when it is not found the message becomes `unknown` for the
candidate to confirm. A late note is better than a duplicate one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from django.db import close_old_connections, connection, transaction
from django.db.models import F, Q

from afterview import clock as _clock
from afterview.core.errors import AfterviewError
from afterview.core.timing import place_in_business_hours
from afterview.outreach import account as account_of
from afterview.outreach import imap, inbox, outbox, smtp
from afterview.outreach.models import MailAccount
from afterview.outreach.oauth import SIGN_IN_AGAIN, SignInAgain
from afterview.records import models as m
from afterview.records import steptimes
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import application_facts

log = logging.getLogger(__name__)

__all__ = ["LEASE", "MAX_ATTEMPTS", "Worker", "handle_one", "run"]

#: Longer than any one send can take (connect, log in, send, file in Sent).
LEASE = timedelta(minutes=15)
#: Waits after the 1st, 2nd, ... failed attempt; the last one repeats.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=3),
)
MAX_ATTEMPTS = 6
#: How long a note waits for the candidate to sign in to the mailbox again (not counted as an attempt).
SIGN_IN_WAIT = timedelta(minutes=15)
#: Replies that came in since are looked for right before these go out.
ANSWERABLE = (m.MessageKind.FOLLOW_UP, m.MessageKind.NEXT_STEPS)


def _claim(condition: Q, order: tuple[str, ...], change: dict) -> int | None:
    """Lock the first message matching `condition` that no one else holds and apply
    `change` to it if it still matches; returns its id, or None when there is none."""
    with transaction.atomic():
        candidates = m.Message.objects.filter(condition).order_by(*order)
        if connection.features.has_select_for_update_skip_locked:
            candidates = candidates.select_for_update(skip_locked=True)
        pk = candidates.values_list("pk", flat=True).first()
        if pk is None:
            return None
        # On SQLite the IMMEDIATE transaction already made the row ours; the
        # condition in the UPDATE is what makes the claim safe on any database.
        if not m.Message.objects.filter(condition, pk=pk).update(**change):
            return None
        return pk


class Worker:
    """Sends due messages and reads inboxes. `clock` returns an aware UTC datetime."""

    def __init__(self, clock: Callable[[], datetime] = _clock.now):
        self.clock = clock

    # -- one step ---------------------------------------------------------------

    def handle_one(self) -> bool:
        """Do one piece of work: send one due message, settle one whose worker died, or
        make again the stored step times of one candidate marked stale (the office's
        defaults changed). False when there was nothing to do."""
        now = self.clock()
        lease_until = now + LEASE
        pk = _claim(
            Q(status=m.MessageStatus.SCHEDULED, scheduled_at__lte=now),
            ("scheduled_at", "id"),
            {"status": m.MessageStatus.SENDING, "lease_until": lease_until, "attempts": F("attempts") + 1},
        )
        if pk is not None:
            self._deliver(self._load(pk), now)
            return True
        pk = _claim(
            # No lease at all: a `sending` row restored from a backup; no worker holds it.
            Q(status=m.MessageStatus.SENDING) & (Q(lease_until__lt=now) | Q(lease_until__isnull=True)),
            ("lease_until", "id"),
            {"lease_until": lease_until},
        )
        if pk is not None:
            self._reconcile(self._load(pk), lease_until, now)
            return True
        return steptimes.refresh_one_stale(now)

    @staticmethod
    def _load(pk: int) -> m.Message:
        return m.Message.objects.select_related("application__organization", "contact", "owner").get(pk=pk)

    # -- sending ----------------------------------------------------------------

    def _deliver(self, message: m.Message, now: datetime) -> None:
        # Whether the server may have the note decides what an error means, so the
        # two halves are apart: before the handover a failure is retried, after it never.
        try:
            ready = self._prepare(message, now)
        except Exception as e:
            log.exception("message %s: error before sending", message.pk)
            self._retry(message, now, f"afterview hit an error before sending ({type(e).__name__}: {e})")
            return
        if ready is None:
            return
        account, mail = ready
        try:
            self._hand_over(message, account, mail, now)
        except Exception:
            # The server may have it: leave the row `sending`; its lease running
            # out sends it through the Sent-folder check, never straight back out.
            log.exception("message %s: error after handing it to the server", message.pk)
            raise

    def _prepare(self, message: m.Message, now: datetime):
        """(account, mail) ready to hand to the server, or None when the message was
        settled here (failed, rescheduled, cancelled, found sent already)."""
        account = MailAccount.objects.filter(owner=message.owner_id).first()
        if account is None:
            self._fail(message, "no mailbox is set up; run `afterview mail setup`, then send the note again")
            return None
        if account.needs_sign_in:
            # Not the note's fault: it stays scheduled until the candidate signs in again.
            log.warning("message %s: %s (`afterview mail signin`); it stays scheduled", message.pk, SIGN_IN_AGAIN)
            self._retry(message, now, SIGN_IN_AGAIN, count=False, delay=SIGN_IN_WAIT)
            return None
        if message.kind in ANSWERABLE and account.has_imap:
            try:
                report = inbox.sync_replies(account, now=now)
            except AfterviewError as e:
                self._retry(message, now, f"could not look for a reply in your inbox first ({e})")
                return None
            if report.busy:
                self._retry(message, now, "another worker was reading your inbox; trying again shortly", count=False)
                return None
        facts = application_facts(message.owner, message.application_id)
        reason = outbox.hold_against_plan(message, facts, now=now)
        if reason is not None:
            m.Message.objects.filter(pk=message.pk, status=m.MessageStatus.SENDING).update(
                status=m.MessageStatus.CANCELLED, lease_until=None, last_error=f"cancelled: {reason}"
            )
            return None
        if message.restored and not self._not_sent_before(message, account, now):
            return None
        thread = outbox.thread_headers(message)
        if thread != (message.in_reply_to, message.references):
            message.in_reply_to, message.references = thread
            m.Message.objects.filter(pk=message.pk).update(in_reply_to=thread[0], references=thread[1])
        try:
            mail = outbox.compose_email(message, account, date=now)
            account_of.smtp_server(account, now=now)
        except SignInAgain as e:
            log.warning("message %s: %s; it stays scheduled", message.pk, e)
            self._retry(message, now, SIGN_IN_AGAIN, count=False, delay=SIGN_IN_WAIT)
            return None
        except AfterviewError as e:
            if account.uses_oauth:
                self._retry(message, now, str(e))
            else:
                self._fail(message, str(e))
            return None
        return account, mail

    def _hand_over(self, message: m.Message, account: MailAccount, mail, now: datetime) -> None:
        try:
            account_of.send_mail(account, mail, now=now)
        except SignInAgain as e:
            # Refreshing after a refused login found the grant gone: nothing was sent.
            log.warning("message %s: %s; it stays scheduled", message.pk, e)
            self._retry(message, now, SIGN_IN_AGAIN, count=False, delay=SIGN_IN_WAIT)
            return
        except smtp.MailProblem as e:
            if e.ambiguous:
                self._unknown(message, f"the connection broke while the server was taking it ({e})")
            elif e.temporary:
                self._retry(message, now, str(e))
            else:
                self._fail(message, f"the server refused it: {e}")
            return
        except AfterviewError as e:
            # The sign-in server failed while refreshing after a refused login: nothing was sent.
            self._retry(message, now, str(e))
            return
        # From here on the server has it: never go back to `scheduled`.
        note = ""
        if account.has_imap and account.copy_to_sent:
            try:
                imap.append_sent(account_of.imap_server(account), smtp.serialize(mail), now)
            except AfterviewError as e:
                note = f"sent, but not filed in your Sent folder ({e})"
        outbox.record_sent(message, at=self.clock(), note=note)

    def _not_sent_before(self, message: m.Message, account: MailAccount, now: datetime) -> bool:
        """For a message loaded from a backup: True when nothing says it already left.

        Its Message-ID is looked for among the notes already sent and in the Sent
        folder; while the Sent folder can't be searched, it goes back to be held."""
        if message.message_id:
            twin = (
                m.Message.objects.filter(owner=message.owner_id, message_id=message.message_id, status=m.MessageStatus.SENT)
                .exclude(pk=message.pk)
                .values_list("pk", flat=True)
                .first()
            )
            if twin is not None:
                m.Message.objects.filter(pk=message.pk, status=m.MessageStatus.SENDING).update(
                    status=m.MessageStatus.CANCELLED,
                    lease_until=None,
                    last_error=f"restored from a backup, and already sent as #{twin}: not sent again",
                )
                return False
        server = account_of.imap_server(account) if account.has_imap else None
        if server is None or not message.message_id:
            return True
        try:
            found = imap.has_message_id(server, message.message_id)
        except AfterviewError as e:
            self._unknown(message, f"it was restored from a backup and your Sent folder could not be searched ({e})")
            return False
        if found:
            outbox.record_sent(message, at=now, note="restored from a backup; found in your Sent folder, so not sent again")
            return False
        return True

    def _retry(
        self, message: m.Message, now: datetime, reason: str, *, count: bool = True, delay: timedelta | None = None
    ) -> None:
        attempts = message.attempts if count else max(message.attempts - 1, 0)
        if attempts >= MAX_ATTEMPTS:
            self._fail(message, f"gave up after {attempts} attempts; the last: {reason}")
            return
        rules = candidate_rules(message.owner_id)
        if delay is None:
            delay = BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1] if count else timedelta(seconds=30)
        org = message.application.organization
        tz = application_facts(message.owner, message.application_id).zone_of(str(message.contact_id))
        at = place_in_business_hours(now + delay, tz, org.country, rules.business_hours_start, rules.business_hours_end)
        m.Message.objects.filter(pk=message.pk, status=m.MessageStatus.SENDING).update(
            status=m.MessageStatus.SCHEDULED,
            scheduled_at=at,
            lease_until=None,
            attempts=attempts,
            last_error=f"attempt {message.attempts} failed: {reason}",
        )

    def _fail(self, message: m.Message, reason: str) -> None:
        m.Message.objects.filter(pk=message.pk, status=m.MessageStatus.SENDING).update(
            status=m.MessageStatus.FAILED, lease_until=None, last_error=reason
        )

    # -- a worker that died mid-send ------------------------------------------------

    def _reconcile(self, message: m.Message, lease_until: datetime, now: datetime) -> None:
        account = MailAccount.objects.filter(owner=message.owner_id).first()
        server = account_of.imap_server(account) if account is not None else None
        if server is None:
            finding = "no IMAP is set up to look in your Sent folder"
        else:
            try:
                if imap.has_message_id(server, message.message_id):
                    outbox.record_sent(message, at=now, note="its worker stopped mid-send; found in your Sent folder")
                    return
                finding = "it is not in your Sent folder"
            except AfterviewError as e:
                finding = f"your Sent folder could not be searched ({e})"
        self._unknown(message, f"the worker stopped while sending it and {finding}", lease_until=lease_until)

    def _unknown(self, message: m.Message, what: str, *, lease_until: datetime | None = None) -> None:
        condition = Q(pk=message.pk, status=m.MessageStatus.SENDING)
        if lease_until is not None:
            condition &= Q(lease_until=lease_until)
        m.Message.objects.filter(condition).update(
            status=m.MessageStatus.UNKNOWN,
            lease_until=None,
            last_error=(
                f"{what}; it may or may not have left. Look in your Sent folder, then run "
                f"`afterview confirm {message.pk} sent` or `afterview confirm {message.pk} not-sent`"
            ),
        )

    # -- inboxes ------------------------------------------------------------------

    def sync_inboxes(self, *, every: timedelta = timedelta(0)) -> int:
        """Read each inbox last read `every` ago or longer; returns the replies found."""
        now = self.clock()
        accounts = MailAccount.objects.exclude(imap_host="").filter(
            Q(synced_at__isnull=True) | Q(synced_at__lte=now - every)
        )
        found = 0
        for account in accounts:
            try:
                report = inbox.sync_replies(account, now=now)
            except AfterviewError as e:
                log.warning("inbox of mailbox %s: %s", account.pk, e)
                continue
            found += len(report.replies or ())
        return found

    # -- the loop -------------------------------------------------------------------

    def run(
        self,
        *,
        once: bool = False,
        interval: float = 60.0,
        stop: threading.Event | None = None,
        read_every: float | None = None,
    ) -> int:
        """Work until `stop` is set (or, with `once`, until nothing is due).

        Inboxes are read first and then every `read_every` seconds (default:
        `interval`); between steps with nothing to do the worker sleeps
        `interval` seconds. Returns the number of steps done.
        """
        stop = stop or threading.Event()
        read_every = interval if read_every is None else read_every
        every = timedelta(seconds=read_every)
        steps = 0
        last_sync = None
        from afterview.reminders.rounds import Ticker

        remind = Ticker(self.clock, interval)  # reminders, the digest and the heartbeat
        from afterview.office.snapshots import Refresher

        figures = Refresher(self.clock)  # an office's dashboard figures
        while not stop.is_set():
            if not connection.in_atomic_block:
                # Drop a connection the database closed or that outlived CONN_MAX_AGE
                # (never one inside a caller's transaction).
                close_old_connections()
            try:
                if last_sync is None or time.monotonic() - last_sync >= read_every:
                    self.sync_inboxes(every=every if last_sync is not None else timedelta(0))
                    last_sync = time.monotonic()
                remind()
                figures()
                worked = self.handle_one()
            except Exception:
                # A message in hand stays `sending` and is settled when its lease runs
                # out; the worker itself carries on (the database may be back soon).
                log.exception("worker step failed")
                worked = False
            if worked:
                steps += 1
                continue
            if once:
                break
            stop.wait(interval)
        return steps


def handle_one(clock: Callable[[], datetime] = _clock.now) -> bool:
    """One step of a worker reading `clock` (see `Worker.handle_one`)."""
    return Worker(clock).handle_one()


def run(**options) -> int:
    return Worker().run(**options)

"""What `afterview status` reports: the workers' heartbeats, what comes next, and reach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from afterview.reminders.models import Heartbeat, Reminder, ReminderStatus
from afterview.reminders.rounds import upcoming
from afterview.reminders.services import Reach, reach

__all__ = ["Status", "status_of"]


@dataclass(frozen=True)
class Status:
    running: list[Heartbeat]
    last_beat: Heartbeat | None
    upcoming: list[tuple[datetime, str]]
    sent_today: int
    reach: Reach

    def as_json(self) -> dict:
        return {
            "worker_running": bool(self.running),
            "workers": [b.worker for b in self.running],
            "last_round_at": self.last_beat.beat_at.isoformat() if self.last_beat else None,
            "last_round": self.last_beat.last if self.last_beat else None,
            "next": [{"at": at.isoformat(), "what": what} for at, what in self.upcoming],
            "sent_last_day": self.sent_today,
            "reachable": not self.reach.nothing,
            "reach": self.reach.describe(),
        }


def status_of(candidate, now: datetime) -> Status:
    beats = list(Heartbeat.objects.order_by("-beat_at"))
    return Status(
        running=[b for b in beats if b.stale_at > now],
        last_beat=beats[0] if beats else None,
        upcoming=upcoming(candidate, now),
        sent_today=Reminder.objects.for_owner(candidate)
        .filter(status=ReminderStatus.SENT, sent_at__gt=now - timedelta(days=1))
        .count(),
        reach=reach(candidate),
    )

"""What this process keeps of each candidate's facts between requests: the store of the
web's kept plans (`web/plans.py` fills and reads it) and of the pages rendered from them
(`web/kept_pages.py`). It lives here, below the edges, so that a write service
(`records/editing.py`, `office/leaving.py`) says what it changed with `forget` without
importing the web."""

from __future__ import annotations

import threading

__all__ = ["FACTS", "LOCK", "PAGES", "forget", "minute"]

#: guards FACTS (and the web's other kept state)
LOCK = threading.Lock()


class _Sized(dict):
    """A dict that keeps the sum of its values' `size` (bytes, as estimated when each was
    stored) however an entry leaves it: `web.plans` evicts by it, `forget` deletes."""

    bytes = 0

    def __setitem__(self, key, value):
        self.pop(key, None)
        super().__setitem__(key, value)
        self.bytes += getattr(value, "size", 0)

    def __delitem__(self, key):
        self.bytes -= getattr(self[key], "size", 0)
        super().__delitem__(key)

    def pop(self, key, *default):
        if key in self:
            value = super().pop(key)
            self.bytes -= getattr(value, "size", 0)
            return value
        return super().pop(key, *default)

    def clear(self):
        super().clear()
        self.bytes = 0


#: candidate id -> the kept entry (`web.plans._Entry`: its rows, `stale` ids, `fingerprint`,
#: `size`), least recently loaded first; `FACTS.bytes` is what they take together
FACTS: _Sized = _Sized()
#: user id -> {page name: the kept rendered page (`web.kept_pages._Page`)}, least recently used first
PAGES: dict = {}


def forget(candidate, application_id: int | None = None) -> None:
    """After a write: reload one application (or all of them) on the next request."""
    with LOCK:
        PAGES.pop(candidate.pk, None)  # pages shown from these facts: made again on the next request
        entry = FACTS.get(candidate.pk)
        if entry is None:
            return
        if application_id is None:
            del FACTS[candidate.pk]
        else:
            entry.stale.add(int(application_id))
            entry.fingerprint = None


def minute(user_id: int, now) -> int:
    """The minute a kept page of `user_id` made at `now` belongs to, for its key: each
    user's minutes begin at a second of their own, so that the pages of many users are not
    all made again in the same second when the clock's minute turns."""
    return (int(now.timestamp()) + user_id * 37 % 60) // 60

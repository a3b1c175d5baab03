"""The labelled replies under tests/data/replies, and how the reader is scored on them.

Each reply is an .eml file with a JSON label beside it (`NAME.json` or
`NAME.eml.json`): kind, expect_by, returns_on, failed_address, evidence. The
sets: `own` (written with the rules in view), `sisimai` (real bounces and
auto-replies from sisimai's set-of-emails, BSD-2-Clause), and `blind` (written
by someone who never saw the reader), split by a fixed hash of the file name
into `blind-tune` (tuned on) and `blind-holdout` (never tuned on). `blind2` is a
second blind set (80 replies, CC0-1.0, written by another session that never saw
the code), split the same way into `blind2-tune` and `blind2-holdout`; the name
`blind2` alone is the whole of it. `blind3` is a third (80 replies, CC0-1.0, by a
third such session), split the same way into `blind3-tune` and `blind3-holdout`; `blind4` is a fourth (100 replies, CC0-1.0),
split into `blind4-tune` and `blind4-holdout`; `blind5` a fifth (100 replies, CC0-1.0), split into
`blind5-tune` and `blind5-holdout`; `blind6` a sixth (100 replies, CC0-1.0, two writers), split into
`blind6-tune` and `blind6-holdout`; `blind7` a seventh (100 replies, CC0-1.0, two writers), split into
`blind7-tune` and `blind7-holdout`; `blind8` an eighth (100 replies, CC0-1.0, two writers), split into
`blind8-tune` and `blind8-holdout`; `blind9` a ninth (100 replies, CC0-1.0, two writers), split into
`blind9-tune` and `blind9-holdout`. No organization is on record for a labelled
reply, so it is read with no country (business days skip weekends only).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "replies"
#: Names that load a whole folder rather than one half of it: the blind sets (a new set is added here only).
WHOLE = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9")
SETS = ("own", "sisimai", *(f"{whole}-{half}" for whole in WHOLE for half in ("tune", "holdout")))
#: A reply with no Date header is read as if written then (none of the labelled ones lacks one).
NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Labelled:
    path: Path
    data: bytes
    kind: str
    expect_by: date | None
    returns_on: date | None
    failed_address: str | None


def is_holdout(name: str) -> bool:
    """The fixed split of the blind set: half by the first byte of a SHA-256 of the file name."""
    return hashlib.sha256(name.encode()).digest()[0] % 2 == 1


def _label_of(eml: Path) -> Path | None:
    for candidate in (eml.with_name(eml.name + ".json"), eml.with_suffix(".json")):
        if candidate.exists():
            return candidate
    return None


def _day(value):
    return date.fromisoformat(value) if value else None


def load(name: str, root: Path = ROOT) -> list[Labelled]:
    folder_name, _, half = name.partition("-")
    folder = root / folder_name
    out = []
    for eml in sorted(folder.glob("*.eml")):
        if half == "tune" and is_holdout(eml.name) or half == "holdout" and not is_holdout(eml.name):
            continue
        label_path = _label_of(eml)
        if label_path is None:
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        out.append(
            Labelled(
                eml,
                eml.read_bytes(),
                label["kind"],
                _day(label.get("expect_by")),
                _day(label.get("returns_on")),
                (label.get("failed_address") or None) and label["failed_address"].lower(),
            )
        )
    return out


def read(item: Labelled):
    from afterview.core.replies import read_reply
    from afterview.outreach.mailtext import parse_mail

    # No organization is on record for a labelled reply, so no country's holidays
    # are assumed: business-day spans skip weekends only (as the labels count them).
    mail = parse_mail(item.data, now=NOW, country="")
    return read_reply(mail.reply, own_address="sam.lee@example.org")


@dataclass
class Score:
    total: int = 0
    right: int = 0
    per_kind: Counter = None
    per_kind_right: Counter = None
    dates: int = 0
    dates_right: int = 0
    invented: int = 0
    failed: int = 0
    failed_right: int = 0
    errors: int = 0
    misses: list = None

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    @property
    def dates_accuracy(self) -> float:
        return self.dates_right / self.dates if self.dates else 1.0


def score(items: list[Labelled]) -> Score:
    s = Score(per_kind=Counter(), per_kind_right=Counter(), misses=[])
    for item in items:
        s.total += 1
        s.per_kind[item.kind] += 1
        try:
            got = read(item)
        except Exception as e:  # noqa: BLE001 (a bench counts a crash as a miss and goes on)
            s.errors += 1
            s.misses.append((item.path.name, f"error {type(e).__name__}: {e}"))
            continue
        why = []
        if str(got.kind) == item.kind:
            s.right += 1
            s.per_kind_right[item.kind] += 1
        else:
            why.append(f"kind {got.kind} (want {item.kind})")
        for label, found, name in ((item.expect_by, got.expect_on, "expect_by"), (item.returns_on, got.returns_on, "returns_on")):
            if label is not None:
                s.dates += 1
                if found == label:
                    s.dates_right += 1
                else:
                    why.append(f"{name} {found} (want {label})")
            elif found is not None:
                s.invented += 1
                why.append(f"{name} {found} invented")
        if item.failed_address is not None:
            s.failed += 1
            if (got.failed_address or "").lower() == item.failed_address:
                s.failed_right += 1
            else:
                why.append(f"failed_address {got.failed_address} (want {item.failed_address})")
        if why:
            s.misses.append((item.path.name, "; ".join(why) + f" | evidence: {got.evidence[:90]!r}"))
    return s


def time_per_reply(items: list[Labelled], runs: int = 5) -> tuple[float, float]:
    """(median ms per reply reading, median ms per reply for the stdlib's parse alone), warm."""
    from email import policy
    from email.parser import BytesParser

    for item in items:
        read(item)  # warm: imports, dateparser's tables, regex caches
    ours, base = [], []
    for _ in range(runs):
        start = time.perf_counter()
        for item in items:
            read(item)
        ours.append((time.perf_counter() - start) * 1000 / max(1, len(items)))
        start = time.perf_counter()
        for item in items:
            BytesParser(policy=policy.default).parsebytes(item.data).get_body(("plain", "html"))
        base.append((time.perf_counter() - start) * 1000 / max(1, len(items)))
    ours.sort()
    base.sort()
    return ours[len(ours) // 2], base[len(base) // 2]

#!/usr/bin/env python3
"""Mechanical checker for blind reply set 3. Exit status 0 = all good."""
import collections
import datetime as dt
import email
import email.utils
import html
import json
import os
import re
import sys
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["offer", "rejection", "next-round", "timeline", "request", "acknowledgement", "auto-reply", "bounce"]
KEYS = {"kind", "expect_by", "returns_on", "failed_address", "evidence", "note"}
NAME = re.compile(r"^(\d{3})-(" + "|".join(KINDS) + r")-([a-z0-9-]+)\.eml$")
LO, HI = dt.date(2026, 12, 1), dt.date(2027, 4, 30)


def texts(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() != "text":
            continue
        try:
            t = p.get_content()
        except Exception as e:  # noqa: BLE001
            raise AssertionError(f"cannot decode part {p.get_content_type()}: {e}")
        if p.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", "", t))
        out.append(t)
    return out


def iso_or_null(v):
    if v is None:
        return None
    assert isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), f"bad date {v!r}"
    return dt.date.fromisoformat(v)


def main():
    errors = []
    counts = collections.Counter()
    nonnull = collections.Counter()
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    nums = []
    for f in files:
        try:
            m = NAME.match(f)
            assert m, "bad file name"
            num, kind = int(m.group(1)), m.group(2)
            nums.append(num)
            with open(os.path.join(ROOT, f), "rb") as fh:
                raw = fh.read()
            assert all(len(l) <= 998 for l in raw.split(b"\n")), "line longer than 998 octets"
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "Date", "Subject", "Message-ID"):
                assert msg[h], f"missing {h}"
            d = email.utils.parsedate_to_datetime(str(msg["Date"]))
            local = d.date()
            assert LO <= local <= HI, f"Date out of range {local}"
            with open(os.path.join(ROOT, f + ".json"), encoding="utf-8") as fh:
                lab = json.load(fh)
            assert set(lab) == KEYS, f"keys {sorted(lab)}"
            assert lab["kind"] == kind, "kind differs from file name"
            eb, ro = iso_or_null(lab["expect_by"]), iso_or_null(lab["returns_on"])
            if eb:
                assert eb >= local, "expect_by before Date"
                nonnull[kind] += 1
            if ro:
                assert ro > local, "returns_on not after Date"
            if kind != "auto-reply":
                assert lab["returns_on"] is None, "returns_on outside auto-reply"
            if kind == "bounce":
                fa = lab["failed_address"]
                assert isinstance(fa, str) and re.fullmatch(r"[^@\s]+@[^@\s]+\.example", fa), "failed_address"
                assert fa.encode() in raw, "failed_address not in message"
            else:
                assert lab["failed_address"] is None, "failed_address outside bounce"
            ev = lab["evidence"]
            assert isinstance(ev, str) and ev and "\n" not in ev, "evidence empty or multi-line"
            assert not re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", ev, re.I), "HTML entity in evidence"
            assert isinstance(lab["note"], str) and lab["note"], "note"
            tx = texts(msg)
            hits = [t for t in tx if ev in t]
            assert hits, "evidence not found verbatim in decoded text"
            t = hits[0]
            i = t.index(ev)
            line = t[t.rfind("\n", 0, i) + 1:i]
            assert not line.lstrip().startswith(">"), "evidence inside > quoted text"
            for marker in ("\n________________________________\n", " wrote:\n"):
                j = t.find(marker)
                assert j < 0 or i < j, "evidence inside candidate's quoted text"
            hdrs = "\n".join(f"{k}: {v}" for p in msg.walk() for k, v in p.items())
            for a in re.findall(r"[\w.+-]+@([\w.-]+)", hdrs + "\n" + "\n".join(tx)):
                assert a.rstrip(".").endswith(".example"), f"non-.example domain {a}"
            counts[kind] += 1
        except AssertionError as e:
            errors.append(f"{f}: {e}")
    jsons = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml.json"))
    if len(jsons) != len(files):
        errors.append(f"{len(jsons)} json files for {len(files)} eml files")
    if sorted(nums) != list(range(181, 261)):
        errors.append("numbers are not exactly 181..260")
    for k in KINDS:
        print(f"{k:16s} {counts[k]:3d}   expect_by non-null: {nonnull[k]}")
    print(f"total {sum(counts.values())}, expect_by non-null {sum(nonnull.values())}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

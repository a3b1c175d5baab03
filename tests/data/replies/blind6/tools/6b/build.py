#!/usr/bin/env python3
"""Deterministic generator for the replies6b set: python3 tools/build.py (writes into the parent folder)."""
import glob, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from email.utils import parsedate_to_datetime
import datetime as dt
from msgs2 import M
from mime import message

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WDN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def main():
    for old in glob.glob(os.path.join(ROOT, "[0-9][0-9][0-9]-*.eml*")):
        os.remove(old)
    for m in sorted(M, key=lambda x: x["n"]):
        dom = re.search(r"@([A-Za-z0-9.-]+)", m["frm"]).group(1)
        mid = "<r6.%d.%s@%s>" % (m["n"], m["short"], dom)
        hdrs = [("Received", "from %s (%s [192.0.2.%d]) by mx.recipient-mail.example with ESMTPS; %s" % (
                    "out.%s" % dom, "out.%s" % dom, 10 + m["n"] - 510, m["date"])),
                ("From", m["frm"]), ("To", m["to"]), ("Subject", m["subj"]), ("Date", m["date"]),
                ("Message-ID", mid)] + m["extra"]
        raw = message(hdrs, m["part"])
        name = "%d-%s-%s.eml" % (m["n"], m["kind"], m["short"])
        with open(os.path.join(ROOT, name), "wb") as f:
            f.write(raw)
        d = parsedate_to_datetime(m["date"])
        ld = d.date()
        note = m["note"].rstrip()
        if not note.endswith("."):
            note += "."
        note += " Local Date: %s, %s." % (ld.isoformat(), WDN[ld.weekday()])
        iso = lambda x: x.isoformat() if x else None
        lab = {"kind": m["kind"], "expect_by": iso(m["expect"]), "returns_on": iso(m["ret"]),
               "failed_address": m["failed"], "evidence": m["ev"], "note": note}
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d cases" % len(M))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generator for blind reply set 3 (files 181-260). Deterministic.

Run:  python3 tools/gen.py   (from /work/blind/replies3)
"""
import datetime as dt
import email.header
import email.utils
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dates import (add_business_days, add_days, end_of_month, friday_next_week,  # noqa: E402
                   friday_of_week_commencing, friday_this_week, next_abs, next_day_of_month,
                   next_weekday, tuesday_next_week)
import mime  # noqa: E402
from cases import CASES  # noqa: E402
from bounces import BOUNCES  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def local_dt(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def enc_header(k, v):
    if k in ("From", "To", "Cc"):
        out = []
        for name, addr in email.utils.getaddresses([v]):
            out.append(email.utils.formataddr((name, addr), charset="utf-8"))
        return ", ".join(out)
    if all(ord(ch) < 128 for ch in v):
        return v
    return email.header.Header(v, "utf-8", header_name=k).encode()


def build_simple(c, num):
    d = local_dt(c["date"])
    hdr = []
    hdr.append(("Return-Path", "<" + email.utils.parseaddr(c["frm"])[1] + ">"))
    hdr.append(("From", c["frm"]))
    hdr.append(("To", c.get("to", "")))
    if c.get("cc"):
        hdr.append(("Cc", c["cc"]))
    hdr.append(("Subject", c["subj"]))
    hdr.append(("Date", email.utils.format_datetime(d)))
    dom = email.utils.parseaddr(c["frm"])[1].split("@")[1]
    hdr.append(("Message-ID", f"<r3.{num}.{d.strftime('%Y%m%d%H%M%S')}@{dom}>"))
    if c.get("reply", True):
        hdr.append(("In-Reply-To", f"<cand.{num}@mailbox.example>"))
        hdr.append(("References", f"<cand.{num}@mailbox.example>"))
    for k, v in c.get("extra", []):
        hdr.append((k, v))
    hdr.append(("MIME-Version", "1.0"))
    text = c["body"]
    enc = c.get("enc", "plain")
    cs = c.get("charset", "utf-8")
    cte = c.get("cte", "7bit")
    if cte == "7bit" and any(ord(ch) > 127 for ch in text):
        raise SystemExit("non-ascii body with 7bit: " + c["short"])
    if enc == "plain":
        body = mime.part("text/plain", text, cs, cte)
    elif enc == "html":
        body = mime.part("text/html", c.get("html") or mime.text_to_html(text, cs), cs, cte)
    elif enc == "alt":
        b = f"----=_Part_{num}_alt_0042"
        body = mime.multipart("alternative", b, [
            mime.part("text/plain", text, cs, cte),
            mime.part("text/html", c.get("html") or mime.text_to_html(text, cs), cs, c.get("html_cte", cte)),
        ])
    else:
        raise ValueError(enc)
    head = "".join(f"{k}: {enc_header(k, v)}\n" for k, v in hdr).encode("ascii")
    return head + body


def main():
    allc = list(CASES) + list(BOUNCES)
    order = list(range(len(allc)))
    random.Random(20270103).shuffle(order)
    assert len(allc) == 80, len(allc)
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".eml.json")):
            os.remove(os.path.join(OUT, f))
    for slot, idx in enumerate(order):
        num = 181 + slot
        c = allc[idx]
        d = local_dt(c["date"]).date()
        if "build" in c:
            raw = c["build"](c, num, local_dt(c["date"]))
        else:
            raw = build_simple(c, num)
        ex = c.get("expect")
        rt = c.get("returns")
        label = {
            "kind": c["kind"],
            "expect_by": ex(d).isoformat() if ex else None,
            "returns_on": rt(d).isoformat() if rt else None,
            "failed_address": c.get("failed"),
            "evidence": c["evidence"],
            "note": c["note"],
        }
        name = f"{num:03d}-{c['kind']}-{c['short']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote", len(allc), "cases")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Extra lint: weekday/date consistency in all decoded text, UTC spread, review table."""
import datetime as dt, glob, json, os, re, sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check
ROOT = check.ROOT
WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MO = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
pat = re.compile(r"\b(%s|%s),? (\d{1,2})(?:st|nd|rd|th)? (%s|%s)\b(?: (\d{4}))?" % (
    "|".join(WD), "|".join(w[:3] for w in WD), "|".join(MO), "|".join(m[:3] for m in MO)), re.I)
pat2 = re.compile(r"\b(%s|%s),? (%s|%s) (\d{1,2}),? (\d{4})" % ("|".join(WD), "|".join(w[:3] for w in WD), "|".join(MO), "|".join(m[:3] for m in MO)), re.I)
bad = 0; diff = 0; trap = 0
rows = []
for p in sorted(glob.glob(os.path.join(ROOT, "[0-9][0-9][0-9]-*.eml"))):
    msg = BytesParser(policy=policy.default).parsebytes(open(p, "rb").read())
    d = parsedate_to_datetime(msg["Date"]); ld = d.date(); ud = d.astimezone(dt.timezone.utc).date()
    own, quoted = check.texts(msg, "")
    txt = "\n".join(own + quoted) + "\n" + msg["Date"]
    for m in pat.finditer(txt):
        w = [x[:3].lower() for x in WD].index(m[1][:3].lower()); day = int(m[2]); mon = [x[:3] for x in MO].index(m[3][:3].lower()) + 1
        years = [int(m[4])] if m[4] else [ld.year, ld.year + 1, ld.year - 1]
        if not any(dt.date(y, mon, day).weekday() == w for y in years if day <= 31):
            print("WEEKDAY MISMATCH", os.path.basename(p), m[0]); bad += 1
    for m in pat2.finditer(txt):
        w = [x[:3].lower() for x in WD].index(m[1][:3].lower()); mon = [x[:3] for x in MO].index(m[2][:3].lower()) + 1
        if dt.date(int(m[4]), mon, int(m[3])).weekday() != w:
            print("WEEKDAY MISMATCH", os.path.basename(p), m[0]); bad += 1
    lab = json.load(open(p + ".json"))
    if ld != ud:
        diff += 1
        trap += "UTC trap" in lab["note"]
    rows.append("%s %-16s %s %s%s eb=%s ro=%s | %s" % (os.path.basename(p)[:3], lab["kind"], ld, WD[ld.weekday()][:3], " UTC" + str(ud) if ud != ld else "", lab["expect_by"], lab["returns_on"], lab["evidence"][:90]))
if "-v" in sys.argv:
    print("\n".join(rows))
print("weekday mismatches: %d   UTC-differs: %d   of which answer changes: %d" % (bad, diff, trap))

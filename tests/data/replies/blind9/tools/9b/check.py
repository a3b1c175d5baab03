#!/usr/bin/env python3
"""Mechanical checker for the replies9b labels (811-860, in ../out).  Usage: python3 tools/check.py"""
import datetime as dt, glob, html, json, os, re, sys
from collections import Counter
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "out")
FIRST, LAST = 811, 860
MIX = {"offer": 5, "rejection": 6, "next-round": 6, "timeline": 14, "request": 5,
       "acknowledgement": 5, "auto-reply": 5, "bounce": 4}
MIN_TIMELINE = 12
MSGID = re.compile(r"^<r9\.(\d{3})\.([a-z0-9-]+)@([A-Za-z0-9.-]+\.example)>$")
KINDS = ["offer", "rejection", "next-round", "timeline", "request", "acknowledgement", "auto-reply", "bounce"]
KEYS = {"kind", "expect_by", "returns_on", "failed_address", "evidence", "note"}
LO, HI = dt.date(2027, 9, 1), dt.date(2028, 3, 31)

ATTR = re.compile(r"((wrote|schrieb|a écrit|escribió|escreveu|skrev|schreef|ha scritto|pisze)\s*:?\s*$)|(^Am \S+ um \S+ schrieb .*:$)|(^Op .* schreef .*:$)|(^Le .* a écrit\s?:$)", re.I)
HARD = [re.compile(p) for p in (r"^-{2,}\s*Original Message\s*-{2,}$", r"^-+ This is a copy of the message",
                                r"^--- Below this line is a copy of the message", r"^Original message headers:")]
UNDER = re.compile(r"^_{10,}$")
FWD = re.compile(r"^(-{5,} ?Forwarded message ?-{5,}|Begin forwarded message:)$")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.I)


def html_to_text(h):
    """Tags removed; block tags become line breaks; <blockquote> lines get '> '; <hr> becomes a rule."""
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", "", h)
    h = re.sub(r"(?i)<hr\b[^>]*>", "\n________________________________\n", h)

    def bq(m):
        inner = html_to_text(m.group(1))
        return "\n" + "\n".join("> " + l for l in inner.split("\n")) + "\n"
    h = re.sub(r"(?is)<blockquote\b[^>]*>(.*)</blockquote>", bq, h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</?(p|div|tr|td|table|h\d|li|ul|body|html)\b[^>]*>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return h


def segment(text, cand):
    own, quoted = [], []
    state = "own"
    lines = text.replace("\r\n", "\n").split("\n")
    for i, l in enumerate(lines):
        s = l.strip()
        if state == "own":
            if FWD.match(s):
                own.append(l)
                continue
            if any(p.match(s) for p in HARD) or (ATTR.search(s) and not s.startswith(">") and len(s) < 200):
                state = "quoted"
            elif UNDER.match(s) or s.startswith("From:") and i > 0 and UNDER.match(lines[i - 1].strip()):
                nxt = " ".join([x for x in lines[i + 1:] if x.strip()][:2])
                if cand and cand.lower() in nxt.lower():
                    state = "quoted"
        if state == "quoted" or (s.startswith(">") and not s.startswith(">>> ")):
            quoted.append(l)
        else:
            own.append(l)
    return own, quoted


def texts(msg, cand):
    own, quoted, raw_html = [], [], []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("message/rfc822", "text/rfc822-headers"):
            quoted.append(part.as_string() if ct == "message/rfc822" else part.get_content())
            # skip children of message/rfc822 (walk would descend); mark them
            for sub in part.walk():
                sub._r4_skip = True
            continue
        if getattr(part, "_r4_skip", False):
            continue
        if ct == "message/delivery-status":
            own.extend(str(p) for p in part.get_payload())
            continue
        if part.get_content_maintype() != "text":
            continue
        body = part.get_content()
        if ct == "text/html":
            body = html_to_text(body)
            raw_html.append(body)
        o, q = segment(body, cand)
        own.extend(o)
        quoted.extend(q)
    return own, quoted


def main():
    errs = []
    counts = Counter()
    eb = 0
    emls = sorted([p for p in glob.glob(os.path.join(ROOT, "[0-9][0-9][0-9]-*.eml")) if FIRST <= int(os.path.basename(p)[:3]) <= LAST])
    nums = []
    for p in glob.glob(os.path.join(ROOT, "*.eml")):
        if not re.match(r"^\d{3}-", os.path.basename(p)) or not FIRST <= int(os.path.basename(p)[:3]) <= LAST:
            errs.append("%s: file outside the numbering" % os.path.basename(p))
    for path in emls:
        name = os.path.basename(path)
        E = lambda m: errs.append("%s: %s" % (name, m))
        m = re.match(r"^(\d{3})-(%s)-([a-z0-9-]+)\.eml$" % "|".join(KINDS), name)
        if not m:
            E("bad file name")
            continue
        nums.append(int(m[1]))
        jpath = path + ".json"
        if not os.path.exists(jpath):
            E("missing label")
            continue
        try:
            lab = json.load(open(jpath, encoding="utf-8"))
        except Exception as ex:
            E("JSON does not parse: %s" % ex)
            continue
        if set(lab) != KEYS:
            E("label keys %s" % sorted(lab))
            continue
        kind = lab["kind"]
        if kind not in KINDS:
            E("invalid kind %r" % kind)
        if not name.startswith("%s-%s-" % (m[1], kind)):
            E("file name kind differs from label kind")
        counts[kind] += 1
        raw = open(path, "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        try:
            d = parsedate_to_datetime(msg["Date"])
            ld = d.date()
        except Exception as ex:
            E("bad Date header: %s" % ex)
            continue
        if not (LO <= ld <= HI):
            E("local Date %s out of range" % ld)
        if d.tzinfo is None or d.utcoffset() is None:
            E("Date header has no offset")
        if b"\n" in raw.replace(b"\r\n", b""):
            E("bare LF line end")
        mid = MSGID.match((msg["Message-ID"] or "").strip())
        if not mid:
            E("Message-ID does not match <r9.NNN.<short>@<domain>.example>")
        elif int(mid[1]) != int(m[1]) or mid[2] != m[3]:
            E("Message-ID number/short name differ from the file name")
        else:
            fromdom = (getaddresses([msg["From"] or ""])[0][1].split("@") + [""])[1].lower()
            if mid[3].lower() != fromdom:
                E("Message-ID domain %s is not the sender domain %s" % (mid[3], fromdom))
        for part in msg.walk():
            if part.get_content_maintype() != "multipart":
                continue
            bnd = part.get_boundary()
            if not bnd or "r9b" not in bnd:
                E("MIME boundary %r lacks r9b" % bnd)
        if kind != "bounce":
            to = getaddresses([msg["To"] or ""])
            cand = to[0][1] if to else ""
        else:
            cand = ""
        own, quoted = texts(msg, cand)
        ev = lab["evidence"]
        if not isinstance(ev, str) or len(ev) < 8:
            E("evidence missing/too short")
        else:
            if "\n" in ev:
                E("evidence contains a line break")
            if ENTITY.search(ev):
                E("evidence contains an HTML entity")
            if not any(ev in l for l in own):
                E("evidence not found on a single line of the decoded employer/mail-system text")
            if ev in "\n".join(quoted):
                E("evidence also occurs in quoted/returned text")
        for k in ("expect_by", "returns_on"):
            v = lab[k]
            if v is None:
                continue
            try:
                vd = dt.date.fromisoformat(v)
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                    raise ValueError
            except Exception:
                E("%s is not an ISO date: %r" % (k, v))
                continue
            if vd < ld:
                E("%s %s is before the local Date %s" % (k, v, ld))
            if k == "returns_on" and vd == ld:
                E("returns_on equals the Date")
        if lab["expect_by"]:
            eb += 1
        if lab["returns_on"] is not None and kind != "auto-reply":
            E("returns_on on a non-auto-reply")
        fa = lab["failed_address"]
        if kind == "bounce":
            if not fa or not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", fa):
                E("bounce without a valid failed_address")
            else:
                owntxt = "\n".join(own)
                if fa not in owntxt:
                    E("failed_address not in the mail system's text")
                if not (re.search(r"Final-Recipient:\s*rfc822;\s*" + re.escape(fa) + r"\s*\n(?:Original-Recipient:[^\n]*\n)?Action:\s*failed", owntxt, re.I)
                        or fa == (msg.get("X-Failed-Recipients") or "").strip() or "Delivery has failed" in owntxt
                        or "wasn't able to deliver" in owntxt):
                    E("failed_address is not reported as failed")
        elif fa is not None:
            E("failed_address on a non-bounce")
        if not isinstance(lab["note"], str) or len(lab["note"]) < 10:
            E("note missing")
        # all domains invented
        alltxt = "\n".join(own + quoted) + "\n" + "\n".join("%s: %s" % (k, v) for k, v in msg.items())
        for dom in re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", alltxt):
            if not dom.lower().endswith(".example"):
                E("non-.example domain %s" % dom)
        for ip in re.findall(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b", alltxt):
            if not ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.")):
                E("non-documentation IP %s" % ip)
    for j in glob.glob(os.path.join(ROOT, "[0-9][0-9][0-9]-*.eml.json")):
        if not os.path.exists(j[:-5]):
            errs.append("%s: label without message" % os.path.basename(j))
    if len(set(nums)) != len(nums) or any(not FIRST <= n <= LAST for n in nums):
        errs.append("numbering has duplicates or numbers outside %d-%d" % (FIRST, LAST))
    complete = sorted(nums) == list(range(FIRST, LAST + 1))
    for k, want in MIX.items():
        if counts[k] > want or (complete and counts[k] != want):
            errs.append("kind %s: %d cases, mix wants %d" % (k, counts[k], want))
    if complete and counts["timeline"] < MIN_TIMELINE:
        errs.append("timeline has fewer than %d cases" % MIN_TIMELINE)
    if complete and counts["timeline"] != max(counts.values()):
        errs.append("timeline is not the largest group")
    if not complete:
        print("WARNING: set incomplete (%d of %d numbers present)" % (len(nums), LAST - FIRST + 1))
    utcd = 0
    for p in emls:
        m2 = BytesParser(policy=policy.default).parsebytes(open(p, "rb").read())
        try:
            dd = parsedate_to_datetime(m2["Date"])
            lab2 = json.load(open(p + ".json", encoding="utf-8"))
        except Exception:
            continue
        if dd.date() != dd.astimezone(dt.timezone.utc).date():
            utcd += 1
            if "UTC" not in lab2.get("note", ""):
                errs.append("%s: UTC date differs but the note does not say so" % os.path.basename(p))
        wdn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][dd.date().weekday()]
        if not str(lab2.get("note", "")).rstrip().endswith("%s, %s." % (dd.date(), wdn)):
            errs.append("%s: note does not end with the local date and weekday" % os.path.basename(p))
    if utcd < 8 and complete:
        errs.append("fewer than 8 messages whose UTC date differs from the local date")
    for e in errs:
        print("ERROR", e)
    print("UTC date differs from local date: %d" % utcd)
    print("cases: %d  " % len(emls) + "  ".join("%s=%d" % (k, counts[k]) for k in KINDS))
    print("with expect_by: %d   with returns_on: %d" % (eb, sum(1 for p in emls if json.load(open(p + '.json'))['returns_on'])))
    print("errors: %d" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

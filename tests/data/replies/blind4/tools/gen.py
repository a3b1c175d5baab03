#!/usr/bin/env python3
"""Deterministic generator for the replies4 blind set (files 261-360).
No clock is read; all boundaries and IDs are fixed.  Relative dates are computed
by tools/dates.py helpers from the LOCAL date of the Date: header."""
import base64, datetime as dt, hashlib, html, json, os, quopri, re, sys
from email.header import Header
from email.utils import formataddr

sys.path.insert(0, os.path.dirname(__file__))
import dates as D

OUT = os.path.join(os.path.dirname(__file__), "..")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfcdate(s):
    """'2026-12-03 23:40 -0800' -> 'Thu, 03 Dec 2026 23:40:00 -0800'"""
    d, t, off = s.split()
    y, m, dd = map(int, d.split("-"))
    day = dt.date(y, m, dd)
    if len(t) == 5:
        t += ":%02d" % (int(hashlib.md5(s.encode()).hexdigest(), 16) % 60)
    return "%s, %02d %s %d %s %s" % (WDN[day.weekday()], dd, MONTHS[m - 1], y, t, off)


TOK = re.compile(r"\[\[(\d{4})-(\d\d)-(\d\d)\|([^\]]*)\]\]")


def render(text):
    """Replace [[YYYY-MM-DD|fmt]] with the formatted date (weekday names are never typed by hand)."""
    def rep(m):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        f = m[4].replace("%-d", str(d.day)).replace("%-m", str(d.month))
        return d.strftime(f)
    return TOK.sub(rep, text)


def addr(pair, charset="utf-8"):
    name, a = pair
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)  # 7bit / 8bit: written in the charset later


def leaf(ctype, text, charset="utf-8", cte="7bit", extra=""):
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n%s" % (ctype, charset, cte, extra)
    return (h + "\n" + encode_body(text, charset, cte).rstrip("\n") + "\n"), charset


def multipart(sub, boundary, parts, extra=""):
    out = "Content-Type: multipart/%s; boundary=\"%s\"%s\n\n" % (sub, boundary, extra)
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n"))
    out += "--%s--\n" % boundary
    return out


# ---------- quoting styles -------------------------------------------------
def quote_block(q, style):
    """q = (attribution_line, text, cand_pair, subject, sent_str).  Returns plain text."""
    attr_line, text = q["attr"], q["text"]
    lines = text.strip("\n").split("\n")
    if style == "outlook":
        return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                % (addr(q["from"]), q["sent"], q["to"], q["subject"], text.strip("\n")))
    if style == "original":
        return ("\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
                % (addr(q["from"]), q["sent"], q["to"], q["subject"], text.strip("\n")))
    if style == "apple":
        return "\n> " + attr_line + "\n> \n" + "\n".join(("> " + l).rstrip() for l in lines) + "\n"
    return "\n" + attr_line + "\n" + "\n".join(("> " + l).rstrip() for l in lines) + "\n"


def to_html(body, q=None, style="gmail", sig_html=None):
    paras = [p for p in body.strip("\n").split("\n\n")]
    h = ['<div dir="ltr">'] if style == "gmail" else ['<div class="WordSection1">']
    for p in paras:
        h.append("<p>" + "<br>".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    h.append("</div>")
    if q:
        qt = q["text"].strip("\n")
        qh = "<br>".join(html.escape(l, quote=False) for l in qt.split("\n"))
        if style == "outlook":
            h.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            h.append('<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</div>'
                     % (html.escape(addr(q["from"]), quote=False), q["sent"], html.escape(q["to"], quote=False), html.escape(q["subject"], quote=False)))
            h.append("<div>" + qh + "</div>")
        else:
            h.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                     % (html.escape(q["attr"], quote=False), qh))
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + "\n".join(h) + "\n</body></html>\n"


CLIENT_HEADERS = {
    "gmail": [],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdlQx2k7d3F0bWVwcmltZXJhbmRvbQ=="),
                ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "exchange": [("Thread-Topic", None), ("Thread-Index", "AQHZ2Lw1c2NhbnRpbWVsaW5lcw=="),
                 ("X-MS-Exchange-Organization-SCL", "-1"), ("Content-Language", "en-US"),
                 ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF130 (Linux)/10.0.8_GA_4611)")],
    "ats": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("List-Unsubscribe", None)],
    "android": [("X-Mailer", "Outlook for Android")],
}


def received_chain(n, frm_dom, to_dom, date, rcpt="candidate"):
    h = int(hashlib.md5(str(n).encode()).hexdigest(), 16)
    ip1 = "198.51.100.%d" % (h % 250 + 2)
    ip2 = "203.0.113.%d" % ((h >> 8) % 250 + 2)
    return [("Received", "from mx1.%s (mx1.%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %X\n\tfor <%s>; %s"
             % (frm_dom, frm_dom, ip2, to_dom, h % 0xFFFFFFFFFF, rcpt, date)),
            ("Received", "from [%s] (unknown [%s])\n\tby mx1.%s with ESMTPSA id %x; %s" % (ip1, ip1, frm_dom, h % 0xFFFFFF, date))]


def build(c):
    n = c["n"]
    date = rfcdate(c["date"])
    c["_date"] = date
    charset = c.get("charset", "utf-8")
    cte = c.get("cte", "7bit")
    client = c.get("client", "gmail")
    frm, to = c["frm"], c["to"]
    frm_dom = frm[1].split("@")[1]
    to_dom = to[1].split("@")[1]
    body = render(c["body"]).strip("\n") + "\n"
    q = c.get("quote")
    if q:
        q = dict(q)
        q["text"] = render(q["text"])
        q["attr"] = render(q.get("attr", ""))
        q.setdefault("from", to)
        q.setdefault("to", addr(frm))
        q.setdefault("subject", c["subject"].replace("Re: ", "").replace("RE: ", "").replace("AW: ", ""))
        q["sent"] = render(q.get("sent", ""))
    qstyle = c.get("qstyle", "gmail")
    plain = body + (quote_block(q, qstyle) if q else "")
    mode = c.get("mode", "plain")  # plain | alt | html
    hs = list(received_chain(n, frm_dom, to_dom, date, to[1]))
    hs += [("Date", date), ("From", addr(frm, charset)), ("To", addr(to))]
    if c.get("cc"):
        hs.append(("Cc", ", ".join(addr(x) for x in c["cc"])))
    if c.get("reply_to"):
        hs.append(("Reply-To", addr(c["reply_to"])))
    hs.append(("Subject", hdr(render(c["subject"]), charset)))
    mid = "<%s.%d@%s>" % (hashlib.sha1(("r4-%d" % n).encode()).hexdigest()[:20], n, c.get("mid_dom", "mail." + frm_dom))
    hs.append(("Message-ID", mid))
    if c.get("in_reply_to", bool(q)):
        hs.append(("In-Reply-To", "<%s@mail.candidate.example>" % hashlib.sha1(("c-%d" % n).encode()).hexdigest()[:16]))
    for k, v in CLIENT_HEADERS.get(client, []):
        if v is None:
            v = render(c["subject"]) if k == "Thread-Topic" else "<mailto:unsubscribe@%s>" % frm_dom
        hs.append((k, v))
    hs += c.get("headers", [])
    hs.append(("MIME-Version", "1.0"))
    b = "----=_Part_%d_%s" % (n, hashlib.md5(str(n).encode()).hexdigest()[:12])
    if mode == "plain":
        part, _ = leaf("text/plain", plain, charset, cte, c.get("leaf_extra", ""))
        payload = part
    else:
        hbody = c.get("html") or to_html(body, q, "outlook" if qstyle in ("outlook", "original") else "gmail")
        hbody = render(hbody)
        hpart, _ = leaf("text/html", hbody, charset, c.get("html_cte", cte if cte != "7bit" else "quoted-printable"))
        if mode == "html":
            payload = hpart
        else:
            ppart, _ = leaf("text/plain", plain, charset, cte)
            payload = multipart("alternative", b, [ppart, hpart])
    if c.get("attach"):
        fname, ctype, data = c["attach"]
        att = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
               "Content-Transfer-Encoding: base64\n\n%s" % (ctype, fname, fname, base64.encodebytes(data).decode()))
        payload = multipart("mixed", b + "_mix", [payload, att])
    head = "".join("%s: %s\n" % (k, v) for k, v in hs)
    msg = head + payload
    return msg.encode(charset if charset != "utf-8" else "utf-8")


def main():
    import cases1, cases2, cases3, cases4, bounces
    cases = cases1.CASES + cases2.CASES + cases3.CASES + cases4.CASES + bounces.CASES
    cases.sort(key=lambda c: c["n"])
    nums = [c["n"] for c in cases]
    assert nums == list(range(261, 361)), (len(nums), sorted(set(range(261, 361)) - set(nums)), [x for x in nums if nums.count(x) > 1])
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-.*\.eml(\.json)?$", f):
            os.remove(os.path.join(OUT, f))
    for c in cases:
        if c["kind"] == "bounce":
            raw = c["builder"](c)
            date = c["_date"]
        else:
            raw = build(c)
            date = c["_date"]
        ld = D.local_date(date)
        ud = D.utc_date(date)
        assert dt.date(2026, 12, 2) <= ld <= dt.date(2027, 6, 30), (c["n"], ld)
        eb = c.get("eb")
        ret = c.get("ret")
        ebv = eb(ld) if eb else None
        retv = ret(ld) if ret else None
        if c.get("utc_trap"):
            alt = (eb or ret)(ud)
            assert ud != ld and alt != (ebv or retv), ("utc trap does not change answer", c["n"])
        note = c["note"].strip()
        note += " Date local %s (%s)" % (ld.isoformat(), WDN[ld.weekday()])
        if ud != ld:
            note += "; UTC date %s differs" % ud.isoformat()
            if c.get("utc_trap"):
                note += " and reading from UTC would give %s" % (eb or ret)(ud).isoformat()
        note += "."
        label = {"kind": c["kind"], "expect_by": ebv.isoformat() if ebv else None,
                 "returns_on": retv.isoformat() if retv else None,
                 "failed_address": c.get("failed"), "evidence": render(c["ev"]), "note": note}
        name = "%03d-%s-%s.eml" % (c["n"], c["kind"], c["short"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

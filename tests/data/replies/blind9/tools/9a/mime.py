"""Tiny deterministic MIME writer for the replies9a (r9) set (no clock, no randomness)."""
import base64, datetime as dt, json, os, quopri

WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDFULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rfcdate(s):
    """'2026-12-07 09:12:00 +0100' -> RFC 5322 date, plus local date and UTC date."""
    d, t, off = s.split()
    y, m, dd = map(int, d.split("-"))
    hh, mi, ss = (list(map(int, t.split(":"))) + [0])[:3]
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    x = dt.datetime(y, m, dd, hh, mi, ss, tzinfo=tz)
    hdr = "%s, %02d %s %d %02d:%02d:%02d %s" % (WDN[x.weekday()], dd, MN[m - 1], y, hh, mi, ss, off)
    return hdr, x.date(), x.astimezone(dt.timezone.utc).date()


def enc(text, charset, cte):
    b = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    return b.decode(charset if cte == "8bit" else "ascii")


def leaf(ctype, text, charset="utf-8", cte="7bit", extra=()):
    if cte == "7bit" and not text.isascii():
        assert charset == "utf-8", "non-ASCII 7bit part in %s" % charset
        cte = "8bit"
    h = ["Content-Type: %s; charset=%s" % (ctype, charset if charset.lower() != "utf-8" else '"utf-8"' if ctype == "text/html" else "utf-8"),
         "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return ("leaf", h, enc(text, charset, cte))


def plain(text, charset="utf-8", cte="7bit", **k):
    return leaf("text/plain", text, charset, cte, **k)


def html(text, charset="utf-8", cte="quoted-printable", **k):
    return leaf("text/html", text, charset, cte, **k)


def multi(sub, parts, boundary, params=""):
    return ("multi", sub, parts, boundary, params)


def raw(headers, payload):
    return ("leaf", list(headers), payload)


def render(node):
    """Return (header lines, body text) for a node."""
    if node[0] == "leaf":
        return node[1], node[2]
    _, sub, parts, b, params = node
    h = ["Content-Type: multipart/%s;%s boundary=\"%s\"" % (sub, params, b)]
    out = []
    for p in parts:
        ph, pb = render(p)
        out.append("--" + b + "\n" + "\n".join(ph) + "\n\n" + pb.rstrip("\n") + "\n")
    body = "\n".join(out) + "--" + b + "--\n"
    return h, body


def write(folder, num, kind, short, headers, date, body, label):
    """headers: list of (name, value) written before Date; Date and MIME-Version inserted."""
    hdr, ld, ud = rfcdate(date)
    hl = []
    for k, v in headers:
        hl.append("%s: %s" % (k, v))
        if k == "Subject":
            hl.append("Date: " + hdr)
    bh, bb = render(body)
    text = "\n".join(hl) + "\nMIME-Version: 1.0\n" + "\n".join(bh) + "\n\n" + bb
    if not text.endswith("\n"):
        text += "\n"
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    name = "%03d-%s-%s.eml" % (num, kind, short)
    open(os.path.join(folder, name), "wb").write(data)
    note = label["note"].rstrip()
    if not note.endswith("."):
        note += "."
    if ld != ud:
        note += " UTC date is %s; the local date is used." % ud
    note += " Local Date: %s, %s." % (ld, WDFULL[ld.weekday()])
    lab = {"kind": kind,
           "expect_by": label.get("expect_by") and label["expect_by"](ld).isoformat(),
           "returns_on": label.get("returns_on") and label["returns_on"](ld).isoformat(),
           "failed_address": label.get("failed_address"),
           "evidence": label["evidence"], "note": note}
    with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return ld

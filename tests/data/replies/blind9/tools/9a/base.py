"""Shared helpers for the replies9a (r9) generators: message list, header set, quoting."""
import datetime, re
from email.header import Header
from email.utils import parseaddr, formataddr
from mime import plain, html, multi, raw, leaf


def _enc(name, value):
    """RFC 2047-encode non-ASCII display names and subjects (as real clients do)."""
    if value.isascii():
        return value
    if name in ("From", "To", "Cc", "Reply-To"):
        return ", ".join(formataddr(parseaddr(a.strip()), charset="utf-8") for a in value.split(">,"))
    return Header(value, "utf-8").encode()

D = datetime.date
MSGS = []


def msg(num, kind, short, frm, to, subj, date, body, label, extra=()):
    dom = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm).group(1)
    hdrs = [("From", _enc("From", frm)), ("To", _enc("To", to)), ("Subject", _enc("Subject", subj)),
            ("Message-ID", "<r9.%d.%s@%s>" % (num, short, dom))] + list(extra)
    if isinstance(body, str):
        body = plain(body)
    MSGS.append((num, kind, short, hdrs, date, body, label))


def q(text):
    """Quote candidate text with '> '."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def fixed(y, m, d):
    return lambda ld: D(y, m, d)

"""Shared helpers for the replies-a (r7) generators: message list, header set, quoting."""
import datetime, re
from mime import plain, html, multi, raw, leaf

D = datetime.date
MSGS = []


def msg(num, kind, short, frm, to, subj, date, body, label, extra=()):
    dom = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm).group(1)
    hdrs = [("From", frm), ("To", to), ("Subject", subj),
            ("Message-ID", "<r7.%d.%s@%s>" % (num, short, dom))] + list(extra)
    if isinstance(body, str):
        body = plain(body)
    MSGS.append((num, kind, short, hdrs, date, body, label))


def q(text):
    """Quote candidate text with '> '."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def fixed(y, m, d):
    return lambda ld: D(y, m, d)

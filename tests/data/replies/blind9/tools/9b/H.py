"""Shared shorthands for the hand-written message files."""
import dates as D
from mime import plain, html, multi, raw, leaf


def hd(frm, to, subj, *extra):
    """Header list: From, To, Subject (Date and Message-ID follow Subject), then extras."""
    h = [("From", frm), ("To", to), ("Subject", subj)]
    h += list(extra)
    return h


def alt(text, htm, b, tcte="7bit", hcte="quoted-printable", charset="utf-8"):
    return multi("alternative", [plain(text, charset, tcte), html(htm, charset, hcte)], b)


def M(n, kind, short, hdrs, date, body, label, dom=None):
    d = dict(n=n, kind=kind, short=short, hdrs=hdrs, date=date, body=body, label=label)
    if dom:
        d["dom"] = dom
    return d

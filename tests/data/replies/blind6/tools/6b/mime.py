"""Tiny deterministic MIME builder for replies6b (no clock, no randomness)."""
import base64, datetime as dt, quopri
from email.utils import format_datetime

CRLF = "\r\n"


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m if h >= 0 else -m))


def date_header(y, mo, d, hh, mi, off_h, off_m=0):
    return format_datetime(dt.datetime(y, mo, d, hh, mi, 0, tzinfo=tz(off_h, off_m)))


def _enc(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if cte == "7bit":
        text.encode("ascii")
        return text
    if cte == "8bit":
        return text
    data = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        return CRLF.join(self.headers) + CRLF + CRLF + self.body.replace("\r\n", "\n").replace("\n", CRLF)


def text(body, cs="us-ascii", cte="7bit", sub="plain", fmt=None):
    ct = "text/%s; charset=\"%s\"" % (sub, cs)
    if fmt:
        ct += "; format=" + fmt
    return Part(["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], _enc(body, cs, cte))


def html(body, cs="utf-8", cte="quoted-printable"):
    return text(body, cs, cte, sub="html")


def multi(sub, boundary, parts, extra=""):
    ct = 'multipart/%s; boundary="%s"%s' % (sub, boundary, extra)
    out = []
    for p in parts:
        out.append("--" + boundary + "\n" + p.render().replace(CRLF, "\n"))
    out.append("--" + boundary + "--\n")
    return Part(["Content-Type: " + ct], "\n".join(out))


def raw(ct, body, cte=None):
    h = ["Content-Type: " + ct]
    if cte:
        h.append("Content-Transfer-Encoding: " + cte)
    return Part(h, body)


def message(headers, part):
    """headers: list of (name, value); part: Part (its headers go last)."""
    hs = ["%s: %s" % (k, v) for k, v in headers] + ["MIME-Version: 1.0"] + part.headers
    return (CRLF.join(hs) + CRLF + CRLF + part.body.replace("\r\n", "\n").replace("\n", CRLF)).encode("ascii")

#!/usr/bin/env python3
"""Deterministic generator for the replies5 blind set (cases 361-460).
Never reads the clock; all boundaries and Message-IDs are fixed."""
import base64, datetime as dt, html, json, os, quopri, sys
from email.header import Header
from email.utils import formataddr, format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dates as D

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WDN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CASES = []


def tz(off):
    s = 1 if off[0] == "+" else -1
    return dt.timezone(s * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def addr(name, a, cs="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def encode(text, cs, cte):
    b = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    return b.decode(cs)


def to_html(lines, quoted_html=None):
    out = ["<html><head><style>p{margin:0 0 8px 0;font-family:Arial}</style></head><body>"]
    for l in lines:
        out.append("<p>%s</p>" % html.escape(l, quote=False) if l.strip() else "<br>")
    if quoted_html:
        out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">")
        for l in quoted_html:
            out.append("<div>%s</div>" % html.escape(l, quote=False))
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out)


def quote_block(style, cand, qdate, qlines):
    """Candidate's own earlier mail, quoted in the given client style."""
    name, a = cand
    when = qdate
    if style == "gmail":
        return ["", "On %s, %s <%s> wrote:" % (when, name, a)] + ["> " + l if l else ">" for l in qlines]
    if style == "outlook":
        return ["", "________________________________", "From: %s <%s>" % (name, a), "Sent: %s" % when,
                "Subject: RE: application", ""] + qlines
    if style == "orig":
        return ["", "-----Original Message-----", "From: %s <%s>" % (name, a), "Sent: %s" % when, ""] + qlines
    if style == "de":
        return ["", "Am %s schrieb %s <%s>:" % (when, name, a)] + ["> " + l for l in qlines]
    if style == "fr":
        return ["", "Le %s, %s <%s> a écrit :" % (when, name, a)] + ["> " + l for l in qlines]
    if style == "es":
        return ["", "El %s, %s (<%s>) escribió:" % (when, name, a)] + ["> " + l for l in qlines]
    if style == "pt":
        return ["", "Em %s, %s <%s> escreveu:" % (when, name, a)] + ["> " + l for l in qlines]
    raise ValueError(style)


def case(num, kind, short, date, frm, to, subj, body, ev, rule, eb=None, ro=None, fmt="plain",
         cs="utf-8", cte="7bit", mailer=None, quote=None, extra=(), fa=None, raw_body=None, ctype=None):
    alltext = "\n".join(list(body or []) + (list(quote[2]) + [quote[1]] if quote else []))
    if cte == "7bit" and not alltext.isascii():
        cte = "8bit"
    CASES.append(dict(num=num, kind=kind, short=short, date=date, frm=frm, to=to, subj=subj, body=body,
                      ev=ev, rule=rule, eb=eb, ro=ro, fmt=fmt, cs=cs, cte=cte, mailer=mailer, quote=quote,
                      extra=extra, fa=fa, raw_body=raw_body, ctype=ctype))


def build(c):
    y, m, d, hh, mm, off = c["date"]
    dtv = dt.datetime(y, m, d, hh, mm, (c["num"] * 7) % 60, tzinfo=tz(off))
    dateh = format_datetime(dtv)
    fdom = c["frm"][1].split("@")[1]
    H = [("From", addr(*c["frm"], cs=c["cs"] if c["cs"] != "us-ascii" else "utf-8")),
         ("To", addr(*c["to"])),
         ("Subject", hdr(c["subj"], "utf-8")),
         ("Date", dateh),
         ("Message-ID", "<r5.%d.%s@%s>" % (c["num"], c["short"], fdom)),
         ("MIME-Version", "1.0")]
    if c["mailer"]:
        k, v = c["mailer"].split(": ", 1)
        H.append((k, v))
    H += list(c["extra"])
    if c["raw_body"] is not None:
        H.append(("Content-Type", c["ctype"]))
        body = c["raw_body"]
    else:
        lines = list(c["body"])
        qh = None
        if c["quote"]:
            st, qd, ql = c["quote"]
            if c["fmt"] in ("html", "alt") and st == "bq":
                qh = ["%s wrote on %s:" % (c["to"][0], qd)] + ql
                qtext = quote_block("gmail", c["to"], qd, ql)
            else:
                qtext = quote_block(st, c["to"], qd, ql)
                lines_q = qtext
        text_lines = lines + (quote_block("gmail", c["to"], c["quote"][1], c["quote"][2])
                              if c["quote"] and c["quote"][0] == "bq" else (lines_q if c["quote"] else []))
        text = "\n".join(text_lines) + "\n"
        cs, cte = c["cs"], c["cte"]
        if c["fmt"] == "plain":
            H += [("Content-Type", "text/plain; charset=%s" % ("\"%s\"" % cs if c["num"] % 2 else cs)),
                  ("Content-Transfer-Encoding", cte)]
            body = encode(text, cs, cte)
        else:
            if c["quote"] and c["quote"][0] != "bq":
                hl = lines + lines_q  # html shows the quote as plain lines
                hbody = to_html(hl)
            else:
                hbody = to_html(lines, qh)
            if c["fmt"] == "html":
                H += [("Content-Type", "text/html; charset=%s" % cs), ("Content-Transfer-Encoding", cte)]
                body = encode(hbody, cs, cte)
            else:
                b = "=_r5alt_%03d_%s" % (c["num"], c["short"][:8])
                H.append(("Content-Type", "multipart/alternative; boundary=\"%s\"" % b))
                tcte = "quoted-printable" if cte == "base64" else cte
                body = ("This is a multi-part message in MIME format.\n\n--%s\nContent-Type: text/plain; charset=%s\n"
                        "Content-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: text/html; charset=%s\n"
                        "Content-Transfer-Encoding: %s\n\n%s\n--%s--\n") % (
                    b, cs, tcte, encode(text, cs, tcte), b, cs, cte, encode(hbody, cs, cte), b)
    msg = "".join("%s: %s\n" % (k, v) for k, v in H) + "\n" + body
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    ld, ud = dtv.date(), dtv.astimezone(dt.timezone.utc).date()
    ebv = c["eb"](ld) if c["eb"] else None
    rov = c["ro"](ld) if c["ro"] else None
    note = c["rule"].rstrip(".") + "."
    if ud != ld:
        note += " UTC date differs: %s (%s)" % (ud, WDN[ud.weekday()])
        wrong = [f(ud) for f in (c["eb"], c["ro"]) if f]
        right = [v for v in (ebv, rov) if v]
        if wrong and wrong != right:
            note += "; UTC trap: reading from the UTC date would wrongly give %s." % ", ".join(map(str, wrong))
        else:
            note += "; the answer does not change."
    note += " Local Date: %s, %s." % (ld, WDN[ld.weekday()])
    lab = {"kind": c["kind"], "expect_by": ebv.isoformat() if ebv else None,
           "returns_on": rov.isoformat() if rov else None, "failed_address": c["fa"],
           "evidence": c["ev"], "note": note}
    name = "%03d-%s-%s.eml" % (c["num"], c["kind"], c["short"])
    if c["fmt"] != "plain" or c["raw_body"] is not None:
        pass
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(msg.encode("utf-8") if c["cte"] == "8bit" and c["raw_body"] is None and c["cs"] == "utf-8"
                else msg.encode(c["cs"] if c["cte"] == "8bit" and c["raw_body"] is None else "ascii"))
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    import gen as G
    import cases_a, cases_b, cases_c  # noqa: F401  (they call gen.case())
    for fn in os.listdir(OUT):
        if fn[:3].isdigit() and fn.endswith((".eml", ".eml.json")):
            os.remove(os.path.join(OUT, fn))
    nums = [c["num"] for c in G.CASES]
    assert len(nums) == len(set(nums)), 'duplicate numbers'
    for c in sorted(G.CASES, key=lambda c: c["num"]):
        G.build(c)
    print("wrote %d cases" % len(G.CASES))


if __name__ == "__main__":
    main()


def bounce(num, short, date, style, failed, cand, mta, orig, ev, rule, also_ok=None):
    """orig = (subject, date string, body lines). mta = reporting host. Builds a raw bounce."""
    osubj, odate, olines = orig
    rdom = failed.split("@")[1]
    B = "r5dsn.%03d.%s" % (num, style)
    rcpts = "<%s>" % failed + (", <%s>" % also_ok if also_ok else "")
    omsg = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <cand.%d@%s>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n%s\n") % (
        formataddr(cand), rcpts, osubj, odate, num, cand[1].split("@")[1], "\n".join(olines))
    ds = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\n" % (mta, odate))
    if also_ok:
        ds += "Final-Recipient: rfc822; %s\nAction: delivered\nStatus: 2.0.0\n\n" % also_ok
    diag = {"postfix": "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % failed,
            "postfix-full": "552 5.2.2 <%s>: Mailbox full, quota exceeded" % failed,
            "exchange": "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            "google": "550 5.1.1 The email account that you tried to reach does not exist.",
            "ses": "550 5.1.1 Requested action not taken: mailbox unavailable",
            "sendmail": "550 5.1.1 %s... User unknown" % failed,
            "mimecast": "550 Administrative prohibition - envelope blocked - account disabled"}.get(style, "")
    ds += ("Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nRemote-MTA: dns; mx.%s\n"
           "Diagnostic-Code: smtp; %s\n") % (failed, (__import__("re").search(r"\d\.\d\.\d+", diag) or ["5.0.0"])[0], rdom, diag)
    ctype = "multipart/report; report-type=delivery-status; boundary=\"%s\"" % B

    def report(first_ct, first, last_ct="message/rfc822", last=omsg):
        return ("This is a MIME-encapsulated message.\n\n--%s\nContent-Description: Notification\nContent-Type: %s\n\n%s\n"
                "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n"
                "--%s\nContent-Description: Undelivered Message\nContent-Type: %s\n\n%s\n--%s--\n") % (
            B, first_ct, first, B, ds, B, last_ct, last, B)
    extra = [("Auto-Submitted", "auto-replied")]
    if style in ("postfix", "postfix-full"):
        frm = ("Mail Delivery System", "MAILER-DAEMON@%s" % mta)
        subj = "Undelivered Mail Returned to Sender"
        first = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n<%s>: host mx.%s[203.0.113.%d] said:\n    %s (in reply to RCPT TO command)\n") % (
            mta, failed, rdom, 10 + num % 200, diag)
        body = report("text/plain; charset=us-ascii", first)
    elif style == "exim":
        frm = ("Mail Delivery System", "Mailer-Daemon@%s" % mta)
        subj = "Mail delivery failed: returning message to sender"
        extra.append(("X-Failed-Recipients", failed))
        body = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n    host mx.%s [198.51.100.%d]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 No such user here (account closed)\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n"
                "Return-path: <%s>\nReceived: from [192.0.2.%d] by %s with esmtpsa\n%s") % (
            failed, rdom, num % 200 + 20, failed, cand[1], num % 200 + 3, mta, omsg)
        ctype = "text/plain; charset=us-ascii"
    elif style == "qmail":
        frm = ("", "MAILER-DAEMON@%s" % mta)
        subj = "failure notice"
        body = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n203.0.113.%d does not like recipient.\n"
                "Remote host said: 550 sorry, no mailbox here by that name. (#5.7.17)\nGiving up on 203.0.113.%d.\n\n"
                "--- Below this line is a copy of the message.\n\nReturn-Path: <%s>\n%s") % (
            mta, failed, num % 200 + 5, num % 200 + 5, cand[1], omsg)
        ctype = "text/plain; charset=us-ascii"
    elif style == "exchange":
        frm = ("Microsoft Outlook", "postmaster@%s" % mta)
        subj = "Undeliverable: %s" % osubj
        first = ("<html><body><p><b>Your message to %s couldn't be delivered.</b></p>\n<p>%s wasn't found at %s.</p>\n"
                 "<p>Delivery has failed to these recipients or groups:</p>\n<p>%s</p>\n"
                 "<p>The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</p>\n"
                 "<p>Diagnostic information for administrators:</p>\n<p>Generating server: %s</p>\n<p>Remote Server returned '%s'</p>\n</body></html>") % (
            failed, failed.split("@")[0], rdom, failed, mta, diag)
        body = report("text/html; charset=us-ascii", first)
    elif style == "google":
        frm = ("Mail Delivery Subsystem", "mailer-daemon@%s" % mta)
        subj = "Delivery Status Notification (Failure)"
        first = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
                 "The response from the remote server was:\n%s\n") % (failed, diag)
        body = report("text/plain; charset=UTF-8", first)
    elif style == "ses":
        frm = ("MAILER-DAEMON", "MAILER-DAEMON@%s" % mta)
        subj = "Delivery Status Notification (Failure)"
        first = ("An error occurred while trying to deliver the mail to the following recipients:\n%s\n") % failed
        body = report("text/plain; charset=UTF-8", first)
    elif style == "sendmail":
        frm = ("Mail Delivery Subsystem", "MAILER-DAEMON@%s" % mta)
        subj = "Returned mail: see transcript for details"
        first = ("The original message was received at %s\nfrom [192.0.2.%d]\n\n   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
                 "    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mx.%s.:\n>>> RCPT To:<%s>\n<<< %s\n") % (
            odate, num % 200 + 40, failed, rdom, failed, diag)
        hdrs = omsg.split("\n\n", 1)[0] + "\n"
        body = report("text/plain; charset=us-ascii", first, "text/rfc822-headers", hdrs)
    elif style == "mimecast":
        frm = ("Securegate Postmaster", "postmaster@%s" % mta)
        subj = "Message delivery failure - %s" % osubj
        first = ("<html><body><h3>Your message couldn't be delivered</h3>\n<p>The message you sent to %s was rejected by the recipient's email gateway.</p>\n"
                 "<p>Reason: %s</p>\n<p>Securegate reference: SG-%06d</p></body></html>") % (failed, diag, num * 3917)
        body = report("text/html; charset=us-ascii", first)
    else:
        raise ValueError(style)
    case(num, "bounce", short, date, frm, cand, subj, None, ev, rule, fa=failed, raw_body=body, ctype=ctype, extra=extra)

# Bounces (9): Postfix, Exim, Microsoft 365, Google-style, qmail, SES-style, Sendmail, Exchange on-prem, Postfix (domain not found).
import base64, hashlib
from gen import rfcdate, render, multipart, leaf


def orig(c):
    """The candidate's own returned message (headers + body)."""
    o = c["orig"]
    return ("Return-Path: <%s>\nDate: %s\nFrom: %s <%s>\nTo: %s\n%sSubject: %s\nMessage-ID: <%s@mail.candidate.example>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            % (o["from"][1], rfcdate(o["date"]), o["from"][0], o["from"][1], o["to"],
               ("Cc: %s\n" % o["cc"]) if o.get("cc") else "", o["subject"],
               hashlib.sha1(str(c["n"]).encode()).hexdigest()[:18], render(o["body"]).strip()))


def orig_headers(c):
    return orig(c).split("\n\n", 1)[0] + "\n"


def top(c, frm, subject, extra=""):
    date = rfcdate(c["date"])
    c["_date"] = date
    o = c["orig"]
    b = "%d.%s/%s" % (c["n"], hashlib.md5(str(c["n"]).encode()).hexdigest()[:8].upper(), c["mta_host"])
    h = ("Return-Path: <>\nReceived: by %s (%s)\n\tid %s; %s\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\nMessage-ID: <%s@%s>\n"
         "Auto-Submitted: auto-replied\n%sMIME-Version: 1.0\n"
         % (c["mta_host"], c["mta_name"], hashlib.md5(str(c["n"]).encode()).hexdigest()[:10].upper(), date, date, frm, o["from"][1],
            subject, hashlib.sha1(("b%d" % c["n"]).encode()).hexdigest()[:16], c["mta_host"], extra))
    return h, b, date


def dsn(c, reporting, status, diag, remote=None, action="failed", extra_rcpt=""):
    s = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
        reporting, rfcdate(c["orig"]["date"]), c["failed"], c["failed"], action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + s + extra_rcpt


def report(c, subject_frm, subject, human, dsn_part, returned="full", human_html=None):
    h, b, date = top(c, subject_frm, subject)
    parts = []
    hp, _ = leaf("text/plain", render(human), "utf-8", c.get("cte", "7bit"), "Content-Description: Notification\n")
    if human_html:
        hh, _ = leaf("text/html", human_html, "utf-8", "quoted-printable")
        parts.append(multipart("alternative", b + "_alt", [hp, hh]))
    else:
        parts.append(hp)
    parts.append(dsn_part)
    if returned == "full":
        parts.append("Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + orig(c))
    else:
        parts.append("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig_headers(c))
    return (h + multipart("report", b, parts, "; report-type=delivery-status")).encode("utf-8")


def b_postfix(c):
    f = c["failed"]
    human = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx.kestrel-aero.example[198.51.100.25] said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""" % (c["mta_host"], f, f)
    return report(c, "MAILER-DAEMON@%s (Mail Delivery System)" % c["mta_host"], "Undelivered Mail Returned to Sender", human,
                  dsn(c, c["mta_host"], "5.1.1", "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % f, "mx.kestrel-aero.example"))


def b_postfix_dns(c):
    f = c["failed"]
    dom = f.split("@")[1]
    human = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<%s>: Host or domain name not found. Name service error for name=%s type=AAAA: Host not found
""" % (c["mta_host"], f, dom)
    return report(c, "MAILER-DAEMON@%s (Mail Delivery System)" % c["mta_host"], "Undelivered Mail Returned to Sender", human,
                  dsn(c, c["mta_host"], "5.4.4", "Host or domain name not found. Name service error for name=%s type=AAAA: Host not found" % dom).replace("Diagnostic-Code: smtp;", "Diagnostic-Code: X-Postfix;"),
                  returned="headers")


def b_exim(c):
    h, b, date = top(c, "Mail Delivery System <Mailer-Daemon@%s>" % c["mta_host"], "Mail delivery failed: returning message to sender",
                     "X-Failed-Recipients: %s\n" % c["failed"])
    f = c["failed"]
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    host mail.lindqvist-arkitektur.example [203.0.113.40]
    SMTP error from remote mail server after RCPT TO:<%s>:
    550 5.1.1 Mailbox does not exist - the account was closed when the employee left

------ This is a copy of the message, including all the headers. ------

""" % (f, f) + orig(c)
    p, _ = leaf("text/plain", body, "utf-8", "8bit")
    return (h + p).encode("utf-8")


def b_m365(c):
    f = c["failed"]
    human = """Your message to %s couldn't be delivered.

%s wasn't found at harbourline-shipping.example.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: SY4PR01MB0000.ausprd01.prod.mail-relay.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""" % (f, f.split("@")[0])
    hh = ("<html><body><p style=\"font-size:16px\">Your message to <a href=\"mailto:%s\">%s</a> couldn't be delivered.</p>"
          "<p><b>%s</b> wasn't found at <b>harbourline-shipping.example</b>.</p>"
          "<p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\n" % (f, f, f.split("@")[0]))
    return report(c, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourline-shipping.example>",
                  "Undeliverable: Thank you - Marine Superintendent interview", human,
                  dsn(c, "SY4PR01MB0000.ausprd01.prod.mail-relay.example", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
                  human_html=hh)


def b_google(c):
    f = c["failed"]
    human = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.mailhost.example/mail/answer/6596

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""" % f
    return report(c, "Mail Delivery Subsystem <mailer-daemon@webmail-mta.example>", "Delivery Status Notification (Failure)", human,
                  dsn(c, "mail-relay-f41.webmail-mta.example", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.", "mx.brightfield-studio.example"))


def b_qmail(c):
    h, b, date = top(c, "MAILER-DAEMON@%s" % c["mta_host"], "failure notice")
    f = c["failed"]
    body = """Hi. This is the qmail-send program at %s.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<%s>:
203.0.113.77 does not like recipient.
Remote host said: 550 No such user here
Giving up on 203.0.113.77.

--- Below this line is a copy of the message.

""" % (c["mta_host"], f) + orig(c)
    p, _ = leaf("text/plain", body, "utf-8", "8bit")
    return (h + p).encode("utf-8")


def b_ses(c):
    f = c["failed"]
    human = """An error occurred while trying to deliver the mail to the following recipients:
%s

The mailbox you tried to reach is full and cannot accept new messages at this time.
""" % f
    return report(c, "MAILER-DAEMON@email-relay.cloudsend-eu.example", "Delivery Status Notification (Failure)", human,
                  dsn(c, "b224-12.smtp-out.cloudsend-eu.example", "5.2.2", "552 5.2.2 <%s>: Mailbox full - quota exceeded" % f, "mx01.tallinn-fintech.example"),
                  returned="headers")


def b_sendmail(c):
    f = c["failed"]
    ok = c["ok_rcpt"]
    human = """The original message was received at %s
from pool-198-51-100-9.candidate-isp.example [198.51.100.9]

   ----- The following addresses had permanent fatal errors -----
<%s>
    (reason: 550 5.7.1 <%s>... Relaying denied - mailbox retired)

   ----- Transcript of session follows -----
... while talking to smtp.oakridge-county.example.:
>>> RCPT To:<%s>
<<< 550 5.7.1 <%s>... Relaying denied - mailbox retired
550 5.1.1 <%s>... User unknown
""" % (rfcdate(c["orig"]["date"]), f, f, f, f, f)
    extra = "\nFinal-Recipient: RFC822; %s\nAction: delivered\nStatus: 2.0.0\n" % ok
    return report(c, "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % c["mta_host"], "Returned mail: see transcript for details", human,
                  dsn(c, c["mta_host"], "5.7.1", "550 5.7.1 <%s>... Relaying denied - mailbox retired" % f, "smtp.oakridge-county.example", extra_rcpt=extra))


def b_exchange_onprem(c):
    h, b, date = top(c, "Microsoft Exchange <postmaster@%s>" % c["mta_host"], "Undeliverable: Follow-up - Senior Quantity Surveyor")
    f = c["failed"]
    body = """Delivery has failed to these recipients or groups:

Michael O'Brien (%s)
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: EXCH02.mcallister-build.example

%s
#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##

Original message headers:

""" % (f, f) + orig_headers(c)
    p, _ = leaf("text/plain", body, "utf-8", "quoted-printable")
    return (h + p).encode("utf-8")


def B(n, short, builder, date, failed, ev, note, orig, mta_host, mta_name="Postfix", **kw):
    d = dict(n=n, kind="bounce", short=short, builder=builder, date=date, failed=failed, ev=ev, note=note, orig=orig,
             mta_host=mta_host, mta_name=mta_name)
    d.update(kw)
    return d


CAND = ("Noor Al-Hashimi", "noor.alhashimi@mailbox.example")

CASES = [
B(352, "thank-you-aerospace-recruiter", b_postfix, "2026-12-06 10:22 +0000", "j.harlow@kestrel-aero.example",
  "<j.harlow@kestrel-aero.example>: host mx.kestrel-aero.example[198.51.100.25] said: 550 5.1.1 <j.harlow@kestrel-aero.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
  "Postfix multipart/report bounce (user unknown). Traps: the returned original contains 'by 11 December' and an interview date, which must not be read.",
  dict(**{"from": ("Ibrahim Diallo", "ibrahim.diallo@postbox.example")}, to="James Harlow <j.harlow@kestrel-aero.example>",
       date="2026-12-06 10:21 +0000", subject="Thank you - Avionics Test Engineer interview",
       body="Dear James,\n\nThank you for the interview on Thursday 3 December. You mentioned I'd hear by 11 December, and I remain very keen.\n\nBest regards,\nIbrahim"),
  mta_host="smtp.postbox.example"),
B(353, "followup-architecture-studio-malmo", b_exim, "2027-01-19 15:40 +0100", "erik.lindqvist@lindqvist-arkitektur.example",
  "550 5.1.1 Mailbox does not exist - the account was closed when the employee left",
  "Exim plain-text bounce with X-Failed-Recipients; the copy of the message follows the Exim separator. Trap: returned text with the candidate's dates.",
  {"from": ("Chiara Conti", "chiara.conti@posta.example"), "to": "Erik Lindqvist <erik.lindqvist@lindqvist-arkitektur.example>",
   "date": "2027-01-19 15:39 +0100", "subject": "Following up - Architect position",
   "body": "Dear Erik,\n\nI am following up on our conversation of 12 January. Could you let me know about the next step by the end of January?\n\nKind regards,\nChiara Conti"},
  mta_host="mx.posta.example", mta_name="Exim 4.98"),
B(354, "thank-you-shipping-m365", b_m365, "2027-02-08 09:05 +1100", "t.nguyen@harbourline-shipping.example",
  "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  "Microsoft 365-style NDR (multipart/report with plain and HTML notification). Trap: returned original mentions a decision 'by Friday 12 February'.",
  {"from": ("Sione Taufa", "sione.taufa@inbox.example"), "to": "Tran Nguyen <t.nguyen@harbourline-shipping.example>",
   "date": "2027-02-08 09:04 +1100", "subject": "Thank you - Marine Superintendent interview",
   "body": "Dear Tran,\n\nThank you for this morning's interview. I note the panel expects to decide by Friday 12 February.\n\nWarm regards,\nSione"},
  mta_host="SY4PR01MB0000.ausprd01.prod.mail-relay.example", mta_name="Microsoft SMTP Server"),
B(355, "followup-design-studio-google", b_google, "2027-02-25 18:30 -0800", "maya@brightfield-studio.example",
  "Your message wasn't delivered to maya@brightfield-studio.example because the address couldn't be found, or is unable to receive mail.",
  "Google-style 'Address not found' bounce. Trap: returned original quotes a deadline 3/1 set for the candidate by another company.",
  {"from": ("Diego Fernández", "diego.fernandez@mailbox.example"), "to": "Maya Ostrowski <maya@brightfield-studio.example>",
   "date": "2027-02-25 18:29 -0800", "subject": "Following up - Motion Designer",
   "body": "Hi Maya,\n\nHope you're well! Following up on my interview of 2/18. I have another offer to answer by 3/1, so any update would help.\n\nThanks,\nDiego"},
  mta_host="mail-relay-f41.webmail-mta.example", mta_name="Webmail MTA"),
B(356, "followup-vet-clinic-qmail", b_qmail, "2027-03-16 07:12 +0200", "dr.botha@karoo-vets.example",
  "Remote host said: 550 No such user here",
  "qmail plain-text bounce; everything after '--- Below this line is a copy of the message.' is the candidate's own text. Trap: returned text mentions 'Thursday week'.",
  {"from": ("Lerato Mokoena", "lerato.mokoena@webpost.example"), "to": "Dr Johan Botha <dr.botha@karoo-vets.example>",
   "date": "2027-03-16 07:11 +0200", "subject": "Thank you - Associate Veterinarian",
   "body": "Dear Dr Botha,\n\nThank you for showing me around the practice yesterday. You mentioned you'd decide no later than Thursday week.\n\nKind regards,\nLerato"},
  mta_host="mail.webpost.example", mta_name="qmail 1.03"),
B(357, "thank-you-fintech-tallinn-ses", b_ses, "2027-04-13 11:48 +0300", "kadri.tamm@tallinn-fintech.example",
  "The mailbox you tried to reach is full and cannot accept new messages at this time.",
  "SES-style bounce (multipart/report with text/rfc822-headers, mailbox full). Trap: the returned headers carry the candidate's own Date.",
  {"from": CAND, "to": "Kadri Tamm <kadri.tamm@tallinn-fintech.example>",
   "date": "2027-04-13 11:47 +0300", "subject": "Thank you for the interview - Compliance Officer",
   "body": "Dear Kadri,\n\nThank you for the interview on 9 April. I look forward to hearing from you within two weeks as discussed.\n\nBest regards,\nNoor"},
  mta_host="b224-12.smtp-out.cloudsend-eu.example", mta_name="CloudSend"),
B(358, "followup-county-planner-cc-sendmail", b_sendmail, "2027-05-03 08:55 -0400", "jmarsh@oakridge-county.example",
  "(reason: 550 5.7.1 <jmarsh@oakridge-county.example>... Relaying denied - mailbox retired)",
  "Sendmail bounce for one of two recipients: the Cc to HR was delivered (Action: delivered) and is not the failed address. Trap: returned original mentions 'by May 14'.",
  {"from": ("Grace Whitaker", "grace.whitaker@inbox.example"), "to": "Janet Marsh <jmarsh@oakridge-county.example>",
   "cc": "HR Department <hr@oakridge-county.example>",
   "date": "2027-05-03 08:53 -0400", "subject": "Follow-up: Senior Planner interview",
   "body": "Dear Ms. Marsh,\n\nThank you for the panel interview on April 28. I understand the county board will vote on the hire by May 14.\n\nSincerely,\nGrace Whitaker"},
  mta_host="mail.inbox.example", mta_name="8.18.1/8.18.1", ok_rcpt="hr@oakridge-county.example"),
B(359, "followup-construction-exchange-full", b_exchange_onprem, "2027-06-02 12:20 +0100", "michael.obrien@mcallister-build.example",
  "The recipient's mailbox is full and can't accept messages now.",
  "Exchange on-premises plain-text NDR (quoted-printable), mailbox full. Trap: original headers returned below.",
  {"from": ("Kieran Doyle", "kieran.doyle@postbox.example"), "to": "Michael O'Brien <michael.obrien@mcallister-build.example>",
   "date": "2027-06-02 12:18 +0100", "subject": "Follow-up - Senior Quantity Surveyor",
   "body": "Dear Michael,\n\nJust following up on my interview of 26 May.\n\nKind regards,\nKieran"},
  mta_host="EXCH02.mcallister-build.example", mta_name="Microsoft SMTP Server"),
B(360, "thank-you-agritech-domain-gone", b_postfix_dns, "2027-06-30 16:05 +0530", "hiring@greenfurrow-agritech.example",
  "<hiring@greenfurrow-agritech.example>: Host or domain name not found. Name service error for name=greenfurrow-agritech.example type=AAAA: Host not found",
  "Postfix bounce, domain not found, text/rfc822-headers. Trap: candidate's original subject/date in the returned headers.",
  {"from": ("Ananya Ghosh", "ananya.ghosh@mailbox.example"), "to": "GreenFurrow Hiring <hiring@greenfurrow-agritech.example>",
   "date": "2027-06-30 16:04 +0530", "subject": "Thank you - Agronomy Data Scientist (interview 28/06/2027)",
   "body": "Dear Hiring Team,\n\nThank you for the interview on 28/06/2027.\n\nRegards,\nAnanya"},
  mta_host="smtp.mailbox.example"),
]

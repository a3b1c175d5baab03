"""Bounce cases with hand-built multipart/report and plain MTA formats."""
import email.utils
import mime

BOUNCES = []


def original(frm, to, subj, date, mid, body):
    return (f"Return-Path: <{email.utils.parseaddr(frm)[1]}>\n"
            f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMessage-ID: <{mid}>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n" + body)


def head(c, num, d, frm, subj, extra=()):
    dom = email.utils.parseaddr(frm)[1].split("@")[1]
    h = [("Return-Path", "<>"), ("From", frm), ("To", c["to"]), ("Subject", subj),
         ("Date", email.utils.format_datetime(d)), ("Message-ID", f"<r3.{num}.bounce@{dom}>"),
         ("Auto-Submitted", "auto-replied")] + list(extra) + [("MIME-Version", "1.0")]
    return "".join(f"{k}: {v}\n" for k, v in h).encode()


def report(boundary, human_parts, dsn, orig, orig_type="message/rfc822"):
    parts = list(human_parts)
    parts.append(mime.raw_part("Content-Description: Delivery report\nContent-Type: message/delivery-status\n", dsn))
    parts.append(mime.raw_part(f"Content-Description: Undelivered Message\nContent-Type: {orig_type}\n", orig))
    return mime.multipart("report", boundary, parts, params="; report-type=delivery-status")


def B(**kw):
    BOUNCES.append(dict(kind="bounce", **kw))


# 1 Postfix, user unknown
def b_postfix(c, num, d):
    text = """This is the mail system at host mx1.mailbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.lindqvist@orrinmarine.example>: host mail.orrinmarine.example[192.0.2.25] said:
    550 5.1.1 <h.lindqvist@orrinmarine.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.mailbox.example
X-Postfix-Queue-ID: 4F2K9x1LmQz9vB
X-Postfix-Sender: rfc822; noor.haddad@mailbox.example
Arrival-Date: Tue, 12 Jan 2027 09:14:19 +0000 (UTC)

Final-Recipient: rfc822; h.lindqvist@orrinmarine.example
Original-Recipient: rfc822;h.lindqvist@orrinmarine.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.orrinmarine.example
Diagnostic-Code: smtp; 550 5.1.1 <h.lindqvist@orrinmarine.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = original("Noor Haddad <noor.haddad@mailbox.example>", "Henrik Lindqvist <h.lindqvist@orrinmarine.example>",
                    "Thank you - Marine Superintendent interview", "Tue, 12 Jan 2027 09:14:18 +0000",
                    "cand.bounce1@mailbox.example",
                    "Dear Mr Lindqvist,\n\nThank you for the interview on 11 January. I understand you hope to decide by\n22 January and I look forward to hearing from you.\n\nKind regards,\nNoor Haddad\n")
    return head(c, num, d, "Mail Delivery System <MAILER-DAEMON@mx1.mailbox.example>", "Undelivered Mail Returned to Sender") + \
        report("4F2K9x1LmQz9vB.1768209262/mx1.mailbox.example",
               [mime.part("text/plain", text, "us-ascii", "7bit", "Content-Description: Notification\n")], dsn, orig)


B(short="postfix-user-unknown", date="2027-01-12 09:14:22 +0000", to="noor.haddad@mailbox.example", build=b_postfix,
  failed="h.lindqvist@orrinmarine.example",
  evidence="550 5.1.1 <h.lindqvist@orrinmarine.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
  note="Postfix multipart/report, 5.1.1 user unknown. The returned original contains the candidate's '22 January' - ignored.")


# 2 Exim, 552 mailbox full, plain text
def b_exim(c, num, d):
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.obrien@quaysidehotels.example
    host mx.quaysidehotels.example [198.51.100.17]
    SMTP error from remote mail server after RCPT TO:<m.obrien@quaysidehotels.example>:
    552 5.2.2 Mailbox full: quota exceeded for m.obrien@quaysidehotels.example

------ This is a copy of the message, including all the headers. ------

""" + original("Padraig Kenny <padraig.kenny@mailbox.example>", "Maeve O'Brien <m.obrien@quaysidehotels.example>",
               "Following up - Front of House Manager", "Wed, 03 Feb 2027 22:41:05 +0000", "cand.bounce2@mailbox.example",
               "Hi Maeve,\n\nJust following up on our interview of 27 January. You mentioned a decision by\nFriday 5 February - I'm still very keen.\n\nPadraig\n")
    h = head(c, num, d, "Mail Delivery System <Mailer-Daemon@smtp.relay.mailbox.example>", "Mail delivery failed: returning message to sender",
             [("X-Failed-Recipients", "m.obrien@quaysidehotels.example")])
    return h + b"Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n" + body.encode()


B(short="exim-552-mailbox-full", date="2027-02-03 22:41:07 +0000", to="padraig.kenny@mailbox.example", build=b_exim,
  failed="m.obrien@quaysidehotels.example",
  evidence="552 5.2.2 Mailbox full: quota exceeded for m.obrien@quaysidehotels.example",
  note="Exim plain-text bounce with X-Failed-Recipients; permanent 552 mailbox full. Quoted original's 'Friday 5 February' ignored.")


# 3 Exchange Online NDR
def b_exchange(c, num, d):
    text = """Your message to recruitment@harcourt-legal.example couldn't be delivered.

recruitment wasn't found at harcourt-legal.example.

olamide.adebayo    Office 365    recruitment
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Contact the recipient by some other means (by phone, for example) and confirm you're using the right address.

Diagnostic information for administrators:

Generating server: AM0PR00MB0000.eurprd00.prod.outlook.example

recruitment@harcourt-legal.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Date: Mon, 8 Mar 2027 15:01:58 +0000
Subject: Thank you - Paralegal interview
"""
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p style="font-size:16pt;color:#C00000">Your message to recruitment@harcourt-legal.example couldn't be delivered.</p>
<p><b>recruitment</b> wasn't found at <b>harcourt-legal.example</b>.</p>
<table><tr><td>olamide.adebayo</td><td>Office 365</td><td>recruitment</td></tr>
<tr><td style="color:#C00000">Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p style="font-size:9pt">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
"""
    alt = mime.multipart("alternative", "_000_NDR_alt_b3",
                         [mime.part("text/plain", text, "us-ascii", "quoted-printable"),
                          mime.part("text/html", htm, "us-ascii", "quoted-printable")])
    dsn = """Reporting-MTA: dns;AM0PR00MB0000.eurprd00.prod.outlook.example
Received-From-MTA: dns;mailbox.example
Arrival-Date: Mon, 8 Mar 2027 15:02:03 +0000

Final-Recipient: rfc822;recruitment@harcourt-legal.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = """From: Olamide Adebayo <olamide.adebayo@mailbox.example>
To: "recruitment@harcourt-legal.example" <recruitment@harcourt-legal.example>
Subject: Thank you - Paralegal interview
Date: Mon, 8 Mar 2027 15:01:58 +0000
Message-ID: <cand.bounce3@mailbox.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
"""
    return head(c, num, d, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mailbox.example>",
                "Undeliverable: Thank you - Paralegal interview", [("X-MS-Exchange-Message-Is-Ndr", "")]) + \
        report("_002_NDR_report_b3", [alt], dsn, orig, "text/rfc822-headers")


B(short="o365-ndr-not-found", date="2027-03-08 15:02:11 +0000", to="olamide.adebayo@mailbox.example", build=b_exchange,
  failed="recruitment@harcourt-legal.example",
  evidence="Your message to recruitment@harcourt-legal.example couldn't be delivered.",
  note="Exchange Online NDR: multipart/report containing multipart/alternative (QP), delivery-status and text/rfc822-headers; 5.1.10 RecipientNotFound.")


# 4 Gmail-style address not found
def b_gmail(c, num, d):
    text = """** Address not found **

Your message wasn't delivered to a.ferreira@portoverde-saude.example because the address couldn't be found, or is unable to receive mail.

Learn more at https://support.mail.example/answer/6596

The response from the remote server was:
550 5.1.1 <a.ferreira@portoverde-saude.example>: Mailbox does not exist
"""
    dsn = """Reporting-MTA: dns; mail-sor-f41.mail.example
Received-From-MTA: dns; noah.weber@mail.example
Arrival-Date: Tue, 26 Jan 2027 04:33:08 -0800 (PST)
X-Original-Message-ID: <cand.bounce4@mail.example>

Final-Recipient: rfc822; a.ferreira@portoverde-saude.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.portoverde-saude.example. (203.0.113.80, the server for the domain portoverde-saude.example.)
Diagnostic-Code: smtp; 550 5.1.1 <a.ferreira@portoverde-saude.example>: Mailbox does not exist
Last-Attempt-Date: Tue, 26 Jan 2027 04:33:10 -0800 (PST)
"""
    orig = original("Noah Weber <noah.weber@mail.example>", "Ana Ferreira <a.ferreira@portoverde-saude.example>",
                    "Re: Enfermeiro/Nurse - next steps", "Tue, 26 Jan 2027 13:33:05 +0100", "cand.bounce4@mail.example",
                    "Dear Ana,\n\nThank you for the interview on Friday. You said I would hear by 29 January.\n\nBest regards,\nNoah\n")
    htm = "<html><body><p><b>Address not found</b></p><p>Your message wasn't delivered to <b>a.ferreira@portoverde-saude.example</b> because the address couldn't be found, or is unable to receive mail.</p></body></html>\n"
    alt = mime.multipart("alternative", "000000000000b4e7a0gm_alt",
                         [mime.part("text/plain", text, "UTF-8", "7bit"), mime.part("text/html", htm, "UTF-8", "7bit")])
    return head(c, num, d, "Mail Delivery Subsystem <mailer-daemon@mail.example>", "Delivery Status Notification (Failure)",
                [("X-Failed-Recipients", "a.ferreira@portoverde-saude.example")]) + \
        report("000000000000b4e7a1gm_rep", [alt], dsn, orig)


B(short="gmail-address-not-found", date="2027-01-26 04:33:10 -0800", to="noah.weber@mail.example", build=b_gmail,
  failed="a.ferreira@portoverde-saude.example",
  evidence="Your message wasn't delivered to a.ferreira@portoverde-saude.example because the address couldn't be found, or is unable to receive mail.",
  note="Gmail-style DSN (Pacific offset), multipart/report with alternative; returned original's '29 January' ignored.")


# 5 Amazon SES
def b_ses(c, num, d):
    text = """An error occurred while trying to deliver the mail to the following recipients:
hiring@tidewaterlogistics.example
"""
    dsn = """Reporting-MTA: dns; a8-30.smtp-out.amazonses.example

Final-Recipient: rfc822; hiring@tidewaterlogistics.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tidewaterlogistics.example
Diagnostic-Code: smtp; 550 5.1.1 user unknown
"""
    orig = original("Priscilla Owusu via JobBridge <relay+c7k2@jobbridge-mail.example>", "hiring@tidewaterlogistics.example",
                    "Thank you for the Fleet Supervisor interview", "Wed, 14 Apr 2027 19:20:01 +0000",
                    "0100018e-cand-bounce5@email.amazonses.example",
                    "Hello,\n\nThank you for the interview on 12 April. I am available to start on 3 May.\n\nPriscilla Owusu\n")
    return head(c, num, d, "MAILER-DAEMON@amazonses.example", "Delivery Status Notification (Failure)") + \
        report("_ses_bounce_b5_0001", [mime.part("text/plain", text, "UTF-8", "7bit")], dsn, orig)


B(short="amazon-ses", date="2027-04-14 19:20:05 +0000", to="relay+c7k2@jobbridge-mail.example", build=b_ses,
  failed="hiring@tidewaterlogistics.example",
  evidence="An error occurred while trying to deliver the mail to the following recipients:",
  note="Amazon SES bounce for a candidate writing through a job-board relay; failed address on the next line.")


# 6 sendmail, 452 mailbox full after retries
def b_sendmail(c, num, d):
    text = """The original message was received at Fri, 19 Feb 2027 06:05:41 -0500
from [203.0.113.44]

   ----- The following addresses had permanent fatal errors -----
<k.naidoo@sunfield-energy.example>
    (reason: 452 4.2.2 Mailbox full)

   ----- Transcript of session follows -----
<k.naidoo@sunfield-energy.example>... Deferred: 452 4.2.2 Mailbox full
Message could not be delivered for 5 days
Message will be deleted from queue
"""
    dsn = """Reporting-MTA: dns; relay.mailbox.example
Arrival-Date: Fri, 19 Feb 2027 06:05:41 -0500

Final-Recipient: RFC822; k.naidoo@sunfield-energy.example
Action: failed
Status: 4.2.2
Remote-MTA: DNS; mx.sunfield-energy.example
Diagnostic-Code: SMTP; 452 4.2.2 Mailbox full
Last-Attempt-Date: Wed, 24 Feb 2027 06:10:00 -0500
"""
    orig = original("Thabo Molefe <thabo.molefe@mailbox.example>", "Kavitha Naidoo <k.naidoo@sunfield-energy.example>",
                    "Thank you - Solar PV Site Supervisor", "Fri, 19 Feb 2027 13:05:38 +0200", "cand.bounce6@mailbox.example",
                    "Dear Kavitha,\n\nThank you for Thursday's interview. I look forward to hearing from you next week.\n\nThabo\n")
    return head(c, num, d, "Mail Delivery Subsystem <MAILER-DAEMON@relay.mailbox.example>", "Returned mail: see transcript for details") + \
        report("1RVn0f00001234.1771931400/relay.mailbox.example",
               [mime.part("text/plain", text, "us-ascii", "7bit")], dsn, orig)


B(short="sendmail-452-expired", date="2027-02-24 06:10:00 -0500", to="thabo.molefe@mailbox.example", build=b_sendmail,
  failed="k.naidoo@sunfield-energy.example",
  evidence="Message could not be delivered for 5 days",
  note="Sendmail final failure after repeated 452 4.2.2 mailbox-full deferrals (temporary code, but the message was given up): bounce.")

"""replies9b 842-860: requests, acknowledgements, auto-replies, bounces (hand-written)."""
import datetime as dt
from H import *

M = []

M.append(dict(n=842, kind="request", short="references-ports",
    hdrs=hd("Alison Pryce <alison.pryce@severnferries.example>", "Daniel Evans <daniel.evans@talkmail.example>",
            "References - Port Operations Supervisor"),
    date="2027-10-05 09:30:00 +0100",
    body=plain("""Hi Daniel,

Thanks for a great interview yesterday. Before we can take things further, could you send me contact details for two referees, one of them your current line manager?

Ideally I'd have them by Friday, and once both references are back we'll be able to make a decision.

Many thanks,
Alison
"""),
    label=dict(evidence="Before we can take things further, could you send me contact details for two referees, one of them your current line manager?",
               note="Request; Friday is the candidate's deadline and the decision follows an undated event: no date.")))

M.append(dict(n=843, kind="request", short="background-check-form",
    hdrs=hd("Onboarding | Prairie Mutual <onboarding@prairiemutual.example>", "Luis Herrera <luis.herrera@kcmail.example>",
            "Action needed: background screening authorization"),
    date="2027-09-30 21:15:00 -0500",
    body=plain("""Hi Luis,

To continue with your application for Claims Adjuster II, please complete the background screening authorization at the link below within 48 hours.

https://screening.prairiemutual.example/auth/8f3c2a

Results typically take 3-5 business days once your form has been submitted. Your recruiter will be in touch after that.

Thank you,
Prairie Mutual Talent Acquisition
"""),
    label=dict(evidence="To continue with your application for Claims Adjuster II, please complete the background screening authorization at the link below within 48 hours.",
               note="Request; 48 hours is the candidate's deadline and 3-5 business days count from an undated submission: no date.")))

M.append(dict(n=844, kind="request", short="payslips-analytics",
    hdrs=hd("Pooja Nair <pooja.nair@kaveriinsights.example>", "Sandeep Reddy <sandeep.reddy@mailbox.example>",
            "Documents required - Lead Analyst"),
    date="2027-11-23 11:05:00 +0530",
    body=plain("""Hi Sandeep,

As discussed over call, kindly share the below documents to proceed further:

1. Last 3 months payslips
2. Form 16 for FY 2026-27
3. Current offer / appointment letter

Once received, we will revert by end of the week after next with the final offer details.

Regards,
Pooja Nair
Talent Acquisition, Kaveri Insights, Bengaluru
"""),
    label=dict(expect_by=lambda d: D.end_of_week_after_next(d),
               evidence="Once received, we will revert by end of the week after next with the final offer details.",
               note="Request; 'end of the week after next' = Friday of the Date's week + 14; counted from the Date although it follows 'once received', because the week is named relative to now.")))

M.append(dict(n=845, kind="request", short="works-council-permit",
    hdrs=hd("Sabine Krüger <sabine.krueger@rheinmainbank.example>", "Chidi Okonkwo <chidi.okonkwo@webmail.example>",
            "Your application - Risk Controller / documents"),
    date="2027-11-29 13:20:00 +0100",
    body=plain("""Dear Mr. Okonkwo,

many thanks for the good conversations in Frankfurt. To finalise the contract proposal we need a copy of your residence permit and your university certificate with the recognition (Anerkennung).

The works council meets on 8 December; you will hear from us after this meeting.

Kind regards
Sabine Krüger
HR Recruiting, Rhein-Main Bank AG
""", "utf-8", "quoted-printable"),
    label=dict(expect_by=lambda d: D.after_event(dt.date(2027, 12, 8)),
               evidence="The works council meets on 8 December; you will hear from us after this meeting.",
               note="Request; 'after the works council meets on 8 December' = 9 December (D + 1).")))

M.append(dict(n=846, kind="request", short="online-assessment",
    hdrs=hd("Talent Acquisition <ta@lionportdigital.example>", "Priyanka Das <priyanka.das@sgpost.example>",
            "Complete your online assessment - Cloud Engineer"),
    date="2028-01-05 10:00:00 +0800",
    body=html("""<html><body>
<p>Hi Priyanka,</p>
<p>Thank you for your interest in Lionport Digital.</p>
<p>As the next step, please complete the online assessment by 12 January 2028 (11:59 pm SGT).</p>
<p>The assessment takes around 75 minutes and must be completed in one sitting.</p>
<p><a href="https://assess.lionportdigital.example/start?c=44812">Start assessment</a></p>
<p>Best regards,<br>Lionport Digital Talent Acquisition</p>
</body></html>
""", "utf-8", "quoted-printable"),
    label=dict(evidence="As the next step, please complete the online assessment by 12 January 2028 (11:59 pm SGT).",
               note="Request; 12 January is the candidate's deadline: no expectation.")))

M.append(dict(n=847, kind="acknowledgement", short="robotics-application",
    hdrs=hd("Ferrous Robotics <no-reply@hire.lever.example>", "Ethan Brooks <ethan.brooks@pghmail.example>",
            "Thanks for applying to Ferrous Robotics!"),
    date="2027-09-10 14:02:00 -0400",
    body=plain("""Hi Ethan,

Thanks for applying for the Controls Engineer role at Ferrous Robotics - we've received your application.

Our team reviews every application carefully. If your background is a match, we'll reach out to schedule a first conversation.

In the meantime, check out our engineering blog to learn more about what we build.

The Ferrous Robotics Team
"""),
    label=dict(evidence="Our team reviews every application carefully. If your background is a match, we'll reach out to schedule a first conversation.",
               note="Acknowledgement; no date.")))

M.append(dict(n=848, kind="acknowledgement", short="thankyou-retail-buyer",
    hdrs=hd("Ruth Ashworth <ruth.ashworth@pennineretail.example>", "Ciarán Ó Dónaill <ciaran.odonaill@eirmail.example>",
            "RE: Thank you - Assistant Buyer interview"),
    date="2027-10-29 16:50:00 +0100",
    body=plain("""Hi Ciarán,

Thanks for your lovely note, it's much appreciated - I've passed it on to Mark.

I'll come back to you by close of business Tuesday with where we've landed.

Have a good weekend,
Ruth

Ruth Ashworth | Talent Acquisition Partner | Pennine Retail, Leeds

________________________________
From: Ciarán Ó Dónaill <ciaran.odonaill@eirmail.example>
Sent: 29 October 2027 09:12
To: Ruth Ashworth <ruth.ashworth@pennineretail.example>
Subject: Thank you - Assistant Buyer interview

Hi Ruth, thank you for yesterday. I'm away from 8 to 12 November but can be reached on my mobile.
Ciarán
"""),
    label=dict(expect_by=lambda d: D.end_of_play(d, "Tue"),
               evidence="I'll come back to you by close of business Tuesday with where we've landed.",
               note="Acknowledgement of a thank-you note with a dated promise: 'close of business Tuesday' = next Tuesday. The quoted 8-12 November is candidate text.")))

M.append(dict(n=849, kind="acknowledgement", short="federal-translator",
    hdrs=hd("Staffing - Dotation <staffing-dotation@pspc-tpsgc.example>", "Geneviève Roy <genevieve.roy@quebecmail.example>",
            "Acknowledgement / Accusé de réception - 27-TRB-EA-4471"),
    date="2027-11-30 15:00:00 -0500",
    body=plain("""(Le français suit l'anglais)

Dear Geneviève Roy,

We acknowledge receipt of your supporting documents for selection process 27-TRB-EA-4471 (Translator, TR-02).

You will be informed of the results of the assessment within two months.

Staffing Team

---

Bonjour Geneviève Roy,

Nous accusons réception de vos documents à l'appui pour le processus de sélection 27-TRB-EA-4471 (traducteur, TR-02).

Vous serez informée des résultats de l'évaluation d'ici deux mois.

Équipe de la dotation
"""),
    label=dict(expect_by=lambda d: D.months(d, 2),
               evidence="You will be informed of the results of the assessment within two months.",
               note="Acknowledgement; 'within two months' = same day two months on (30 January 2028, a Sunday, kept as computed).")))

M.append(dict(n=850, kind="acknowledgement", short="apparel-documents",
    hdrs=hd("HR Desk - Kongu Textiles <hrdesk@kongutextiles.example>", "Meena Sundaram <meena.sundaram@tnmail.example>",
            "Acknowledgement: Documents received - Merchandiser"),
    date="2027-12-13 12:30:00 +0530",
    body=html("""<html><body>
<p>Dear Meena Sundaram,</p>
<p>This is to acknowledge that we have received the documents uploaded by you for the post of Senior Merchandiser.</p>
<p>Our team will verify the documents and get back to you in 7-10 working days.</p>
<p>Regards,<br>HR Desk<br>Kongu Textiles Pvt. Ltd., Tiruppur</p>
</body></html>
""", "utf-8", "base64"),
    label=dict(expect_by=lambda d: D.business_days_range(d, 7, 10),
               evidence="Our team will verify the documents and get back to you in 7-10 working days.",
               note="Acknowledgement; range of working days = the later end, Date + 10 business days.")))

M.append(dict(n=851, kind="acknowledgement", short="architect-portfolio",
    hdrs=hd("Sophie Tran <sophie.tran@lanternarch.example>", "Oliver Grant <oliver.grant@iinetmail.example>",
            "Re: updated portfolio"),
    date="2028-01-11 07:30:00 +1100",
    body=plain("""Hi Oliver,

Got it, thanks - the new section on the Footscray library looks great.

I'll share it with Kate when she's back from leave and we'll pick things up from there.

Sophie

Sent from Outlook for iOS
"""),
    label=dict(evidence="I'll share it with Kate when she's back from leave and we'll pick things up from there.",
               note="Acknowledgement; follows an undated return from leave: no date.")))

M.append(dict(n=852, kind="auto-reply", short="recruiter-out-friday",
    hdrs=hd("Brandon Lee <brandon.lee@summitgrid.example>", "Alexis Moore <alexis.moore@denvermail.example>",
            "Automatic reply: Following up - Substation Engineer", ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All")),
    date="2027-09-17 17:45:00 -0700",
    body=plain("""Thanks for your email. I'm out of the office at a hiring event and will be back on Monday.

For anything urgent, please contact recruiting@summitgrid.example.

Brandon
"""),
    label=dict(returns_on=lambda d: D.next_weekday(d, "Mon"),
               evidence="I'm out of the office at a hiring event and will be back on Monday.",
               note="Auto-reply; 'back on Monday' = the next Monday after the local Friday (Saturday in UTC).")))

M.append(dict(n=853, kind="auto-reply", short="careers-shared-mailbox",
    hdrs=hd("Careers <careers@bramblewater.example>", "Isla Campbell <isla.campbell@scotmail.example>",
            "Re: Interview follow-up - Network Analyst", ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")),
    date="2027-10-18 08:01:00 +0100",
    body=plain("""Thank you for contacting the Bramblewater Careers team.

This is an automated response to confirm that your email has been received. This mailbox is monitored by the whole resourcing team and we aim to respond as soon as possible.

If your query is about an interview you have attended, your recruiter will contact you directly.

Bramblewater Resourcing
"""),
    label=dict(evidence="This mailbox is monitored by the whole resourcing team and we aim to respond as soon as possible.",
               note="Auto-reply from a shared mailbox; no return date.")))

M.append(dict(n=854, kind="auto-reply", short="bilingual-hr-leave",
    hdrs=hd("Tobias Brandt <tobias.brandt@alpensignal.example>", "Rahul Verma <rahul.verma@gmx-mail.example>",
            "Abwesenheitsnotiz / Out of office: Re: 2nd interview", ("Auto-Submitted", "auto-replied")),
    date="2027-10-22 12:00:00 +0200",
    body=plain("""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Donnerstag, 28.10.2027, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Thank you for your message. I am out of the office up to and including Thursday, 28 October 2027. Your e-mail will not be forwarded.

In dringenden Fällen / in urgent cases: recruiting@alpensignal.example

Tobias Brandt
""", "utf-8", "quoted-printable"),
    label=dict(returns_on=lambda d: D.up_to_and_including(dt.date(2027, 10, 28)),
               evidence="Thank you for your message. I am out of the office up to and including Thursday, 28 October 2027. Your e-mail will not be forwarded.",
               note="Auto-reply; 'up to and including 28 October' = back 29 October.")))

M.append(dict(n=855, kind="auto-reply", short="christmas-leave",
    hdrs=hd("Megan Doyle <megan.doyle@southerncrossbuild.example>", "Tom Kelleher <tomkelleher@postbox.example>",
            "Out of Office: Site Engineer paperwork", ("Auto-Submitted", "auto-replied")),
    date="2027-12-20 06:00:00 +1100",
    body=plain("""Hi there,

I'm on annual leave over the Christmas shutdown, returning Tuesday 4 January 2028.

If your matter is urgent, please call reception on (02) 5550 1234.

Merry Christmas and happy new year!
Megan
"""),
    label=dict(returns_on=lambda d: dt.date(2028, 1, 4),
               evidence="I'm on annual leave over the Christmas shutdown, returning Tuesday 4 January 2028.",
               note="Auto-reply; absolute return date as written.")))

M.append(dict(n=856, kind="auto-reply", short="noreply-ats",
    hdrs=hd("Lionport Digital <no-reply@lionportdigital.example>", "Priyanka Das <priyanka.das@sgpost.example>",
            "Re: Complete your online assessment - Cloud Engineer", ("Auto-Submitted", "auto-replied")),
    date="2028-01-14 09:00:00 +0800",
    body=plain("""This mailbox is not monitored and replies to this address are not read.

To contact the recruitment team, please use the Messages tab in your candidate portal.
"""),
    label=dict(evidence="This mailbox is not monitored and replies to this address are not read.",
               note="Auto-reply from an unmonitored ATS address; no return date.")))

# ---- bounces ---------------------------------------------------------------

def orig(frm, to, subj, date, mid, text):
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n%s" % (frm, to, subj, date, mid, text))

O857 = orig("Olusegun Adeyemi <o.adeyemi@mailbox.example>", "Harriet Coombes <h.coombes@kingsmerehealth.example>",
            "Re: Conditional offer - Ward Manager", "Wed, 22 Sep 2027 08:10:12 +0100", "<c857.0922@mailbox.example>",
            "Dear Harriet,\n\nThank you. I can start on 15 November 2027, and I will send my DBS certificate by 30 September.\n\nKind regards,\nOlusegun\n")
M.append(dict(n=857, kind="bounce", short="postfix-user-unknown",
    hdrs=hd("MAILER-DAEMON@smtp.mailbox.example (Mail Delivery System)", "o.adeyemi@mailbox.example",
            "Undelivered Mail Returned to Sender", ("Auto-Submitted", "auto-replied")),
    date="2027-09-22 07:10:19 +0000",
    body=multi("report", [
        plain("""This is the mail system at host smtp.mailbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.coombes@kingsmerehealth.example>: host mx1.kingsmerehealth.example[203.0.113.45]
    said: 550 5.1.1 <h.coombes@kingsmerehealth.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""", extra=["Content-Description: Notification"]),
        raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            """Reporting-MTA: dns; smtp.mailbox.example
X-Postfix-Queue-ID: 4Hk2Qw1xZbz9v
X-Postfix-Sender: rfc822; o.adeyemi@mailbox.example
Arrival-Date: Wed, 22 Sep 2027 07:10:12 +0000 (UTC)

Final-Recipient: rfc822; h.coombes@kingsmerehealth.example
Original-Recipient: rfc822;h.coombes@kingsmerehealth.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kingsmerehealth.example
Diagnostic-Code: smtp; 550 5.1.1 <h.coombes@kingsmerehealth.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
        raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], O857),
    ], "4Hk2Qw1xZbz9v.1821301819/smtp.mailbox.example.r9b", " report-type=delivery-status;"),
    dom="smtp.mailbox.example",
    label=dict(failed_address="h.coombes@kingsmerehealth.example",
               evidence="I'm sorry to have to inform you that your message could not",
               note="Bounce; Postfix multipart/report with the returned message as message/rfc822; the dates in the returned candidate text are never read.")))

M.append(dict(n=858, kind="bounce", short="exim-mailbox-removed",
    hdrs=hd("Mail Delivery System <Mailer-Daemon@mx.letterbox.example>", "sam.okafor@letterbox.example",
            "Mail delivery failed: returning message to sender", ("X-Failed-Recipients", "bethan.lloyd@riverbankcharity.example"),
            ("Auto-Submitted", "auto-replied")),
    date="2027-11-26 14:02:44 +0000",
    body=plain("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bethan.lloyd@riverbankcharity.example
    host mx.riverbankcharity.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<bethan.lloyd@riverbankcharity.example>:
    550 5.1.1 <bethan.lloyd@riverbankcharity.example>: mailbox has been removed

------ This is a copy of the message, including all the headers. ------

Return-path: <sam.okafor@letterbox.example>
Received: from [192.0.2.77] (helo=laptop)
	by mx.letterbox.example with esmtpsa (Exim 4.97)
	id 1vQ8xT-00071k-2D
	for bethan.lloyd@riverbankcharity.example; Fri, 26 Nov 2027 14:02:41 +0000
From: Samuel Okafor <sam.okafor@letterbox.example>
To: Bethan Lloyd <bethan.lloyd@riverbankcharity.example>
Subject: Re: Fundraising Officer interview
Date: Fri, 26 Nov 2027 14:02:38 +0000

Dear Bethan, thank you for the notes. Would it be possible to have a short call before 10 December?
Samuel
"""),
    dom="mx.letterbox.example",
    label=dict(failed_address="bethan.lloyd@riverbankcharity.example",
               evidence="A message that you sent could not be delivered to one or more of its",
               note="Bounce; Exim plain-text bounce with X-Failed-Recipients; the evidence is the first line of a hard-wrapped MTA sentence.")))

M.append(dict(n=859, kind="bounce", short="exchange-ndr",
    hdrs=hd("Microsoft Outlook <postmaster@northmail.example>", "Jenna Liu <jenna.liu@northmail.example>",
            "Undeliverable: Thank you - Credit Risk Associate", ("Auto-Submitted", "auto-replied")),
    date="2027-11-16 15:21:07 +0000",
    body=multi("report", [
        plain("""Your message to anil.kapoor@lakeshorebank.example couldn't be delivered.

Delivery has failed to these recipients or groups:

anil.kapoor@lakeshorebank.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: PH0PR03MB7724.namprd03.prod.northmail.example

anil.kapoor@lakeshorebank.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""),
        raw(["Content-Type: message/delivery-status"],
            """Reporting-MTA: dns;PH0PR03MB7724.namprd03.prod.northmail.example
Received-From-MTA: dns;PH0PR03MB7724.namprd03.prod.northmail.example
Arrival-Date: Tue, 16 Nov 2027 15:21:05 +0000

Final-Recipient: rfc822;anil.kapoor@lakeshorebank.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        raw(["Content-Type: text/rfc822-headers"],
            """From: Jenna Liu <jenna.liu@northmail.example>
To: Anil Kapoor <anil.kapoor@lakeshorebank.example>
Subject: Thank you - Credit Risk Associate
Date: Tue, 16 Nov 2027 10:20:58 -0500
Message-ID: <c859.1116@northmail.example>
"""),
    ], "r9b_NDR_859_b7e1c0d4", " report-type=delivery-status;"),
    label=dict(failed_address="anil.kapoor@lakeshorebank.example",
               evidence="Delivery has failed to these recipients or groups:",
               note="Bounce; Exchange-style NDR (multipart/report with text/rfc822-headers); the recruiter's mailbox no longer exists.")))

O860 = orig("Kyle Brennan <kyle.brennan@pdxmail.example>", "Jess Harmon <jess@willamettevet.example>",
            "Re: practice manager job", "Thu, 3 Feb 2028 17:29:41 -0800", "<c860.0203@pdxmail.example>",
            "Hi Jess,\n\nJust following up again. Could we talk before February 14? I need to give notice by the end of the month.\n\nKyle\n")
M.append(dict(n=860, kind="bounce", short="sendmail-mailbox-disabled",
    hdrs=hd("Mail Delivery Subsystem <MAILER-DAEMON@smtp.pdxmail.example>", "kyle.brennan@pdxmail.example",
            "Returned mail: see transcript for details", ("Auto-Submitted", "auto-generated (failure)")),
    date="2028-02-03 17:30:02 -0800",
    body=multi("report", [
        plain("""The original message was received at Thu, 3 Feb 2028 17:29:50 -0800
from [192.0.2.140]

   ----- The following addresses had permanent fatal errors -----
<jess@willamettevet.example>
    (reason: 550 5.2.1 Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mail.willamettevet.example.:
>>> RCPT To:<jess@willamettevet.example>
<<< 550 5.2.1 Mailbox disabled for this recipient
550 5.1.1 <jess@willamettevet.example>... User unknown
"""),
        raw(["Content-Type: message/delivery-status"],
            """Reporting-MTA: dns; smtp.pdxmail.example
Received-From-MTA: DNS; [192.0.2.140]
Arrival-Date: Thu, 3 Feb 2028 17:29:50 -0800

Final-Recipient: RFC822; jess@willamettevet.example
Action: failed
Status: 5.2.1
Remote-MTA: DNS; mail.willamettevet.example
Diagnostic-Code: SMTP; 550 5.2.1 Mailbox disabled for this recipient
Last-Attempt-Date: Thu, 3 Feb 2028 17:30:02 -0800
"""),
        raw(["Content-Type: message/rfc822"], O860),
    ], "r9b.860.1A2TU2xq004411.1801978202/smtp.pdxmail.example", " report-type=delivery-status;"),
    label=dict(failed_address="jess@willamettevet.example",
               evidence="----- The following addresses had permanent fatal errors -----",
               note="Bounce; Sendmail-style DSN with the returned message as message/rfc822; sent in the evening Pacific time.")))

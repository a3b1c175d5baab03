"""replies8a (r8) messages 661-685, written by hand.  Labels give date rules, not dates."""
from base import msg, q, fixed, D
from mime import plain, html, multi, raw, leaf
import dates as dd

# 661 timeline - US Eastern, Greenhouse-style ATS, span of business days
msg(661, "timeline", "ledger-compliance-analyst",
    "Brianna Castellano <no-reply@greenhouse-mail.tallyforge.example>",
    "Marcus Oyelaran <m.oyelaran@inboxly.example>",
    "Update on your application - Compliance Analyst, Payments",
    "2027-01-05 10:14:22 -0500",
    """Hi Marcus,

Thank you again for taking the time to meet with the Payments Compliance
team last week. We enjoyed the conversation.

We're still completing interviews for this role. At this point, we expect to
make a decision within 5-7 business days and will reach out either way.

If anything changes on your side in the meantime, just reply to this email.

Best,
Brianna Castellano
Talent Partner, TallyForge

--
This message was sent via Greenhouse on behalf of TallyForge.
To stop receiving these emails, contact the recruiting team.
""",
    {"expect_by": lambda ld: dd.span_business_days(ld, 5, 7),
     "evidence": "make a decision within 5-7 business days and will reach out either way.",
     "note": "A span of business days: the outer bound, Date + 7 business days (span_business_days)."})

# 662 offer - UK, HTML-only, quoted-printable, candidate text quoted with dates
msg(662, "offer", "signalling-design-engineer",
    "Siobhán Pritchard <s.pritchard@northfell-rail.example>",
    "Tomasz Wiśniewski <tomasz.wisniewski@postmere.example>",
    "RE: Signalling Design Engineer - outcome",
    "2027-01-06 15:02:10 +0000",
    html("""<html><body>
<p>Dear Tomasz,</p>
<p>I'm delighted to let you know that the panel would like to offer you the role of Signalling Design Engineer in our Leeds office, at the salary we discussed (£52,500) plus the standard package.</p>
<p>Our HR Services team will email your contract and the pre-employment forms by Friday.  Please have a read and give me a ring if anything looks odd.</p>
<p>Congratulations &ndash; we're really pleased.</p>
<p>Kind regards,<br>Siobhán Pritchard<br>Principal Engineer, Signalling<br>Northfell Rail Systems Ltd</p>
<div style="border-top:1px solid #ccc">
<p><b>From:</b> Tomasz Wiśniewski &lt;tomasz.wisniewski@postmere.example&gt;<br><b>Sent:</b> 04 January 2027 09:41<br><b>To:</b> Siobhán Pritchard<br><b>Subject:</b> Signalling Design Engineer - outcome</p>
</div>
<blockquote>
<p>Dear Siobhán,</p>
<p>Happy new year. I just wanted to check in after the interview on 17 December. I have another offer that I need to answer by 15 January, so any indication would help.</p>
<p>Best wishes,<br>Tomasz</p>
</blockquote>
</body></html>
"""),
    {"expect_by": lambda ld: dd.next_weekday(ld, "Fri"),
     "evidence": "Our HR Services team will email your contract and the pre-employment forms by Friday.",
     "note": "Offer; the contract is a concrete dated next communication -> next Friday. The candidate's quoted dates (17 December, 15 January) are not read."})

# 663 rejection - India, careers portal, UTC date differs, retention period (not news)
msg(663, "rejection", "treasury-operations-officer",
    "Careers | Vaikunth Finserv <careers-noreply@vaikunthfinserv.example>",
    "Ananya Raghunathan <ananya.r@mailwala.example>",
    "Your application for Treasury Operations Officer (Req ID TR-2291)",
    "2027-01-07 00:40:05 +0530",
    """Dear Ananya Raghunathan,

Thank you for your interest in Vaikunth Finserv and for attending the
interview process for the position of Treasury Operations Officer.

After careful evaluation, we regret to inform you that we will not be able
to take your candidature forward for this position.

Your profile will be retained in our talent database for a period of
12 months, and you may be contacted should a suitable opening arise. You may
also apply for other positions on our careers portal.

We wish you all the best in your future endeavours.

Warm regards,
Talent Acquisition Team
Vaikunth Finserv Limited

This is a system-generated e-mail. Please do not reply to this e-mail.
""",
    {"evidence": "we regret to inform you that we will not be able",
     "note": "Rejection; the 12-month retention period is not news and no date is expected."})

# 664 timeline - Sydney, UTC date differs, 'the week after Australia Day'
msg(664, "timeline", "cellar-door-manager",
    "Kirra Matthews <kirra@ironbarkridge-wines.example>",
    "Declan Foy <declanfoy@sendlane.example>",
    "Re: Cellar Door Manager",
    "2027-01-11 08:05:44 +1100",
    """Hi Declan,

Thanks for the follow-up, and sorry for the radio silence - vintage prep has
swallowed the whole team.

Quick update: Greg and I want to do reference checks on our two preferred
people before we decide, and half the referees are still away on leave. It'll
realistically be the week after Australia Day before we can let you know
one way or the other.

Cheers,
Kirra

Kirra Matthews | General Manager
Ironbark Ridge Wines | Hunter Valley

On Sat, 9 Jan 2027 at 4:12 pm, Declan Foy <declanfoy@sendlane.example> wrote:
> Hi Kirra,
> Hope the new year is treating you well. Any news since we spoke on
> 22 December? I'm planning a move and would love to know by 20 January
> if possible.
> Thanks, Declan
""",
    {"expect_by": lambda ld: dd.week_after_friday(dd.australia_day(ld)),
     "evidence": "realistically be the week after Australia Day before we can let you know",
     "note": "'the week after Australia Day' (26 January) = Friday of the following Mon-Sun week. Quoted candidate dates are not read."})

# 665 next-round - Germany, second-language, calendar invitation promised by Thursday
msg(665, "next-round", "battery-cell-test-engineer",
    "Katharina Vogt <katharina.vogt@ladewerk.example>",
    "Rahul Menon <rahul.menon@postfach-mail.example>",
    "Ihre Bewerbung / Your application - Test Engineer Battery Cells",
    "2027-01-12 11:27:00 +0100",
    """Dear Mr. Menon,

thank you very much for the interview with Dr. Albrecht and me on Friday.

We are pleased to inform you that we would like to invite you to the second
round, a technical day at our test centre in Salzgitter. The technical day
is planned for 21 January, from 9:00 to 15:00.

You will receive the official invitation with the agenda and the travel
information from our assistant Mrs. Öztürk until Thursday.

With kind regards

Katharina Vogt
HR Business Partner
Ladewerk Zellsysteme GmbH
""",
    {"expect_by": lambda ld: dd.next_weekday(ld, "Thu"),
     "evidence": "information from our assistant Mrs. \u00d6zt\u00fcrk until Thursday.",
     "note": "Next round; the dated invitation (second-language 'until Thursday' = by Thursday) is expect_by. The technical day on 21 January is an interview date, not expect_by."})

# 666 timeline - Vancouver, UTC date differs, committee meets 'Tuesday the 19th' + 2 business days
msg(666, "timeline", "stormwater-planner",
    "Harpreet Dhillon <hdhillon@fraserdelta-municipal.example>",
    "Elise Marchetti <elise.marchetti@coastmail.example>",
    "RE: Stormwater Planner II - competition 26-114",
    "2027-01-13 18:30:12 -0800",
    multi("alternative", [
        plain("""Hi Elise,

Thanks for checking in. The selection committee meets on Tuesday the 19th to
finalize the recommendation, and we will contact all interviewed candidates
within two business days after that meeting.

Regards,
Harpreet Dhillon
Human Resources Advisor
City of Fraser Delta

-----Original Message-----
From: Elise Marchetti <elise.marchetti@coastmail.example>
Sent: January 13, 2027 9:02 AM
To: Harpreet Dhillon <hdhillon@fraserdelta-municipal.example>
Subject: Stormwater Planner II - competition 26-114

Hi Harpreet, I interviewed on January 7 and wondered about timing. I'm
available to start any time after February 1.
Elise
""", cte="quoted-printable"),
        html("""<html><body><div>Hi Elise,</div><div><br></div>
<div>Thanks for checking in. The selection committee meets on Tuesday the 19th to finalize the recommendation, and we will contact all interviewed candidates within two business days after that meeting.</div><div><br></div>
<div>Regards,<br>Harpreet Dhillon<br>Human Resources Advisor<br>City of Fraser Delta</div>
<div><br>-----Original Message-----<br>From: Elise Marchetti &lt;elise.marchetti@coastmail.example&gt;<br>Sent: January 13, 2027 9:02 AM<br>To: Harpreet Dhillon &lt;hdhillon@fraserdelta-municipal.example&gt;<br>Subject: Stormwater Planner II - competition 26-114<br><br>Hi Harpreet, I interviewed on January 7 and wondered about timing. I'm available to start any time after February 1.<br>Elise</div>
</body></html>
"""),
    ], "----=_NextPart_r8a_666_01D9"),
    {"expect_by": lambda ld: dd.working_days_after(dd.next_dom(ld, 19), 2),
     "evidence": "within two business days after that meeting.",
     "note": "Dated event 'Tuesday the 19th' (next 19th) + 2 business days. UTC date differs. Candidate's quoted dates are not read."})

# 667 acknowledgement - Singapore, Workday-style, talks about time, no date
msg(667, "acknowledgement", "supply-chain-analytics-case",
    "Meridian Straits Logistics <meridianstraits@myworkday-mail.example>",
    "Lim Wei Ting <weiting.lim@kampongmail.example>",
    "We have received your case study submission",
    "2027-01-14 13:55:31 +0800",
    multi("alternative", [
        plain("""Dear Wei Ting,

This is to confirm that we have received your case study submission for the
role of Senior Analyst, Supply Chain Analytics (JR-04417).

Our hiring team will review it shortly, and a member of the Talent
Acquisition team will be in contact regarding the next steps.

Thank you for your continued interest in Meridian Straits Logistics.

Talent Acquisition
Meridian Straits Logistics Pte. Ltd.

Please do not reply to this automated message.
"""),
        html("""<!DOCTYPE html><html><head><style>p{font-family:Arial,sans-serif;font-size:14px}</style></head><body>
<p>Dear Wei Ting,</p>
<p>This is to confirm that we have received your case study submission for the role of <b>Senior Analyst, Supply Chain Analytics (JR-04417)</b>.</p>
<p>Our hiring team will review it shortly, and a member of the Talent Acquisition team will be in contact regarding the next steps.</p>
<p>Thank you for your continued interest in Meridian Straits Logistics.</p>
<p>Talent Acquisition<br>Meridian Straits Logistics Pte. Ltd.</p>
<p style="font-size:11px;color:#888">Please do not reply to this automated message.</p>
</body></html>
"""),
    ], "=_alt_r8a_667_wd"),
    {"evidence": "This is to confirm that we have received your case study submission for the",
     "note": "Acknowledgement; 'shortly' is no date."})

# 668 auto-reply - Ireland, Exchange OOO, back on a stated date
msg(668, "auto-reply", "clinical-trials-coordinator",
    "Orla Ní Bhriain <orla.nibhriain@corribclinical.example>",
    "Samuel Adeyemi <sam.adeyemi@fastpost.example>",
    "Automatic reply: Clinical Trials Coordinator - follow up",
    "2027-01-18 09:03:17 +0000",
    plain("""Hello,

Thank you for your email. I am currently on annual leave with no access to
email. I'll be back in the office on Monday 25 January and will respond to
your message then.

For urgent recruitment queries please contact recruitment@corribclinical.example.

Kind regards,
Orla Ní Bhriain
People & Culture | Corrib Clinical Research
""", charset="iso-8859-1", cte="quoted-printable"),
    {"returns_on": fixed(2027, 1, 25),
     "evidence": "email. I'll be back in the office on Monday 25 January and will respond to",
     "note": "Out-of-office with an absolute return date written in the message.",
     },
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 669 bounce - Postfix DSN, multipart/report with text/rfc822-headers
msg(669, "bounce", "hydrographic-surveyor",
    "Mail Delivery System <MAILER-DAEMON@mx2.zeevaart-survey.example>",
    "Noor van Dijk <noor.vandijk@webpost.example>",
    "Undelivered Mail Returned to Sender",
    "2027-01-19 14:22:09 +0100",
    multi("report", [
        plain("""This is the mail system at host mx2.zeevaart-survey.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.jansen@zeevaart-survey.example>: host
    mailstore1.zeevaart-survey.example[192.0.2.41] said: 550 5.1.1
    <p.jansen@zeevaart-survey.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""),
        raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            """Reporting-MTA: dns; mx2.zeevaart-survey.example
X-Postfix-Queue-ID: 4Tq9Lm2c7Hz3kV
X-Postfix-Sender: rfc822; noor.vandijk@webpost.example
Arrival-Date: Tue, 19 Jan 2027 14:22:07 +0100 (CET)

Final-Recipient: rfc822; p.jansen@zeevaart-survey.example
Original-Recipient: rfc822;p.jansen@zeevaart-survey.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore1.zeevaart-survey.example
Diagnostic-Code: smtp; 550 5.1.1 <p.jansen@zeevaart-survey.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""),
        raw(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
            """Return-Path: <noor.vandijk@webpost.example>
Received: from smtp.webpost.example (smtp.webpost.example [198.51.100.17])
	by mx2.zeevaart-survey.example (Postfix) with ESMTPS id 4Tq9Lm2c7Hz3kV
	for <p.jansen@zeevaart-survey.example>; Tue, 19 Jan 2027 14:22:07 +0100 (CET)
From: Noor van Dijk <noor.vandijk@webpost.example>
To: Pieter Jansen <p.jansen@zeevaart-survey.example>
Subject: Thank you - Hydrographic Surveyor interview (available from 1 March)
Date: Tue, 19 Jan 2027 14:21:58 +0100
Message-ID: <c1a7.0119@webpost.example>
"""),
    ], "8C41A2F0D3.1737292929/mx2.zeevaart-survey.example.r8a", params=" report-type=delivery-status;"),
    {"failed_address": "p.jansen@zeevaart-survey.example",
     "evidence": "I'm sorry to have to inform you that your message could not",
     "note": "Postfix DSN; the returned headers (Subject with 1 March) are not read."},
    extra=[("Auto-Submitted", "auto-replied")])

# 670 timeline - UK, 'by the 29th', quoted candidate dates
msg(670, "timeline", "school-business-manager",
    "Gemma Okafor <g.okafor@hartwell-academies.example>",
    "Philippa Drummond <pip.drummond@letterbox.example>",
    "Re: School Business Manager interview",
    "2027-01-20 12:48:36 +0000",
    multi("alternative", [
        plain("""Dear Philippa,

Thank you for your patience. The trust's CEO wants to meet the shortlisted
candidates' referees before the governors sign off, so we're aiming to get
back to everyone by the 29th.

With best wishes,
Gemma

Gemma Okafor
HR Manager, Hartwell Academies Trust

On Mon, 18 Jan 2027 at 19:05, Philippa Drummond <pip.drummond@letterbox.example> wrote:
> Dear Gemma,
> I'm away from 27 January for a week, so would it be possible to hear
> before then? Thank you for the interview on 14 January.
> Philippa
"""),
        html("""<div dir="ltr"><div>Dear Philippa,</div><div><br></div><div>Thank you for your patience. The trust's CEO wants to meet the shortlisted candidates' referees before the governors sign off, so we're aiming to get back to everyone by the 29th.</div><div><br></div><div>With best wishes,</div><div>Gemma</div><div><br></div><div>Gemma Okafor<br>HR Manager, Hartwell Academies Trust</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 18 Jan 2027 at 19:05, Philippa Drummond &lt;pip.drummond@letterbox.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear Gemma,<br>I'm away from 27 January for a week, so would it be possible to hear before then? Thank you for the interview on 14 January.<br>Philippa</blockquote></div>
"""),
    ], "000000000000a1b2c3r8a670"),
    {"expect_by": lambda ld: dd.next_dom(ld, 29),
     "evidence": "back to everyone by the 29th.",
     "note": "'by the 29th' with no month = next 29th on or after the Date. Candidate's quoted dates (27 January, 14 January) are not read."})

# 671 request - US Central, references by Friday, decision counted from undated receipt -> null
msg(671, "request", "grain-merchandiser-references",
    "Travis Lindqvist <tlindqvist@prairiegold-coop.example>",
    "Dana Whitcomb <dana.whitcomb@heartlandnet.example>",
    "References - Grain Merchandiser",
    "2027-01-21 08:12:40 -0600",
    """Morning Dana,

Good talking yesterday. Before we can go any further I need two professional
references, ideally one from a current or former supervisor. Could you send
names, phone numbers and emails by Friday?

Once we have them and have been able to reach both people, we'll come back to
you within a week.

Thanks,
Travis

Travis Lindqvist
Merchandising Manager | Prairie Gold Cooperative
Sent from my iPhone
""",
    {"evidence": "references, ideally one from a current or former supervisor. Could you send",
     "note": "Request; Friday is the candidate's deadline, and the week is counted from an undated event (reaching both referees) -> no date."})

# 672 timeline - India, Indian-English, fiscal Q4 of FY April-March
msg(672, "timeline", "actuarial-pricing-manager",
    "Venkatesh Iyer <venkatesh.iyer@suraksha-general.example>",
    "Meera Kulkarni <meera.kulkarni@mailwala.example>",
    "RE: Status of my candidature - Pricing Manager (Motor)",
    "2027-01-21 17:35:00 +0530",
    plain("""Dear Ms. Kulkarni,

Greetings from Suraksha General.

This is with reference to your mail regarding the status of your candidature.
Kindly note that the position is part of our revised manpower budget, which
is pending final approval from the management.

The final outcome will be intimated to you positively before the close of Q4
of FY 2026-27. We request your patience till then.

Thanks & Regards,
Venkatesh Iyer
Manager - Talent Acquisition
Suraksha General Insurance Co. Ltd.
Mumbai

-----Original Message-----
From: Meera Kulkarni <meera.kulkarni@mailwala.example>
Sent: 20 January 2027 10:11
To: Venkatesh Iyer <venkatesh.iyer@suraksha-general.example>
Subject: Status of my candidature - Pricing Manager (Motor)

Dear Sir, I attended the final round on 8th January. My notice period is
60 days, so kindly update by 31st January if possible.
Regards, Meera
""", cte="quoted-printable"),
    {"expect_by": lambda ld: dd.end_of_fiscal_quarter(ld, 4, 4),
     "evidence": "The final outcome will be intimated to you positively before the close of Q4",
     "note": "Indian FY April-March; Q4 of FY 2026-27 = January-March -> 31 March (end_of_fiscal_quarter). Candidate's quoted dates are not read."})

# 673 offer - Toronto, Lever-style, base64 plain + html, 'within 48 hours'
msg(673, "offer", "product-designer-growth",
    "Amara Nwosu <amara@hire.lakeshorelabs.example>",
    "Julien Tremblay <julien.tremblay@northmail.example>",
    "Great news from Lakeshore Labs!",
    "2027-01-20 16:45:03 -0500",
    multi("alternative", [
        plain("""Hi Julien,

Thanks so much for your patience through our process. I'm thrilled to share
that the team would love to have you join Lakeshore Labs as a Product
Designer on the Growth squad!

I'll call you Monday to walk through the details, but in the meantime: you'll
receive the formal offer letter through DocuSign within 48 hours. It will
include the compensation we discussed, equity details and a proposed start
date of March 1.

Welcome (almost) aboard!

Amara Nwosu
Recruiter, Lakeshore Labs
""", cte="base64"),
        html("""<html><body><p>Hi Julien,</p><p>Thanks so much for your patience through our process. I'm thrilled to share that the team would love to have you join Lakeshore Labs as a Product Designer on the Growth squad!</p><p>I'll call you Monday to walk through the details, but in the meantime: you'll receive the formal offer letter through DocuSign within 48 hours. It will include the compensation we discussed, equity details and a proposed start date of March 1.</p><p>Welcome (almost) aboard!</p><p>Amara Nwosu<br>Recruiter, Lakeshore Labs</p><img src="https://jobs.lakeshorelabs.example/t/o.gif" width="1" height="1" alt=""></body></html>
""", cte="base64"),
    ], "lever-r8a-673-8b1f"),
    {"expect_by": lambda ld: dd.within_hours(ld, 48),
     "evidence": "receive the formal offer letter through DocuSign within 48 hours. It will",
     "note": "Offer; the letter 'within 48 hours' = Date + 2 (within_hours). The call on Monday is not the dated letter; the March 1 start date is not expect_by."})

# 674 rejection - Perth, HTML-only base64, UTC date differs
msg(674, "rejection", "mine-site-geotechnician",
    "Recruitment <recruitment@pilbara-ironstone.example>",
    "Connor Whitaker <connor.whitaker@outbackmail.example>",
    "Geotechnical Technician - FIFO - application outcome",
    "2027-01-25 06:30:00 +0800",
    html("""<html><body style="font-family:Calibri,sans-serif">
<p>Hi Connor,</p>
<p>Thanks for your time at the interview and for completing the site fitness assessment.</p>
<p>Unfortunately on this occasion you haven't been successful. We had a strong field and went with a candidate with more open-pit experience.</p>
<p>We appreciate your interest in Pilbara Ironstone and encourage you to keep an eye on our careers page.</p>
<p>Regards,<br>The Recruitment Team<br>Pilbara Ironstone Pty Ltd</p>
</body></html>
""", cte="base64"),
    {"evidence": "Unfortunately on this occasion you haven't been successful. We had a strong field and went with a candidate with more open-pit experience.",
     "note": "Rejection, HTML-only base64. UTC date differs."})

# 675 timeline - US Pacific, hedged 'end of next week', UTC date differs
msg(675, "timeline", "ml-platform-engineer",
    "Priya Natarajan <priya@cinderpeak.example>",
    "Owen Gallagher <owen.gallagher@sendlane.example>",
    "Re: ML Platform Engineer - next steps?",
    "2027-01-25 21:10:55 -0800",
    """Hey Owen,

Sorry for the slow reply. Honest answer: we're still waiting on one last
onsite, and the hiring manager is out until Wednesday. We're hoping to wrap
up by end of next week, though it could slip a few days given the holidays
backlog. I'll keep you posted.

Priya

On Mon, Jan 25, 2027 at 9:14 AM Owen Gallagher <owen.gallagher@sendlane.example> wrote:
> Hi Priya, just checking on timing after my onsite on Jan 15. I have a
> competing deadline of Feb 2. Thanks!
""",
    {"expect_by": lambda ld: dd.end_of_next_week(ld),
     "evidence": "onsite, and the hiring manager is out until Wednesday. We're hoping to wrap",
     "note": "Hedged 'by end of next week, though it could slip' = Friday of next week. The manager's absence until Wednesday is not the decision date. UTC date differs; quoted dates not read."})

# 676 next-round - Singapore, case brief 'on Monday next week'
msg(676, "next-round", "private-banking-associate",
    "Rachel Tan <rachel.tan@harbourline-pb.example>",
    "Arjun Mehta <arjun.mehta@kampongmail.example>",
    "Private Banking Associate - Final Round",
    "2027-01-27 10:20:45 +0800",
    """Dear Arjun,

Thank you for meeting Mr. Goh and the team yesterday. I'm happy to confirm
that you have been shortlisted for the final round, which will be a case
presentation to the Market Head.

Our panel will send you the case brief on Monday next week, and you will then
have three working days to prepare before the presentation.

Best regards,
Rachel Tan
Talent Acquisition, Harbourline Private Bank
10 Marina Crescent, #21-01, Singapore

CONFIDENTIALITY: This email and any attachments are confidential.
""",
    {"expect_by": lambda ld: dd.next_week_day(ld, "Mon"),
     "evidence": "Our panel will send you the case brief on Monday next week, and you will then",
     "note": "Next round; the case brief is a dated next communication: Monday of the following week (next_week_day)."})

# 677 auto-reply - shared Talent Acquisition mailbox, weekend, 3 business days
msg(677, "auto-reply", "ta-mailbox-hospital-pharmacist",
    "Talent Acquisition <talent@mercyvale-health.example>",
    "Leticia Romero <leticia.romero@heartlandnet.example>",
    "Re: Clinical Pharmacist interview follow-up [Ticket #TA-88213]",
    "2027-01-30 11:02:38 -0600",
    """This is an automated response to confirm we received your message.

The Talent Acquisition mailbox is monitored Monday through Friday, 8:00 a.m.
to 4:30 p.m. Central. We aim to respond to all inquiries within 3 business
days. Please do not send duplicate requests, as this may delay our response.

If you are a current employee, please use the HR portal instead.

Mercyvale Health - Talent Acquisition
""",
    {"expect_by": lambda ld: dd.business_days(ld, 3),
     "evidence": "to 4:30 p.m. Central. We aim to respond to all inquiries within 3 business",
     "note": "Shared mailbox: its response promise is expect_by; sent on a Saturday, Date + 3 business days. No personal return date."},
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])

# 678 timeline - Germany, 'in KW 6'
msg(678, "timeline", "sensor-firmware-developer",
    "Jonas Hartmann <jonas.hartmann@feldmesstechnik.example>",
    "Li Na Zhou <lina.zhou@webpost.example>",
    "AW: Bewerbung Firmware-Entwickler*in Sensorik",
    "2027-01-28 16:40:19 +0100",
    """Dear Ms Zhou,

many thanks for your message. Unfortunately our department head is ill at
the moment, therefore the decision is delayed. We will inform you about our
decision in KW 6 at the latest.

We apologise for the delay and thank you for your patience.

Best regards
Jonas Hartmann
Personalabteilung
Feld Messtechnik GmbH & Co. KG

-----Ursprüngliche Nachricht-----
Von: Li Na Zhou <lina.zhou@webpost.example>
Gesendet: Mittwoch, 27. Januar 2027 09:30
An: Jonas Hartmann <jonas.hartmann@feldmesstechnik.example>
Betreff: Bewerbung Firmware-Entwickler*in Sensorik

Dear Mr Hartmann, after the interview on 12 January you told me that I
would hear by 22 January. Is there any news?
""",
    {"expect_by": lambda ld: dd.iso_week_friday(2027, 6),
     "evidence": "decision in KW 6 at the latest.",
     "note": "'in KW 6' = Friday of ISO week 6 of the Date's year (iso_week_friday). Quoted candidate dates are not read."})

# 679 acknowledgement - UK shared graduate mailbox, scheme closing date (not news), no date
msg(679, "acknowledgement", "graduate-surveying-scheme",
    "Early Talent Team <earlytalent@brackenmoor-surveyors.example>",
    "Isaac Mensah <isaac.mensah@letterbox.example>",
    "RE: Graduate Surveyor Scheme 2027 - assessment centre follow-up",
    "2027-02-01 10:05:12 +0000",
    """Hi Isaac,

Thanks for getting in touch and for your thoughtful note after the
assessment centre. We've passed it on to the assessors.

Just so you know, applications for the 2027 scheme remain open until
28 February, so final decisions for all assessment centre candidates will
be made after that. We'll be in touch as soon as we can.

Best wishes,
Early Talent Team
Brackenmoor Chartered Surveyors
""",
    {"evidence": "We've passed it on to the assessors.",
     "note": "Acknowledgement; the 28 February closing date is not a promised reply date and 'as soon as we can' after it is no date."})

# 680 rejection - Ireland, Outlook, candidate asked for update by a date (quoted)
msg(680, "rejection", "dairy-process-technologist",
    "Fionnuala Kehoe <fkehoe@slaneyvalley-dairy.example>",
    "Mateus Carvalho <mateus.carvalho@fastpost.example>",
    "RE: Process Technologist - Butter & Spreads",
    "2027-02-01 16:20:44 +0000",
    """Hi Mateus,

Thanks for your patience and for coming down to the plant for the second
interview. I'm sorry to say we've decided to offer the role to another
candidate whose experience with the new churn line was a closer fit.

It was a genuinely close call, and if you'd like feedback, I'm happy to have
a quick call.

All the best,
Fionnuala

________________________________
From: Mateus Carvalho <mateus.carvalho@fastpost.example>
Sent: Friday 29 January 2027 18:02
To: Fionnuala Kehoe <fkehoe@slaneyvalley-dairy.example>
Subject: Process Technologist - Butter & Spreads

Hi Fionnuala, I'd appreciate an update by 5 February as I have another
process underway. Thanks again for the tour on 21 January.
Mateus
""",
    {"evidence": "I'm sorry to say we've decided to offer the role to another",
     "note": "Rejection; the candidate's quoted dates are not read."})

# 681 rejection - Halifax (Atlantic), UTC date differs, filled internally
msg(681, "rejection", "harbour-operations-supervisor",
    "Nadine LeBlanc <nleblanc@chebucto-port.example>",
    "Ravi Subramaniam <ravi.subra@maritimemail.example>",
    "Harbour Operations Supervisor - competition update",
    "2027-02-02 22:30:27 -0400",
    """Good evening Ravi,

I wanted to let you know personally before the system notice goes out: the
Harbour Operations Supervisor position has been filled through an internal
appointment, and we will not be moving forward with external candidates for
this competition.

Thank you for the time you put into the interview and the site tour. I'd
encourage you to apply to the marine terminal posting that opens this spring.

Sincerely,
Nadine LeBlanc
Talent Acquisition, Chebucto Port Authority
""",
    {"evidence": "Harbour Operations Supervisor position has been filled through an internal",
     "note": "Rejection; 'this spring' is about another posting, no date. UTC date differs."})

# 682 request - India, payslips; compensation discussion by the 12th
msg(682, "request", "data-engineering-lead-payslips",
    "Sneha Bhattacharya <sneha.b@navyug-tech.example>",
    "Karthik Subramanian <karthik.s@mailwala.example>",
    "Documents required - Data Engineering Lead",
    "2027-02-03 11:48:00 +0530",
    """Dear Karthik,

Greetings from Navyug Technologies!

Thank you for your time during the techno-managerial round. To proceed
further, kindly share the following documents at the earliest:

1. Last three months' payslips
2. Relieving letter from your previous employer
3. Copy of PAN card

Once we receive the same, our Compensation team will revert to you with the
offer discussion by the 12th.

Regards,
Sneha Bhattacharya
HR - Talent Acquisition
Navyug Technologies Pvt. Ltd., Pune
""",
    {"expect_by": lambda ld: dd.next_dom(ld, 12),
     "evidence": "offer discussion by the 12th.",
     "note": "Request with a concrete dated next communication ('by the 12th' = next 12th on or after the Date)."})

# 683 bounce - Exim plain text with X-Failed-Recipients
msg(683, "bounce", "theatre-production-manager",
    "Mail Delivery System <Mailer-Daemon@mail.kestrel-playhouse.example>",
    "Hannah Lockwood <hannah.lockwood@postmere.example>",
    "Mail delivery failed: returning message to sender",
    "2027-02-04 09:15:52 +0000",
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jobs-2026@kestrel-playhouse.example
    (generated from productionjobs@kestrel-playhouse.example)
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Return-path: <hannah.lockwood@postmere.example>
Received: from smtp.postmere.example ([203.0.113.58])
	by mail.kestrel-playhouse.example with esmtps (Exim 4.97)
	id 1rXa9Q-0007Lm-2B
	for productionjobs@kestrel-playhouse.example;
	Thu, 04 Feb 2027 09:15:51 +0000
From: Hannah Lockwood <hannah.lockwood@postmere.example>
To: productionjobs@kestrel-playhouse.example
Subject: Production Manager - thank you and availability
Date: Thu, 04 Feb 2027 09:15:40 +0000

Dear Kestrel Playhouse team,

Thank you for Tuesday's interview. I wanted to confirm I could start on
1 April and am free for a second conversation any day before 12 February.

Best,
Hannah
""",
    {"failed_address": "jobs-2026@kestrel-playhouse.example",
     "evidence": "recipients. This is a permanent error. The following address(es) failed:",
     "note": "Exim bounce; the failed address is the alias target (X-Failed-Recipients). The returned candidate text (1 April, 12 February) is not read."},
    extra=[("X-Failed-Recipients", "jobs-2026@kestrel-playhouse.example"), ("Auto-Submitted", "auto-replied")])

# 684 timeline - Adelaide, UTC date differs, vague 'over the next few weeks'
msg(684, "timeline", "vineyard-research-scientist",
    "Dr Mei-Ling Harcourt <meiling.harcourt@barossa-viticulture.example>",
    "Tobias Lindgren <tobias.lindgren@outbackmail.example>",
    "Re: Research Scientist (Viticulture) - where things stand",
    "2027-02-05 07:15:33 +1030",
    """Dear Tobias,

Thanks for your note. I can't give you a firm date, I'm afraid: the position
depends on the renewal of our grower levy funding, and the board is still
working through that. We will be in touch over the next few weeks once we
know where we stand.

I appreciate your patience - you were a very strong candidate.

Warm regards,
Mei-Ling

Dr Mei-Ling Harcourt
Program Leader, Barossa Viticulture Institute
""",
    {"evidence": "working through that. We will be in touch over the next few weeks once we",
     "note": "Vague ('over the next few weeks', 'once we know') -> no date. UTC date differs."})

# 685 offer - US Mountain, start date March 1 (not news), packet after undated signing -> null
msg(685, "offer", "avalanche-forecaster",
    "Cody Ransome <cransome@highlinerecreation.example>",
    "Ingrid Solberg <ingrid.solberg@alpinepost.example>",
    "Offer - Avalanche Forecaster (Seasonal)",
    "2027-02-08 13:37:21 -0700",
    multi("mixed", [
        plain("""Hi Ingrid,

On behalf of the Snow Safety team, I'm excited to offer you the seasonal
Avalanche Forecaster position. The attached letter has the details: $31.50
an hour, a start date of March 1, and employee housing at the base village.

Please sign and return the letter at your convenience. Our benefits team
will send the enrollment packet after you sign.

Congrats and welcome to the team!

Cody Ransome
Snow Safety Director | Highline Recreation
"""),
        raw(["Content-Type: application/pdf; name=\"Offer_Solberg.pdf\"",
             "Content-Disposition: attachment; filename=\"Offer_Solberg.pdf\"",
             "Content-Transfer-Encoding: base64"],
            "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n"),
    ], "_mixed_r8a_685_hlr"),
    {"evidence": "On behalf of the Snow Safety team, I'm excited to offer you the seasonal",
     "note": "Offer; the start date is not expect_by and the packet follows an undated event (signing) -> no date."})

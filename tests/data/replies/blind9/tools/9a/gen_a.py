"""replies9a (r9) messages 761-785, written by hand."""
from base import msg, q, fixed, D
from mime import plain, html, multi, raw
import dates as X

CAND_A = "Priya Raman <priya.raman@mailbox.example>"
CAND_B = "Tomás Ó Briain <tomas.obriain@postbox.example>"
CAND_C = "Jordan Mbeki <jordan.mbeki@inbox.example>"
CAND_D = "Hannah Kowalczyk <hannah.k@webpost.example>"

# 761 timeline — US Eastern, Greenhouse-style ATS, HTML only
msg(761, "timeline", "transit-planning", "Harbor Line Transit Careers <no-reply@careers.harborline-transit.example>",
    CAND_C, "Update on your application: Senior Transit Planner", "2027-04-08 11:02:17 -0400",
    html("""<html><head><style>p{font-family:Arial,sans-serif;font-size:14px}</style></head><body>
<p>Hi Jordan,</p>
<p>Thank you for taking the time to meet with our Service Planning team on Tuesday. We enjoyed learning more about your work on the bus network redesign.</p>
<p>We wanted to give you a quick update on where things stand. Our team typically completes its review within 7–10 business days, and we will reach out to you either way once a decision has been made.</p>
<p>In the meantime, you can check the status of your application at any time in your candidate portal.</p>
<p>Best,<br>Talent Acquisition<br>Harbor Line Transit Authority</p>
<p style="font-size:11px;color:#888">This message was sent from an unmonitored address. Please do not reply directly to this email.</p>
</body></html>"""),
    {"expect_by": lambda ld: X.span_business_days(ld, 7, 10),
     "evidence": "Our team typically completes its review within 7\u201310 business days, and we will reach out to you either way once a decision has been made.",
     "note": "ATS template, HTML only. 'within 7-10 business days' = the outer bound, Date + 10 business days (Thursday + 10 business days = Thursday two weeks later). The interview 'on Tuesday' is past"})

# 762 rejection — UK, plain, quoted candidate text with dates, no date
msg(762, "rejection", "estuary-dredging", "Fiona Lambert <fiona.lambert@tidewaymarine.example>",
    CAND_D, "RE: Marine Operations Coordinator - follow up", "2027-04-09 15:47:03 +0100",
    """Hi Hannah,

Thank you for chasing, and sorry for the silence over the last week or so.

I'm afraid I've got disappointing news: we've decided to offer the role to another candidate whose dredging experience was a closer fit for the Medway contract. It was genuinely close, and Mark and I were both impressed with how you handled the scenario questions.

With your permission we'd like to keep your CV on our system for six months in case something suitable comes up in the Southampton team. If you'd rather we didn't, just let me know.

Wishing you all the best with your search.

Kind regards,
Fiona

Fiona Lambert
People Partner | Tideway Marine Services Ltd
Registered in England and Wales No. 0000000

-----Original Message-----
From: Hannah Kowalczyk <hannah.k@webpost.example>
Sent: 08 April 2027 09:12
To: Fiona Lambert <fiona.lambert@tidewaymarine.example>
Subject: Marine Operations Coordinator - follow up

Hi Fiona,

I interviewed on Monday 29 March and was told I'd hear by Friday 2 April. I just wanted to check whether there was any news, as I have a second interview elsewhere on 15 April.

Many thanks,
Hannah
""",
    {"evidence": "I'm afraid I've got disappointing news: we've decided to offer the role to another candidate whose dredging experience was a closer fit for the Medway contract.",
     "note": "Rejection with no date. 'keep your CV ... for six months' is retention, not an expectation. The dates (29 March, 2 April, 15 April) are in the quoted candidate e-mail and are not read"})

# 763 timeline — India, Indian English, local date differs from UTC
msg(763, "timeline", "pharma-regulatory", "Sandeep Kulkarni <sandeep.kulkarni@vedantalifesciences.example>",
    CAND_A, "Regulatory Affairs Executive - status", "2027-04-12 04:50:00 +0530",
    """Dear Priya,

Greetings from Vedanta Life Sciences.

This is with reference to your final round of discussion with our Head - Regulatory Affairs. Kindly note that the panel feedback is presently under consolidation and the same will be put up to management for approval.

We shall revert to you with the outcome by the 20th of this month. Request you to kindly bear with us till then.

Please do not hesitate to call on the below number for any clarification.

Thanks & Regards,
Sandeep Kulkarni
Manager - Talent Acquisition
Vedanta Life Sciences Pvt. Ltd., Hyderabad
+91 00000 00000
""",
    {"expect_by": lambda ld: X.next_dom(ld, 20),
     "evidence": "We shall revert to you with the outcome by the 20th of this month. Request you to kindly bear with us till then.",
     "note": "Indian English 'revert ... by the 20th of this month' = next 20th on or after the Date (same month). Sent 04:50 IST"})

# 764 next-round — Sydney (AEST after DST ended), final interview + calendar invitation promise
msg(764, "next-round", "bushfire-modelling", "Ruby Nguyen <ruby.nguyen@southerlyrisk.example>",
    CAND_C, "Final interview - Bushfire Risk Analyst", "2027-05-03 08:20:00 +1000",
    """Hi Jordan,

Great news - the panel would like to move you through to the final stage for the Bushfire Risk Analyst role.

The final interview will be with our Chief Risk Officer, Dr Alan Ferris, on Tuesday 11 May at 2pm (Sydney time) over Teams, and will run for around 45 minutes. There's nothing to prepare beyond having a think about how you'd explain model uncertainty to a council audience.

I'll send the calendar invitation by close of business Wednesday once Alan's EA confirms the slot.

Could you reply to confirm that time suits?

Cheers,
Ruby

Ruby Nguyen | Talent Partner
Southerly Risk Analytics | Level 9, 1 Example Street, Sydney NSW 2000
""",
    {"expect_by": lambda ld: X.next_weekday(ld, "Wed"),
     "evidence": "I'll send the calendar invitation by close of business Wednesday once Alan's EA confirms the slot.",
     "note": "Next-round invitation. The interview on Tuesday 11 May is not an expectation; the dated promise of the calendar invitation is: 'Wednesday' = next Wednesday after the Date. Sent 08:20 AEST"})

# 765 auto-reply — German bilingual Exchange OOO, up to and including
msg(765, "auto-reply", "brewery-engineering", "Jürgen Weiß <juergen.weiss@brauwerk-technik.example>",
    CAND_D, "Automatische Antwort: Bewerbung Prozessingenieurin / Process Engineer", "2027-05-12 14:03:11 +0200",
    """Vielen Dank für Ihre Nachricht.

Ich bin vom 12.05. bis einschließlich 18.05.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@brauwerk-technik.example.

Thank you for your message.

I am out of the office from 12 May up to and including 18 May 2027 and have no access to my e-mails. Your message will not be forwarded. For urgent matters please contact personal@brauwerk-technik.example.

Mit freundlichen Grüßen / Kind regards
Jürgen Weiß
Leiter Personal | Brauwerk Technik GmbH, Bamberg
""",
    {"returns_on": lambda ld: X.up_to_and_including(fixed(2027, 5, 18)(ld)),
     "evidence": "I am out of the office from 12 May up to and including 18 May 2027 and have no access to my e-mails.",
     "note": "Bilingual Exchange out-of-office; 'up to and including 18 May 2027' (absolute date) -> returns_on 18 May + 1. No response promise"},
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 766 bounce — Postfix multipart/report DSN, user unknown
_pf_hdrs = """Return-Path: <tomas.obriain@postbox.example>
Received: from [192.0.2.44] (unknown [192.0.2.44])
	by smtp.postbox.example (Postfix) with ESMTPSA id 4Wq7Kx2ZbCz1
	for <careers@lakeshore-robotics.example>; Thu, 15 Apr 2027 09:31:05 -0400 (EDT)
From: =?utf-8?q?Tom=C3=A1s_=C3=93_Briain?= <tomas.obriain@postbox.example>
To: careers@lakeshore-robotics.example
Subject: Thank you - Controls Engineer interview
Date: Thu, 15 Apr 2027 09:30:58 -0400
Message-ID: <c1f0.2027-04-15@postbox.example>
"""
msg(766, "bounce", "robotics-careers", "Mail Delivery System <MAILER-DAEMON@smtp.postbox.example>",
    CAND_B, "Undelivered Mail Returned to Sender", "2027-04-15 09:31:09 -0400",
    multi("report", [
        plain("""This is the mail system at host smtp.postbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<careers@lakeshore-robotics.example>: host mx1.lakeshore-robotics.example[198.51.100.25]
    said: 550 5.1.1 <careers@lakeshore-robotics.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""", extra=["Content-Description: Notification"]),
        raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            """Reporting-MTA: dns; smtp.postbox.example
X-Postfix-Queue-ID: 4Wq7Kx2ZbCz1
X-Postfix-Sender: rfc822; tomas.obriain@postbox.example
Arrival-Date: Thu, 15 Apr 2027 09:31:05 -0400 (EDT)

Final-Recipient: rfc822; careers@lakeshore-robotics.example
Original-Recipient: rfc822;careers@lakeshore-robotics.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.lakeshore-robotics.example
Diagnostic-Code: smtp; 550 5.1.1 <careers@lakeshore-robotics.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
        raw(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], _pf_hdrs),
    ], "4Wq7Kx2ZbCz1.1776259869/smtp.postbox.example.r9a", " report-type=delivery-status;"),
    {"failed_address": "careers@lakeshore-robotics.example",
     "evidence": "I'm sorry to have to inform you that your message could not",
     "note": "Postfix DSN (multipart/report with text/rfc822-headers): 550 5.1.1 user unknown for careers@lakeshore-robotics.example. The returned headers (dated 15 April) are not read"},
    extra=[("Auto-Submitted", "auto-replied")])

# 767 offer — Canada Eastern, contract within 48 hours, candidate deadline
msg(767, "offer", "hydro-asset-mgmt", "Marc-André Tremblay <ma.tremblay@northernriverpower.example>",
    CAND_A, "Offer - Asset Management Specialist", "2027-04-20 16:25:40 -0400",
    """Hi Priya,

Following up on our call this afternoon - I'm delighted to confirm that we'd like to offer you the Asset Management Specialist position with the Generation Engineering group in Ottawa.

To recap what we discussed:
- Base salary: CAD 98,500
- Hybrid (3 days on site)
- Proposed start date: Monday, June 7

Our HR team will send the formal employment agreement through DocuSign within 48 hours. If you could let us know your decision by Friday, April 23 that would help us close out the competition, but please reach out if you need a little more time.

Welcome aboard (hopefully!),
Marc-André

Marc-André Tremblay, P.Eng.
Manager, Asset Management | Northern River Power Corp.
""",
    {"expect_by": lambda ld: X.within_hours(ld, 48),
     "evidence": "Our HR team will send the formal employment agreement through DocuSign within 48 hours.",
     "note": "Offer. The dated promise of the formal agreement 'within 48 hours' = Date + 2 calendar days. The start date (June 7) and the candidate's decision deadline (April 23) are not expectations"})

# 768 timeline — Ireland, week after the June bank holiday
msg(768, "timeline", "creamery-quality", "Siobhán Ní Dhonnchadha <siobhan.nidhonnchadha@glenbrookdairy.example>",
    CAND_B, "Re: QA Lead - next steps?", "2027-05-20 12:41:00 +0100",
    """Hi Tomás,

Thanks for getting in touch, and apologies it's taken me a few days to come back to you.

We've one more candidate to see, and then the panel needs to sit down together, which won't happen for a while yet with annual leave and the audit at the Mitchelstown site. Realistically we'll be in touch by the Friday after the June bank holiday.

I know it's a longer wait than we'd like - thanks for bearing with us.

Siobhán

Siobhán Ní Dhonnchadha
HR Business Partner, Glenbrook Dairy Co-operative
""",
    {"expect_by": lambda ld: X.next_weekday(X.june_bank_holiday_ie(ld), "Fri"),
     "evidence": "Realistically we'll be in touch by the Friday after the June bank holiday.",
     "note": "Ireland: the June bank holiday is the first Monday of June (7 June 2027). 'the Friday after <holiday>' = next Friday after it"})

# 769 request — Singapore, documents by Friday (candidate deadline only), UTC differs
msg(769, "request", "cold-chain-logistics", "Tan Wei Ling <weiling.tan@meridian-coldchain.example>",
    CAND_C, "Documents required - Operations Executive (Cold Chain)", "2027-04-14 07:40:00 +0800",
    """Dear Jordan,

Thank you for attending the interview with us last Friday.

To proceed further, kindly furnish the following documents:
1. Copy of passport (bio-data page)
2. Degree certificate and academic transcripts
3. Latest 3 months' payslips
4. Any existing Singapore work pass (if applicable)

Please send the above by this Friday so that we can continue processing your application.

Thank you.

Best regards,
Tan Wei Ling (Ms)
HR Executive
Meridian Cold Chain Pte. Ltd.
""",
    {"evidence": "Please send the above by this Friday so that we can continue processing your application.",
     "note": "Document request. 'by this Friday' is the candidate's deadline, not an employer promise; nothing is promised in return, so no date. Sent 07:40 SGT"})

# 770 acknowledgement — ATS, base64 plain, no date
msg(770, "acknowledgement", "solar-permitting", "SunRidge Energy Recruiting <donotreply@jobs.sunridge-energy.example>",
    CAND_D, "We received your message", "2027-04-16 10:05:12 -0600",
    plain("""Hi Hannah,

Thanks for reaching out about your application for Permitting Specialist (Req #R-20417).

This is to confirm that your message has been received and added to your candidate record. Your recruiter will see it the next time they review your application.

Please note that we receive a high volume of inquiries and may not be able to respond to each one individually. If your qualifications are a match for the next step, a member of our team will contact you.

Thank you for your interest in SunRidge Energy.

SunRidge Energy Talent Acquisition

You are receiving this email because you applied for a position at SunRidge Energy. Manage your communication preferences in your candidate profile.
""", cte="base64"),
    {"evidence": "This is to confirm that your message has been received and added to your candidate record.",
     "note": "ATS acknowledgement (base64 text/plain) with no date and no period"})

# 771 offer — US Pacific evening, written offer the Wednesday after Memorial Day
msg(771, "offer", "wildfire-sensors", "Dana Whitfield <dana@canopysense.example>",
    CAND_B, "Verbal offer recap - Embedded Engineer", "2027-05-21 18:45:00 -0700",
    """Hey Tomás,

Thanks again for hopping on the phone earlier - I'm really glad you're excited about this.

Just to put it in writing: we're offering you the Embedded Engineer role at $142k base plus 0.15% equity, with a start date we'll agree together (you mentioned mid-June works).

The one snag is that our HR lead is out all of next week and Monday is Memorial Day, so the written offer letter won't come until the Wednesday after Memorial Day. I promise it will be in your inbox that day.

If anything comes up before then, text me.

Dana
--
Dana Whitfield | VP Engineering | CanopySense
Sent from my iPhone
""",
    {"expect_by": lambda ld: X.next_weekday(X.memorial_day(ld), "Wed"),
     "evidence": "The one snag is that our HR lead is out all of next week and Monday is Memorial Day, so the written offer letter won't come until the Wednesday after Memorial Day.",
     "note": "Verbal offer recap. Memorial Day = last Monday of May (31 May 2027); 'the Wednesday after Memorial Day' = next Wednesday after it. Sent Friday evening PDT"})

# 772 rejection — Germany, second-language, HTML + text, quoted-printable, non-ASCII
_t772 = """Sehr geehrte Frau Kowalczyk,

thank you very much for your interest in our company and for the open and friendly conversation with Mr. Große and me.

After careful consideration we have to inform you that we have decided for another candidate, whose profile matches the requirements of the position a little bit more.

This decision has nothing to do with your qualification, which we estimate very high. Your documents will be deleted according to GDPR after 6 months, if you do not agree to a longer storage.

We wish you for your further professional way all the best and much success.

Mit freundlichen Grüßen

Käthe Schäfer
Personalreferentin
Rheintal Präzisionsoptik GmbH
"""
msg(772, "rejection", "precision-optics", "Käthe Schäfer <k.schaefer@rheintal-optik.example>",
    CAND_D, "Ihre Bewerbung als Optikdesignerin / your application", "2027-04-22 09:15:33 +0200",
    multi("alternative", [
        plain(_t772, cte="quoted-printable"),
        html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in _t772.strip().split("\n\n")) + "</body></html>"),
    ], "----=_NextPart_000_0012_r9a_01DB3F2A"),
    {"evidence": "After careful consideration we have to inform you that we have decided for another candidate, whose profile matches the requirements of the position a little bit more.",
     "note": "German writer, second-language English, multipart/alternative in quoted-printable. No date: the 6-month GDPR deletion is retention"})

# 773 timeline — UK, "Monday after next"
msg(773, "timeline", "rail-timetabling", "Owen Pritchard <owen.pritchard@westcountryrail.example>",
    CAND_C, "RE: Timetable Planner interview", "2027-04-14 16:58:20 +0100",
    """Hi Jordan,

Thanks for your email. We're still interviewing this week and next, so I'm afraid it won't be a quick one. We're aiming to get back to everyone Monday after next.

If that changes I'll drop you a line.

Best wishes,
Owen

Owen Pritchard
Resourcing Advisor | West Country Rail
________________________________
From: Jordan Mbeki <jordan.mbeki@inbox.example>
Sent: 14 April 2027 10:03
To: Owen Pritchard <owen.pritchard@westcountryrail.example>
Subject: Timetable Planner interview

Hi Owen, thank you for Monday's interview. Do you have any idea of timescales? I'm on holiday from 30 April. Thanks, Jordan
""",
    {"expect_by": lambda ld: X.after_next(ld, "Mon"),
     "evidence": "We're aiming to get back to everyone Monday after next.",
     "note": "UK 'Monday after next' = the Monday a week after the next Monday (as '<Weekday> week'). Date is a Wednesday. Quoted candidate text (holiday from 30 April) is not read"})

# 774 next-round — US Mountain, scheduling tool, no expect_by
msg(774, "next-round", "ski-lift-ops", "Summit Peaks Resorts Scheduling <notifications@schedule.summitpeaks.example>",
    CAND_A, "Action required: schedule your second interview", "2027-06-01 08:12:00 -0600",
    multi("alternative", [
        plain("""Hi Priya,

Congratulations! The hiring team for Lift Operations Supervisor would like to invite you to a second interview with the Mountain Operations Director.

Please choose a 45-minute slot using the link below. Available times are between Tuesday, June 8 and Thursday, June 10.

Schedule now: https://schedule.summitpeaks.example/s/7KQ2-LIFT

Once you book, you'll receive a confirmation with a video link right away.

Summit Peaks Resorts Recruiting
"""),
        html("""<html><body>
<p>Hi Priya,</p>
<p>Congratulations! The hiring team for Lift Operations Supervisor would like to invite you to a second interview with the Mountain Operations Director.</p>
<p>Please choose a 45-minute slot using the link below. Available times are between Tuesday, June 8 and Thursday, June 10.</p>
<p><a href="https://schedule.summitpeaks.example/s/7KQ2-LIFT">Schedule now</a></p>
<p>Once you book, you'll receive a confirmation with a video link right away.</p>
<p>Summit Peaks Resorts Recruiting</p>
</body></html>"""),
    ], "r9a-sched-b7c1d0e2"),
    {"evidence": "The hiring team for Lift Operations Supervisor would like to invite you to a second interview with the Mountain Operations Director.",
     "note": "Next-round via a scheduling tool. June 8-10 are interview slots, not an expectation; the confirmation follows an undated booking, so no date"})

# 775 auto-reply — Australian university shared mailbox with a response promise
msg(775, "auto-reply", "uni-recruitment", "Coastal University Recruitment Services <recruitment@coastaluni.example>",
    CAND_B, "Automatic reply: Research Fellow (Coastal Geomorphology) - REF 4471", "2027-06-01 10:20:00 +1000",
    """Thank you for contacting Recruitment Services at Coastal University.

This is an automated response to let you know we have received your email. This mailbox is monitored by a team, and we aim to respond to all enquiries within 3 business days.

If your enquiry relates to a specific vacancy, please include the reference number in the subject line.

For information about working at Coastal University, visit https://jobs.coastaluni.example.

Kind regards,
Recruitment Services
Coastal University
""",
    {"expect_by": lambda ld: X.business_days(ld, 3),
     "evidence": "This mailbox is monitored by a team, and we aim to respond to all enquiries within 3 business days.",
     "note": "Shared-mailbox auto-reply with a response promise -> expect_by Date + 3 business days; no returns_on. Sent 10:20 AEST (UTC date is the same)"},
    extra=[("Auto-Submitted", "auto-replied")])

# 776 timeline — Adelaide, the Tuesday after the King's Birthday long weekend, UTC differs
msg(776, "timeline", "vineyard-water", "Lachlan Reid <lachlan.reid@murraybasinwater.example>",
    CAND_D, "Water Resources Officer - timing", "2027-06-03 07:55:00 +0930",
    """Morning Hannah,

Quick one before I head out to site - thanks for your patience with us on the Water Resources Officer role.

We've finished interviews and have references back for our preferred candidates, but the delegate who signs off appointments is on leave until the long weekend. We'll be letting all candidates know the outcome on the Tuesday after the King's Birthday long weekend.

Sorry it's dragging on a bit.

Lachlan Reid
Senior Hydrologist | Murray Basin Water Authority
""",
    {"expect_by": lambda ld: X.day_after(X.kings_birthday_au(ld)),
     "evidence": "We'll be letting all candidates know the outcome on the Tuesday after the King's Birthday long weekend.",
     "note": "King's Birthday holiday = second Monday of June (14 June 2027); 'the Tuesday after the long weekend' = that Monday + 1. The delegate's leave is not an expectation. Sent 07:55 ACST"})

# 777 offer — India, appointment letter counted from an undated event, joining date
msg(777, "offer", "bank-risk", "HR Operations <hr.ops@sahyadribank.example>",
    CAND_A, "Offer of Employment - Manager, Credit Risk (Scale II)", "2027-04-26 18:20:00 +0530",
    multi("mixed", [
        plain("""Dear Ms. Priya Raman,

With reference to your interview held at our Corporate Office, we are pleased to offer you the position of Manager - Credit Risk (Scale II) at a total CTC of INR 18,40,000 per annum. The detailed offer letter is attached herewith.

You are requested to report for joining on or before 01st July 2027 at our Corporate Office, Pune.

Kindly convey your acceptance by return mail along with the signed copy of the offer letter. The formal appointment letter will be issued within 7 working days of receipt of your signed acceptance, subject to satisfactory background verification.

Wishing you a successful career with us.

Yours faithfully,
For Sahyadri Co-operative Bank Ltd.

Chief Manager - HR
"""),
        raw(["Content-Type: application/pdf; name=\"Offer_Letter_PRaman.pdf\"",
             "Content-Disposition: attachment; filename=\"Offer_Letter_PRaman.pdf\"",
             "Content-Transfer-Encoding: base64"],
            "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n"),
    ], "r9a_mixed_5c2e91"),
    {"evidence": "The formal appointment letter will be issued within 7 working days of receipt of your signed acceptance, subject to satisfactory background verification.",
     "note": "Offer with PDF. The appointment letter is counted from an undated event (receipt of the signed acceptance) -> null. The joining date 1 July 2027 is not an expectation"})

# 778 timeline — Canada Atlantic, 'in due course', quoted candidate text with dates
msg(778, "timeline", "fisheries-science", "Colleen MacIsaac <colleen.macisaac@atlanticfisheries.example>",
    CAND_C, "Re: Fisheries Biologist competition", "2027-05-05 14:10:00 -0300",
    """Hi Jordan,

Thanks for your note, and I understand you're weighing up another opportunity.

I wish I could give you something firmer. The competition is still with our staffing advisors for the assessment review, and I'm not able to commit to a timeframe on their behalf. You will hear from us in due course, and I'll nudge them on my end.

Take care,
Colleen

On Wed, May 5, 2027 at 9:02 AM Jordan Mbeki <jordan.mbeki@inbox.example> wrote:
> Hi Colleen,
>
> I have another offer that I need to answer by Friday, May 7. Is there any
> chance of hearing from you before then? I'd be happy to talk on Thursday.
>
> Best,
> Jordan
""",
    {"evidence": "You will hear from us in due course, and I'll nudge them on my end.",
     "note": "Vague timeline: 'in due course', no date. The candidate's competing deadline (Friday, May 7) is in quoted text and is not read"})

# 779 bounce — Exim plain text, X-Failed-Recipients, mailbox quota
msg(779, "bounce", "museum-curator", "Mail Delivery System <Mailer-Daemon@mx3.webpost.example>",
    CAND_D, "Mail delivery failed: returning message to sender", "2027-04-28 11:44:02 +0100",
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  h.okafor@northumbriamuseums.example
    host mail.northumbriamuseums.example [203.0.113.61]
    SMTP error from remote mail server after RCPT TO:<h.okafor@northumbriamuseums.example>:
    552 5.2.2 Mailbox full: h.okafor has exceeded storage allocation

------ This is a copy of the message, including all the headers. ------

Return-path: <hannah.k@webpost.example>
Received: from [198.51.100.7] (helo=laptop)
	by mx3.webpost.example with esmtpsa (Exim 4.97)
	id 1rT9Xa-0004Qd-2B
	for h.okafor@northumbriamuseums.example; Wed, 28 Apr 2027 11:43:58 +0100
From: Hannah Kowalczyk <hannah.k@webpost.example>
To: h.okafor@northumbriamuseums.example
Subject: Assistant Curator - thank you
Date: Wed, 28 Apr 2027 11:43:51 +0100

Dear Dr Okafor,

Thank you for the interview on 26 April. I look forward to hearing from you
by 7 May as you mentioned.

Best wishes,
Hannah
""",
    {"failed_address": "h.okafor@northumbriamuseums.example",
     "evidence": "recipients. This is a permanent error. The following address(es) failed:",
     "note": "Exim plain-text bounce with X-Failed-Recipients (552 5.2.2 mailbox full, permanent). The returned candidate text ('by 7 May') is not read"},
    extra=[("X-Failed-Recipients", "h.okafor@northumbriamuseums.example"), ("Auto-Submitted", "auto-replied")])

# 780 request — UK, referees; outcome by end of the month
msg(780, "request", "housing-association", "Gemma Oduya <gemma.oduya@riversidehomes.example>",
    CAND_B, "Referees - Neighbourhood Housing Officer", "2027-05-10 10:30:00 +0100",
    """Dear Tomás,

Thank you for coming in on Thursday. The panel would like to progress your application, and as a next step we need details of two referees, one of whom should be your current or most recent line manager.

Could you send their names, job titles and e-mail addresses when you get a chance? We won't contact your current employer without checking with you first.

Once references are in, we'll aim to confirm the outcome by the end of the month.

Kind regards,
Gemma Oduya
Recruitment Officer, Riverside Homes
""",
    {"expect_by": lambda ld: X.end_of_month(ld),
     "evidence": "Once references are in, we'll aim to confirm the outcome by the end of the month.",
     "note": "Request for referees. 'by the end of the month' is a concrete date (last day of the Date's month) even though it is prefaced by 'once references are in'; the month-end bound is fixed, unlike a period counted from an undated event"})

# 781 next-round — Singapore, HTML only, assessment link within the next 24 hours
msg(781, "next-round", "fintech-compliance", "Talent Team <talent@lionpay.example>",
    CAND_C, "Next step: online assessment - AML Analyst", "2027-04-19 15:30:00 +0800",
    html("""<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600"><tr><td>
<h2>You're through to the next round!</h2>
<p>Hi Jordan,</p>
<p>Thanks for speaking with Mei Ling last week. We'd like to invite you to complete our online case assessment, which takes about 90 minutes.</p>
<p>You'll receive the assessment link from our testing partner within the next 24 hours. Once it arrives, you'll have five days to complete it.</p>
<p>If you need any adjustments, just reply to this email.</p>
<p>Cheers,<br>LionPay Talent Team</p>
</td></tr></table>
</body></html>"""),
    {"expect_by": lambda ld: X.within_hours(ld, 24),
     "evidence": "You'll receive the assessment link from our testing partner within the next 24 hours. Once it arrives, you'll have five days to complete it.",
     "note": "Next-round, HTML only. The assessment link 'within the next 24 hours' = Date + 1; the five-day completion window is the candidate's and counted from an undated arrival"})

# 782 acknowledgement — US Eastern, EOD tomorrow
msg(782, "acknowledgement", "hospital-revenue", "Keisha Durant <kdurant@stlukes-health.example>",
    CAND_A, "RE: Revenue Cycle Analyst - question about the role", "2027-04-29 13:07:00 -0400",
    """Hi Priya,

Got it, thanks - good questions. I don't want to guess on the on-call piece, so let me check with the hiring manager and get back to you by EOD tomorrow.

Keisha

Keisha Durant | Sr. Talent Acquisition Partner | St. Luke's Health System

-----Original Message-----
From: Priya Raman <priya.raman@mailbox.example>
Sent: Thursday, April 29, 2027 10:15 AM
To: Keisha Durant <kdurant@stlukes-health.example>
Subject: Revenue Cycle Analyst - question about the role

Hi Keisha, before the final round on May 6 could you clarify whether the role includes on-call weekends? Thank you!
""",
    {"expect_by": lambda ld: X.plus_days(ld, 1),
     "evidence": "Got it, thanks - good questions. I don't want to guess on the on-call piece, so let me check with the hiring manager and get back to you by EOD tomorrow.",
     "note": "Acknowledgement with a promise: 'by EOD tomorrow' = Date + 1. The final round on May 6 is in the quoted candidate e-mail"})

# 783 timeline — Germany, second-language, week after Pentecost, 'until' = by
msg(783, "timeline", "wind-blade-inspection", "Björn Köhler <bjoern.koehler@nordwind-service.example>",
    CAND_B, "AW: Bewerbung Rotorblatt-Inspektor / Status", "2027-05-03 08:47:00 +0200",
    """Hello Mr. Ó Briain,

thank you for your patience. We had many applications for this position and the last interviews are taking place in the next two weeks.

The decision will be made in the week after Pentecost, we will inform you until the end of that week.

I hope this helps you with your planning.

Best regards
Björn Köhler
HR Business Partner
Nordwind Service GmbH | Husum

-----Ursprüngliche Nachricht-----
Von: Tomás Ó Briain <tomas.obriain@postbox.example>
Gesendet: Freitag, 30. April 2027 17:20
An: Björn Köhler <bjoern.koehler@nordwind-service.example>
Betreff: Bewerbung Rotorblatt-Inspektor / Status

Dear Mr. Köhler, I wanted to ask about the status after our interview on 21 April. Kind regards, Tomás
""",
    {"expect_by": lambda ld: X.fri_of_week(X.whit_monday(ld)),
     "evidence": "The decision will be made in the week after Pentecost, we will inform you until the end of that week.",
     "note": "German writer: 'until the end of that week' = by. Pentecost Sunday is 16 May 2027, so the week after Pentecost is the week of Whit Monday (17 May); its end = Friday of that week"})

# 784 rejection — Perth, Lever-style ATS, fill date, UTC differs
msg(784, "rejection", "mine-geotech", "Ironbark Minerals <no-reply@hire.ironbarkminerals.example>",
    CAND_D, "Your application for Geotechnical Engineer at Ironbark Minerals", "2027-04-20 06:30:00 +0800",
    """Hi Hannah,

Thank you for your interest in the Geotechnical Engineer position at Ironbark Minerals and for the time you spent with the team.

We wanted to let you know that this role was filled on 12 April, and we won't be moving forward with your application on this occasion.

We'll keep your profile in our talent community, and you're welcome to apply for future openings that match your experience.

All the best,
The Ironbark Minerals Talent Team
""",
    {"evidence": "We wanted to let you know that this role was filled on 12 April, and we won't be moving forward with your application on this occasion.",
     "note": "ATS rejection, no date to expect: 'filled on 12 April' is a past event. Sent 06:30 AWST"})

# 785 timeline — India, end of H1 of the Indian fiscal year
msg(785, "timeline", "it-services-hiring", "Ananya Bhattacharya <ananya.b@kaveritech.example>",
    CAND_A, "RE: Solution Architect - Cloud Practice | Status", "2027-04-27 11:15:00 +0530",
    """Hi Priya,

Hope you are doing well.

Just to update you, the Solution Architect requisition is currently on hold as the new financial year budgets are being re-aligned across practices. The hiring manager has confirmed that the position is very much open and that we will be closing the position with a final decision by end of H1 of FY 2027-28.

I understand it is a long wait. In case your situation changes in between, please do keep me informed.

Warm Regards,
Ananya Bhattacharya
Lead - Talent Acquisition, Kaveri Technologies Ltd.
""",
    {"expect_by": lambda ld: X.end_of_half(ld, 4, 1),
     "evidence": "The hiring manager has confirmed that the position is very much open and that we will be closing the position with a final decision by end of H1 of FY 2027-28.",
     "note": "Indian FY April-March: H1 of FY 2027-28 = April-September 2027; end of H1 = 30 September 2027 (new rule end_of_half)"})

"""Messages 561-585, written by hand."""
import dates as T
from base import msg, q, fixed, D, plain, html, multi, raw, leaf

# 561 offer - shipping, Singapore, Outlook, candidate quoted
msg(561, "offer", "marine-ops-planner",
    "Wei Ling Tan <weiling.tan@harbourline-cs.example>", "Rohan Mehta <rohan.mehta@postbox.example>",
    "RE: Marine Operations Planner - outcome", "2026-12-07 09:14:00 +0800",
    plain("""Dear Rohan,

Thank you for meeting the panel at our Pasir Panjang office last week. I am very pleased to tell you that we would like to offer you the position of Marine Operations Planner, reporting to Captain Suresh Pillai.

The annual package we discussed (base salary plus the 13th-month AWS and the variable bonus) stands, and the proposed start date is Monday 4 January 2027.
Our HR team will send the formal letter of appointment by Thursday 10 December.

Please do not hesitate to call me if you have any questions in the meantime.

Best regards,
Wei Ling Tan
Talent Acquisition Lead | Harbourline Container Services Pte Ltd
T +65 6555 0142 | 1 Harbour Gateway, Singapore 099999

-----Original Message-----
From: Rohan Mehta <rohan.mehta@postbox.example>
Sent: Friday, 4 December 2026 6:02 PM
To: Wei Ling Tan <weiling.tan@harbourline-cs.example>
Subject: Marine Operations Planner - outcome

Dear Wei Ling,

Thank you again for Wednesday's interview. Is there any update? I have another process that needs my answer by 11 December.

Kind regards,
Rohan
"""),
    dict(expect_by=fixed(2026, 12, 10),
         evidence="Our HR team will send the formal letter of appointment by Thursday 10 December.",
         note="Offer; the formal letter promised by Thursday 10 December is a dated next communication -> expect_by. Start date 4 January 2027 and the candidate's own 11 December (quoted) are not read"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("In-Reply-To", "<cand.561@postbox.example>")])

# 562 rejection - veterinary, UK, ATS multipart/alternative, no date
_t562 = """Dear Hannah,

Thank you for your interest in the Clinical Veterinary Surgeon role at Bramblegate Veterinary Group, and for the time you gave us at the Ludlow practice.

After careful consideration, we have decided to progress with other candidates whose experience more closely matches the needs of the practice.

We appreciate that this is disappointing news. You are welcome to apply for future vacancies through our careers site.

Kind regards,
The Bramblegate Recruitment Team

This message was sent by Bramblegate Careers on behalf of Bramblegate Veterinary Group Ltd. Please do not reply to this address.
"""
_h562 = """<html><body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Hannah,</p>
<p>Thank you for your interest in the Clinical Veterinary Surgeon role at Bramblegate Veterinary Group, and for the time you gave us at the Ludlow practice.</p>
<p>After careful consideration, we have decided to progress with other candidates whose experience more closely matches the needs of the practice.</p>
<p>We appreciate that this is disappointing news. You are welcome to apply for future vacancies through our careers site.</p>
<p>Kind regards,<br>The Bramblegate Recruitment Team</p>
<p style="font-size:11px;color:#777">This message was sent by Bramblegate Careers on behalf of Bramblegate Veterinary Group Ltd. Please do not reply to this address.</p>
</div></body></html>"""
msg(562, "rejection", "clinical-vet-surgeon",
    "Bramblegate Careers <no-reply@careers.bramblegate-vets.example>", "Hannah Okafor <hannah.okafor@inbox.example>",
    "Your application: Clinical Veterinary Surgeon (Ludlow)", "2026-12-08 16:02:00 +0000",
    multi("alternative", [plain(_t562), html(_h562)], "=_r7a_562_alt"),
    dict(expect_by=None,
         evidence="After careful consideration, we have decided to progress with other candidates whose experience more closely matches the needs of the practice.",
         note="ATS rejection, no date"),
    extra=[("X-Mailer", "Greenhouse-style Mailer"), ("Auto-Submitted", "auto-generated")])

# 563 timeline - museum, Toronto, evening -> UTC next day, "a week on Friday"
msg(563, "timeline", "collections-registrar",
    "Marguerite Lévesque <mlevesque@lakeshore-museum.example>", "Daniel Cho <daniel.cho@mailhaven.example>",
    "Re: Registrar (Collections) interview", "2026-12-09 21:40:00 -0500",
    plain("""Hi Daniel,

Sorry for the slow reply - we have been installing the winter exhibition all week.

The panel has two more conversations to hold. We expect to make a decision a week on Friday, and I will phone you either way.

All the best,
Marguerite

Marguerite Lévesque
Head of Collections Management
Lakeshore Museum of Art & Design, Toronto ON
416-555-0178
"""),
    dict(expect_by=lambda d: T.a_week_on(d, "Fri"),
         evidence="We expect to make a decision a week on Friday, and I will phone you either way.",
         note="'a week on Friday' = the Friday a week after the next Friday (new rule, as 'Friday week'): next Friday 11 Dec + 7"),
    extra=[("X-Mailer", "Apple Mail (2.3774)")])

# 564 timeline - water utility, Ireland, Gmail with gmail_quote
_t564 = """Hi Aoife,

Thanks for your note. The panel met this morning and we are just finishing the paperwork.

You should hear from us by close of business tomorrow.

Regards,
Cian

Cian Brennan | Network Asset Engineer
Shannonside Water Services
087 555 0123

On Tue, 8 Dec 2026 at 19:21, Aoife Gallagher <aoife.gallagher@postbox.example> wrote:
""" + q("""Dear Cian,

Thank you for the interview on Monday 7 December. Could you let me know by 18 December whether I have been successful?

Aoife""") + "\n"
_h564 = """<div dir="ltr"><div>Hi Aoife,</div><div><br></div><div>Thanks for your note. The panel met this morning and we are just finishing the paperwork.</div><div><br></div><div>You should hear from us by close of business tomorrow.</div><div><br></div><div>Regards,</div><div>Cian</div><div><br></div><div>Cian Brennan | Network Asset Engineer<br>Shannonside Water Services<br>087 555 0123</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 8 Dec 2026 at 19:21, Aoife Gallagher &lt;aoife.gallagher@postbox.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Dear Cian,<br><br>Thank you for the interview on Monday 7 December. Could you let me know by 18 December whether I have been successful?<br><br>Aoife</div></blockquote></div>"""
msg(564, "timeline", "network-asset-engineer",
    "Cian Brennan <cian.brennan@shannonside-water.example>", "Aoife Gallagher <aoife.gallagher@postbox.example>",
    "Re: Network Asset Engineer interview", "2026-12-10 11:05:00 +0000",
    multi("alternative", [plain(_t564), html(_h564)], "000000000000r7a564alt"),
    dict(expect_by=lambda d: T.plus_days(d, 1),
         evidence="You should hear from us by close of business tomorrow.",
         note="'by close of business tomorrow' = Date + 1. The candidate's quoted 18 December is not read"),
    extra=[("In-Reply-To", "<cand.564@postbox.example>")])

# 565 next-round - sport analytics, Sydney (AEDT), early morning -> UTC previous day
msg(565, "next-round", "performance-analyst",
    "Lachlan Reid <lachlan.reid@harbourcityrl.example>", "Sofia Marchetti <sofia.marchetti@mailhaven.example>",
    "Performance Analyst - second interview", "2026-12-14 07:45:00 +1100",
    plain("""Morning Sofia,

Great to chat last Thursday. The coaching staff would like you back for a second interview with our Head of Performance and the NRLW team's S&C coach on Tuesday 22 December at 10am at the Moore Park centre.

Bring a laptop - we will ask you to talk us through a match report you've built.
I'll send the calendar invite and the parking pass by Wednesday.

Cheers,
Lachlan Reid
Football Operations Manager
Harbour City Rugby League Club
+61 2 5550 1188
"""),
    dict(expect_by=lambda d: T.next_weekday(d, "Wed"),
         evidence="I'll send the calendar invite and the parking pass by Wednesday.",
         note="Next round; the interview on 22 December is not expect_by, the promised calendar invite by Wednesday is (next Wednesday after Monday 14 December)"),
    extra=[("X-Mailer", "iPhone Mail (20H115)")])

# 566 bounce - Postfix DSN, German publisher
_rep566 = """This is the mail system at host mx1.lindenverlag.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.hartmann@lindenverlag.example>: host mail.lindenverlag.example[192.0.2.25]
    said: 550 5.1.1 <j.hartmann@lindenverlag.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
_ds566 = [raw([], """Reporting-MTA: dns; mx1.lindenverlag.example
X-Postfix-Queue-ID: 4R7A566Lx2z1
X-Postfix-Sender: rfc822; elena.varga@postbox.example
Arrival-Date: Tue, 15 Dec 2026 10:03:09 +0100""")]
_ds566b = """Reporting-MTA: dns; mx1.lindenverlag.example
X-Postfix-Queue-ID: 4R7A566Lx2z1
X-Postfix-Sender: rfc822; elena.varga@postbox.example
Arrival-Date: Tue, 15 Dec 2026 10:03:09 +0100

Final-Recipient: rfc822; j.hartmann@lindenverlag.example
Original-Recipient: rfc822;j.hartmann@lindenverlag.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.lindenverlag.example
Diagnostic-Code: smtp; 550 5.1.1 <j.hartmann@lindenverlag.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
_hd566 = """Return-Path: <elena.varga@postbox.example>
Received: from smtp.postbox.example (smtp.postbox.example [198.51.100.14])
	by mx1.lindenverlag.example (Postfix) with ESMTPS id 4R7A566Lx2z1
	for <j.hartmann@lindenverlag.example>; Tue, 15 Dec 2026 10:03:09 +0100 (CET)
From: Elena Varga <elena.varga@postbox.example>
To: Jonas Hartmann <j.hartmann@lindenverlag.example>
Subject: Thank you - Rights Manager interview on 14 December
Date: Tue, 15 Dec 2026 09:02:51 +0000
Message-ID: <cand.566@postbox.example>
"""
msg(566, "bounce", "rights-manager-thanks",
    "Mail Delivery System <MAILER-DAEMON@mx1.lindenverlag.example>", "Elena Varga <elena.varga@postbox.example>",
    "Undelivered Mail Returned to Sender", "2026-12-15 10:03:11 +0100",
    multi("report", [plain(_rep566, charset="us-ascii", extra=["Content-Description: Notification"]),
                     raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], _ds566b),
                     raw(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], _hd566)],
          "4R7A566Lx2z1.1797325391/mx1.lindenverlag.example.r7a", " report-type=delivery-status;"),
    dict(failed_address="j.hartmann@lindenverlag.example",
         evidence="I'm sorry to have to inform you that your message could not",
         note="Postfix DSN (multipart/report); Final-Recipient with Action: failed, 550 5.1.1 user unknown"),
    extra=[("Auto-Submitted", "auto-replied")])

# 567 timeline - biotech, Munich, second-language English, "in the middle of next week"
msg(567, "timeline", "assay-scientist",
    "Dr. Katrin Obermeier <k.obermeier@isarbio.example>", "Tomás Ruiz <tomas.ruiz@mailhaven.example>",
    "AW: Scientist Assay Development - status", "2026-12-16 14:27:00 +0100",
    plain("""Dear Mr. Ruiz,

many thanks for your patience. Our CSO was travelling this week, so we could not yet finish the evaluation of the final candidates.

We will come back to you in the middle of next week, latest.

Please note that our site is closed between 24.12.2026 and 01.01.2027.

With kind regards
Katrin Obermeier

Dr. Katrin Obermeier
Head of Assay Development
IsarBio Therapeutics GmbH | Fraunhoferstr. 9 | 82152 Planegg
Tel. +49 89 5550 2231

-----Ursprüngliche Nachricht-----
Von: Tomás Ruiz <tomas.ruiz@mailhaven.example>
Gesendet: Montag, 14. Dezember 2026 09:12
An: Katrin Obermeier <k.obermeier@isarbio.example>
Betreff: Scientist Assay Development - status

Dear Dr. Obermeier,
I wanted to ask whether there is news after our interview on 9 December.
Best regards, Tomás Ruiz
""", charset="iso-8859-1", cte="quoted-printable"),
    dict(expect_by=T.mid_next_week,
         evidence="We will come back to you in the middle of next week, latest.",
         note="'in the middle of next week' = Wednesday of the following week (new rule). The site closure 24.12.-01.01. and the quoted interview date are not expect_by"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 568 acknowledgement - retail, US Central, HTML-only base64, evening -> UTC next day
_h568 = """<!DOCTYPE html><html><head><style>p{font-family:Helvetica,Arial;font-size:14px}</style></head><body>
<table width="600" align="center"><tr><td>
<p>Hi Jordan,</p>
<p>Thank you for completing your interview for Store Operations Manager - Omaha Crossroads.</p>
<p>Your candidate status is now: In Review.</p>
<p>To keep your application moving, please complete the background-check consent form in your candidate home by December 21.</p>
<p>You can check your status at any time by signing in to the Prairie Outfitters career site.</p>
<p>Prairie Outfitters Talent Acquisition</p>
</td></tr></table></body></html>"""
msg(568, "acknowledgement", "store-ops-manager",
    "Prairie Outfitters Careers <careers-noreply@myworkdayjobs.prairie-outfitters.example>", "Jordan Ellis <jordan.ellis@inbox.example>",
    "Thank you for interviewing with Prairie Outfitters", "2026-12-17 18:30:00 -0600",
    html(_h568, cte="base64"),
    dict(expect_by=None,
         evidence="Your candidate status is now: In Review.",
         note="ATS acknowledgement (Workday-style), HTML only, base64. December 21 is the candidate's deadline for the consent form, not expect_by"),
    extra=[("Auto-Submitted", "auto-generated")])

# 569 offer - public health, South Africa, Apple Mail, "by the 23rd"
msg(569, "offer", "field-epidemiologist",
    "Dr Nomvula Dlamini <n.dlamini@kzn-phru.example>", "Pieter van Wyk <pieter.vanwyk@mailhaven.example>",
    "Field Epidemiologist - offer", "2026-12-18 12:40:00 +0200",
    plain("""Dear Pieter

I'm delighted to confirm that the selection committee has approved your appointment as Field Epidemiologist in the Surveillance and Outbreak Response Unit, on the terms discussed on Wednesday.

The signed contract will be couriered to you by the 23rd.

Your start date would be 1 February 2027, with the first two weeks spent at the Durban office for induction. Please remember that your HPCSA registration certificate must be valid on that date.

Warm regards
Nomvula

Dr Nomvula Dlamini
Unit Director, Public Health Research Unit
+27 31 555 0190

Sent from my iPad
"""),
    dict(expect_by=lambda d: T.next_dom(d, 23),
         evidence="The signed contract will be couriered to you by the 23rd.",
         note="Offer; 'by the 23rd' (no month) = the next 23rd on or after the Date (new rule, as 'returning on the Nth'). Start date 1 February 2027 is not read"),
    extra=[("X-Mailer", "iPad Mail (21C66)")])

# 570 timeline - hospitality, Goa, Indian English, "on or before the 15th inst."
msg(570, "timeline", "front-office-manager",
    "HR Desk - Sapphire Sands Resort <hr@sapphiresands-goa.example>", "Meera Krishnan <meera.krishnan@postbox.example>",
    "Re: Front Office Manager - interview feedback", "2027-01-04 10:20:00 +0530",
    plain("""Dear Ms. Meera,

Greetings from Sapphire Sands!

Thank you for your mail. Due to the peak season and New Year functions our General Manager could not complete the final round evaluation.

We shall revert with the final decision on or before the 15th inst.

Kindly bear with us.

Warm Regards,
Ashwin Naik
Asst. Manager - Human Resources
Sapphire Sands Resort & Spa, Candolim, Goa
Mob: +91 98555 01234

On 02-Jan-2027 11:45, Meera Krishnan wrote:
""" + q("""Dear Sir,
I attended the interview on 21st December. Kindly update me on the status.
Regards, Meera""") + "\n"),
    dict(expect_by=lambda d: T.inst(d, 15),
         evidence="We shall revert with the final decision on or before the 15th inst.",
         note="'the 15th inst.' = the 15th of the Date's own month (new rule); 'revert' = reply (Indian English)"),
    extra=[("X-Mailer", "Zoho Mail")])

# 571 request - publishing, UK, Outlook, candidate deadline + undated-event promise
msg(571, "request", "commissioning-editor",
    "Fiona Marsh <fiona.marsh@quillandrook.example>", "Samuel Adeyemi <samuel.adeyemi@inbox.example>",
    "Commissioning Editor (Non-fiction) - next steps", "2027-01-05 15:18:00 +0000",
    plain("""Dear Samuel,

Happy New Year, and thank you again for coming in before Christmas. The publishing director enjoyed your pitch for the nature-writing list.

Before we can take things further, could you please send me two edited manuscripts (or extracts) you are proud of, together with the contact details of two referees?
If possible, please send them by Friday 8 January.

Once we have them, we will make our decision within a week.

Best wishes,
Fiona

Fiona Marsh
Editorial Director | Quill & Rook Books
020 7946 0321
"""),
    dict(expect_by=None,
         evidence="could you please send me two edited manuscripts (or extracts) you are proud of, together with the contact details of two referees?",
         note="Request for samples and referees. 8 January is the candidate's deadline; the decision 'within a week' counts from an undated event (receipt of the samples) -> null"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 572 rejection - air freight, Vancouver, evening -> UTC next day
msg(572, "rejection", "air-cargo-supervisor",
    "Gurpreet Sandhu <gsandhu@pacificrim-airfreight.example>", "Ana Lima <ana.lima@mailhaven.example>",
    "Air Cargo Supervisor - YVR", "2027-01-06 17:55:00 -0800",
    plain("""Hi Ana,

Thank you for interviewing with us for the Air Cargo Supervisor position at our YVR South warehouse.

I'm sorry to let you know that we have offered the role to another candidate, who has accepted.

Your dangerous-goods experience stood out, and with your permission we will keep your resume on file for the next 12 months.

Take care,
Gurpreet Sandhu
Operations HR Partner
Pacific Rim Air Freight Ltd.
604-555-0147
"""),
    dict(expect_by=None,
         evidence="I'm sorry to let you know that we have offered the role to another candidate, who has accepted.",
         note="Rejection; the 12-month retention is not a date"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 573 auto-reply - cricket association, Adelaide (ACDT +1030), UTC previous day
msg(573, "auto-reply", "cricket-coach-thanks",
    "Bronwyn Taylor <btaylor@sa-cricketassoc.example>", "Marcus Pretorius <marcus.pretorius@postbox.example>",
    "Automatic reply: Thank you - Pathway Coach interview", "2027-01-07 08:12:00 +1030",
    plain("""Hi there,

Thanks for your email. I am on annual leave from Monday 4 January to Friday 15 January inclusive, with very limited access to email.

For urgent pathway or recruitment matters please contact pathways@sa-cricketassoc.example or call reception on 08 5550 3300.

Cheers,
Bronwyn
"""),
    dict(returns_on=lambda d: T.up_to_and_including(D(2027, 1, 15)),
         evidence="I am on annual leave from Monday 4 January to Friday 15 January inclusive, with very limited access to email.",
         note="Out-of-office; 'from X to Y inclusive' -> returns_on Y + 1 = 16 January"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "btaylor@sa-cricketassoc.example")])

# 574 timeline - animal health, Colorado, Gmail, undated -> null
_t574 = """Hey Priya,

Thanks for checking in! We're still interviewing for the Field Technical Services Veterinarian role and will update you once the final candidate has been seen.

I know the holidays slowed everything down - I appreciate your patience.

Best,
Kyle

--
Kyle Brandt
Talent Partner, Front Range Animal Health
(720) 555-0166

On Fri, Jan 8, 2027 at 4:10 PM Priya Raman <priya.raman@inbox.example> wrote:
""" + q("""Hi Kyle,
Just following up on my interview on December 17. I'm available to start any time after January 20.
Thanks, Priya""") + "\n"
_h574 = """<div dir="ltr">Hey Priya,<div><br></div><div>Thanks for checking in! We're still interviewing for the Field Technical Services Veterinarian role and will update you once the final candidate has been seen.</div><div><br></div><div>I know the holidays slowed everything down - I appreciate your patience.</div><div><br></div><div>Best,</div><div>Kyle</div><div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">Kyle Brandt<br>Talent Partner, Front Range Animal Health<br>(720) 555-0166</div></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Jan 8, 2027 at 4:10 PM Priya Raman &lt;priya.raman@inbox.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Kyle,<br>Just following up on my interview on December 17. I'm available to start any time after January 20.<br>Thanks, Priya</div></blockquote></div>"""
msg(574, "timeline", "field-services-vet",
    "Kyle Brandt <kyle.brandt@frontrange-ah.example>", "Priya Raman <priya.raman@inbox.example>",
    "Re: Field Technical Services Veterinarian", "2027-01-11 10:02:00 -0700",
    multi("alternative", [plain(_t574), html(_h574)], "000000000000r7a574alt"),
    dict(expect_by=None,
         evidence="We're still interviewing for the Field Technical Services Veterinarian role and will update you once the final candidate has been seen.",
         note="Timeline tied to an undated event (the last interview) -> null. Quoted December 17 / January 20 are candidate text"),
    extra=[("In-Reply-To", "<cand.574@inbox.example>")])

# 575 next-round - TV production, UK, assessment date only -> null
msg(575, "next-round", "edit-producer",
    "Talent Team - Northlight Pictures <talent@northlight-pictures.example>", "Chloe Barnes <chloe.barnes@postbox.example>",
    "Edit Producer - practical assessment", "2027-01-13 12:30:00 +0000",
    plain("""Hi Chloe,

Thanks for your time on Monday - the exec producers really liked your showreel, and we'd like to move you forward to the practical stage.

Please hold Thursday 21 January, 10:00-16:00, for the technical assessment at our Salford edit suites. You will cut a three-minute sequence from rushes we provide; Avid and Premiere are both available.

Travel is reimbursed at standard rail fare - just keep your tickets.

Best,
Ravi Chauhan
Talent Coordinator, Northlight Pictures
Dock House, Salford M50 0ZZ
"""),
    dict(expect_by=None,
         evidence="Please hold Thursday 21 January, 10:00-16:00, for the technical assessment at our Salford edit suites.",
         note="Next round; the assessment date 21 January is not expect_by and nothing else is promised by a date -> null"))

# 576 timeline - insurance, Singapore (Lever-style), morning -> UTC previous day; working days after a dated meeting
_t576 = """Hi Arjun,

Thanks for completing all three interviews for the Senior Claims Analyst (Marine & Energy) role.

The hiring panel meets on 20 January and you will hear from us within three working days after that.

If anything changes on your side in the meantime, just reply to this email.

Best,
Rachel Koh
Talent Acquisition, Straits Mutual Insurance
"""
msg(576, "timeline", "senior-claims-analyst",
    "Rachel Koh <rachel.koh@hire.straitsmutual.example>", "Arjun Iyer <arjun.iyer@mailhaven.example>",
    "Senior Claims Analyst - update", "2027-01-14 07:30:00 +0800",
    multi("alternative", [plain(_t576), html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in _t576.strip().split("\n\n")) + "</body></html>")], "----=_Part_r7a_576"),
    dict(expect_by=lambda d: T.working_days_after(D(2027, 1, 20), 3),
         evidence="The hiring panel meets on 20 January and you will hear from us within three working days after that.",
         note="'within N working days after <dated event D>' = D + N business days (new rule): Wed 20 Jan + 3 = Mon 25 Jan"),
    extra=[("X-Mailer", "Lever-style ATS")])

# 577 acknowledgement - school, Ireland, Outlook, no date
msg(577, "acknowledgement", "geography-teacher",
    "Siobhán Kelly <office@stbrendans-ns.example>", "Eoin Murphy <eoin.murphy@inbox.example>",
    "RE: Thank you - Geography teacher interview", "2027-01-15 09:48:00 +0000",
    plain("""Dear Eoin,

Thank you for your email. I have passed your note on to the Principal and the board of management.

Kind regards,
Siobhán Kelly
School Secretary
St Brendan's Community School, Birr, Co. Offaly
057 555 0188

________________________________
From: Eoin Murphy <eoin.murphy@inbox.example>
Sent: 14 January 2027 21:03
To: office@stbrendans-ns.example
Subject: Thank you - Geography teacher interview

Dear Ms Kelly,
Please pass on my thanks to the interview board for Wednesday. I look forward to hearing from you before the end of January.
Eoin Murphy
""", charset="windows-1252", cte="quoted-printable"),
    dict(expect_by=None,
         evidence="Thank you for your email. I have passed your note on to the Principal and the board of management.",
         note="Acknowledgement only; 'before the end of January' is the candidate's own quoted hope and is not read"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 578 offer - biotech, Boston, Greenhouse, quoted-printable alternative
_t578 = """Hi Maya,

Congratulations again! As Dr. Feldman mentioned on the phone this afternoon, we are excited to offer you the role of Senior Research Associate, Cell Therapy.

You will receive the offer letter via DocuSign by Tuesday, January 19.

We are targeting a start date of March 1, subject to the usual background check.

Welcome (almost) to the team,
Nicole Grant
Recruiting Manager | Charles Basin Therapeutics
617-555-0139
"""
_h578 = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Maya,</p>
<p>Congratulations again! As Dr. Feldman mentioned on the phone this afternoon, we are excited to offer you the role of <b>Senior Research Associate, Cell Therapy</b>.</p>
<p>You will receive the offer letter via DocuSign by Tuesday, January 19.</p>
<p>We are targeting a start date of March 1, subject to the usual background check.</p>
<p>Welcome (almost) to the team,<br>Nicole Grant<br>Recruiting Manager | Charles Basin Therapeutics<br>617-555-0139</p>
</body></html>"""
msg(578, "offer", "cell-therapy-associate",
    "Nicole Grant <ngrant@charlesbasin-tx.example>", "Maya Goldberg <maya.goldberg@postbox.example>",
    "Your offer - Senior Research Associate, Cell Therapy", "2027-01-15 16:20:00 -0500",
    multi("alternative", [plain(_t578, cte="quoted-printable"), html(_h578)], "r7a_578_greenhouse_alt"),
    dict(expect_by=fixed(2027, 1, 19),
         evidence="You will receive the offer letter via DocuSign by Tuesday, January 19.",
         note="Offer; offer letter promised by Tuesday 19 January -> expect_by. Start date March 1 is not read"),
    extra=[("X-Mailer", "Greenhouse-style Mailer")])

# 579 timeline - shipping, Hamburg, second-language "until 29.01.2027"
msg(579, "timeline", "chartering-assistant",
    "Henrik Sørensen <hs@elbe-reederei.example>", "Lucy Chen <lucy.chen@mailhaven.example>",
    "Re: Application Chartering Assistant (Dry Bulk)", "2027-01-18 08:55:00 +0100",
    plain("""Dear Ms. Chen,

thank you for the interview last Thursday and for your questions regarding the Laytime calculations.
We are still speaking with two other candidates. Our decision will be communicated to you until 29.01.2027.

Best regards / Mit freundlichen Grüßen

Henrik Sørensen
Managing Director Chartering
Elbe Reederei GmbH & Co. KG | Ballindamm 40 | 20095 Hamburg
Phone +49 40 5550 7712
Registered office Hamburg, HRA 99999
""", cte="quoted-printable"),
    dict(expect_by=fixed(2027, 1, 29),
         evidence="Our decision will be communicated to you until 29.01.2027.",
         note="Second-language 'until D' for a promised decision = by D (rule of replies6a); German d.m.y date"))

# 580 rejection - hotel, Melbourne, HTML-only base64, morning -> UTC previous day
_h580 = """<html><body><div style="font-family:Georgia,serif">
<p>Dear Liam,</p>
<p>Thank you for taking the time to meet with our Executive Sous Chef and for the cook-off in our kitchen.</p>
<p>Unfortunately, on this occasion your application for Chef de Partie (Pastry) has not been successful.</p>
<p>We wish you every success and hope our paths cross again.</p>
<p>Kind regards,<br>People &amp; Culture<br>The Flinders Lane Hotel, Melbourne VIC 3000</p>
</div></body></html>"""
msg(580, "rejection", "pastry-chef-de-partie",
    "People and Culture <people@flinderslanehotel.example>", "Liam O'Sullivan <liam.osullivan@inbox.example>",
    "Chef de Partie (Pastry) application", "2027-01-19 06:50:00 +1100",
    html(_h580, cte="base64"),
    dict(expect_by=None,
         evidence="Unfortunately, on this occasion your application for Chef de Partie (Pastry) has not been successful.",
         note="Rejection, HTML only, base64, no date"))

# 581 bounce - Exim, utility company
_ex581 = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  talent@kestrelgrid.example
    host mx.kestrelgrid.example [203.0.113.40]
    SMTP error from remote mail server after RCPT TO:<talent@kestrelgrid.example>:
    550 5.1.1 mailbox unavailable: this address is no longer monitored

------ This is a copy of the message, including all the headers. ------

Return-path: <ibrahim.khalil@postbox.example>
Received: from [198.51.100.77] (helo=smtp.postbox.example)
	by mta2.postbox.example with esmtpsa (Exim 4.97)
	id 1r7A581-0003Kd-2b
	for talent@kestrelgrid.example; Wed, 20 Jan 2027 11:14:02 +0000
From: Ibrahim Khalil <ibrahim.khalil@postbox.example>
To: talent@kestrelgrid.example
Subject: Protection Engineer interview - thank you
Date: Wed, 20 Jan 2027 11:13:40 +0000
Message-ID: <cand.581@postbox.example>

Dear Kestrel Grid team,

Thank you for the interview on 18 January. I would be grateful to hear the outcome by 27 January.

Ibrahim
"""
msg(581, "bounce", "protection-engineer-thanks",
    "Mail Delivery System <Mailer-Daemon@mta2.postbox.example>", "ibrahim.khalil@postbox.example",
    "Mail delivery failed: returning message to sender", "2027-01-20 11:14:05 +0000",
    plain(_ex581, charset="us-ascii"),
    dict(failed_address="talent@kestrelgrid.example",
         evidence="A message that you sent could not be delivered to one or more of its",
         note="Exim bounce (plain text, X-Failed-Recipients); the returned candidate text's dates are not read"),
    extra=[("X-Failed-Recipients", "talent@kestrelgrid.example"), ("Auto-Submitted", "auto-replied")])

# 582 timeline - public health, US state health department, "the week of February 8"
msg(582, "timeline", "health-data-analyst",
    "Office of Human Resources <ohr.recruiting@health.stateofwestbrook.example>", "Kwame Mensah <kwame.mensah@mailhaven.example>",
    "Health Data Analyst II (Req. 27-0114) - status update", "2027-01-21 13:05:00 -0500",
    plain("""Dear Kwame Mensah:

Thank you for interviewing for the position of Health Data Analyst II with the Bureau of Epidemiology.

All interviews have now been completed. Reference checks are under way, and we anticipate extending offers the week of February 8.

Please note that the state offices will be closed on Monday, February 15 (Presidents' Day).

Sincerely,
Office of Human Resources
Department of Public Health, State of Westbrook
"""),
    dict(expect_by=lambda d: T.fri_of_week(D(2027, 2, 8)),
         evidence="Reference checks are under way, and we anticipate extending offers the week of February 8.",
         note="'the week of D' = Friday of that week (spec rule): 12 February. The office closure on 15 February is not read"))

# 583 request - museum, UK, documents + dated contract promise
msg(583, "request", "learning-officer",
    "Grace Whitfield <g.whitfield@tyne-maritime-museum.example>", "Oliver Nguyen <oliver.nguyen@inbox.example>",
    "Learning Officer (Schools) - documents needed", "2027-01-25 10:40:00 +0000",
    plain("""Dear Oliver,

Following on from my call on Friday: so that we can complete the pre-employment checks, could you please send us a scan of your passport and your enhanced DBS certificate?

We will then send you the contract by Wednesday 3 February.

If you have not yet applied for the DBS update service, the form is at the link in your applicant portal.

With best wishes,
Grace Whitfield
HR Advisor, Tyne Maritime Museum & Discovery Centre
0191 555 0107
"""),
    dict(expect_by=fixed(2027, 2, 3),
         evidence="We will then send you the contract by Wednesday 3 February.",
         note="Request for documents; the contract promised by Wednesday 3 February is a concrete dated next communication -> expect_by"))

# 584 next-round - sports data, Bengaluru, "by the day after tomorrow"
msg(584, "next-round", "sports-data-engineer",
    "Talent Team - Crease Analytics <talent@creaseanalytics.example>", "Nikhil Rao <nikhil.rao@postbox.example>",
    "Round 2: Take-home case study - Data Engineer (Ball-tracking)", "2027-01-26 17:10:00 +0530",
    plain("""Hi Nikhil,

Congratulations on clearing the first technical round! The next step is a take-home case study on our ball-tracking pipeline, followed by a 60-minute review with the engineering leads.

You will receive the case brief and dataset access by the day after tomorrow.

You will then have five days to submit your solution.

Regards,
Shreya Kulkarni
Talent Acquisition | Crease Analytics Pvt. Ltd., Bengaluru
"""),
    dict(expect_by=T.day_after_tomorrow,
         evidence="You will receive the case brief and dataset access by the day after tomorrow.",
         note="Next round; 'by the day after tomorrow' = Date + 2 (new rule). The five-day submission window is the candidate's"),
    extra=[("X-Mailer", "Lever-style ATS")])

# 585 auto-reply - architecture practice, parental leave, no return date
msg(585, "auto-reply", "architect-thanks",
    "Eleanor Voss <evoss@voss-architects.example>", "Isabel Moreno <isabel.moreno@mailhaven.example>",
    "Out of Office: Thank you - Part II Architectural Assistant", "2027-01-27 14:02:00 -0500",
    plain("""Thank you for your message.

I am currently on parental leave and not checking email. For recruitment questions please contact our studio manager, Dev Patel, at studio@voss-architects.example.

Eleanor Voss AIA
Principal, Voss Architects
"""),
    dict(returns_on=None,
         evidence="I am currently on parental leave and not checking email.",
         note="Out-of-office without a return date -> returns_on null"),
    extra=[("Auto-Submitted", "auto-replied")])

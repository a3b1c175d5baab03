"""replies9a (r9) messages 786-810, written by hand."""
from base import msg, q, fixed, D
from mime import plain, html, multi, raw
import dates as X

CAND_A = "Priya Raman <priya.raman@mailbox.example>"
CAND_B = "Tomás Ó Briain <tomas.obriain@postbox.example>"
CAND_C = "Jordan Mbeki <jordan.mbeki@inbox.example>"
CAND_D = "Hannah Kowalczyk <hannah.k@webpost.example>"
CAND_E = "Zoë Laurent-Hughes <zoe.lh@mailbox.example>"

# 786 offer — UK, offer letter by post, 'by the 14th'
msg(786, "offer", "conservation-charity", "Rachel Okonkwo <rachel.okonkwo@moorlandtrust.example>",
    CAND_E, "Conditional offer - Peatland Restoration Officer", "2027-05-06 12:20:00 +0100",
    """Dear Zoë,

Thank you for taking my call this morning. As discussed, I'm very pleased to offer you the post of Peatland Restoration Officer (fixed term, 24 months), subject to satisfactory references and a driving licence check.

Your formal offer letter and contract are going out by post from our Hebden Bridge office, and you should receive them by the 14th. We've pencilled in Monday 7 June as your start date, but we can be flexible if you need to give longer notice.

If you have any questions in the meantime, do give me a ring.

With best wishes,

Rachel Okonkwo
HR Manager
The Moorland Trust (Registered charity no. 000000)
""",
    {"expect_by": lambda ld: X.next_dom(ld, 14),
     "evidence": "Your formal offer letter and contract are going out by post from our Hebden Bridge office, and you should receive them by the 14th.",
     "note": "Offer. The posted offer letter 'by the 14th' = next 14th on or after the Date. The start date (Monday 7 June) is not an expectation"})

# 787 timeline — US Eastern, iPhone, no date at all
msg(787, "timeline", "museum-digital", "Eli Rosen <eli.rosen@hudsonvalleymuseum.example>",
    CAND_C, "Re: Digital Collections Manager", "2027-05-12 19:02:00 -0400",
    """Hi Jordan - honestly, I wish I had a better answer for you. The position is approved but the board still has to sign off on next year's budget, and until that happens I can't move anyone to an offer. I genuinely can't say when that will be. You're still very much in the running, and I'll reach out the moment there's movement.

Eli

Sent from my iPhone

> On May 12, 2027, at 3:41 PM, Jordan Mbeki <jordan.mbeki@inbox.example> wrote:
>
> Hi Eli, just checking in. It's been three weeks since my interview on April 21.
> Any update? Thanks, Jordan
""",
    {"evidence": "I genuinely can't say when that will be. You're still very much in the running, and I'll reach out the moment there's movement.",
     "note": "Timeline with no date: the board sign-off is undated and the writer says so. Quoted candidate text (April 21) is not read. The Date is 19:02 EDT, 23:02 UTC, so the UTC date is the same"})

# 788 timeline — Canada Pacific, Friday after Victoria Day, UTC differs
msg(788, "timeline", "forestry-gis", "Navdeep Sandhu <navdeep.sandhu@coastalforestry.example>",
    CAND_A, "RE: GIS Analyst - timeline", "2027-05-14 21:30:00 -0700",
    """Hi Priya,

Sorry for the late reply - it's been a week of field days.

We've finished the second interviews and I'm now waiting on the director's sign-off. She's away for the long weekend, so we'll have an answer for you by the Friday after Victoria Day.

Have a good weekend,
Navdeep

Navdeep Sandhu | Talent Acquisition Specialist | Coastal Forestry Ltd. | Vancouver, BC
""",
    {"expect_by": lambda ld: X.next_weekday(X.victoria_day(ld), "Fri"),
     "evidence": "She's away for the long weekend, so we'll have an answer for you by the Friday after Victoria Day.",
     "note": "Canada: Victoria Day = the Monday before 25 May (24 May 2027); 'the Friday after Victoria Day' = next Friday after it. Sent Friday 21:30 PDT"})

# 789 next-round — Ireland, case study presentation, brief on an absolute date
msg(789, "next-round", "medtech-quality", "Ciara Donnelly <ciara.donnelly@shannonmedical.example>",
    CAND_B, "Invitation to final stage - Quality Engineer II", "2027-05-11 09:40:00 +0100",
    """Hi Tomás,

Thanks for your time at the first interview. I'm delighted to let you know you've been shortlisted for the final stage.

The final stage is a 20-minute case study presentation followed by a panel discussion, on Monday 31 May at our Galway site. We'll e-mail you the case brief a week before, on Monday 24 May, so you'll have plenty of time to prepare.

Travel expenses are covered - just keep your receipts.

Please let me know you're available and I'll send on directions.

Kind regards,
Ciara

Ciara Donnelly
Talent Acquisition | Shannon Medical Devices
""",
    {"expect_by": fixed(2027, 5, 24),
     "evidence": "We'll e-mail you the case brief a week before, on Monday 24 May, so you'll have plenty of time to prepare.",
     "note": "Next-round. The dated promise of the case brief 'on Monday 24 May' (absolute date) is expect_by; the presentation on Monday 31 May is not"})

# 790 rejection — India careers portal, base64 HTML, blockquoted candidate text with dates
msg(790, "rejection", "auto-components", "Careers | Deccan Auto Components <careers-noreply@deccanauto.example>",
    CAND_A, "Re: Application for Process Engineer - Chakan Plant", "2027-05-17 17:45:00 +0530",
    html("""<html><body>
<p>Dear Candidate,</p>
<p>Thank you for your interest in Deccan Auto Components Ltd. and for taking part in the selection process for the position of Process Engineer - Chakan Plant.</p>
<p>We regret to inform you that your profile has not been shortlisted for the next stage of the process.</p>
<p>We appreciate the time and effort you have invested and wish you success in your future endeavours.</p>
<p>Regards,<br>Talent Acquisition Team<br>Deccan Auto Components Ltd.</p>
<p style="font-size:10px">This is a system generated mail. Please do not reply.</p>
<hr>
<p><b>From:</b> Priya Raman &lt;priya.raman@mailbox.example&gt;<br><b>Sent:</b> 14 May 2027 10:02<br><b>Subject:</b> Application for Process Engineer - Chakan Plant</p>
<blockquote><p>Dear Sir/Madam, I attended the technical interview on 10th May. Kindly let me know the result before 20th May as my notice period discussion is on 21st May.</p></blockquote>
</body></html>""", cte="base64"),
    {"evidence": "We regret to inform you that your profile has not been shortlisted for the next stage of the process.",
     "note": "Careers-portal rejection, HTML only in base64, no date. The candidate's text (10th / 20th / 21st May) is in a blockquote below an HTML header block and is not read"})

# 791 auto-reply — Gmail vacation responder, no return date
msg(791, "auto-reply", "startup-founder", "Maya Lindqvist <maya@fjordlabs.example>",
    CAND_C, "Re: Following up - Product Designer", "2027-06-02 01:17:00 +0200",
    multi("alternative", [
        plain("""Hi there,

I'm travelling with very limited access to email and will reply when I'm back at my desk. For anything hiring-related that can't wait, please contact people@fjordlabs.example.

Thanks,
Maya
"""),
        html("""<div dir="ltr">Hi there,<br><br>I'm travelling with very limited access to email and will reply when I'm back at my desk. For anything hiring-related that can't wait, please contact <a href="mailto:people@fjordlabs.example">people@fjordlabs.example</a>.<br><br>Thanks,<br>Maya</div>"""),
    ], "000000000000r9a5f1e0c7b2a9d4"),
    {"evidence": "I'm travelling with very limited access to email and will reply when I'm back at my desk.",
     "note": "Gmail-style vacation responder with no return date and no promise: no date. Sent 01:17 CEST"},
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

# 792 timeline — Singapore, last working day of this month
msg(792, "timeline", "port-automation", "Lim Jia Hui <jiahui.lim@straitsterminals.example>",
    CAND_D, "RE: Automation Engineer (Crane Systems) - update", "2027-06-08 11:25:00 +0800",
    """Hi Hannah,

Thanks for your patience. Our Head of Engineering has completed the final interviews and the recommendation is with our management committee.

We will inform all shortlisted candidates of the outcome by the last working day of this month.

Regards,
Jia Hui

Lim Jia Hui | Senior Executive, Talent Acquisition | Straits Terminals Pte Ltd
""",
    {"expect_by": lambda ld: X.last_business_day_of_month(ld),
     "evidence": "We will inform all shortlisted candidates of the outcome by the last working day of this month.",
     "note": "'by the last working day of this month' = last Monday-Friday of the Date's month (new rule last_business_day_of_month)"})

# 793 acknowledgement — Brisbane, 'within 10 days'
msg(793, "acknowledgement", "reef-research", "Dr Kirra Watson <k.watson@coralcoastinstitute.example>",
    CAND_E, "Re: Questions about the Research Technician role", "2027-04-13 14:05:00 +1000",
    """Hi Zoë,

Thanks for your email and the thoughtful questions about the field schedule and the boat licence requirement. I've passed them to our operations manager, who is out on the vessel at the moment.

I'll come back to you with answers within 10 days.

Cheers,
Kirra

Dr Kirra Watson
Research Program Leader | Coral Coast Institute | Townsville QLD
""",
    {"expect_by": lambda ld: X.within_days(ld, 10),
     "evidence": "I'll come back to you with answers within 10 days.",
     "note": "Acknowledgement with a promise: 'within 10 days' = Date + 10 calendar days. Sent 14:05 AEST"})

# 794 bounce — Sendmail DSN, multipart/report with message/rfc822
_sm_orig = """Return-Path: <zoe.lh@mailbox.example>
Received: from [192.0.2.188] ([192.0.2.188])
	by relay.mailbox.example (8.17.2/8.17.2) with ESMTPSA id 54BAx3q1019442
	for <recruit-ops@harbourfreight.example>; Tue, 11 May 2027 10:33:02 +0100
From: =?utf-8?q?Zo=C3=AB_Laurent-Hughes?= <zoe.lh@mailbox.example>
To: recruit-ops@harbourfreight.example
Subject: Freight Planner interview - thank you
Date: Tue, 11 May 2027 10:32:55 +0100
Message-ID: <a77e.2027-05-11@mailbox.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Mr Hale,

Thank you for the interview yesterday. You mentioned a decision by
Friday 21 May; I'm still very interested.

Zoë
"""
msg(794, "bounce", "freight-recruit-ops", "Mail Delivery Subsystem <MAILER-DAEMON@relay.mailbox.example>",
    CAND_E, "Returned mail: see transcript for details", "2027-05-11 10:33:04 +0100",
    multi("report", [
        plain("""The original message was received at Tue, 11 May 2027 10:33:02 +0100
from [192.0.2.188]

   ----- The following addresses had permanent fatal errors -----
<recruit-ops@harbourfreight.example>
    (reason: 550 5.1.1 <recruit-ops@harbourfreight.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.harbourfreight.example.:
>>> RCPT To:<recruit-ops@harbourfreight.example>
<<< 550 5.1.1 <recruit-ops@harbourfreight.example>... User unknown
550 5.1.1 <recruit-ops@harbourfreight.example>... User unknown
"""),
        raw(["Content-Type: message/delivery-status"], """Reporting-MTA: dns; relay.mailbox.example
Received-From-MTA: DNS; [192.0.2.188]
Arrival-Date: Tue, 11 May 2027 10:33:02 +0100

Final-Recipient: RFC822; recruit-ops@harbourfreight.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.harbourfreight.example
Diagnostic-Code: SMTP; 550 5.1.1 <recruit-ops@harbourfreight.example>... User unknown
Last-Attempt-Date: Tue, 11 May 2027 10:33:04 +0100
"""),
        raw(["Content-Type: message/rfc822"], _sm_orig),
    ], "54BAx3q1019442.1809941584/relay.mailbox.example.r9a", " report-type=delivery-status;"),
    {"failed_address": "recruit-ops@harbourfreight.example",
     "evidence": "   ----- The following addresses had permanent fatal errors -----".strip(),
     "note": "Sendmail DSN (multipart/report with message/rfc822): 550 5.1.1 user unknown. The returned candidate message ('Friday 21 May') is not read"},
    extra=[("Auto-Submitted", "auto-generated (failure)")])

# 795 request — US Pacific, availability request, no date; UTC differs
msg(795, "request", "biotech-assay", "Courtney Alvarez <calvarez@pacificabio.example>",
    CAND_B, "RE: Scientist II, Assay Development - panel availability", "2027-05-07 17:40:00 -0700",
    """Hi Tomás,

The team enjoyed the phone screen and would love to bring you in for a panel.

Could you send me a few windows of availability for the week of May 17? The panel is four 45-minute conversations, so we'd need a half-day block, either morning or afternoon.

Once I have your windows I'll line everyone up and send over an invite.

Thanks!
Courtney

Courtney Alvarez | Recruiting Coordinator | Pacifica Bio

From: Tomás Ó Briain <tomas.obriain@postbox.example>
Sent: Friday, May 7, 2027 2:10 PM
To: Courtney Alvarez <calvarez@pacificabio.example>
Subject: Scientist II, Assay Development

Hi Courtney, thanks for the call. I'm away May 24-28, just so you know.
""",
    {"evidence": "Could you send me a few windows of availability for the week of May 17? The panel is four 45-minute conversations, so we'd need a half-day block, either morning or afternoon.",
     "note": "Availability request, no date: the week of May 17 is the interview window and the invite follows an undated reply. The bare From:/Sent: block is the quoted candidate e-mail (May 24-28, not read). Sent 17:40 PDT"})

# 796 timeline — UK, hedged 'early next week'
msg(796, "timeline", "bridge-inspection", "Tom Ashworth <tom.ashworth@pennineassets.example>",
    CAND_C, "RE: Bridge Inspector role", "2027-05-27 15:12:00 +0100",
    """Hi Jordan,

Thanks for the nudge. We're hoping to have news for you by early next week, though I'd caution that it could slip if the client's framework extension isn't confirmed in time.

Cheers,
Tom
________________________________
From: Jordan Mbeki <jordan.mbeki@inbox.example>
Sent: 27 May 2027 08:55
To: Tom Ashworth
Subject: Bridge Inspector role

Hi Tom, any news since the interview on 19 May? Many thanks, Jordan
""",
    {"expect_by": lambda ld: X.early_next_week(ld),
     "evidence": "We're hoping to have news for you by early next week, though I'd caution that it could slip if the client's framework extension isn't confirmed in time.",
     "note": "Hedged but concrete: 'early next week' = Tuesday of next week (the Monday is the UK spring bank holiday; the rule is unchanged). The underscore rule opens the quoted candidate e-mail (19 May, not read)"})

# 797 offer — Germany, Windows-1252 QP, contract 'until 28 May at the latest'
msg(797, "offer", "rail-vehicle-testing", "Dörte Brückner <d.brueckner@elbtal-schienentechnik.example>",
    CAND_D, "Zusage / Offer - Test Engineer Rail Vehicles", "2027-05-18 10:05:00 +0200",
    plain("""Dear Ms. Kowalczyk,

we are happy to inform you that we would like to offer you the position as Test Engineer Rail Vehicles in our location Dresden.

The conditions are as discussed in the second interview: 68.000 € gross per year, 30 days vacation, start on 1 August 2027.

You will receive the employment contract until 28 May at the latest by post and as PDF via e-mail.

Please confirm us shortly by e-mail, that you accept the offer in principle.

With kind regards

Dörte Brückner
Personalabteilung
Elbtal Schienentechnik GmbH
""", charset="windows-1252", cte="quoted-printable"),
    {"expect_by": fixed(2027, 5, 28),
     "evidence": "You will receive the employment contract until 28 May at the latest by post and as PDF via e-mail.",
     "note": "Offer from a German writer (Windows-1252, quoted-printable). Second-language 'until 28 May at the latest' = by 28 May (absolute date). The start on 1 August 2027 is not an expectation"})

# 798 next-round — US Central, onsite, 3-5 business days
msg(798, "next-round", "grain-merchandising", "Prairie Harvest Careers <talent@prairieharvest.example>",
    CAND_A, "Moving forward: Onsite interview - Grain Merchandiser", "2027-04-28 09:50:00 -0500",
    """Hi Priya,

Good news! After reviewing feedback from your video interview, the hiring team would like to invite you to an onsite interview at our Omaha office.

Our recruiting coordinator will reach out within 3-5 business days to find a date that works and to arrange travel.

Best regards,
Prairie Harvest Talent Acquisition
""",
    {"expect_by": lambda ld: X.span_business_days(ld, 3, 5),
     "evidence": "Our recruiting coordinator will reach out within 3-5 business days to find a date that works and to arrange travel.",
     "note": "Next-round. The scheduling contact 'within 3-5 business days' = outer bound, Date + 5 business days"})

# 799 rejection — Sydney (AEDT, before DST ends), written feedback within a fortnight, UTC differs
msg(799, "rejection", "architecture-practice", "Isabella Costa <isabella@harbourarchitects.example>",
    CAND_E, "Graduate of Architecture - outcome", "2027-04-02 07:30:00 +1100",
    """Dear Zoë,

Thank you for coming in to present your portfolio. Unfortunately we won't be offering you the graduate position this time - we had an exceptionally strong group and only one opening.

Because you asked for it, Paul and I will put together some written feedback on your presentation and send it within a fortnight.

Please stay in touch - we'd genuinely like to see where your work goes.

Warm regards,
Isabella

Isabella Costa | Associate Director | Harbour Architects | Sydney
""",
    {"expect_by": lambda ld: X.fortnight(ld),
     "evidence": "Because you asked for it, Paul and I will put together some written feedback on your presentation and send it within a fortnight.",
     "note": "Rejection with a dated promise of written feedback: 'within a fortnight' = Date + 14. Sent 07:30 AEDT (+1100, before the 4 April DST change)"})

# 800 request — Newfoundland, background-check consent, link expiry only; UTC differs
msg(800, "request", "offshore-safety", "Background Screening <screening@avalonoffshore.example>",
    CAND_B, "Action needed: consent for background check", "2027-06-09 22:10:00 -0230",
    """Hello Tomás,

As part of the hiring process for the HSE Advisor role, Avalon Offshore Services requires a background and reference check.

Please complete the electronic consent form at the secure link below. For security reasons the link expires in 72 hours.

https://screening.avalonoffshore.example/consent/9QX-447

If you have any trouble opening the form, reply to this email and our team will help.

Avalon Offshore Services - Background Screening
St. John's, NL
""",
    {"evidence": "Please complete the electronic consent form at the secure link below. For security reasons the link expires in 72 hours.",
     "note": "Request for consent. The link expiry (72 hours) is the candidate's deadline, not a date to expect; no date. Newfoundland daylight time (-0230), sent 22:10"})

# 801 timeline — US university, committee on the second Tuesday of June + within a week
msg(801, "timeline", "university-library", "Search Committee Chair <dmorales@lakewood-univ.example>",
    CAND_D, "Head of Special Collections search - status", "2027-05-19 13:30:00 -0500",
    """Dear Hannah,

On behalf of the search committee, thank you again for your campus visit.

Our recommendation goes to the Dean's Advisory Council, which next meets on the second Tuesday of June. Outcomes are normally communicated to candidates within a week of that meeting.

With best regards,
Daniel Morales
Chair, Search Committee for Head of Special Collections
Lakewood University Libraries
""",
    {"expect_by": lambda ld: X.within_week_of(X.nth_weekday_of_month(ld.year, 6, "Tue", 2)),
     "evidence": "Outcomes are normally communicated to candidates within a week of that meeting.",
     "note": "Dated event then a period: the council meets on the second Tuesday of June (8 June 2027); 'within a week of that meeting' = meeting + 7"})

# 802 acknowledgement — US Eastern, Apple Mail forwarded candidate text, no date
msg(802, "acknowledgement", "game-studio-art", "Priscilla Yoon <priscilla@lanternlightgames.example>",
    CAND_C, "Re: Fwd: Portfolio - Environment Artist", "2027-04-05 11:48:00 -0400",
    """Hi Jordan,

Got your portfolio link - thank you! I've shared it with our art director and the environment team.

Best,
Priscilla

Begin forwarded message:

From: Jordan Mbeki <jordan.mbeki@inbox.example>
Subject: Portfolio - Environment Artist
Date: April 2, 2027 at 4:12:09 PM EDT
To: Priscilla Yoon <priscilla@lanternlightgames.example>

Hi Priscilla, here is the updated portfolio we discussed on Thursday. I'll be available for the art test any time after April 12.

Jordan
""",
    {"evidence": "Got your portfolio link - thank you! I've shared it with our art director and the environment team.",
     "note": "Acknowledgement with no date. The forwarded candidate text (April 2, after April 12) is not read"})

# 803 auto-reply — Exchange OOO, US, 'through Monday, May 31 (Memorial Day)'
msg(803, "auto-reply", "logistics-recruiter", "Brandon Hayes <bhayes@midwestfleet.example>",
    CAND_E, "Automatic reply: Fleet Safety Manager - thank you", "2027-05-27 16:02:00 -0500",
    """Thank you for your email. I am out of the office through Monday, May 31 (Memorial Day) with no access to email.

If your message is urgent, please contact Talent Acquisition at recruiting@midwestfleet.example.

Brandon Hayes
Senior Recruiter | Midwest Fleet Services
""",
    {"returns_on": lambda ld: X.through(fixed(2027, 5, 31)(ld)),
     "evidence": "Thank you for your email. I am out of the office through Monday, May 31 (Memorial Day) with no access to email.",
     "note": "Out-of-office 'through Monday, May 31' (absolute date) -> returns_on May 31 + 1"},
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "bhayes@midwestfleet.example")])

# 804 rejection — Canada, quoted-printable, 'in the fall' hedge
msg(804, "rejection", "agtech-data", "Émilie Gagnon <emilie.gagnon@fieldsignal.example>",
    CAND_A, "Data Scientist (Crop Yield) - update", "2027-06-15 10:55:00 -0400",
    plain("""Hi Priya,

Thanks so much for all the time you put into our process, including the take-home. I'm sorry to say that we've decided not to move forward with your application for the Data Scientist (Crop Yield) role.

This was a really hard call: the team loved your approach to the irrigation data. We're expecting to open a second role on the remote-sensing side later in the year and may reach out then, if that's alright with you.

Wishing you the very best,
Émilie

Émilie Gagnon | Head of People | FieldSignal Inc. | Montréal
""", cte="quoted-printable"),
    {"evidence": "I'm sorry to say that we've decided not to move forward with your application for the Data Scientist (Crop Yield) role.",
     "note": "Rejection in quoted-printable; 'later in the year and may reach out then' is vague and not a promise: no date"})

# 805 request — UK, salary expectations + 'by the 18th either way'
msg(805, "request", "fintech-product", "Amira Haddad <amira.haddad@ledgerline.example>",
    CAND_B, "Senior Product Manager - a couple of things", "2027-06-09 17:20:00 +0100",
    """Hi Tomás,

Great to speak earlier. Before I take you to the hiring committee, could you confirm two things for me:

1. Your salary expectations (base, and whether you'd consider a lower base with a higher bonus)
2. Your notice period

Our CFO signs off headcount at month-end, so timing is a bit out of my hands, but I'll be back to you by the 18th either way.

Thanks,
Amira

Amira Haddad | Talent Partner | Ledgerline
""",
    {"expect_by": lambda ld: X.next_dom(ld, 18),
     "evidence": "Our CFO signs off headcount at month-end, so timing is a bit out of my hands, but I'll be back to you by the 18th either way.",
     "note": "Request with a dated promise: 'by the 18th' = next 18th on or after the Date. The CFO's month-end sign-off is context, not the promise"})

# 806 next-round — India, technical round date + invite by tomorrow; UTC differs
msg(806, "next-round", "chip-verification", "Karthik Iyer <karthik.iyer@silicongrove.example>",
    CAND_D, "Technical Round 2 - Design Verification Engineer", "2027-05-26 03:10:00 +0530",
    """Hi Hannah,

Hope you are doing good.

Pleased to inform you that you have cleared the first technical round. Your second technical round with our Verification Lead is scheduled on 2nd June at 11:00 AM IST over MS Teams.

The meeting invite will be sent to you by tomorrow. Please accept the same once received.

All the best!

Regards,
Karthik Iyer
Talent Acquisition | Silicon Grove Semiconductors, Bengaluru
""",
    {"expect_by": lambda ld: X.plus_days(ld, 1),
     "evidence": "The meeting invite will be sent to you by tomorrow. Please accept the same once received.",
     "note": "Next-round. The interview on 2nd June is not an expectation; the meeting invite 'by tomorrow' = Date + 1 (local date, 03:10 IST)"})

# 807 acknowledgement — Personio-style German ATS, within the next two weeks
msg(807, "acknowledgement", "ebike-engineering", "Velotakt GmbH <jobs@velotakt.example>",
    CAND_C, "Eingangsbestätigung / Confirmation: Ihre Nachricht zur Stelle Hardware Engineer", "2027-04-07 08:15:00 +0200",
    multi("alternative", [
        plain("""Hallo Jordan Mbeki,

vielen Dank für Ihre Nachricht. Wir haben sie erhalten und Ihrer Bewerbung zugeordnet.

Dear Jordan Mbeki,

thank you for your message. We have received it and added it to your application.

We will get back to you within the next two weeks.

Viele Grüße / Best regards
Ihr Velotakt Recruiting-Team
"""),
        html("""<html><body>
<p>Hallo Jordan Mbeki,</p>
<p>vielen Dank für Ihre Nachricht. Wir haben sie erhalten und Ihrer Bewerbung zugeordnet.</p>
<p>Dear Jordan Mbeki,</p>
<p>thank you for your message. We have received it and added it to your application.</p>
<p>We will get back to you within the next two weeks.</p>
<p>Viele Grüße / Best regards<br>Ihr Velotakt Recruiting-Team</p>
</body></html>"""),
    ], "r9a-personio-3e8a77f0"),
    {"expect_by": lambda ld: X.within_weeks(ld, 2),
     "evidence": "We will get back to you within the next two weeks.",
     "note": "Bilingual ATS acknowledgement with a period: 'within the next two weeks' = Date + 14"})

# 808 auto-reply — UK graduate shared mailbox away at a fair, inclusive end date
msg(808, "auto-reply", "graduate-engineering", "Early Careers Team <earlycareers@aldermanengineering.example>",
    CAND_E, "Out of office: Graduate Civil Engineer scheme - interview follow-up", "2027-06-07 09:00:00 +0100",
    """Hello,

Thanks for getting in touch with the Alderman Engineering Early Careers Team.

The whole team is out at graduate fairs and assessment centres from 7 June to 9 June inclusive, so this inbox won't be monitored during that time. We'll be working through messages in the order they arrived when we return.

If you need to cancel or rearrange an assessment centre place, please use the link in your invitation e-mail.

Best wishes,
Early Careers Team
Alderman Engineering
""",
    {"returns_on": lambda ld: X.up_to_and_including(fixed(2027, 6, 9)(ld)),
     "evidence": "The whole team is out at graduate fairs and assessment centres from 7 June to 9 June inclusive, so this inbox won't be monitored during that time.",
     "note": "Shared-mailbox auto-reply: 'from 7 June to 9 June inclusive' -> returns_on 9 June + 1. 'when we return' is not a dated response promise, so no expect_by"},
    extra=[("Auto-Submitted", "auto-replied")])

# 809 bounce — Google-style DSN (multipart/report, alternative notification, rfc822-headers)
_gm_hdrs = """Received: by mail.inbox.example with SMTP id a1b2c3d4e5f6
        for <talent@brightwaterlabs.example>; Thu, 03 Jun 2027 06:58:40 -0700 (PDT)
From: Jordan Mbeki <jordan.mbeki@inbox.example>
Date: Thu, 3 Jun 2027 09:58:31 -0400
Message-ID: <CAJm4.r9.2027-06-03@mail.inbox.example>
Subject: Re: Lab Automation Engineer - final interview
To: talent@brightwaterlabs.example
"""
msg(809, "bounce", "lab-automation", "Mail Delivery Subsystem <mailer-daemon@mail.inbox.example>",
    CAND_C, "Delivery Status Notification (Failure)", "2027-06-03 06:58:42 -0700",
    multi("report", [
        multi("alternative", [
            plain("""** Address not found **

Your message wasn't delivered to talent@brightwaterlabs.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.inbox.example/mail/answer/6596

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""),
            html("""<html><body>
<table><tr><td><h1 style="font-size:20px">Address not found</h1></td></tr>
<tr><td><p>Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>talent@brightwaterlabs.example</b></a> because the address couldn't be found, or is unable to receive mail.</p></td></tr>
<tr><td><p>The response from the remote server was:</p><p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p></td></tr></table>
</body></html>"""),
        ], "000000000000r9a7c3b1e00581f2a1"),
        raw(["Content-Type: message/delivery-status"], """Reporting-MTA: dns; mail.inbox.example
Received-From-MTA: dns; jordan.mbeki@inbox.example
Arrival-Date: Thu, 03 Jun 2027 06:58:40 -0700 (PDT)
X-Original-Message-ID: <CAJm4.r9.2027-06-03@mail.inbox.example>

Final-Recipient: rfc822; talent@brightwaterlabs.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.brightwaterlabs.example. (203.0.113.90, the server for the domain brightwaterlabs.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 03 Jun 2027 06:58:42 -0700 (PDT)
"""),
        raw(["Content-Type: text/rfc822-headers"], _gm_hdrs),
    ], "000000000000r9a7c2f1e00581f2a0", " report-type=delivery-status;"),
    {"failed_address": "talent@brightwaterlabs.example",
     "evidence": "Your message wasn't delivered to talent@brightwaterlabs.example because the address couldn't be found, or is unable to receive mail.",
     "note": "Webmail-provider DSN (multipart/report; the notification is multipart/alternative; returned headers only): 550 5.1.1 account does not exist"},
    extra=[("Auto-Submitted", "auto-replied")])

# 810 timeline — Australia (Melbourne), before EOFY
msg(810, "timeline", "health-procurement", "Mitchell Tan <mitchell.tan@victoriahealthsupply.example>",
    CAND_B, "Re: Category Manager - Medical Consumables", "2027-05-25 12:40:00 +1000",
    """Hi Tomás,

Thanks for checking in. The recruitment is still progressing - we're completing reference checks for two candidates, yourself included.

Because the role is funded from this year's budget, we need to make a decision before EOFY, so you'll definitely hear from us before then.

Regards,
Mitchell

Mitchell Tan
Procurement Manager | Victoria Health Supply
""",
    {"expect_by": lambda ld: X.end_of_fiscal_quarter(ld, 7, 4),
     "evidence": "Because the role is funded from this year's budget, we need to make a decision before EOFY, so you'll definitely hear from us before then.",
     "note": "Australia: EOFY = end of the financial year (July-June), 30 June; 'before EOFY' = by the last day of fiscal Q4"})

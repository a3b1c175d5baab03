"""replies7b 628-641: timelines (written by hand)."""
import datetime as _dt
from H import *

M_ = []
A = M_.append

# 628 timeline - insurance claims, Leeds (UK), Outlook, 'Tuesday fortnight'
A(M(628, "timeline", "motor-claims-handler",
    hd('"Gareth Pryce" <gareth.pryce@northgate-insure.example>', '"Aisha Rahman" <aisha.rahman@mailbox.example>',
       "RE: Motor Claims Handler interview - thank you", ("X-Mailer", "Microsoft Outlook 16.0"),
       ("In-Reply-To", "<aisha.r.0113@mailbox.example>")),
    "2027-01-14 09:30:00 +0000",
    plain("""Morning Aisha,

Thanks for your email, and for coming in on Tuesday - the team enjoyed meeting you.
We've still got four interviews to run next week, so it'll be a little while yet.
We aim to let all candidates know by Tuesday fortnight.

Kind regards

Gareth Pryce
Claims Team Leader - Motor
Northgate Insurance Services Ltd
Wellington Place, 3 Whitehall Road, Leeds LS1 4AW
Tel: 0113 496 0321

Northgate Insurance Services Ltd is authorised and regulated by the Financial Conduct Authority. Registered in England No. 01234567.

________________________________
From: Aisha Rahman <aisha.rahman@mailbox.example>
Sent: 13 January 2027 18:04
To: Gareth Pryce <gareth.pryce@northgate-insure.example>
Subject: Motor Claims Handler interview - thank you

Hi Gareth, thank you for the interview on 12 January. I have a notice period ending 26 February.
"""),
    dict(expect_by=lambda d: D.weekday_fortnight(d, "Tue"),
         evidence="We aim to let all candidates know by Tuesday fortnight.",
         note="Timeline; 'Tuesday fortnight' (UK idiom) = the next Tuesday + 14 days (new rule, cf. 'Thursday week'). The quoted candidate dates are not read")))

# 629 timeline - banking, Mumbai (India), formal, 'before the close of the financial year'
A(M(629, "timeline", "bank-credit-officer",
    hd('"HR Department - Konkan Cooperative Bank" <careers@konkancoop.example>', '"Sanjay Kulkarni" <sanjay.kulkarni@inbox.example>',
       "Recruitment of Credit Officers (Scale I) - status of your candidature", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-02-22 10:00:00 +0530",
    plain("""Dear Sir,

Sub: Recruitment of Credit Officers (Scale I) - Advt. No. KCB/HR/2026-27/04

This is with reference to your personal interview held at our Head Office on 16.02.2027.

We wish to inform you that the interview process for all the centres is presently in progress and the merit list is yet to be finalised.
Final results will be communicated before the close of the financial year.
Selected candidates will be required to report for the medical examination thereafter.

You are requested not to send repeated reminders to this office.

Yours faithfully,

Dy. General Manager (HR)
Konkan Cooperative Bank Ltd.
Head Office: Nariman Point, Mumbai 400021
"""),
    dict(expect_by=lambda d: D.financial_year_end(d, "IN"),
         evidence="Final results will be communicated before the close of the financial year.",
         note="Timeline; 'before the close of the financial year' from an Indian employer = 31 March (Indian financial year; new rule). The interview date 16.02.2027 (d.m.y) is past and not expect_by")))

# 630 timeline - local council, Melbourne (Australia), 'before EOFY'
A(M(630, "timeline", "shire-asset-coordinator",
    hd('"Bec Lindqvist" <blindqvist@yarrabend.vic.example>', '"Marco Silvestri" <marco.silvestri@inbox.example>',
       "Assets Coordinator - update", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-05-19 16:20:00 +1000",
    plain("""Hi Marco,

Just a quick update on the Assets Coordinator role. We've finished second interviews and are now doing reference and police checks for our preferred candidates.
We expect to finalise the appointment before EOFY.
I'll be on leave from 24 May to 28 May, so if you have any questions please contact Dylan in People & Culture on (03) 5550 1198.

Kind regards,
Bec Lindqvist
Coordinator People & Culture
Yarra Bend Shire Council
Civic Centre, 9 Station Street, Yarra Bend VIC 3121

Yarra Bend Shire Council acknowledges the Wurundjeri Woi-wurrung people as the Traditional Owners of the land.
"""),
    dict(expect_by=lambda d: D.financial_year_end(d, "AU"),
         evidence="We expect to finalise the appointment before EOFY.",
         note="Timeline; 'before EOFY' (end of financial year) from an Australian council = 30 June (new rule). The sender's own leave 24-28 May is not expect_by")))

# 631 timeline - offshore wind, Netherlands, Dutch 'week 7'
A(M(631, "timeline", "offshore-wind-planner",
    hd('"Joost van Leeuwen" <j.vanleeuwen@noordzeewind.example>', '"Hannah Moretti" <hannah.moretti@mailbox.example>',
       "Maintenance Planner vacancy / next steps", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-02-02 14:00:00 +0100",
    plain("""Hello Hannah,

Thanks for the good conversation yesterday, also on behalf of Sanne from the O&M team.
We are speaking with two more candidates this week and next week, after that we make our choice with the manager of the Eemshaven base.
We will inform you at the latest in week 7.

If you have questions in the meantime you can always call me.

Kind regards / Met vriendelijke groet,

Joost van Leeuwen
Recruiter Operations & Maintenance
Noordzee Wind B.V. | Zeestraat 20, 9979 XP Eemshaven
T +31 20 555 0134
"""),
    dict(expect_by=lambda d: D.numbered_week_friday(d, 7),
         evidence="We will inform you at the latest in week 7.",
         note="Timeline; Dutch 'week 7' = Friday of ISO week 7 (2027-02-19), the Dutch use of the KW rule (new rule)")))

# 632 timeline - VFX/film, Wellington (NZ), 'before Waitangi Day', UTC previous day
A(M(632, "timeline", "vfx-compositor",
    hd('"Aroha Tane" <aroha.tane@miramarvfx.example>', '"Ben Goldsworthy" <ben.goldsworthy@inbox.example>',
       "Compositor role - where we're at", ("X-Mailer", "Microsoft Outlook for Mac 16.80")),
    "2027-01-27 07:30:00 +1300",
    plain("""Kia ora Ben,

Thanks for hanging in there. The supervisors have narrowed it down and are reviewing the last two comp tests this week.
We'll be in touch before Waitangi Day with a final answer either way.
If it's good news, the show starts principal photography on 15 March, so we'd be looking at an early March start.

Ngā mihi nui,
Aroha

Aroha Tane
Talent Coordinator | Miramar VFX Ltd
Level 2, 45 Camperdown Road, Miramar, Wellington 6022, Aotearoa New Zealand
"""),
    dict(expect_by=lambda d: D.day_before(_dt.date(2027, 2, 6)),
         evidence="We'll be in touch before Waitangi Day with a final answer either way.",
         note="Timeline; 'before Waitangi Day' (6 February, a NZ public holiday) = the day before, Friday 5 February (new rule: 'before <named holiday>' = holiday - 1; the holiday's own date counts, not the Mondayised observance). The shoot date 15 March is not expect_by")))

# 633 timeline - hospital pharmacy, Boston (US), Outlook, US m/d, quoted candidate
A(M(633, "timeline", "hospital-pharmacist",
    hd('"Walsh, Denise" <dwalsh@backbayhealth.example>', '"Yusuf Adeyemi" <yusuf.adeyemi@mailbox.example>',
       "RE: Clinical Pharmacist (Oncology) - follow up", ("X-Mailer", "Microsoft Outlook 16.0"),
       ("In-Reply-To", "<yusuf.a.0208@mailbox.example>")),
    "2027-02-09 13:00:00 -0500",
    plain("""Hi Yusuf,

Thanks for checking in. The hiring committee meets on 2/18 and we will reach out by 2/19 with a decision.
Sorry for the wait - several people on the committee were out with the storm last week.

Denise

Denise Walsh, PharmD, BCOP
Manager, Oncology Pharmacy Services
Back Bay Health | 75 Francis Street, Boston, MA 02115
617-555-0173

-----Original Message-----
From: Yusuf Adeyemi <yusuf.adeyemi@mailbox.example>
Sent: Monday, February 8, 2027 9:14 AM
To: Walsh, Denise <dwalsh@backbayhealth.example>
Subject: Clinical Pharmacist (Oncology) - follow up

Hi Denise, I interviewed on 1/29. I'm available to start Monday, March 1 and have to respond to another offer by 2/12.
"""),
    dict(expect_by=lambda d: _dt.date(2027, 2, 19),
         evidence="The hiring committee meets on 2/18 and we will reach out by 2/19 with a decision.",
         note="Timeline; US m/d 'by 2/19' = 19 February 2027 (the explicit date wins over 'after the meeting on 2/18' + 1, which agrees). Quoted candidate dates 1/29, March 1, 2/12 are not read")))

# 634 timeline - magazine journalism, London, 'this side of Christmas'
A(M(634, "timeline", "features-writer-magazine",
    hd('"Clemmie Hartwell" <clemmie@thefoldmag.example>', '"Josh Afolabi" <josh.afolabi@inbox.example>', "Re: Features Writer",
       ("X-Mailer", "Apple Mail (2.3774.200.91)")),
    "2026-12-07 16:00:00 +0000",
    plain("""Hi Josh,

Thanks so much for the pitch list you sent after we met - the one about night-shift bakers went round the whole desk.
The editor is seeing the last two people this week and we'll have a decision for you this side of Christmas.
We're closed from 23 December to 4 January, so if it slips I'll text you.

Clemmie x

Clemmie Hartwell
Deputy Editor, The Fold
2 Leonard Circus, London EC2A 4DQ
"""),
    dict(expect_by=lambda d: D.this_side_of_christmas(d),
         evidence="The editor is seeing the last two people this week and we'll have a decision for you this side of Christmas.",
         note="Timeline; 'this side of Christmas' = 24 December, as 'before the Christmas holidays' (new rule). The office closure 23 December to 4 January is not expect_by")))

# 635 timeline - oil and gas, Port Harcourt (Nigeria), 'in due course', UTC previous day
A(M(635, "timeline", "pipeline-integrity-engineer",
    hd('"Talent Management Unit" <talent@deltaline-energy.example>', '"Ifeoma Nwosu" <ifeoma.nwosu@mailbox.example>',
       "RE: PIPELINE INTEGRITY ENGINEER - STATUS ENQUIRY", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-04-13 00:30:00 +0100",
    plain("""Dear Ifeoma,

Thank you for your mail of 9th April, 2027 and your continued interest in Deltaline Energy Limited.

Please be informed that the assessment of candidates for the above position is still ongoing and the outcome shall be communicated to you in due course.
Note that our Port Harcourt office will be closed on Friday, 16th April, 2027 for the staff retreat.

Best regards,

Ebiere Alagoa
Talent Management Unit
Deltaline Energy Limited
14 Trans-Amadi Industrial Layout, Port Harcourt, Rivers State
"""),
    dict(expect_by=None, evidence="Please be informed that the assessment of candidates for the above position is still ongoing and the outcome shall be communicated to you in due course.",
         note="Timeline with vague timing: 'in due course' = null. The office closure 16 April and the candidate's mail date 9 April are not expect_by. Sent 00:30 Lagos time")))

# 636 timeline - BPO logistics, Cebu (Philippines), 'by COB Friday'
A(M(636, "timeline", "shipping-documentation-specialist",
    hd('"Recruitment - Visayas Shared Services" <recruitment@visayas-ss.example>', '"Angelica Ramos" <angelica.ramos@inbox.example>',
       "Update on your application - Shipping Documentation Specialist"),
    "2027-03-09 09:00:00 +0800",
    plain("""Hi Angelica,

Good day!

Thank you for completing the final interview with our Operations Manager yesterday.
We will release the results by COB Friday.
For successful applicants, the job offer discussion will be scheduled on the week of March 22.

Regards,
Jerome Villanueva
Recruitment Specialist
Visayas Shared Services Inc. - IT Park, Lahug, Cebu City 6000
"""),
    dict(expect_by=lambda d: D.end_of_play(d, "Fri"),
         evidence="We will release the results by COB Friday.",
         note="Timeline; 'by COB Friday' = the next Friday (new rule, as 'end of play <Weekday>'). The week of March 22 is a later offer discussion for successful applicants only, not the promised result date")))

# 637 timeline - museum, Lyon (France), 'first fortnight of May', quoted-printable
A(M(637, "timeline", "museum-collections-registrar",
    hd('"Claire Dumont" <c.dumont@musee-confluences-lyon.example>', '"Rebecca Hale" <rebecca.hale@mailbox.example>',
       "Poste de régisseur des collections / Collections registrar", ("X-Mailer", "Mozilla Thunderbird 115.9")),
    "2027-04-20 11:00:00 +0200",
    plain("""Dear Mrs Hale,

I thank you again for your visit to the museum and for your very interesting presentation on the loans to the Glasgow exhibition.

The jury must still meet the director of collections, who is in mission in Québec until 30 April.
We will give you an answer before the end of the first fortnight of May.

I remain at your disposal for any question.

Best regards,

Claire Dumont
Responsable des ressources humaines
Musée des Deux Rivières - 86 quai Perrache, 69002 Lyon
Tél. : +33 4 55 50 12 34
""", cte="quoted-printable"),
    dict(expect_by=lambda d: D.first_fortnight(d, 5),
         evidence="We will give you an answer before the end of the first fortnight of May.",
         note="Timeline, French second-language English; 'before the end of the first fortnight of May' = 15 May, as 'mid-<Month>' (new rule). The director's return 30 April is not expect_by")))

# 638 timeline - dentistry group, Bristol (UK), Outlook base64, 'within ten days'
A(M(638, "timeline", "dental-nurse-group",
    hd('"Smilecraft Dental Group Recruitment" <recruitment@smilecraft.example>', '"Kelly Brennan" <kelly.brennan@inbox.example>',
       "Dental Nurse (Clifton practice) - thank you for attending", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-05-04 10:15:00 +0100",
    alt("""Dear Kelly,

Thank you for attending your working interview at our Clifton practice on Friday 30 April.

We are currently completing interviews for this role across our Bristol practices.
We expect to contact shortlisted and unsuccessful candidates within ten days.

Please remember that your GDC registration must be current before any start date.

Kind regards,

Recruitment Team
Smilecraft Dental Group
Unit 4, Harbourside Quay, Bristol BS1 5TT
""", """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Kelly,</p>
<p>Thank you for attending your working interview at our Clifton practice on Friday 30 April.</p>
<p>We are currently completing interviews for this role across our Bristol practices.</p>
<p>We expect to contact shortlisted and unsuccessful candidates within ten days.</p>
<p>Please remember that your GDC registration must be current before any start date.</p>
<p>Kind regards,</p>
<p>Recruitment Team<br>Smilecraft Dental Group<br>Unit 4, Harbourside Quay, Bristol BS1 5TT</p>
</div></body></html>
""", "r7b-638-alt", tcte="base64", hcte="base64"),
    dict(expect_by=lambda d: D.calendar_days(d, 10),
         evidence="We expect to contact shortlisted and unsuccessful candidates within ten days.",
         note="Timeline (base64 text and HTML); 'within ten days' without 'working' = Date + 10 calendar days (new rule)")))

# 639 timeline - defence contractor, Virginia (US), clearance, UTC next day
A(M(639, "timeline", "cleared-network-engineer",
    hd('"Trent Hollis" <thollis@ridgeback-defense.example>', '"Alicia Moreno" <alicia.moreno@mailbox.example>',
       "Network Engineer III - status", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-04-27 20:30:00 -0400",
    plain("""Alicia,

Quick status: the program manager wants to move forward, but we can't make a final decision until your clearance transfer is verified in DISS.
Once security confirms it, I'll come back to you with next steps and an answer.
Our facility is closed Monday, May 31 for Memorial Day, in case you were planning to drop the SF-86 copy off in person.

Trent Hollis
Senior Technical Recruiter
Ridgeback Defense Systems, Inc.
13200 Woodland Park Rd, Herndon, VA 20171
"""),
    dict(expect_by=None, evidence="Quick status: the program manager wants to move forward, but we can't make a final decision until your clearance transfer is verified in DISS.",
         note="Timeline tied to an undated security review = null. The Memorial Day closure 31 May is not expect_by")))

# 640 timeline - logistics, Rotterdam, forwarded by an agency, 'by the first week of June'
A(M(640, "timeline", "port-logistics-coordinator",
    hd('"Nadia Bouzid" <nadia@harbourtalent.example>', '"Liam Foster" <liam.foster@inbox.example>',
       "Fwd: Logistics Coordinator - candidate Liam Foster", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-05-18 09:45:00 +0200",
    plain("""Hi Liam,

See below the update from the client, short version: no decision yet, but they gave a timing.

Nadia

Nadia Bouzid | Senior Consultant Supply Chain
Harbour Talent B.V. | Weena 505, 3013 AL Rotterdam

---------- Forwarded message ---------
From: Pieter Smit <p.smit@maasvlakte-logistics.example>
Date: Mon, 17 May 2027 at 16:02
Subject: Logistics Coordinator - candidate Liam Foster
To: Nadia Bouzid <nadia@harbourtalent.example>

Hi Nadia,

We had the second talk with Liam last Thursday, positive. We still have one internal candidate to speak.
We will give a final decision by the first week of June.

Groeten,
Pieter Smit
Operations Manager, Maasvlakte Logistics
"""),
    dict(expect_by=lambda d: D.first_friday(d, 6),
         evidence="We will give a final decision by the first week of June.",
         note="Timeline forwarded by an agency; the forwarded employer's 'by the first week of June' = the first Friday of June, 4 June 2027 (new rule). The forwarded header date 17 May is not expect_by")))

# 641 timeline - municipality, Ottawa area (Canada), long formal, 'last working day of the month'
A(M(641, "timeline", "municipal-by-law-officer",
    hd('"Human Resources - Township of Rideau Falls" <hr@rideaufalls.on.example>', '"Mathieu Tremblay" <mathieu.tremblay@mailbox.example>',
       "Municipal Law Enforcement Officer - Competition #2026-41", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-01-11 11:00:00 -0500",
    plain("""Dear Mr. Tremblay,

Re: Municipal Law Enforcement Officer, Competition #2026-41

Thank you for participating in the interview process for the above competition. We appreciate the time and effort you have invested.

The selection panel has now completed all interviews and is in the process of reviewing the results, including the written assessment completed on January 6.
Candidates will be notified of the outcome by the last working day of the month.

Please note that the successful candidate will be required to provide a satisfactory Criminal Record and Judicial Matters Check dated within the last six months prior to the start date of February 22, 2027.

The Township of Rideau Falls is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.

Yours truly,

Louise Gagnon, CHRL
Human Resources Coordinator
Township of Rideau Falls
3 Mill Street, Rideau Falls, ON K0A 1X0
613-555-0122
Township offices will be closed on Monday, February 15, 2027 (Family Day).
"""),
    dict(expect_by=lambda d: D.last_working_day_of_month(d),
         evidence="Candidates will be notified of the outcome by the last working day of the month.",
         note="Timeline; 'by the last working day of the month' = last Monday-Friday of the Date's month: 31 January 2027 is a Sunday, so Friday 29 January (new rule). The start date 22 February, the January 6 assessment and the Family Day closure in the signature are not expect_by")))

M = M_

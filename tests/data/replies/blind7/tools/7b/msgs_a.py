"""replies7b 611-627: offers, rejections, next-round invitations (written by hand)."""
from H import *

M_ = []
A = M_.append

# 611 offer - mining, Perth (Australia), Outlook, UTC previous day
A(M(611, "offer", "mine-geologist",
    hd('"Tamsin Okafor" <tamsin.okafor@pilbara-ore.example>', '"Rhys Calder" <rhys.calder@mailbox.example>',
       "RE: Senior Resource Geologist - Karijini project",
       ("In-Reply-To", "<cand.1184@mailbox.example>"), ("X-Mailer", "Microsoft Outlook 16.0"),
       ("Thread-Topic", "Senior Resource Geologist - Karijini project")),
    "2027-01-12 07:15:00 +0800",
    plain("""Hi Rhys,

Great news - the panel and our GM Resources have signed off, and I'm pleased to offer you the Senior Resource Geologist role on the Karijini project.
Headline terms: base salary AUD 198,000 plus super, 8/6 FIFO roster out of Perth, site allowance as discussed.
Your contract pack will be sent through by end of play Thursday.
The proposed start is Monday 1 March 2027 with a two-day induction at our West Perth office before your first swing.

Give me a ring if you want to talk anything through before the paperwork lands.

Cheers,
Tamsin

Tamsin Okafor | Talent Acquisition Partner
Pilbara Ore Holdings Ltd
Level 14, 221 St Georges Terrace, Perth WA 6000
T +61 8 5550 1422 | M +61 400 555 019

-----Original Message-----
From: Rhys Calder <rhys.calder@mailbox.example>
Sent: Friday, 8 January 2027 4:52 PM
To: Tamsin Okafor <tamsin.okafor@pilbara-ore.example>
Subject: Senior Resource Geologist - Karijini project

Hi Tamsin, thanks again for Wednesday 6 January. I can make myself available from 15 February if that helps.
Rhys
"""),
    dict(expect_by=lambda d: D.end_of_play(d, "Thu"),
         evidence="Your contract pack will be sent through by end of play Thursday.",
         note="Offer; 'by end of play Thursday' = the next Thursday (new rule, as a bare weekday). The start date 1 March and the candidate's quoted dates are not read")))

# 612 offer - local council (UK), ATS HTML only
A(M(612, "offer", "council-planning-officer",
    hd('"Harrowfield Borough Council Recruitment" <no-reply@jobs.harrowfield.example>',
       '"Priya Venkataraman" <priya.v@inbox.example>', "Conditional offer of employment - Planning Officer (ref HBC-2291)",
       ("X-Mailer", "TalentLink Notify 4.2"), ("Auto-Submitted", "auto-generated")),
    "2027-02-03 10:20:00 +0000",
    html("""<html><head><style>p{font-family:Arial;font-size:11pt}</style></head><body>
<table width="600"><tr><td><img src="cid:logo" alt="Harrowfield Borough Council"></td></tr>
<tr><td>
<p>Dear Priya Venkataraman,</p>
<p>Following your interview on 28 January, I am delighted to make you a conditional offer of employment for the post of Planning Officer (Development Management), Grade 7, SCP 26.</p>
<p>This offer is conditional on two satisfactory references, proof of your right to work in the UK and a health declaration.</p>
<p>Your formal offer letter and contract will follow within a fortnight.</p>
<p>Our provisional start date is Monday 5 April 2027, subject to pre-employment checks.</p>
<p>Yours sincerely,</p>
<p>Recruitment Team<br>People Services, Harrowfield Borough Council<br>Civic Centre, Market Street, Harrowfield HF1 2QA</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please do not reply.</td></tr></table>
</body></html>
"""),
    dict(expect_by=lambda d: D.within_fortnight(d),
         evidence="Your formal offer letter and contract will follow within a fortnight.",
         note="Offer (conditional); 'within a fortnight' = Date + 14 (new rule, as 'within two weeks'). Interview 28 January and start 5 April are not expect_by")))

# 613 offer - game studio (Montreal), Gmail, French-native English, UTC next day, candidate quoted in French attribution
A(M(613, "offer", "studio-technical-artist",
    hd('"Élodie Marchand" <elodie@pixelnord.example>', '"Sam Whitcombe" <sam.whitcombe@gmail-like.example>',
       "Re: Technical Artist - suite à nos échanges",
       ("In-Reply-To", "<CAF7x9.sam@gmail-like.example>"), ("References", "<CAF7x9.sam@gmail-like.example>")),
    "2026-12-09 19:40:00 -0500",
    alt("""Hi Sam,

So, it is official: we want you in the team as Technical Artist for the Brumes project!
The salary is 84 000 CAD per year as we discussed with Julien, plus the usual studio benefits.
We will send you the contract by DocuSign no later than Friday.
For the start we were thinking about January 11 but we can discuss.

A bientôt,
Élodie

--
Élodie Marchand
Responsable talents | Pixel Nord
5445 avenue de Gaspé, Montréal QC H2T 3B2

Le mar. 8 déc. 2026 à 09:12, Sam Whitcombe <sam.whitcombe@gmail-like.example> a écrit :
> Hi Élodie, just checking in after the art test review on December 3.
> I have another process closing on December 18, so any news is welcome.
> Sam
""", """<div dir="ltr"><div>Hi Sam,</div><div><br></div><div>So, it is official: we want you in the team as Technical Artist for the Brumes project!</div><div>The salary is 84 000 CAD per year as we discussed with Julien, plus the usual studio benefits.</div><div>We will send you the contract by DocuSign no later than Friday.</div><div>For the start we were thinking about January 11 but we can discuss.</div><div><br></div><div>A bientôt,</div><div>Élodie</div><div><br></div>-- <br><div>Élodie Marchand<br>Responsable talents | Pixel Nord<br>5445 avenue de Gaspé, Montréal QC H2T 3B2</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le mar. 8 déc. 2026 à 09:12, Sam Whitcombe &lt;sam.whitcombe@gmail-like.example&gt; a écrit :<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>Hi Élodie, just checking in after the art test review on December 3.</div><div>I have another process closing on December 18, so any news is welcome.</div><div>Sam</div></blockquote></div>
""", "r7b-613-alt"),
    dict(expect_by=lambda d: D.next_weekday(d, "Fri"),
         evidence="We will send you the contract by DocuSign no later than Friday.",
         note="Offer; contract promised 'no later than Friday' = next Friday after the local Date (Wednesday evening in Montreal). Start date January 11 and the quoted candidate dates are not read")))

# 614 offer - dentistry, New Zealand, iPhone terse, no date, UTC previous day
A(M(614, "offer", "dental-associate-role",
    hd('Dr Hemi Paraone <hemi@harbourdental.example>', 'Lauren Fisk <lauren.fisk@inbox.example>', "Associate position",
       ("X-Mailer", "iPhone Mail (21D61)"), ("Content-Language", "en-NZ")),
    "2027-01-20 08:05:00 +1300",
    plain("""Morning Lauren,

Talked it over with Anya last night. We'd love to have you join the practice as our new associate dentist.
Four days a week to start, 40% of collections as discussed. Paperwork to come once our practice manager is back from leave.

Ngā mihi
Hemi

Sent from my iPhone
"""),
    dict(expect_by=None, evidence="We'd love to have you join the practice as our new associate dentist.",
         note="Offer with no dated follow-up: paperwork 'once our practice manager is back from leave' is tied to an undated event, so expect_by is null")))

# 615 offer - pharmaceutical QA, Lagos (Nigeria), long formal letter, quoted-printable
A(M(615, "offer", "pharma-qa-officer",
    hd('"Human Resources - Ikeja Pharmaceuticals Plc" <hr@ikejapharma.example>', '"Chidinma Eze" <chidinma.eze@mailbox.example>',
       "OFFER OF APPOINTMENT - QUALITY ASSURANCE OFFICER (GRADE M2)",
       ("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")),
    "2027-01-06 14:30:00 +0100",
    plain("""Dear Miss Eze,

OFFER OF APPOINTMENT: QUALITY ASSURANCE OFFICER (GRADE M2)

Further to your interview with the Management Panel on Tuesday, 22nd December, 2026, we are pleased to inform you that Management has approved your appointment as Quality Assurance Officer in the Quality Directorate of Ikeja Pharmaceuticals Plc.

Your annual gross remuneration shall be N9,600,000.00 (Nine Million, Six Hundred Thousand Naira only), payable monthly in arrears, in addition to the benefits applicable to your grade as contained in the Staff Handbook.

Kindly signify your acceptance of this offer by replying to this mail on or before 18th January, 2027.
Kindly note that the formal letter of appointment will be dispatched to you within ten (10) working days of your acceptance.
Your resumption date shall be Monday, 1st February, 2027 at our Ikeja Industrial Estate factory by 8.00 a.m.

Please accept our congratulations.

Yours faithfully,
For: IKEJA PHARMACEUTICALS PLC

Adaeze Oyelaran (Mrs.)
Head, Human Resources
Plot 12, Oba Akran Avenue, Ikeja Industrial Estate, Lagos State, Nigeria.
Tel: +234 1 555 0190
""", cte="quoted-printable"),
    dict(expect_by=None, evidence="Further to your interview with the Management Panel on Tuesday, 22nd December, 2026, we are pleased to inform you that Management has approved your appointment as Quality Assurance Officer in the Quality Directorate of Ikeja Pharmaceuticals Plc.",
         note="Offer; the appointment letter is due 'within ten (10) working days of your acceptance', counted from an undated event, so null. 18 January is the candidate's acceptance deadline and 1 February the resumption (start) date; neither is expect_by")))

# 616 rejection - insurance underwriting, Chicago, ATS multipart
A(M(616, "rejection", "commercial-lines-underwriter",
    hd('"Lakeshore Mutual Careers" <careers@lakeshoremutual.example>', '"Jordan Pike" <jordan.pike@inbox.example>',
       "Your application: Commercial Lines Underwriter II (Req 48817)",
       ("X-Mailer", "Greenhouse Mailer"), ("Auto-Submitted", "auto-generated"), ("Reply-To", "no-reply@lakeshoremutual.example")),
    "2027-01-28 16:02:00 -0600",
    alt("""Hi Jordan,

Thank you for taking the time to interview with our Commercial Lines team for the Underwriter II role.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.

We genuinely appreciated the conversation with you and encourage you to keep an eye on our careers site; our summer underwriting cohort opens for applications on March 1.

Best regards,
Lakeshore Mutual Talent Acquisition
233 N Wacker Dr, Chicago, IL 60606
""", """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Jordan,</p>
<p>Thank you for taking the time to interview with our Commercial Lines team for the Underwriter II role.</p>
<p>After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.</p>
<p>We genuinely appreciated the conversation with you and encourage you to keep an eye on our careers site; our summer underwriting cohort opens for applications on March 1.</p>
<p>Best regards,<br>Lakeshore Mutual Talent Acquisition<br>233 N Wacker Dr, Chicago, IL 60606</p>
</body></html>
""", "r7b-616-alt"),
    dict(expect_by=None, evidence="After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.",
         note="Rejection; 'March 1' is when a new cohort opens for applications, not a decision date")))

# 617 rejection - journalism, India, Gmail, non-native English, quoted candidate
A(M(617, "rejection", "newsdesk-sub-editor",
    hd('"Anirban Ghosh" <anirban.ghosh@deccandaily.example>', '"Meera Pillai" <meera.pillai@inbox.example>',
       "Re: Sub-editor (Night desk) - interview follow up",
       ("In-Reply-To", "<CAm33ra.77@inbox.example>")),
    "2027-02-15 23:50:00 +0530",
    plain("""Dear Meera,

Sorry for late reply, the desk is very hectic this week with the state budget.
We have discussed your candidature in the editorial meeting and regret to inform that we will not be able to take your application forward for the night desk post.
Your copy test was good but we needed someone with more experience on Hindi-English translation.
Please do stay in touch, we will surely keep your CV in our records.

Regards,
Anirban Ghosh
Chief Sub-Editor, The Deccan Daily
No. 4, Residency Road, Bengaluru 560025

On Thu, Feb 11, 2027 at 10:03 AM Meera Pillai <meera.pillai@inbox.example> wrote:
> Dear Sir, I wanted to follow up on my interview of 4 February.
> I have been asked to join another paper from 1 March, so I would be grateful for an update by 17 February.
> Thank you, Meera
"""),
    dict(expect_by=None, evidence="We have discussed your candidature in the editorial meeting and regret to inform that we will not be able to take your application forward for the night desk post.",
         note="Rejection from a second-language sender; the dates in the candidate's quoted mail (4 February, 1 March, 17 February) are not read")))

# 618 rejection - architecture, Netherlands, Gmail with Dutch attribution
A(M(618, "rejection", "architecture-graduate",
    hd('"Femke de Boer" <femke@studiovaart.example>', '"Tom Ashdown" <tom.ashdown@mailbox.example>',
       "Re: Sollicitatie graduate architect / Graduate architect application",
       ("In-Reply-To", "<tom.ashdown.0112@mailbox.example>")),
    "2027-03-02 11:30:00 +0100",
    alt("""Dear Tom,

Thank you for coming to our studio in Rotterdam and for the nice presentation of your thesis project.
We have spoken with the whole team and unfortunately we decided to not continue with your application.
It was a close decision, the other candidate already has a Dutch registration which is important for our housing projects.
We wish you a lot of success and maybe we meet again in the future.

Met vriendelijke groet,
Femke de Boer
Studio Vaart Architecten
Wijnhaven 61, 3011 WJ Rotterdam

Op di 23 feb 2027 om 08:41 schreef Tom Ashdown <tom.ashdown@mailbox.example>:
> Dear Femke, thanks for the interview on 19 February.
> Just to let you know I could start on 5 April if that is useful.
""", """<div>Dear Tom,<br><br>Thank you for coming to our studio in Rotterdam and for the nice presentation of your thesis project.<br>We have spoken with the whole team and unfortunately we decided to not continue with your application.<br>It was a close decision, the other candidate already has a Dutch registration which is important for our housing projects.<br>We wish you a lot of success and maybe we meet again in the future.<br><br>Met vriendelijke groet,<br>Femke de Boer<br>Studio Vaart Architecten<br>Wijnhaven 61, 3011 WJ Rotterdam</div><br><div class="gmail_quote"><div class="gmail_attr">Op di 23 feb 2027 om 08:41 schreef Tom Ashdown &lt;tom.ashdown@mailbox.example&gt;:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Dear Femke, thanks for the interview on 19 February.<br>Just to let you know I could start on 5 April if that is useful.</blockquote></div>
""", "r7b-618-alt"),
    dict(expect_by=None, evidence="We have spoken with the whole team and unfortunately we decided to not continue with your application.",
         note="Rejection, Dutch second-language English; quoted candidate text (Dutch attribution line) is not read")))

# 619 rejection - libraries, Nairobi (Kenya), plain, UTC previous day
A(M(619, "rejection", "county-library-assistant",
    hd('"Recruitment Desk - Nairobi County Libraries" <recruitment@nclibraries.example>', '"Wanjiru Kamau" <wanjiru.kamau@inbox.example>',
       "Library Assistant II - Outcome of Interview", ("X-Mailer", "Mozilla Thunderbird 115.6")),
    "2027-04-07 02:10:00 +0300",
    plain("""Dear Wanjiru,

RE: LIBRARY ASSISTANT II (REF. NCL/LA/07/2027)

We thank you for attending the interview held at the McMillan Memorial Library on 31st March 2027.

We regret to inform you that you were not successful on this occasion.
The panel received many strong candidates and the competition was very stiff.

Kindly note that the library will be closed from 9th to 12th April for annual stocktaking, so the recruitment desk will not respond to calls during that time.

We wish you all the best in your future endeavours.

Yours sincerely,
Grace Otieno
For: Chief Librarian, Nairobi County Libraries
P.O. Box 30000-00100, Nairobi
"""),
    dict(expect_by=None, evidence="We regret to inform you that you were not successful on this occasion.",
         note="Rejection sent just after 2 a.m. Nairobi time; the stocktaking closure 9-12 April is an office closure, not expect_by")))

# 620 rejection - film post-production, London, terse iPhone
A(M(620, "rejection", "assistant-editor-feature",
    hd('Marcus Bell <marcus@greyfriarspost.example>', 'Ines Carvalho <ines.carvalho@mailbox.example>', "Re: assistant editor",
       ("X-Mailer", "iPhone Mail (21E236)"), ("In-Reply-To", "<ines.fu.0512@mailbox.example>")),
    "2027-05-14 18:45:00 +0100",
    plain("""Hi Ines - sorry, we've gone with someone who's cut on Avid with this director before.
Really liked your reel though, I'll keep you in mind for the autumn shoot.

M

Sent from my iPhone

> On 12 May 2027, at 09:30, Ines Carvalho <ines.carvalho@mailbox.example> wrote:
>
> Hi Marcus, any news on the AE role? I'm free from 24 May.
"""),
    dict(expect_by=None, evidence="Hi Ines - sorry, we've gone with someone who's cut on Avid with this director before.",
         note="Terse rejection from a producer's iPhone; the quoted 24 May is the candidate's availability")))

# 621 rejection - defence, Toulouse (France), long formal, ISO-8859-1 quoted-printable
A(M(621, "rejection", "avionics-systems-engineer",
    hd('"Service Recrutement - Aérodyne Systèmes" <recrutement@aerodyne-sys.example>', '"Daniel Kowalczyk" <d.kowalczyk@mailbox.example>',
       "Your application - Avionics Systems Engineer (ref. AS-DEF-1142)", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-06-08 09:00:00 +0200",
    plain("""Dear Mr Kowalczyk,

We thank you for the interest you have shown for our company and for the time you have given us during the technical interview of 1st June in Toulouse-Blagnac.

After a careful examination of all the applications, we regret to inform you that we will not retain your candidature for the position of Avionics Systems Engineer.
This decision does not put into question your professional qualities; the position requires a national security clearance at the "Confidentiel Défense" level which we cannot initiate for this programme.

With your agreement, we will keep your file in our candidate pool for a period of two years.
According to the regulation on personal data, you may ask us at any moment to delete it.

We ask you to accept, Mr Kowalczyk, the expression of our best regards.

Hélène Fabre
Chargée de recrutement
Aérodyne Systèmes SAS - Direction des Ressources Humaines
12 chemin de la Crabe, 31700 Blagnac, France
""", charset="iso-8859-1", cte="quoted-printable"),
    dict(expect_by=None, evidence="After a careful examination of all the applications, we regret to inform you that we will not retain your candidature for the position of Avionics Systems Engineer.",
         note="Formal rejection translated from French conventions (ISO-8859-1, quoted-printable); the interview date 1 June and the two-year pool period are not expect_by")))

# 622 next-round - energy grid, Sydney, ATS mailer
A(M(622, "next-round", "grid-planning-analyst",
    hd('"Eastgrid Energy Careers" <talent@eastgrid.example>', '"Oliver Nguyen" <oliver.nguyen@inbox.example>',
       "Next step: final interview - Network Planning Analyst", ("X-Mailer", "PageUp Notifications"), ("Auto-Submitted", "auto-generated")),
    "2027-02-10 15:00:00 +1100",
    alt("""Hi Oliver,

Congratulations - you have been shortlisted for a final interview for the Network Planning Analyst role.

Interview: Thursday 18 February, 10:00-11:30 AEDT, Eastgrid House, 180 George Street, Sydney.
Panel: Head of Network Planning, Senior Engineer (Transmission), People Partner.

A calendar invitation with the case study brief will be sent within 24 hours.

If the time doesn't work for you, please reply to this email by Monday 15 February.

Kind regards,
Eastgrid Energy Talent Team
""", """<html><body>
<p>Hi Oliver,</p>
<p>Congratulations - you have been shortlisted for a final interview for the Network Planning Analyst role.</p>
<table border="0"><tr><td><b>Interview:</b></td><td>Thursday 18 February, 10:00-11:30 AEDT, Eastgrid House, 180 George Street, Sydney.</td></tr>
<tr><td><b>Panel:</b></td><td>Head of Network Planning, Senior Engineer (Transmission), People Partner.</td></tr></table>
<p>A calendar invitation with the case study brief will be sent within 24 hours.</p>
<p>If the time doesn't work for you, please reply to this email by Monday 15 February.</p>
<p>Kind regards,<br>Eastgrid Energy Talent Team</p>
</body></html>
""", "r7b-622-alt"),
    dict(expect_by=lambda d: D.within_hours(d, 24),
         evidence="A calendar invitation with the case study brief will be sent within 24 hours.",
         note="Next round; the calendar invitation promised 'within 24 hours' = Date + 1 (new rule, as 'within 48 hours' = + 2). The interview (18 February) and the candidate's reply deadline (15 February) are not expect_by")))

# 623 next-round - legal aid, Toronto, Outlook, candidate picks a slot
A(M(623, "next-round", "legal-clinic-paralegal",
    hd('"Sandra Mbeki-Lowe" <smbekilowe@parkdalelegal.example>', '"Kevin Arora" <kevin.arora@mailbox.example>',
       "Second interview - Paralegal (Tenant Rights)", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-03-16 10:12:00 -0400",
    plain("""Good morning Kevin,

Thank you again for meeting with Farah and me last week. We would like to invite you to a second interview with our Executive Director and a member of our client advisory board.

The second interview will last about 45 minutes and will include a short written exercise based on a Landlord and Tenant Board file.
We have the following times available:
  - Tuesday, March 23 at 2:00 p.m.
  - Wednesday, March 24 at 10:00 a.m.
  - Thursday, March 25 at 3:30 p.m.

Could you let me know by Friday which time works best for you?

Kind regards,

Sandra Mbeki-Lowe (she/her)
Office Manager
Parkdale Community Legal Services
1266 Queen Street West, Toronto, ON M6K 1L3
416-555-0148

This e-mail may contain privileged and confidential information. If you received it in error, please notify the sender and delete it.
"""),
    dict(expect_by=None, evidence="We would like to invite you to a second interview with our Executive Director and a member of our client advisory board.",
         note="Next round; the offered interview slots (23-25 March) and 'let me know by Friday' (a candidate deadline) are not expect_by")))

# 624 next-round - logistics, Manila (Philippines), Gmail, non-native, UTC previous day
A(M(624, "next-round", "warehouse-planning-exam",
    hd('"Ma. Kristine Dela Cruz" <kristine.delacruz@islandfreight.example>', '"Paolo Reyes" <paolo.reyes@inbox.example>',
       "Re: Inventory Planner application - Online Exam"),
    "2027-01-25 06:40:00 +0800",
    alt("""Good morning Mr. Reyes,

Thank you for your time during the initial interview last Friday. We are happy to inform you that you passed and you are endorsed for the next step which is the online technical exam.
The HR will send you the exam link on day after tomorrow.
Kindly take the exam within 48 hours after receiving the link and make sure you have stable internet connection.

Thank you and God bless!

Kristine Dela Cruz
HR Associate - Talent Acquisition
Island Freight Logistics Corp.
3F Pacific Tower, Pasay City, Metro Manila
""", """<div dir="ltr"><div>Good morning Mr. Reyes,</div><div><br></div><div>Thank you for your time during the initial interview last Friday. We are happy to inform you that you passed and you are endorsed for the next step which is the online technical exam.</div><div>The HR will send you the exam link on day after tomorrow.</div><div>Kindly take the exam within 48 hours after receiving the link and make sure you have stable internet connection.</div><div><br></div><div>Thank you and God bless!</div><div><br></div><div>Kristine Dela Cruz<br>HR Associate - Talent Acquisition<br>Island Freight Logistics Corp.<br>3F Pacific Tower, Pasay City, Metro Manila</div></div>
""", "r7b-624-alt"),
    dict(expect_by=lambda d: D.day_after_tomorrow(d),
         evidence="The HR will send you the exam link on day after tomorrow.",
         note="Next round; exam link promised 'on day after tomorrow' = Date + 2 (new rule). The 48-hour exam window is the candidate's and counts from an undated event")))

# 625 next-round - university, UK, long formal letter
A(M(625, "next-round", "lecturer-selection-day",
    hd('"HR Recruitment - University of Eastmarsh" <recruitment@eastmarsh.ac.example>', '"Dr Fatima Bello" <f.bello@mailbox.example>',
       "Lecturer in Environmental Chemistry (REQ00714) - invitation to selection day", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-02-08 12:00:00 +0000",
    plain("""Dear Dr Bello,

Lecturer in Environmental Chemistry, School of Natural Sciences (REQ00714)

I am pleased to let you know that, following the first-stage interviews, the panel would like to invite you to the selection day for this post.

The selection day will be held on Tuesday 9 March 2027 on the Fenby campus and will comprise a 20-minute research presentation open to the School, a teaching observation with a group of second-year students and a formal panel interview chaired by the Pro Vice-Chancellor (Science).
Please confirm your attendance by return no later than Monday 15 February.
Travel booking details will be confirmed by the end of the month.

Reasonable travel and overnight accommodation costs will be reimbursed in line with the University's expenses policy.
If you have a disability and require any adjustments for the day, please let us know.

Yours sincerely,

Helen Carraway
Senior HR Adviser (Recruitment)
University of Eastmarsh, Fenby Road, Eastmarsh EM4 7TR
Tel: 01632 960 514
"""),
    dict(expect_by=lambda d: D.end_of_month(d),
         evidence="Travel booking details will be confirmed by the end of the month.",
         note="Next round; a dated promise of travel-booking details 'by the end of the month' = last day of the Date's month. The selection day 9 March and the confirmation deadline 15 February are not expect_by")))

# 626 next-round - game studio, Seattle, Apple Mail, UTC next day, quoted candidate, no date
A(M(626, "next-round", "gameplay-engineer-takehome",
    hd('Ray Delgado <ray@fjordlight.example>', 'Noor Haddad <noor.haddad@mailbox.example>', "Re: Gameplay Engineer",
       ("X-Mailer", "Apple Mail (2.3774.300.61)"), ("In-Reply-To", "<noor-1214@mailbox.example>")),
    "2026-12-15 17:30:00 -0800",
    plain("""Hey Noor,

Team loved the chat. Next step is the take-home: a small combat prototype in Unity or Unreal, your call.
You'll have 72 hours once it lands in your inbox, and I'll get it over to you when our lead is back from GDC planning.

Ray

--
Ray Delgado, Recruiting
Fjordlight Games | 1100 Eastlake Ave E, Seattle WA 98109

> On Dec 14, 2026, at 9:02 AM, Noor Haddad <noor.haddad@mailbox.example> wrote:
>
> Hi Ray, thanks for today! I'm travelling Dec 19-27 but otherwise free.
"""),
    dict(expect_by=None, evidence="Next step is the take-home: a small combat prototype in Unity or Unreal, your call.",
         note="Next round with no dated promise: the take-home is sent 'when our lead is back', an undated event; the 72 hours count from receipt. Quoted Dec 19-27 is the candidate's travel")))

# 627 next-round - pharmacy chain, Bengaluru, HTML only
A(M(627, "next-round", "pharmacy-store-manager",
    hd('"MedKart Pharmacy - Talent Team" <talent@medkart.example>', '"Rohit Deshmukh" <rohit.d@inbox.example>',
       "Invitation: Panel Interview for Store Manager - Pharmacy (Indiranagar)", ("X-Mailer", "Zoho Recruit")),
    "2027-03-03 11:00:00 +0530",
    html("""<html><body>
<div style="font-family:Verdana;font-size:10pt">
<p>Dear Rohit,</p>
<p>Greetings from MedKart Pharmacy!</p>
<p>We are pleased to inform you that you have been shortlisted for the panel interview round for the position of Store Manager - Pharmacy at our Indiranagar flagship store.</p>
<p><b>Date:</b> Friday, 12th March 2027<br><b>Time:</b> 11:30 AM IST<br><b>Venue:</b> MedKart Regional Office, 2nd Floor, 80 Feet Road, Koramangala, Bengaluru</p>
<p>Kindly carry your original D.Pharm / B.Pharm certificates, State Pharmacy Council registration and two passport size photographs.</p>
<p>Regards,<br>Talent Acquisition Team<br>MedKart Pharmacy Pvt. Ltd.</p>
</div></body></html>
"""),
    dict(expect_by=None, evidence="We are pleased to inform you that you have been shortlisted for the panel interview round for the position of Store Manager - Pharmacy at our Indiranagar flagship store.",
         note="Next round (HTML only); 12 March is the interview date, not expect_by")))

M = M_

# Offers (10) and rejections (12).
import dates as D

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

CASES = [
dict(n=289, kind="offer", short="frontend-developer-toronto", date="2026-12-04 15:12 -0500", client="ats", mode="alt",
 frm=("Maple & Byte Hiring", "hiring@notify.mapleandbyte-ats.example"), to=("Chloé Gagnon", "chloe.gagnon@courriel.example"),
 reply_to=("Ravi Sandhu", "ravi.sandhu@mapleandbyte.example"),
 subject="Your offer from Maple & Byte is ready to review",
 headers=[("X-Recruiting-System", "Leverline Offers"), ("X-Offer-Id", "ofr_20261204_0093")],
 body="""Hi Chloé,

Congratulations! We are delighted to offer you the position of Front-End Developer at Maple & Byte.

Your offer letter is waiting for you in the candidate portal. It sets out a base salary of CAD 104,000, a start date of Monday, January 11, 2027, and our benefits package.

To accept, please sign electronically by December 11, 2026. The signing link expires at 11:59 PM ET that day.

Welcome (we hope) to the team!
Ravi Sandhu, Engineering Manager, on behalf of Maple & Byte

Maple & Byte Inc. · 200 King St W, Toronto ON · Sent via Leverline""",
 eb=None, ev="Congratulations! We are delighted to offer you the position of Front-End Developer at Maple & Byte.",
 note="Offer. Traps: start date and signing deadline/link expiry are not expect_by."),

dict(n=290, kind="offer", short="staff-nurse-conditional-bristol", date="2026-12-10 11:26 +0000", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Medical Staffing - Avonmere Hospitals", "recruitment@avonmere-hospitals.example"), to=("Abena Mensah", "abena.mensah@postbox.example"),
 subject="RE: Band 5 Staff Nurse - Ward 7 (Ref 338-ST-1142)",
 body="""Dear Abena,

Further to your interview on the 8th, I am pleased to offer you the post of Band 5 Staff Nurse on Ward 7, subject to satisfactory pre-employment checks.

Please complete the DBS application and occupational health questionnaire via the links in Trac by Friday 18 December. Once your checks are cleared, a start date will be agreed with the ward manager.

Your formal contract will be issued within 10 working days of this email.

With best wishes,
Recruitment Team, Avonmere Hospitals NHS-style Trust
Please consider the environment before printing. Information governance training completed 03/2026.""",
 quote=dict(sent="09 December 2026 20:31", text="""Dear Recruitment Team,

Thank you for the interview yesterday. I wanted to confirm I hold NMC registration valid to 31/05/2028.

Abena"""),
 eb=lambda d: D.business_days(d, 10), ev="Your formal contract will be issued within 10 working days of this email.",
 note="Conditional offer that also promises the next communication (contract) within 10 working days = expect_by Date + 10 business days. Traps: candidate's form deadline (Friday 18 December); NMC expiry in quoted text."),

dict(n=291, kind="offer", short="risk-analyst-singapore", date="2027-01-06 18:40 +0800", client="outlook", mode="alt", cte="quoted-printable",
 frm=("Wei Ling Ong", "weiling.ong@lionsgate-capital.example"), to=("Rahul Iyer", "rahul.iyer@inbox.example"),
 subject="Letter of Offer - Market Risk Analyst",
 attach=("LetterOfOffer_RIyer.pdf", "application/pdf", PDF),
 body="""Dear Rahul,

Following your interviews with our Risk team, I am very pleased to extend to you an offer of employment as Market Risk Analyst, Lion's Gate Capital Pte. Ltd.

Please find attached your Letter of Offer. Kindly return a signed copy by 13 January 2027 if you wish to accept. Your proposed commencement date is 1 March 2027, subject to your notice period.

Do feel free to call me if you would like to talk through the package.

Best regards,
Wei Ling Ong
Vice President, Human Resources
Lion's Gate Capital Pte. Ltd. | 8 Marina View #30-01 | Singapore 018960
MAS licence CMS100000. This email is confidential.""",
 eb=None, ev="Following your interviews with our Risk team, I am very pleased to extend to you an offer of employment as Market Risk Analyst, Lion's Gate Capital Pte. Ltd.",
 note="Offer with PDF attachment. Traps: return-by date (candidate deadline) and commencement date are not expect_by."),

dict(n=292, kind="offer", short="guest-relations-cancun", date="2027-01-19 21:15 -0500", client="gmail", mode="alt",
 frm=("Mariana Gutiérrez", "mariana.gutierrez@grupoturquesa.example"), to=("Jonas Becker", "jonas.becker@webpost.example"),
 subject="Re: Guest Relations Supervisor - great news",
 body="""Dear Jonas,

Thank you for your patience! I am very happy to tell you that the General Manager approved your hiring as Guest Relations Supervisor for Turquesa Resort Cancún.

The offer is for a 12-month contract, with start on 15/02/2027, accommodation in staff housing included. I will send you the contract in Spanish and English separately.

Please confirm us your acceptance before 26/01/2027 so we can start the visa process.

Saludos cordiales,
Mariana Gutiérrez
Gerente de Capital Humano
Grupo Turquesa | Blvd. Kukulcán km 12, Cancún, Q. Roo""",
 quote=dict(attr="El mar, 19 ene 2027 a las 9:02, Jonas Becker (<jonas.becker@webpost.example>) escribió:", text="""Dear Mariana,

Following up on my interview from 12 January. Is there any news?

Best regards,
Jonas"""),
 eb=None, ev="I am very happy to tell you that the General Manager approved your hiring as Guest Relations Supervisor for Turquesa Resort Cancún.",
 note="Offer from a Mexican sender in second-language English; numeric dates day/month/year. Traps: start date and acceptance deadline; contract 'separately' is undated."),

dict(n=293, kind="offer", short="postdoc-quantum-munich", date="2027-02-02 10:08 +0100", client="thunderbird", cte="quoted-printable",
 frm=("Prof. Dr. Helga Vogt", "helga.vogt@tu-isar.example"), to=("Dr. Ana Sofía Ramírez", "anasofia.ramirez@researchmail.example"),
 subject="Re: Postdoc position - decision",
 body="""Dear Dr. Ramírez,

I am happy to inform you that the selection committee decided to offer you the postdoctoral position in our group (TV-L E13, 100 %, initially for 3 years).

Please let us know until 20.02.2027 whether you accept. The administration will then prepare the contract, the earliest start would be 01.04.2027.

With kind regards,
Helga Vogt

--
Prof. Dr. Helga Vogt
Lehrstuhl für Quantenoptik, Technische Universität Isar
Arcisstraße 99, 80333 München""",
 quote=dict(attr="Am 01.02.2027 um 22:40 schrieb Ana Sofía Ramírez:", text="""Dear Professor Vogt,

many thanks again for the interview on 26 January.

Best regards,
Ana Sofía"""),
 eb=None, ev="I am happy to inform you that the selection committee decided to offer you the postdoctoral position in our group (TV-L E13, 100 %, initially for 3 years).",
 note="Offer, second-language English ('let us know until' = candidate deadline). Traps: acceptance deadline 20.02.2027 and start 01.04.2027 are not expect_by."),

dict(n=294, kind="offer", short="assistant-buyer-chicago", date="2027-02-17 16:44 -0600", client="outlook", cte="quoted-printable", charset="windows-1252", qstyle="original",
 frm=("Denise Marchetti", "dmarchetti@lakeshore-dept-stores.example"), to=("Tyrone Holloway", "tyrone.holloway@mailbox.example"),
 subject="RE: Assistant Buyer - Home & Living",
 body="""Hi Tyrone,

As promised on the phone this afternoon, here’s a recap of your verbal offer for the Assistant Buyer – Home & Living role:

• Base salary: $68,500
• Start date: Monday 3/8
• 15 PTO days, 401(k) match after 90 days

We’d love a reply by 2/22 so I can get your background check started. The formal letter will come from our HRIS once you accept.

Thanks,
Denise

Denise Marchetti | Sr. Recruiter | Lakeshore Department Stores
This e-mail may contain confidential information.""",
 quote=dict(sent="Wednesday, February 17, 2027 9:12 AM", text="""Hi Denise,

Thanks for the update last week. I'm free for a call any time after 2 PM today.

Tyrone"""),
 eb=None, ev="As promised on the phone this afternoon, here’s a recap of your verbal offer for the Assistant Buyer – Home & Living role:",
 note="Offer recap, windows-1252 quoted-printable with curly quotes. Traps: US numeric start date 3/8 and reply-by 2/22 (candidate deadline); formal letter is conditional and undated."),

dict(n=295, kind="offer", short="process-engineer-durban", date="2027-03-12 07:55 +0200", client="gmail", mode="alt",
 frm=("Sipho Nkosi", "sipho.nkosi@indlovu-chemicals.example"), to=("Priya Naidoo", "priya.naidoo@inbox.example"),
 subject="Re: Process Engineer - Offer",
 body="""Morning Priya,

Thank you for your patience over the last two weeks. I'm very pleased to confirm that we would like to offer you the Process Engineer position at our Durban plant.

HR will courier the contract to you; please sign and return it within 7 days of receipt. We'd like you to start on 1 April if your notice period allows.

Regards,
Sipho Nkosi
Plant Manager, Indlovu Chemicals (Pty) Ltd
Reg. 2009/000000/07 | B-BBEE Level 2""",
 quote=dict(attr="On Thu, 11 Mar 2027 at 19:20, Priya Naidoo <priya.naidoo@inbox.example> wrote:", text="""Hi Sipho,

Just checking in on the Process Engineer role. I interviewed on 24 February.

Priya"""),
 eb=None, ev="I'm very pleased to confirm that we would like to offer you the Process Engineer position at our Durban plant.",
 note="Offer. Traps: sign-within-7-days is a candidate deadline; start date 1 April; interview date in quoted text."),

dict(n=296, kind="offer", short="features-editor-dublin", date="2027-04-06 12:30 +0100", client="apple", cte="quoted-printable", qstyle="apple",
 frm=("Siobhán Keane", "siobhan.keane@liffeymedia.example"), to=("Callum Reid", "callum.reid@postbox.example"),
 subject="Re: Features Editor",
 body="""Callum,

I'm thrilled to say the job is yours if you want it. The board signed off this morning.

I'll have Ciara in HR send the paperwork over, but in short: Features Editor, €62k, hybrid, starting whenever suits after 10 May.

Take a day or two to think it over and give me a shout.

Siobhán

Siobhán Keane
Editor-in-Chief, The Liffey Review
Liffey Media DAC, 40 Ormond Quay, Dublin 7""",
 quote=dict(attr="On 5 Apr 2027, at 22:01, Callum Reid <callum.reid@postbox.example> wrote:", text="""Hi Siobhán,

Hope you had a good Easter. Just wondering whether there was any update after our chat on 30 March?

Callum"""),
 eb=None, ev="I'm thrilled to say the job is yours if you want it.",
 note="Informal offer (Apple Mail, quoted-printable). Traps: 'after 10 May' is a start window; paperwork undated."),

dict(n=297, kind="offer", short="cadet-pilot-brisbane", date="2027-05-14 09:00 +1000", client="ats", mode="html", cte="base64",
 frm=("Southern Cross Airways Pilot Academy", "academy-noreply@scairways-careers.example"), to=("Mia Tanaka", "mia.tanaka@mailbox.example"),
 subject="Congratulations - Cadet Pilot Program offer (Intake 27-3)",
 html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#c8102e">Southern Cross Airways Pilot Academy</h2>
<p>Dear Mia,</p>
<p>Congratulations! Following your simulator assessment and final panel interview, we are delighted to offer you a place in the Cadet Pilot Program, Intake 27-3.</p>
<p>Your conditional offer is available in the Candidate Centre. To secure your place, please accept the offer and upload your CASA Class 1 medical certificate by 28 May 2027.</p>
<p>Ground school for Intake 27-3 begins on 19 July 2027 at our Archerfield campus.</p>
<p>We look forward to welcoming you,<br>Captain Rhys Morgan<br>Head of Training</p>
<p style="font-size:10px;color:#888">Southern Cross Airways Pty Ltd ABN 00 000 000 000. This email was sent from an unmonitored mailbox.</p>
</body></html>
""", body="",
 eb=None, ev="Congratulations! Following your simulator assessment and final panel interview, we are delighted to offer you a place in the Cadet Pilot Program, Intake 27-3.",
 note="Offer, HTML-only ATS message, base64. Traps: acceptance/medical deadline and ground-school start date are not expect_by."),

dict(n=298, kind="offer", short="regulatory-affairs-hyderabad", date="2027-06-22 19:10 +0530", client="outlook", mode="html", cte="quoted-printable",
 frm=("Sneha Reddy", "sneha.reddy@deccan-biologics.example"), to=("Vikram Rao", "vikram.rao@inbox.example"),
 subject="Offer of Employment - Manager, Regulatory Affairs",
 html="""<html><body>
<div class="WordSection1">
<p>Dear Vikram,</p>
<p>Greetings from Deccan Biologics!</p>
<p>With reference to your interviews held with us, we are pleased to offer you the position of Manager - Regulatory Affairs (Grade M2) at our Genome Valley site.</p>
<p>Your annual CTC will be INR 28,50,000. Kindly share your acceptance on or before 29-06-2027 and join us on or before 02-08-2027.</p>
<p>Please bring the original documents listed in Annexure B on your joining date.</p>
<p>Warm Regards,<br>Sneha Reddy<br>Lead - Talent Acquisition<br>Deccan Biologics Ltd.</p>
<p style="font-size:9pt">Disclaimer: This offer is valid only if accepted by the stated date. CIN L24230TG1999PLC000000.</p>
</div></body></html>
""", body="",
 eb=None, ev="With reference to your interviews held with us, we are pleased to offer you the position of Manager - Regulatory Affairs (Grade M2) at our Genome Valley site.",
 note="Offer, HTML-only; Indian day-month-year dates. Traps: acceptance deadline 29-06-2027 and joining date are candidate deadlines/start dates."),

# ---------------- rejections ----------------------------------------------
dict(n=299, kind="rejection", short="commercial-lawyer-perth", date="2026-12-02 17:35 +0800", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Brooke Anderson", "banderson@swanriver-legal.example"), to=("Nikhil Menon", "nikhil.menon@postbox.example"),
 subject="RE: Senior Associate - Corporate",
 body="""Dear Nikhil,

Thank you for your follow-up and for the time you gave us last week.

After careful consideration, the partners have decided to proceed with another candidate whose experience more closely matches the needs of the practice group at this time.

We were genuinely impressed by your work on resources M&A, and I would be happy to give you feedback by phone if that would help.

Kind regards,
Brooke Anderson
People & Culture Manager | Swan River Legal
Liability limited by a scheme approved under Professional Standards Legislation.""",
 quote=dict(sent="Tuesday, 1 December 2026 4:22 PM", text="""Dear Brooke,

I hope you're well. I'm following up on my interview of 24 November - you mentioned a decision by this Friday.

Regards,
Nikhil"""),
 eb=None, ev="After careful consideration, the partners have decided to proceed with another candidate whose experience more closely matches the needs of the practice group at this time.",
 note="Rejection. Trap: 'by this Friday' only in the candidate's quoted text."),

dict(n=300, kind="rejection", short="internal-medicine-residency", date="2026-12-15 08:00 -0500", client="ats", mode="html",
 frm=("Riverside Medical Center GME", "gme-noreply@riversidemc-apply.example"), to=("Dr. Oluwaseun Adeyemi", "seun.adeyemi@medmail.example"),
 subject="Riverside Medical Center - Internal Medicine Fellowship application",
 html="""<html><body>
<p>Dear Dr. Adeyemi,</p>
<p>Thank you for interviewing with the Riverside Medical Center Internal Medicine program.</p>
<p>We regret to inform you that we are unable to offer you a position in the 2027-2028 fellowship class.</p>
<p>The volume of highly qualified applicants was exceptional this year. We wish you every success in your career.</p>
<p>Sincerely,<br>Graduate Medical Education Office</p>
<p style="font-size:10px">Please do not reply to this message. Applicant records are retained until December 31, 2029 in accordance with our retention policy.</p>
</body></html>
""", body="", cte="quoted-printable",
 eb=None, ev="We regret to inform you that we are unable to offer you a position in the 2027-2028 fellowship class.",
 note="Rejection, HTML-only ATS message . Trap: data-retention date in footer."),

dict(n=301, kind="rejection", short="product-designer-amsterdam-ats", date="2027-01-07 10:15 +0100", client="ats", mode="alt",
 frm=("Tulp Payments via WorkHub", "tulppayments@myworkhub-mail.example"), to=("Isabella Rossi", "isabella.rossi@posta.example"),
 subject="Your application for Senior Product Designer (R-2026-0877)",
 headers=[("X-WorkHub-Tenant", "tulppayments"), ("X-WorkHub-Event", "candidate.disposition")],
 body="""Dear Isabella,

Thank you for your interest in Tulp Payments and for taking the time to meet our team.

We have reviewed your application carefully and unfortunately we will not be moving forward with your candidacy for the Senior Product Designer role.

We encourage you to keep an eye on our careers page for future opportunities. Your profile will remain in our talent community for 24 months unless you ask us to delete it.

Kind regards,
Tulp Payments Talent Acquisition

This message was sent by WorkHub on behalf of Tulp Payments B.V. Please do not reply directly to this e-mail.""",
 eb=None, ev="We have reviewed your application carefully and unfortunately we will not be moving forward with your candidacy for the Senior Product Designer role.",
 note="Rejection via Workday-style ATS. Trap: data-retention period."),

dict(n=302, kind="rejection", short="management-consultant-manchester", date="2027-01-22 18:02 +0000", client="gmail", mode="alt",
 frm=("Ellie Brannigan", "ellie.brannigan@pennine-partners.example"), to=("Kwame Asante", "kwame.asante@mailbox.example"),
 subject="Re: Final round - thank you",
 body="""Hi Kwame,

Thanks so much for your lovely note after Tuesday.

I'm afraid I don't have the news you were hoping for. The panel felt your case work was strong, but on this occasion they've decided not to offer you a role in the January intake.

If you'd like feedback, drop me a line by 5 February and I'll set up a call with one of the interviewers.

All the best,
Ellie
Pennine Partners | Talent team""",
 quote=dict(attr="On Wed, 20 Jan 2027 at 21:14, Kwame Asante <kwame.asante@mailbox.example> wrote:", text="""Hi Ellie,

Thank you for organising Tuesday's final round. I look forward to hearing from you by the end of next week, as you mentioned.

Kwame"""),
 eb=None, ev="The panel felt your case work was strong, but on this occasion they've decided not to offer you a role in the January intake.",
 note="Rejection. Traps: deadline to request feedback (candidate deadline); 'by the end of next week' only in quoted text."),

dict(n=303, kind="rejection", short="policy-advisor-wellington", date="2027-02-04 16:10 +1300", client="exchange", mode="alt", cte="quoted-printable",
 frm=("Talent Team - Te Tari Whenua", "talent@tetariwhenua-govt.example"), to=("Lachlan Murray", "lachlan.murray@inbox.example"),
 subject="RE: Senior Policy Advisor (Vacancy 27-014)",
 body="""Kia ora Lachlan,

Thank you for your patience during our recruitment process, and for your follow-up email.

We have now completed the interviews and reference checks. Unfortunately, your application has not been successful on this occasion.

Ngā mihi nui,
Talent Team
Te Tari Whenua | Ministry for Land Information (fictitious)
This email may contain information that is confidential. Please note our offices close on Waitangi Day, 6 February.""",
 eb=None, ev="Unfortunately, your application has not been successful on this occasion.",
 note="Rejection from a New Zealand government agency. Trap: office closure date in footer."),

dict(n=304, kind="rejection", short="secondary-teacher-galway", date="2027-02-26 15:48 +0000", client="gmail",
 frm=("Pádraig Ó Súilleabháin", "principal@colaiste-na-mara.example"), to=("Róisín Duffy", "roisin.duffy@postbox.example"),
 subject="Re: Maths and Physics post - interview",
 body="""Dear Róisín,

Thank you for your email and for coming to interview on Wednesday.

The board of management has now completed the process and I regret to tell you that you were not the successful candidate on this occasion. The competition was very close.

We will be advertising a fixed-term Physics post for September, and I would encourage you to apply when it opens.

Le gach dea-ghuí,
Pádraig Ó Súilleabháin
Príomhoide / Principal, Coláiste na Mara""",
 quote=dict(attr="On Thu 25 Feb 2027 at 20:40, Róisín Duffy <roisin.duffy@postbox.example> wrote:", text="""Dear Mr Ó Súilleabháin,

Thank you for the interview on 24 February.

Róisín"""),
 eb=None, ev="The board of management has now completed the process and I regret to tell you that you were not the successful candidate on this occasion.",
 note="Rejection (Irish school). Trap: future post 'for September' is not a date to hear by."),

dict(n=305, kind="rejection", short="programme-coordinator-vancouver", date="2027-03-08 13:20 -0800", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Holly Cheng", "hcheng@salish-sea-conservancy.example"), to=("Benjamin Okafor", "ben.okafor@mailbox.example"),
 subject="RE: Youth Programme Coordinator",
 body="""Hi Benjamin,

Thank you for your thoughtful follow-up note.

I wanted to let you know personally that we've offered the role to another candidate, who has accepted. It was a difficult decision and we really appreciated your energy in the interview.

Warmly,
Holly
Holly Cheng (she/her) | Executive Director
Salish Sea Conservancy Society | Charitable registration 800000000 RR0001
We gratefully acknowledge that we work on unceded Coast Salish territories.""",
 quote=dict(sent="Saturday, March 6, 2027 10:44 AM", text="""Hi Holly,

Following up on my interview of March 1. You'd said you hoped to decide by March 12.

Best,
Benjamin"""),
 eb=None, ev="I wanted to let you know personally that we've offered the role to another candidate, who has accepted.",
 note="Rejection. Trap: 'by March 12' only in the candidate's quoted text."),

dict(n=306, kind="rejection", short="landscape-architect-copenhagen", date="2027-03-25 09:41 +0100", client="apple", cte="quoted-printable",
 frm=("Mette Kristensen", "mk@groenby-arkitekter.example"), to=("Hugo Marchand", "hugo.marchand@courrier.example"),
 subject="Sv: Landscape architect position",
 body="""Dear Hugo,

Thank you for the visit to our studio and for your follow-up mail.

We have decided to go on with a candidate who has more experience with Danish planning regulations. It was not an easy choice, your competition entry for the Aarhus harbour impressed the whole team.

We close the office for Easter from 25 March to 29 March, but feel free to call me after.

Venlig hilsen / Best regards
Mette Kristensen
Partner, Grønby Arkitekter ApS""",
 eb=None, ev="We have decided to go on with a candidate who has more experience with Danish planning regulations.",
 note="Rejection, second-language English (Danish sender). Trap: Easter office closure dates."),

dict(n=307, kind="rejection", short="academy-coach-sheffield", date="2027-04-20 20:05 +0100", client="iphone",
 frm=("Gary Whitlow", "g.whitlow@hallamshire-afc.example"), to=("Declan Fry", "declan.fry@mailbox.example"),
 subject="Re: U16 Academy Coach",
 body="""Declan,

Appreciate the message mate. Not the news you want but we've gone with an internal candidate for the U16 role. Honestly nothing you did wrong on the day.

Keep in touch, there'll be more coming up in the summer.

Gaz

Sent from my iPhone""",
 quote=dict(qstyle="apple", attr="On 19 Apr 2027, at 08:32, Declan Fry <declan.fry@mailbox.example> wrote:", text="""Hi Gary, thanks again for the session on Saturday 17th. Any news? Cheers, Declan"""),
 qstyle="apple",
 eb=None, ev="Not the news you want but we've gone with an internal candidate for the U16 role.",
 note="Informal rejection from a phone. Trap: 'the summer' is vague future openings, not a decision date."),

dict(n=308, kind="rejection", short="supply-chain-lead-hamburg", date="2027-05-07 14:22 +0200", client="outlook", mode="alt", cte="quoted-printable", charset="iso-8859-1", qstyle="outlook",
 frm=("Birgit Möller", "birgit.moeller@hanse-logistik.example"), to=("Omar Farouk", "omar.farouk@webpost.example"),
 subject="AW: Team Lead Supply Chain - Ihre Nachfrage",
 body="""Dear Mr. Farouk,

thank you for your friendly follow-up.

Unfortunately we must inform you that we decided for another candidate. This decision was not easy for us, because your profile is very interesting.

We would like to keep your documents in our talent pool for 6 months, if you agree. Please tell us until 21.05.2027.

Mit freundlichen Grüßen / Kind regards
Birgit Möller
Personalreferentin
Hanse Logistik GmbH & Co. KG · Sitz Hamburg · HRA 000000""",
 quote=dict(sent="Donnerstag, 6. Mai 2027 19:03", text="""Dear Ms. Möller,

Following my interview on 29 April, I would like to ask about the status.

Omar Farouk"""),
 eb=None, ev="Unfortunately we must inform you that we decided for another candidate.",
 note="Rejection, second-language English, ISO-8859-1 quoted-printable. Traps: talent-pool consent deadline (candidate deadline) and retention period."),

dict(n=309, kind="rejection", short="offshore-wind-technician-agency-forward", date="2027-06-01 08:10 +0100", client="apple", cte="quoted-printable", qstyle="apple",
 frm=("Ross Patterson", "ross@offshore-talent-partners.example"), to=("Callum McIntyre", "callum.mcintyre@inbox.example"),
 subject="Fwd: Wind Turbine Technician - Utsira field",
 body="""Morning Callum,

Sorry to be the one passing this on - see Ingrid's message below. Happy to talk through the other turbine roles we're working on whenever you're ready.

Ross

Ross Patterson | Senior Consultant, Renewables
Offshore Talent Partners Ltd, Aberdeen

Begin forwarded message:

From: Ingrid Solberg <ingrid.solberg@nordkraft-vind.example>
Subject: Re: Wind Turbine Technician - Utsira field
Date: 31 May 2027 at 23:30:12 CEST
To: Ross Patterson <ross@offshore-talent-partners.example>

Hello Ross,

Sorry for the late answer, I am just back from the platform.

I am afraid we will not offer Callum the technician position this time. The team chose a candidate who already holds the GWO Advanced Rescue certificate, which we need for the start of the season.

Best regards,
Ingrid Solberg
HR Business Partner, NordKraft Vind AS""",
 quote=dict(attr="On 30 May 2027, at 11:11, Callum McIntyre <callum.mcintyre@inbox.example> wrote:", text="""Hi Ross, any update from NordKraft on the technician role? I can fly to Stavanger on 7 June if needed. Callum"""),
 eb=None, ev="I am afraid we will not offer Callum the technician position this time.",
 note="Agency recruiter forwards the employer's rejection (Apple Mail 'Begin forwarded message:'); the evidence is the forwarded employer text. Traps: forwarded Date line; candidate's travel date in quoted text."),

dict(n=310, kind="rejection", short="credit-analyst-sao-paulo", date="2027-06-25 17:00 -0300", client="outlook", cte="base64", qstyle="original",
 frm=("Beatriz Costa", "beatriz.costa@bancoparana.example"), to=("Thiago Almeida", "thiago.almeida@correio.example"),
 subject="RES: Analista de Crédito Sênior - feedback",
 body="""Dear Thiago,

Thank you very much for your participation in our selection process and for your message.

After the analysis of all candidates, we inform that your profile was not selected for this opportunity. We will keep your curriculum in our database for future vacancies.

Best regards,
Beatriz Costa
Recrutamento & Seleção | Banco Paraná S.A.
Esta mensagem é confidencial. Ouvidoria: 0800 000 0000.""",
 quote=dict(sent="quinta-feira, 24 de junho de 2027 10:20", text="""Prezada Beatriz,

Gostaria de saber se há novidades sobre a vaga. A entrevista foi no dia 15/06/2027.

Atenciosamente,
Thiago"""),
 eb=None, ev="After the analysis of all candidates, we inform that your profile was not selected for this opportunity.",
 note="Rejection, Brazilian sender in second-language English, base64 body. Trap: interview date in Portuguese quoted text."),
]

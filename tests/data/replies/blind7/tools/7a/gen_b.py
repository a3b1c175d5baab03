"""Messages 586-610, written by hand."""
import dates as T
from base import msg, q, fixed, D, plain, html, multi, raw, leaf

# 586 timeline - electricity distribution, UK, "a week today"
msg(586, "timeline", "control-engineer",
    "Gareth Pryce <gareth.pryce@marchesgrid.example>", "Nadia Hussain <nadia.hussain@inbox.example>",
    "RE: Control Engineer (Network Operations) - update", "2027-01-28 11:32:00 +0000",
    plain("""Hi Nadia,

Thanks for your patience. We finished the last of the interviews yesterday, and I now need sign-off from the Head of Network Operations, who is at our Hereford depot until Monday.

I'll let you know the outcome a week today.

Cheers,
Gareth

Gareth Pryce
Resourcing Partner | Marches Grid Distribution plc
Registered in England and Wales No. 09999999
M: 07700 900461

-----Original Message-----
From: Nadia Hussain <nadia.hussain@inbox.example>
Sent: 27 January 2027 20:14
To: Gareth Pryce <gareth.pryce@marchesgrid.example>
Subject: Control Engineer (Network Operations) - update

Hi Gareth, do you have a sense of timing? I have an offer elsewhere that expires on 5 February.
Nadia
"""),
    dict(expect_by=T.a_week_today,
         evidence="I'll let you know the outcome a week today.",
         note="'a week today' (UK) = Date + 7 (new rule). The quoted 5 February is the candidate's"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 587 rejection - biotech, Basel, second-language English, Exchange
msg(587, "rejection", "bioprocess-engineer",
    "Recruiting Rheinknie Biologics <recruiting@rheinknie-bio.example>", "Mateusz Kowalski <mateusz.kowalski@postbox.example>",
    "Ihre Bewerbung / Your application: Bioprocess Engineer USP (Ref. 2026-311)", "2027-02-01 10:05:00 +0100",
    plain("""Dear Mr. Kowalski

Thank you very much for the interesting discussion and for the time you invested in our selection process.

We regret to inform you that we have decided for another candidate, whose profile fits better to the current needs of the upstream team.

We keep your dossier in our pool for six months, if you agree. Please inform us otherwise.

We wish you all the best for your professional future.

Freundliche Grüsse / Kind regards

Sabine Meier
HR Business Partner
Rheinknie Biologics AG | Klybeckstrasse 999 | 4057 Basel | Switzerland
""", charset="iso-8859-1", cte="quoted-printable"),
    dict(expect_by=None,
         evidence="We regret to inform you that we have decided for another candidate, whose profile fits better to the current needs of the upstream team.",
         note="Rejection in second-language English (Swiss German writer); no date"),
    extra=[("X-Mailer", "Microsoft Exchange Server 2019")])

# 588 offer - veterinary, Brisbane (AEST +1000), morning -> UTC previous day, "by COB Friday"
msg(588, "offer", "small-animal-vet",
    "Dr Jess Hartigan <jess@paddingtonvets.example>", "Ethan Clarke <ethan.clarke@mailhaven.example>",
    "Re: Associate Vet position", "2027-02-02 07:15:00 +1000",
    plain("""Hi Ethan,

Sorry for the early email - surgery list starts at 8!

Good news: the partners were unanimous and we'd love you to join us as an Associate Veterinarian, four days a week as discussed, with the CPD allowance and one in five Saturdays.

I'll email the employment contract through by COB Friday.

We're hoping you can start on Monday 8 March, but we can be flexible around your notice period.

Cheers,
Jess

Dr Jess Hartigan BVSc (Hons)
Practice Principal, Paddington Vets, Brisbane QLD
07 5550 2290

Sent from my iPhone

> On 1 Feb 2027, at 9:41 pm, Ethan Clarke <ethan.clarke@mailhaven.example> wrote:
>
> Hi Jess, thanks for the tour on Friday 29 January. Any news?
"""),
    dict(expect_by=lambda d: T.next_weekday(d, "Fri"),
         evidence="I'll email the employment contract through by COB Friday.",
         note="Offer; contract promised 'by COB Friday' = next Friday (5 February) -> expect_by. Start date 8 March and the quoted 29 January are not read"),
    extra=[("X-Mailer", "iPhone Mail (20H115)")])

# 589 timeline - retail, Mumbai, "before the end of this financial year"
msg(589, "timeline", "category-manager",
    "Recruitment Team <careers@kalpatarufashion.example>", "Ananya Bose <ananya.bose@inbox.example>",
    "Application status - Category Manager, Womenswear (Job ID KF-4471)", "2027-02-03 12:15:00 +0530",
    plain("""Dear Ananya Bose,

Thank you for attending the interview rounds for the position of Category Manager - Womenswear at our Lower Parel corporate office.

Your profile is under consideration by the business heads. The final outcome will be shared before the end of this financial year.

Please do not reply to this mail. For any query, write to careers@kalpatarufashion.example quoting your Job ID.

Regards,
Talent Acquisition Team
Kalpataru Fashion Retail Ltd.
CIN: U99999MH2009PLC999999
"""),
    dict(expect_by=T.end_of_fy_india,
         evidence="The final outcome will be shared before the end of this financial year.",
         note="Indian sender: 'end of this financial year' = 31 March (FY April-March, new rule)"),
    extra=[("Auto-Submitted", "auto-generated")])

# 590 acknowledgement - baseball club, US, ATS mailer
msg(590, "acknowledgement", "baseball-video-coordinator",
    "Ridgecrest Rivets Baseball Club <jobs@ridgecrestrivets.example>", "Carlos Delgado <carlos.delgado@postbox.example>",
    "We received your message - Video Coordinator, Player Development", "2027-02-04 15:45:00 -0500",
    plain("""Hi Carlos,

We received your message about the Video Coordinator, Player Development position. It has been added to your candidate profile and shared with the hiring team.

Please note that Spring Training report dates for staff are set by the club and are not part of this process.

Go Rivets!
Baseball Operations Recruiting
Ridgecrest Rivets Baseball Club
"""),
    dict(expect_by=None,
         evidence="It has been added to your candidate profile and shared with the hiring team.",
         note="ATS acknowledgement, no date"),
    extra=[("Auto-Submitted", "auto-generated")])

# 591 bounce - Microsoft 365 NDR, museum trust
_t591 = """Your message to amelia.ross@harbourmuseums.example couldn't be delivered.

amelia.ross wasn't found at harbourmuseums.example.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Delivery has failed to these recipients or groups:

amelia.ross@harbourmuseums.example
The email address you entered couldn't be found.

Diagnostic information for administrators:

Generating server: AM7PR02MB9999.eurprd02.prod.outlook.example

amelia.ross@harbourmuseums.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
_ds591 = """Reporting-MTA: dns;AM7PR02MB9999.eurprd02.prod.outlook.example
Received-From-MTA: dns;smtp.postbox.example
Arrival-Date: Fri, 5 Feb 2027 09:40:11 +0000

Final-Recipient: rfc822;amelia.ross@harbourmuseums.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
_orig591 = """From: Jack Thornton <jack.thornton@postbox.example>
To: Amelia Ross <amelia.ross@harbourmuseums.example>
Subject: Thank you - Exhibitions Coordinator interview
Date: Fri, 5 Feb 2027 09:40:02 +0000
Message-ID: <cand.591@postbox.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Amelia,

Thank you for Wednesday's interview. You mentioned a decision by 12 February; I look forward to hearing from you.

Jack
"""
msg(591, "bounce", "exhibitions-coordinator-thanks",
    "Microsoft Outlook <postmaster@outlook.postbox.example>", "jack.thornton@postbox.example",
    "Undeliverable: Thank you - Exhibitions Coordinator interview", "2027-02-05 09:40:15 +0000",
    multi("report", [multi("alternative", [plain(_t591), html("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in _t591.strip().split("\n\n")) + "</body></html>")], "_002_r7a591alt_"),
                     raw(["Content-Type: message/delivery-status"], _ds591),
                     raw(["Content-Type: message/rfc822"], _orig591)],
          "_000_r7a591report_", " report-type=delivery-status;"),
    dict(failed_address="amelia.ross@harbourmuseums.example",
         evidence="Your message to amelia.ross@harbourmuseums.example couldn't be delivered.",
         note="Microsoft 365 NDR (multipart/report, message/rfc822 returned); 550 5.1.10 recipient not found. The returned 12 February is candidate text"),
    extra=[("Auto-Submitted", "auto-replied")])

# 592 timeline - hotel group, Singapore, "mid-next-week"
msg(592, "timeline", "revenue-analyst",
    "Melissa Goh <melissa.goh@orchidbayhotels.example>", "Daniel Lim <daniel.lim@mailhaven.example>",
    "RE: Revenue Analyst - follow up", "2027-02-08 16:40:00 +0800",
    plain("""Hi Daniel,

Thanks for following up. Our Director of Revenue is on leave for the Lunar New Year period, so the final discussion has moved slightly.

We target to revert by mid-next-week on the outcome.

Wishing you and your family a prosperous Lunar New Year!

Best regards,
Melissa Goh
Senior Talent Acquisition Executive
Orchid Bay Hotels & Resorts | 9 Marina View, Singapore 018999
DID: +65 6555 0175

From: Daniel Lim <daniel.lim@mailhaven.example>
Sent: Monday, February 8, 2027 9:02 AM
To: Melissa Goh <melissa.goh@orchidbayhotels.example>
Subject: Revenue Analyst - follow up

Hi Melissa, just checking on the status after my interview on 2 Feb. Thank you!
"""),
    dict(expect_by=T.mid_next_week,
         evidence="We target to revert by mid-next-week on the outcome.",
         note="'mid-next-week' = Wednesday of the following week (new rule, as 'in the middle of next week'); quoted candidate mail without separator is after the signature"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 593 next-round - public health, Ireland, panel interview + joining details in five working days
msg(593, "next-round", "health-promotion-officer",
    "HSE-West Recruitment <recruitment.west@healthservice-ie.example>", "Róisín Doyle <roisin.doyle@inbox.example>",
    "Shortlisting outcome: Health Promotion Officer (Campaign HPO-27-08)", "2027-02-09 14:00:00 +0000",
    plain("""Dear Róisín,

Following shortlisting, we are pleased to invite you to the second-stage panel interview for the post of Health Promotion Officer, which will take place in Galway on 24 February.

Joining details, including your time slot and the competency framework, will issue within five working days.

Please note that you must bring photographic ID and the originals of your qualifications on the day.

Is mise le meas,
Recruitment and Selection
Health Service West
"""),
    dict(expect_by=lambda d: T.business_days(d, 5),
         evidence="Joining details, including your time slot and the competency framework, will issue within five working days.",
         note="Next round; interview date 24 February is not read; joining details 'within five working days' = Date + 5 business days (replies6a rule)"))

# 594 timeline - publishing, New York, evening -> UTC next day, undated board meeting -> null
_h594 = """<div>Hi Theo,</div><div><br></div><div>Thanks so much for the thoughtful follow-up, and for the sample edit - the team loved it.</div><div><br></div><div>We're hoping to get back to everyone soon after our editorial board meets.</div><div><br></div><div>Warmly,</div><div>Dana</div><div><br></div><div>Dana Whitaker<br>Executive Editor, Cobblestone Press<br>212-555-0193</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Feb 9, 2027 at 11:04 AM Theo Papadakis &lt;theo.papadakis@postbox.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Dana,<br>Thank you for the interview on February 4. Do you expect to decide by February 19?<br>Best, Theo</blockquote></div>"""
msg(594, "timeline", "associate-editor",
    "Dana Whitaker <dwhitaker@cobblestonepress.example>", "Theo Papadakis <theo.papadakis@postbox.example>",
    "Re: Associate Editor - thank you", "2027-02-10 20:30:00 -0500",
    html(_h594),
    dict(expect_by=None,
         evidence="We're hoping to get back to everyone soon after our editorial board meets.",
         note="Timeline tied to an undated event (board meeting) -> null; HTML only. The quoted February 19 is the candidate's"),
    extra=[("In-Reply-To", "<cand.594@postbox.example>")])

# 595 request - port/shipping, Durban, candidate deadline only
msg(595, "request", "marine-pilot-trainee",
    "Thandeka Mkhize <tmkhize@durbanport-ops.example>", "Sipho Ndlovu <sipho.ndlovu@mailhaven.example>",
    "Trainee Marine Pilot - certificates", "2027-02-11 09:25:00 +0200",
    plain("""Good day Sipho

Thank you for attending the interview and the simulator session at the Port Control Centre.

Before the selection panel can consider your application further, please send a certified copy of your STCW certificates and your valid seafarer's medical by 19 February.

Documents may be e-mailed or dropped at the reception of the Ocean Terminal building.

Kind regards
Thandeka Mkhize
Talent Acquisition Specialist, Marine Services
Tel: 031 555 0168
"""),
    dict(expect_by=None,
         evidence="please send a certified copy of your STCW certificates and your valid seafarer's medical by 19 February.",
         note="Request; 19 February is the candidate's deadline, no decision date -> null"))

# 596 auto-reply - biotech, US Pacific, "out of the office through Monday, February 22"
msg(596, "auto-reply", "genomics-scientist-thanks",
    "Rebecca Lindqvist <rlindqvist@sierragenomics.example>", "Hiroshi Tanaka <hiroshi.tanaka@inbox.example>",
    "Automatic reply: Thank you - Scientist II, Genomics", "2027-02-12 13:11:00 -0800",
    plain("""Hello,

I'm out of the office through Monday, February 22, attending the AGBT meeting, and will have limited access to email.

If your message is about recruiting, please contact talent@sierragenomics.example.

Thanks,
Rebecca
"""),
    dict(returns_on=lambda d: T.through(D(2027, 2, 22)),
         evidence="I'm out of the office through Monday, February 22, attending the AGBT meeting, and will have limited access to email.",
         note="US 'out through D' = away through D inclusive -> returns_on D + 1 = 23 February (new rule, as 'from X through Y inclusive')"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 597 acknowledgement - museum, Perth, no date
msg(597, "acknowledgement", "conservator-paper",
    "Dr Fiona McAllister <fmcallister@swan-river-museum.example>", "Grace Park <grace.park@postbox.example>",
    "Re: Paper Conservator - thank you", "2027-02-15 10:10:00 +0800",
    plain("""Dear Grace,

Thank you for your kind note - it was a pleasure to show you the lab, and I have shared your comments about the humidity chamber with the team.

I have also passed your portfolio to our Head of Collections as you suggested.

With best wishes,
Fiona

Dr Fiona McAllister
Senior Conservator, Works on Paper
Swan River Museum, Perth WA 6000

On 14/02/2027, at 7:40 pm, Grace Park <grace.park@postbox.example> wrote:
""" + q("""Dear Fiona,
Many thanks for the tour on 12 February. I look forward to hearing from you by the end of February.
Grace""") + "\n"),
    dict(expect_by=None,
         evidence="I have also passed your portfolio to our Head of Collections as you suggested.",
         note="Acknowledgement; no date from the employer. Candidate's quoted dates are not read"),
    extra=[("X-Mailer", "Apple Mail (2.3774)")])

# 598 rejection - water utility, US, Workday-style quoted-printable HTML
_h598 = """<html><body><table role="presentation" width="100%"><tr><td style="font-family:Arial;font-size:14px;color:#222">
<p>Dear Marisol,</p>
<p>Thank you for interviewing for the Water Quality Technician II position with Cascade Valley Water District.</p>
<p>We have reviewed all candidates and regret to inform you that we will not be moving forward with your candidacy at this time.</p>
<p>We encourage you to create a job alert so you can be notified of future openings.</p>
<p>Sincerely,<br>Human Resources<br>Cascade Valley Water District</p>
</td></tr></table></body></html>"""
_t598 = """Dear Marisol,

Thank you for interviewing for the Water Quality Technician II position with Cascade Valley Water District.

We have reviewed all candidates and regret to inform you that we will not be moving forward with your candidacy at this time.

We encourage you to create a job alert so you can be notified of future openings.

Sincerely,
Human Resources
Cascade Valley Water District
"""
msg(598, "rejection", "water-quality-technician",
    "Cascade Valley Water District <cvwd@myworkday.cascadevalleywater.example>", "Marisol Vega <marisol.vega@inbox.example>",
    "Update on your application - Water Quality Technician II (R-2027-0042)", "2027-02-16 11:03:00 -0800",
    multi("alternative", [plain(_t598, cte="quoted-printable"), html(_h598)], "----=_Part_r7a_598_1"),
    dict(expect_by=None,
         evidence="We have reviewed all candidates and regret to inform you that we will not be moving forward with your candidacy at this time.",
         note="Workday-style rejection, no date"),
    extra=[("Auto-Submitted", "auto-generated")])

# 599 offer - retail, UK department store, iPhone, no dated promise
msg(599, "offer", "visual-merchandiser",
    "Priya Shah <priya.shah@hartleys-store.example>", "Megan Lloyd <megan.lloyd@mailhaven.example>",
    "Visual Merchandising Lead", "2027-02-18 18:47:00 +0000",
    plain("""Hi Megan,

Just off the shop floor so a quick one - I'm thrilled to say we'd like to offer you the Visual Merchandising Lead role for the Cardiff store!

HR will be in touch in due course with your paperwork.

Provisional start is Tuesday 6 April, after the Easter windows are changed over.

Speak soon,
Priya

Sent from my iPhone
"""),
    dict(expect_by=None,
         evidence="HR will be in touch in due course with your paperwork.",
         note="Offer; paperwork 'in due course' is vague -> null. Start date 6 April is not read"),
    extra=[("X-Mailer", "iPhone Mail (20H115)")])

# 600 rejection - cricket union, South Africa, forwarded by recruiter (Gmail-style forward)
_t600 = """Hi Anele,

Sorry to be the bearer of bad news - see the message from the union below. They were genuinely torn.

Regards,
Karen

Karen Botha | Senior Consultant, Boundary Sports Recruitment
082 555 0104

---------- Forwarded message ---------
From: Head of Coaching <coaching@gautengcricket.example>
Date: Mon, 22 Feb 2027 at 10:12
Subject: Regional Batting Coach
To: Karen Botha <karen@boundarysports.example>

Dear Karen

Please thank Anele for his time. After a close decision the panel has appointed an internal candidate to the Regional Batting Coach role.

We would like to keep him in mind for the Under-19 programme later in the year.

Regards
Hennie du Plessis
Head of Coaching, Gauteng Cricket Union
"""
msg(600, "rejection", "regional-batting-coach",
    "Karen Botha <karen@boundarysports.example>", "Anele Zulu <anele.zulu@postbox.example>",
    "Fwd: Regional Batting Coach", "2027-02-22 11:30:00 +0200",
    plain(_t600),
    dict(expect_by=None,
         evidence="After a close decision the panel has appointed an internal candidate to the Regional Batting Coach role.",
         note="Recruiter's forward of the employer's rejection (employer text, not candidate text); no date"),
    extra=[("X-Mailer", "Gmail-style")])

# 601 acknowledgement - vet clinic, Calgary (MST), evening -> UTC next day, HTML only, closure
_h601 = """<html><body>
<p>Hi Amir,</p>
<p>Thank you for the lovely card and email after your working interview. Your note has been added to your file for Dr. Sato.</p>
<p>A quick heads-up: our clinic will be closed on Monday, March 1 for staff training, so replies to emails may be slower that day.</p>
<p>Warmly,<br>Brittany<br>Practice Manager, Bow River Animal Hospital<br>403-555-0121</p>
</body></html>"""
msg(601, "acknowledgement", "vet-technologist",
    "Brittany Laurent <manager@bowriver-ah.example>", "Amir Haddad <amir.haddad@inbox.example>",
    "Re: Registered Veterinary Technologist", "2027-02-24 18:20:00 -0700",
    html(_h601),
    dict(expect_by=None,
         evidence="Your note has been added to your file for Dr. Sato.",
         note="Acknowledgement, HTML only; the 1 March closure is not expect_by"))

# 602 next-round - insurance, Pune, "by tomorrow EOD"
msg(602, "next-round", "actuarial-analyst",
    "Neha Deshpande <neha.deshpande@sahyadri-life.example>", "Rahul Verma <rahul.verma@mailhaven.example>",
    "Final HR discussion - Actuarial Analyst (Pricing)", "2027-02-25 15:50:00 +0530",
    plain("""Dear Rahul,

Congratulations! You have been shortlisted for the final HR discussion for the Actuarial Analyst (Pricing) position.

The meeting invite will be sent by tomorrow EOD.

Request you to keep your last three salary slips and relieving letter handy for the discussion.

Thanks & Regards,
Neha Deshpande
Manager - Talent Acquisition
Sahyadri Life Insurance Co. Ltd., Baner, Pune 411045
+91 20 5550 4410
"""),
    dict(expect_by=lambda d: T.plus_days(d, 1),
         evidence="The meeting invite will be sent by tomorrow EOD.",
         note="Next round; the meeting invite 'by tomorrow EOD' = Date + 1 -> expect_by"))

# 603 timeline - logistics, Halifax (AST), "the following week"
msg(603, "timeline", "terminal-planner",
    "Colin MacNeil <cmacneil@atlanticgateway-logistics.example>", "Fatima Rahman <fatima.rahman@postbox.example>",
    "Re: Intermodal Terminal Planner", "2027-03-01 09:20:00 -0400",
    plain("""Good morning Fatima,

Thanks for your note. We have had a strong response and have added a third round of interviews.

We expect to wrap up interviews by March 12 and make a decision the following week.

Have a great week,
Colin

Colin MacNeil
Director, Terminal Operations
Atlantic Gateway Logistics | Halifax, NS
902-555-0132
"""),
    dict(expect_by=lambda d: T.following_week_friday(D(2027, 3, 12)),
         evidence="We expect to wrap up interviews by March 12 and make a decision the following week.",
         note="'<dated event D> ... the following week' = Friday of the week after D's week (new rule): 19 March"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 604 request - biotech, Singapore, references, decision counted from undated receipt
msg(604, "request", "regulatory-affairs",
    "Talent Acquisition - Lumen Biotherapeutics <ta@lumenbio.example>", "Chen Jia Hui <jiahui.chen@inbox.example>",
    "Regulatory Affairs Manager - reference check", "2027-03-03 10:35:00 +0800",
    multi("mixed", [plain("""Dear Jia Hui,

Thank you for meeting our Head of Regulatory Affairs and the APAC Medical Director.

Could you please ask two of your former supervisors to complete the attached reference form and return it to ta@lumenbio.example?

We will confirm the outcome within 10 working days of receiving both references.

Best regards,
Samantha Teo
Talent Acquisition Partner
Lumen Biotherapeutics Pte Ltd | 21 Biopolis Road, Singapore 138999
"""), raw(["Content-Type: application/pdf; name=\"Reference_Form_LB.pdf\"",
           "Content-Disposition: attachment; filename=\"Reference_Form_LB.pdf\"",
           "Content-Transfer-Encoding: base64"],
          "JVBERi0xLjQKJcTl8uXrCjEgMCBvYmoKPDwgL1R5cGUgL0NhdGFsb2cgPj4KZW5kb2JqCnRyYWls\nZXIKPDwgL1Jvb3QgMSAwIFIgPj4KJSVFT0YK\n")],
          "----=_r7a_604_mixed"),
    dict(expect_by=None,
         evidence="Could you please ask two of your former supervisors to complete the attached reference form and return it to ta@lumenbio.example?",
         note="Request for references; outcome 'within 10 working days of receiving both references' counts from an undated event -> null"))

# 605 auto-reply - shared graduate mailbox, UK engineering consultancy, outcome date -> expect_by
msg(605, "auto-reply", "graduate-engineer-mailbox",
    "Graduate Recruitment <graduates@pennine-consulting.example>", "Joseph Ward <joseph.ward@mailhaven.example>",
    "Automatic reply: Graduate Civil Engineer assessment centre - thank you", "2027-03-10 08:01:00 +0000",
    plain("""Thank you for contacting the Pennine Consulting Engineers graduate recruitment team.

This mailbox is monitored Monday to Friday. All candidates who attended the February assessment centres will be notified of the outcome by 26 March.

Please do not send further copies of your application.

Graduate Recruitment Team
Pennine Consulting Engineers LLP
"""),
    dict(expect_by=fixed(2027, 3, 26),
         evidence="All candidates who attended the February assessment centres will be notified of the outcome by 26 March.",
         note="Shared-mailbox auto-reply with an outcome date -> expect_by (spec rule); no return date"),
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])

# 606 timeline - publishing, Dublin, "within a fortnight"
msg(606, "timeline", "rights-executive",
    "Orla Fitzgerald <orla@liffeybooks.example>", "Tom Brady <tom.brady@inbox.example>",
    "Re: Rights Executive", "2027-03-11 16:25:00 +0000",
    plain("""Hi Tom,

Lovely to hear from you, and thanks again for coming in - the whole team enjoyed meeting you.

We're seeing one more person after the London Book Fair, and we'll be in touch within a fortnight.

All the best,
Orla

Orla Fitzgerald
Publisher, Liffey Books | 99 Capel Street, Dublin 1
01 555 0149
Shortlisted, Irish Independent Publisher of the Year, 26 November 2026
"""),
    dict(expect_by=T.fortnight,
         evidence="We're seeing one more person after the London Book Fair, and we'll be in touch within a fortnight.",
         note="'within a fortnight' = Date + 14 (new rule, as 'within two weeks'); the award date in the signature is not read"),
    extra=[("X-Mailer", "Apple Mail (2.3774)")])

# 607 request - hospitality, Canada (Banff), trial shift availability, no date
msg(607, "request", "lodge-sous-chef",
    "Kitchen Office - Cascade Peaks Lodge <kitchen@cascadepeakslodge.example>", "Arnav Singh <arnav.singh@postbox.example>",
    "Sous Chef - trial shift", "2027-03-16 13:40:00 -0600",
    plain("""Hi Arnav,

Chef Martin enjoyed your tasting menu and would like you to come in for a paid trial shift in the main kitchen.

Could you let us know which days you are free over the next couple of weeks?

Staff housing in Banff is available for the trial if you need it.

Thanks,
Jolene
Kitchen Administrator, Cascade Peaks Lodge
403-555-0186
"""),
    dict(expect_by=None,
         evidence="Could you let us know which days you are free over the next couple of weeks?",
         note="Request for availability; no date"))

# 608 next-round - solar, Freiburg, second-language "until Friday"
msg(608, "next-round", "pv-project-engineer",
    "Julia Brandstätter <j.brandstaetter@sonnenfeld-solar.example>", "Kevin O'Neill <kevin.oneill@mailhaven.example>",
    "Einladung zum zweiten Gespräch / Second interview - PV Project Engineer", "2027-03-15 10:15:00 +0100",
    plain("""Dear Mr. O'Neill,

thank you for the nice video call last week. We are happy to invite you to a second interview at our site in Freiburg, with a visit of our test field.

Our assistant Mrs. Keller will send you the travel booking until Friday.

The costs for train and hotel are of course taken over by us.

Best regards
Julia Brandstätter
Teamlead Human Resources
Sonnenfeld Solar GmbH | Solarweg 9 | 79111 Freiburg im Breisgau
Tel.: +49 761 5550 340
""", cte="quoted-printable"),
    dict(expect_by=lambda d: T.next_weekday(d, "Fri"),
         evidence="Our assistant Mrs. Keller will send you the travel booking until Friday.",
         note="Next round; second-language 'until <weekday>' for a promised communication = by that weekday (as replies6a 'until D'): next Friday"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 609 auto-reply - Gmail vacation responder, Singapore, early morning -> UTC previous day
_t609 = """Hi,

Thank you for your email. I am travelling for our regional hiring week and will be back in office on 6 April.

For urgent matters please WhatsApp +65 8555 0139.

Regards,
Farah
"""
msg(609, "auto-reply", "ux-researcher-thanks",
    "Farah Aziz <farah.aziz@tembusu-digital.example>", "Lena Fischer <lena.fischer@inbox.example>",
    "Out of office: Thank you - UX Researcher interview", "2027-03-30 06:30:00 +0800",
    multi("alternative", [plain(_t609), html("<div dir=\"ltr\">Hi,<br><br>Thank you for your email. I am travelling for our regional hiring week and will be back in office on 6 April.<br><br>For urgent matters please WhatsApp +65 8555 0139.<br><br>Regards,<br>Farah</div>")], "000000000000r7a609alt"),
    dict(returns_on=fixed(2027, 4, 6),
         evidence="Thank you for your email. I am travelling for our regional hiring week and will be back in office on 6 April.",
         note="Vacation responder; 'back in office on D' = returns_on D"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

# 610 bounce - Google-style DSN
_t610 = """** Address not found **

Your message wasn't delivered to hiring@meridian-sportsmed.example because the address couldn't be found, or is unable to receive mail.

Learn more in the help centre.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""
_ds610 = """Reporting-MTA: dns; googlemail.mail.example
Arrival-Date: Thu, 01 Apr 2027 02:18:44 -0700

Final-Recipient: rfc822; hiring@meridian-sportsmed.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.meridian-sportsmed.example. (203.0.113.61, the server for the domain meridian-sportsmed.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 01 Apr 2027 02:18:45 -0700
"""
_orig610 = """From: Oscar Jensen <oscar.jensen@mailhaven.example>
To: hiring@meridian-sportsmed.example
Subject: Sports Physiotherapist - thank you for the interview
Date: Thu, 1 Apr 2027 10:18:40 +0100
Message-ID: <cand.610@mailhaven.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Hello,

Thank you for the interview on 30 March. I can start from 3 May if successful.

Oscar
"""
msg(610, "bounce", "sports-physio-thanks",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.mail.example>", "oscar.jensen@mailhaven.example",
    "Delivery Status Notification (Failure)", "2027-04-01 02:18:45 -0700",
    multi("report", [multi("related", [multi("alternative", [plain(_t610), html("<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>hiring@meridian-sportsmed.example</b> because the address couldn't be found, or is unable to receive mail.</p><p>The response from the remote server was:</p><p>550 5.1.1 The email account that you tried to reach does not exist.</p></body></html>")], "000000000000r7a610alt")], "000000000000r7a610rel"),
                     raw(["Content-Type: message/delivery-status"], _ds610),
                     raw(["Content-Type: message/rfc822"], _orig610)],
          "000000000000r7a610report", " report-type=delivery-status;"),
    dict(failed_address="hiring@meridian-sportsmed.example",
         evidence="Your message wasn't delivered to hiring@meridian-sportsmed.example because the address couldn't be found, or is unable to receive mail.",
         note="Google-style DSN (multipart/report); Final-Recipient with Action: failed. The returned candidate mail's dates are not read"),
    extra=[("Auto-Submitted", "auto-replied")])

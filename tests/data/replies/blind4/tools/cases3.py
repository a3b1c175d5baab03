# Next-round (12) and requests (10).
import dates as D

CASES = [
dict(n=311, kind="next-round", short="operations-consultant-case-round", date="2026-12-09 17:05 +0000", client="gmail", mode="alt",
 frm=("Freya Lindgren", "freya.lindgren@halcyon-consulting.example"), to=("Samir Haddad", "samir.haddad@mailbox.example"),
 subject="Re: Thank you - first round",
 body="""Hi Samir,

Thanks for your note - the interviewers were equally positive, and I'm pleased to invite you to the final round.

It will be two case interviews with partners on [[2027-01-12|%A %-d January]] in our London office. I'll send the calendar invitation with exact times by Wednesday.

Best,
Freya
Halcyon Consulting | Recruiting""",
 quote=dict(attr="On Tue, 8 Dec 2026 at 19:22, Samir Haddad <samir.haddad@mailbox.example> wrote:", text="""Hi Freya,

Thank you for today's interviews. I'm away from 23 December to 2 January.

Samir"""),
 eb=lambda d: D.next_weekday(d, "Wed"), ev="I'll send the calendar invitation with exact times by Wednesday.",
 note="Next-round invitation that also promises a communication 'by Wednesday' (Date is a Wednesday, so the following Wednesday). Traps: the final-round date itself is not expect_by; candidate's travel dates in quoted text."),

dict(n=312, kind="next-round", short="sre-onsite-austin-ats", date="2026-12-16 11:30 -0600", client="ats", mode="html", cte="quoted-printable",
 frm=("Armadillo Systems Recruiting", "recruiting@talent.armadillo-sys.example"), to=("Yuki Matsumoto", "yuki.matsumoto@inbox.example"),
 subject="Next steps: Virtual onsite for Site Reliability Engineer",
 html="""<html><body style="font-family:Arial">
<p>Hi Yuki,</p>
<p>Great news - the team would like to move you forward to the virtual onsite for the Site Reliability Engineer role.</p>
<p>The onsite consists of four 45-minute sessions (systems design, troubleshooting, coding, and values). Please use the link below to pick a day between January 5 and January 8, 2027.</p>
<p><a href="https://schedule.armadillo-sys.example/c/9f2e">Choose your onsite slot</a> (this link expires on December 23, 2026).</p>
<p>Thanks,<br>Armadillo Systems Recruiting</p>
<p style="font-size:10px;color:#999">Sent via GreenRoom Hire. Armadillo Systems, Inc. is an Equal Opportunity Employer.</p>
</body></html>
""", body="",
 eb=None, ev="Great news - the team would like to move you forward to the virtual onsite for the Site Reliability Engineer role.",
 note="Next-round invitation (Greenhouse-style HTML-only). Traps: the onsite window is interview dates; scheduling-link expiry is a candidate deadline."),

dict(n=313, kind="next-round", short="partner-interview-frankfurt", date="2027-01-14 09:58 +0100", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Claudia Neumann", "claudia.neumann@mainufer-kanzlei.example"), to=("Julia Bergström", "julia.bergstrom@postbox.example"),
 subject="AW: Associate Banking & Finance - second interview",
 body="""Dear Ms. Bergström,

thank you for your mail and the positive impression you have left with our partners.

We would be glad to invite you to a second interview with Dr. Falk and Mrs. Yilmaz on Tuesday, 26.01.2027, at 14:00 in our office at Mainufer 7. Please confirm the appointment until 19.01.2027.

Travel costs will be reimbursed, please keep the receipts.

Kind regards
Claudia Neumann
Recruiting | Mainufer Rechtsanwälte PartG mbB
Registered with the Partnerschaftsregister AG Frankfurt, PR 0000""",
 quote=dict(sent="Mittwoch, 13. Januar 2027 18:15", text="""Dear Ms. Neumann,

thank you for the first interview on 11 January.

Julia Bergström"""),
 eb=None, ev="We would be glad to invite you to a second interview with Dr. Falk and Mrs. Yilmaz on Tuesday, 26.01.2027, at 14:00 in our office at Mainufer 7.",
 note="Next-round invitation, German second-language English. Traps: interview date 26.01.2027 and confirm-by 19.01.2027 are not expect_by."),

dict(n=314, kind="next-round", short="registrar-cardiology-melbourne", date="2027-01-28 12:15 +1100", client="outlook", cte="quoted-printable", qstyle="original",
 frm=("Dr Priyanka Sharma", "priyanka.sharma@yarra-health.example"), to=("Dr Ethan Cole", "ethan.cole@medmail.example"),
 subject="RE: Advanced Trainee - Cardiology",
 body="""Dear Ethan,

Thank you for your message after the initial interview.

The panel would like you to come in for a clinical scenario session and a meeting with the Director of Cardiology. We have pencilled in Thursday 11 February, 8:30am, at the Parkville campus.

Please let me know if this doesn't suit.

Regards,
Priyanka
Dr Priyanka Sharma | Cardiology Education Lead | Yarra Health""",
 quote=dict(sent="Wednesday, 27 January 2027 9:31 PM", text="""Dear Dr Sharma,

Thank you for the interview today. I start my nights roster on 8 February.

Ethan"""),
 eb=None, ev="The panel would like you to come in for a clinical scenario session and a meeting with the Director of Cardiology.",
 note="Next-round invitation. Trap: the session date is an interview date; roster date in quoted text."),

dict(n=315, kind="next-round", short="demo-lesson-kent", date="2027-02-10 16:45 +0000", client="roundcube",
 frm=("Mrs J. Abara", "hr@oakhurst-academy.example"), to=("Laura Pennington", "laura.pennington@mailbox.example"),
 subject="Re: English Teacher (maternity cover) - next stage",
 body="""Dear Laura,

Thank you for your email and for your interest in Oakhurst Academy.

I am delighted to let you know you have been shortlisted for the final stage. This will be a 30-minute lesson with a Year 9 group followed by a panel interview, on Wednesday 3 March from 10.30am.

Please bring photo ID and your qualification certificates on the day.

Yours sincerely,
Mrs J. Abara
HR Officer, Oakhurst Academy Trust
Oakhurst Academy Trust is a charitable company limited by guarantee. Safeguarding lead: Mr P. Osei.""",
 eb=None, ev="I am delighted to let you know you have been shortlisted for the final stage.",
 note="Next-round invitation. Trap: the lesson/interview date is not expect_by."),

dict(n=316, kind="next-round", short="design-review-architecture-firm", date="2027-02-26 14:20 -0500", client="apple", cte="quoted-printable", qstyle="apple",
 frm=("Nathaniel Brooks", "nbrooks@brooks-ferrante.example"), to=("Zara Ahmed", "zara.ahmed@inbox.example"),
 subject="Re: Project Architect - next steps",
 body="""Zara,

Thanks for the thoughtful note. We'd like you back for a design charrette with two of our principals.

You'll receive the brief and site package no later than the 3rd, and the charrette itself will be on March 10 in the New York studio.

Nate

Nathaniel Brooks AIA
Principal, Brooks Ferrante Architects
NCARB certified. This email and attachments are confidential.""",
 quote=dict(attr="On Feb 25, 2027, at 7:02 PM, Zara Ahmed <zara.ahmed@inbox.example> wrote:", text="""Hi Nate,

Thank you for the portfolio review on Tuesday. I'm available most days in March except the 4th.

Zara"""),
 eb=lambda d: D.next_dom(d, 3), ev="You'll receive the brief and site package no later than the 3rd, and the charrette itself will be on March 10 in the New York studio.",
 note="'no later than the 3rd' = next 3rd on or after the Date (next month). Next-round invitation with expect_by; the charrette date (March 10) is an interview date and is not expect_by."),

dict(n=317, kind="next-round", short="clinical-research-associate-forwarded", date="2027-03-17 10:40 +0000", client="gmail", mode="alt",
 frm=("Gemma Pryce", "gemma@helix-life-recruitment.example"), to=("Fatima Zahra Benali", "fz.benali@webpost.example"),
 subject="Fwd: CRA II - second interview",
 in_reply_to=False,
 body="""Hi Fatima,

Brilliant news - see below from Marcus at Corvane Therapeutics. They'd like to see you again. Can you let me know which slot works?

Gemma
Helix Life Recruitment | Senior Consultant, Clinical

---------- Forwarded message ---------
From: Marcus Lind <marcus.lind@corvane-tx.example>
Date: Tue, 16 Mar 2027 at 17:55
Subject: CRA II - second interview
To: Gemma Pryce <gemma@helix-life-recruitment.example>

Hi Gemma,

We were impressed with Fatima and would like to invite her to a second interview with our Head of Clinical Operations. We can offer Monday 22 March at 11:00 or Wednesday 24 March at 15:00 (UK time), by video.

Thanks,
Marcus
Corvane Therapeutics Ltd""",
 eb=None, ev="We were impressed with Fatima and would like to invite her to a second interview with our Head of Clinical Operations.",
 note="Forwarded next-round invitation: the evidence is the forwarded employer's text. Traps: the proposed interview slots are not expect_by; the forwarded Date line."),

dict(n=318, kind="next-round", short="site-visit-solar-developer", date="2027-04-01 08:05 +0200", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Elena García Ruiz", "egarcia@solmancha-energia.example"), to=("Noah Fischer", "noah.fischer@postbox.example"),
 subject="RE: Project Developer Solar PV - next step",
 body="""Dear Noah,

Thanks for your kind follow-up after the interview.

We are happy to move you to the last phase: a visit to our 50 MW plant in Ciudad Real and a meeting with our CEO. The visit is planned for 14/04/2027; we will send you the flight tickets.

Best regards,
Elena García Ruiz
Talent & Culture | SolMancha Energía S.L.
Este mensaje es confidencial.""",
 quote=dict(sent="Wednesday, 31 March 2027 17:44", text="""Dear Elena,

I wanted to follow up on my interview of 25 March.

Noah"""),
 eb=None, ev="We are happy to move you to the last phase: a visit to our 50 MW plant in Ciudad Real and a meeting with our CEO.",
 note="Next-round (site visit). Trap: Spanish numeric date 14/04/2027 is a site-visit date, not expect_by."),

dict(n=319, kind="next-round", short="museum-curator-presentation", date="2027-04-22 13:00 -0400", client="outlook", mode="html", cte="quoted-printable",
 frm=("Dr. Renée Castellanos", "rcastellanos@hudson-valley-museum.example"), to=("Kofi Boateng", "kofi.boateng@researchmail.example"),
 subject="RE: Associate Curator, Textiles - final interview",
 html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Dear Kofi,</p>
<p class="MsoNormal">Thank you for your gracious note.</p>
<p class="MsoNormal">The search committee would like to invite you to a final-round campus visit, which includes a 20-minute public presentation on an object of your choice from our collection.</p>
<p class="MsoNormal">We propose Thursday, May 6. Please confirm by April 28 and let us know any accessibility needs.</p>
<p class="MsoNormal">Warm regards,<br>Ren&eacute;e Castellanos, PhD<br>Chief Curator, Hudson Valley Museum of Art and Design</p>
</div></body></html>
""", body="",
 eb=None, ev="The search committee would like to invite you to a final-round campus visit, which includes a 20-minute public presentation on an object of your choice from our collection.",
 note="Next-round invitation, HTML-only Outlook. Traps: presentation date and confirm-by date are not expect_by; entity in signature is not in the evidence."),

dict(n=320, kind="next-round", short="first-officer-sim-check", date="2027-05-06 22:10 -0700", client="gmail", mode="alt",
 frm=("Capt. Diane Alvarez", "dalvarez@pacificcrest-air.example"), to=("Raj Patel", "raj.patel@mailbox.example"),
 subject="Re: First Officer - Q400",
 body="""Raj,

Thanks for the note. Your panel interview went well and we'd like you to complete the simulator evaluation at our Portland training center.

Sim slots are available on 5/20 and 5/21. Scheduling will confirm your slot and your hotel by Monday.

Capt. Diane Alvarez
Chief Pilot, Pacific Crest Air""",
 quote=dict(attr="On Thu, May 6, 2027 at 9:15 AM Raj Patel <raj.patel@mailbox.example> wrote:", text="""Captain Alvarez,

Thank you for the interview on 5/4. I hold a current first class medical until 11/30/2027.

Raj Patel"""),
 eb=lambda d: D.next_weekday(d, "Mon"), ev="Scheduling will confirm your slot and your hotel by Monday.",
 note="Next-round invitation with a promise 'by Monday' = next Monday after the local date (Thursday 22:10 PDT; UTC is already Friday, same answer). Traps: US numeric sim dates 5/20 and 5/21 are interview dates; medical expiry in quoted text."),

dict(n=321, kind="next-round", short="hotel-gm-trial-day-kyoto", date="2027-05-27 10:30 +0900", client="outlook", cte="quoted-printable", qstyle="original",
 frm=("Kenji Watanabe", "k.watanabe@higashiyama-ryokan.example"), to=("Sophie Laurent", "sophie.laurent@courrier.example"),
 subject="Re: Guest Experience Manager - next step",
 body="""Dear Ms. Laurent,

Thank you for your kind email after the online interview.

We would like to invite you to Kyoto for a second interview and one day of work experience at our ryokan. Could you come on June 9 (Wednesday) and June 10 (Thursday)? We will arrange the accommodation for you.

Best regards,
Kenji Watanabe
General Manager, Higashiyama Ryokan""",
 quote=dict(sent="Wednesday, May 26, 2027 6:40 PM", text="""Dear Mr. Watanabe,

Thank you for the interview on 25 May.

Sophie Laurent"""),
 eb=None, ev="We would like to invite you to Kyoto for a second interview and one day of work experience at our ryokan.",
 note="Next-round invitation, Japanese second-language English. Trap: the visit dates are interview dates (weekday names in parentheses)."),

dict(n=322, kind="next-round", short="data-journalist-assessment-nairobi", date="2027-06-14 15:15 +0300", client="zimbra",
 frm=("Achieng Odhiambo", "a.odhiambo@sautimedia.example"), to=("Brian Kiprop", "brian.kiprop@inbox.example"),
 subject="Re: Data Journalist - shortlisting",
 body="""Dear Brian,

Thank you for your email following the first interview.

You have progressed to the practical assessment. You will receive a dataset and a brief at 9am on Monday 21 June, and you will have 48 hours to submit a 600-word story with one chart.

Regards,
Achieng Odhiambo
Deputy Editor, Sauti Media Group""",
 eb=None, ev="You have progressed to the practical assessment.",
 note="Next-round (take-home assessment). Traps: assessment release date and the 48-hour submission window are candidate tasks, not expect_by."),

# ---------------- requests ---------------------------------------------
dict(n=323, kind="request", short="references-software-lead-dublin", date="2026-12-11 11:02 +0000", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Conor Whelan", "conor.whelan@emerald-fintech.example"), to=("Marta Kowalska", "marta.kowalska@postbox.example"),
 subject="RE: Engineering Lead - thank you",
 body="""Hi Marta,

Thanks for the note, and it was great to have you in on Wednesday.

As a next step, could you send me the names and contact details of two referees, one of whom should be a current or recent line manager? If you could get those to me by Wednesday 16 December, that would be ideal.

Thanks,
Conor
Conor Whelan | Talent Partner | Emerald Fintech Ltd
Registered in Ireland No. 600000. Registered office: 1 Grand Canal Dock, Dublin 2.""",
 quote=dict(sent="Thursday, 10 December 2026 18:30", text="""Hi Conor,

Thank you for the panel on 9 December.

Marta"""),
 eb=None, ev="As a next step, could you send me the names and contact details of two referees, one of whom should be a current or recent line manager?",
 note="Request for references. Trap: 'by Wednesday 16 December' is a candidate deadline."),

dict(n=324, kind="request", short="availability-call-nurse-practitioner", date="2026-12-29 08:40 -0700", client="gmail",
 frm=("Shawna Redcloud", "sredcloud@highmesa-health.example"), to=("Oscar Lindahl", "oscar.lindahl@mailbox.example"),
 subject="Re: Nurse Practitioner - Family Medicine",
 body="""Hi Oscar,

Hope you had a restful holiday. Thanks for following up.

Dr. Begay would like a short phone call with you before the team decides. Could you send me three times that work for you next week?

Shawna Redcloud
Provider Recruitment | High Mesa Health""",
 quote=dict(attr="On Mon, Dec 28, 2026 at 4:55 PM Oscar Lindahl <oscar.lindahl@mailbox.example> wrote:", text="""Hi Shawna,

Just checking on the NP role. You mentioned a decision by 1/4.

Oscar"""),
 eb=None, ev="Could you send me three times that work for you next week?",
 note="Request for availability. Trap: 'by 1/4' only in the candidate's quoted text."),

dict(n=325, kind="request", short="right-to-work-docs-glasgow", date="2027-01-13 14:55 +0000", client="exchange", mode="alt", cte="quoted-printable",
 frm=("People Services - Clydeside Energy", "people.services@clydeside-energy.example"), to=("Arash Karimi", "arash.karimi@inbox.example"),
 subject="RE: Graduate Electrical Engineer - documents",
 body="""Dear Arash,

Thank you for your message.

Before the panel can finalise its decision we need copies of your passport, your BRP or share code, and your degree certificate. Please upload them to the portal by Monday 18 January.

Once we have your documents, we aim to confirm a decision by 20 January.

Kind regards,
People Services
Clydeside Energy plc | Registered in Scotland SC000000""",
 eb=lambda d: D.next_md(d, 1, 20), ev="Once we have your documents, we aim to confirm a decision by 20 January.",
 note="Request that also states a decision date = expect_by 20 January. Trap: the upload deadline Monday 18 January is a candidate deadline."),

dict(n=326, kind="request", short="transcripts-graduate-scheme-paris", date="2027-01-26 09:30 +0100", client="outlook", cte="quoted-printable", charset="iso-8859-1", qstyle="original",
 frm=("Camille Dubois", "camille.dubois@lumiere-conseil.example"), to=("Léa Moreau", "lea.moreau@courrier.example"),
 subject="RE: Programme Graduate - pièces complémentaires",
 body="""Dear Léa,

Thank you for your message and your enthusiasm.

To complete your file for the jury, we still need your transcripts (relevés de notes) for Master 1 and Master 2 and a scan of your diploma. Could you send them to me at your earliest convenience?

Best regards,
Camille Dubois
Chargée de recrutement
Lumière Conseil SAS · 12 rue de la Paix · 75002 Paris""",
 quote=dict(sent="lundi 25 janvier 2027 21:12", text="""Bonjour Camille,

Merci pour l'entretien du 20 janvier. Je reste à votre disposition.

Léa"""),
 eb=None, ev="Could you send them to me at your earliest convenience?",
 note="Request for documents, French sender, ISO-8859-1. No date promised. Trap: French quoted text with interview date."),

dict(n=327, kind="request", short="salary-expectations-logistics-rotterdam", date="2027-02-01 16:12 +0100", client="gmail", mode="alt",
 frm=("Joost Bakker", "joost.bakker@maasport-logistics.example"), to=("Aisha Bello", "aisha.bello@webpost.example"),
 subject="Re: Terminal Operations Planner",
 body="""Hi Aisha,

Thanks for your message, nice that you enjoyed the tour of the terminal.

One thing I still need from you: your salary expectations (gross per year, incl. or excl. holiday allowance) and your notice period. Could you send them before Friday? We'll be making final calls between Tuesday 9 and Thursday 11 February.

Kind regards,
Joost Bakker
Recruiter | MaasPort Logistics B.V.""",
 quote=dict(attr="On Sun, 31 Jan 2027 at 20:40, Aisha Bello <aisha.bello@webpost.example> wrote:", text="""Hi Joost,

Thank you for the terminal visit on 28 January. Looking forward to the next steps.

Aisha"""),
 eb=lambda d: D.next_md(d, 2, 11), ev="We'll be making final calls between Tuesday 9 and Thursday 11 February.",
 note="Span: the latest date counts (11 February). Request with expect_by. Trap: 'before Friday' is the candidate's deadline."),

dict(n=328, kind="request", short="background-check-consent-ats", date="2027-02-19 12:00 -0500", client="ats", mode="html", cte="quoted-printable",
 frm=("Brightwater Insurance Talent", "talent-noreply@brightwater-ins-careers.example"), to=("Gabriel Santos", "gabriel.santos@mailbox.example"),
 subject="Action required: background screening consent",
 html="""<html><body style="font-family:Verdana;font-size:13px">
<p>Hi Gabriel,</p>
<p>Thank you for your continued interest in the Claims Specialist position at Brightwater Insurance.</p>
<p>To proceed, we need your authorization for a background screening. Please complete the consent form using the secure link below.</p>
<p><a href="https://verify.screening-partner.example/bw/2f8a">Complete consent form</a></p>
<p>Note: for security reasons this link expires in 72 hours.</p>
<p>Brightwater Insurance Talent Acquisition</p>
<p style="font-size:10px">Brightwater Insurance Company complies with the Fair Credit Reporting Act. Do not reply to this email.</p>
</body></html>
""", body="",
 eb=None, ev="To proceed, we need your authorization for a background screening.",
 note="Request (ATS, HTML-only). Trap: link expiry (72 hours) is a candidate deadline."),

dict(n=329, kind="request", short="writing-sample-thinktank", date="2027-03-11 10:25 -0500", client="apple", cte="quoted-printable", qstyle="apple",
 frm=("Marguerite Olsen", "molsen@potomac-policy.example"), to=("Daniel Mwangi", "daniel.mwangi@inbox.example"),
 subject="Re: Research Associate, Trade Policy",
 body="""Dear Daniel,

Thank you for your note — the panel enjoyed the conversation.

Before we take a decision, would you be able to send a writing sample of no more than 2,000 words, ideally a policy brief you authored alone?

With best wishes,
Marguerite

Marguerite Olsen
Director of Research, Potomac Policy Institute
1400 K Street NW (fictitious), Washington DC""",
 quote=dict(attr="On Mar 10, 2027, at 6:15 PM, Daniel Mwangi <daniel.mwangi@inbox.example> wrote:", text="""Dear Ms. Olsen,

Thank you for the interview on March 9. I will be in Geneva from March 15 to 19.

Daniel"""),
 eb=None, ev="Before we take a decision, would you be able to send a writing sample of no more than 2,000 words, ideally a policy brief you authored alone?",
 note="Request for a writing sample; no date promised. Trap: candidate's travel dates in quoted text."),

dict(n=330, kind="request", short="dbs-check-care-home-manager", date="2027-04-08 09:05 +0100", client="outlook", cte="quoted-printable", charset="windows-1252", qstyle="outlook",
 frm=("Sandra Hughes", "sandra.hughes@willowbank-care.example"), to=("Precious Moyo", "precious.moyo@postbox.example"),
 subject="RE: Deputy Care Home Manager",
 body="""Dear Precious,

Thank you for your email – lovely to hear from you.

We’d like to start your enhanced DBS check and need three forms of ID, including one with your current address. Could you pop into the home with them any morning next week?

Many thanks,
Sandra Hughes
Registered Manager, Willowbank Care Home
CQC rating: Good (inspected 14 January 2027)""",
 quote=dict(sent="07 April 2027 21:10", text="""Dear Sandra,

Thank you for the interview on 1 April. I’m happy to start once my notice ends on 9 May.

Precious"""),
 eb=None, ev="Could you pop into the home with them any morning next week?",
 note="Request for ID documents, windows-1252. Traps: CQC inspection date in signature (past); notice date in quoted text."),

dict(n=331, kind="request", short="portfolio-link-game-studio-montreal", date="2027-05-18 15:45 -0400", client="gmail",
 frm=("Étienne Roy", "etienne.roy@studio-aurore.example"), to=("Hye-jin Park", "hyejin.park@mailbox.example"),
 subject="Re: Senior Environment Artist",
 body="""Hi Hye-jin,

Thanks a lot for your message! The art director loved your Unreal breakdown.

Could you send us the password for the private ArtStation projects you mentioned? He wants to look at the wireframes before we discuss the next step.

Merci!
Étienne
Studio Aurore | Talent""",
 quote=dict(attr="Le mar. 18 mai 2027, à 09 h 02, Hye-jin Park <hyejin.park@mailbox.example> a écrit :", text="""Hi Étienne,

Thanks again for Friday's interview. I'm available until May 28 for a follow-up.

Hye-jin"""),
 eb=None, ev="Could you send us the password for the private ArtStation projects you mentioned?",
 note="Request (portfolio access). Trap: French-style quote attribution with a date; candidate's availability date."),

dict(n=332, kind="request", short="id-verification-teaching-abu-dhabi", date="2027-06-08 13:30 +0400", client="outlook", mode="alt", cte="base64", qstyle="outlook",
 frm=("Noura Al Mansoori", "n.almansoori@falaj-schools.example"), to=("Oliver Hastings", "oliver.hastings@inbox.example"),
 subject="RE: Head of Science - documents required",
 body="""Dear Oliver,

Thank you for your email and for the interview with the Principal.

To continue your file, please provide attested copies of your degree certificate and teaching licence, plus a police clearance certificate issued within the last 6 months.

Kind regards,
Noura Al Mansoori
HR Coordinator, Falaj International Schools
Falaj International Schools is licensed by the education authority (licence 000/2019).""",
 quote=dict(sent="Monday, 7 June 2027 19:20", text="""Dear Noura,

Thank you for the interview on 3 June.

Oliver"""),
 eb=None, ev="To continue your file, please provide attested copies of your degree certificate and teaching licence, plus a police clearance certificate issued within the last 6 months.",
 note="Request for documents, base64 body. Traps: '6 months' validity requirement; licence year in footer."),
]

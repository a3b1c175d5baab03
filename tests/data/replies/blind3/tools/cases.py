"""Case definitions (non-bounce). Dates are LOCAL with offset; expect/returns via helpers."""
import datetime as dt
from dates import (add_business_days, add_days, end_of_month, friday_next_week,
                   friday_of_week_commencing, next_abs, next_day_of_month, next_weekday)

CASES = []
CAND = "mailbox.example"


def C(**kw):
    assert kw["evidence"] in kw["body"], kw["short"]
    assert "\n" not in kw["evidence"]
    CASES.append(kw)


def gq(when, who, lines):
    """Gmail/Apple-style quote of the candidate's own text."""
    return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"


def oq(frm, sent, to, subj, lines):
    """Outlook-style header block followed by the candidate's text (not prefixed)."""
    return ("\n\n________________________________\n"
            f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n" + "\n".join(lines) + "\n")


# ----------------------------------------------------------------- OFFERS
C(kind="offer", short="love-to-have-you", date="2026-12-08 16:05:00 -0800",
  frm="Marisol Okafor <marisol@lumenforge.example>", to="Dana Whitfield <dana.whitfield@mailbox.example>",
  subj="Re: Thank you - Senior Platform Engineer", enc="alt",
  body="""Hi Dana,

Thanks again for spending so much time with the team last week, and for the thoughtful thank-you note.

I'll cut to the chase: we'd love to have you join Lumenforge as a Senior Platform Engineer!

Here's the headline: base salary of $168,000, 0.12% equity vesting over four years, and a start date of Monday, January 11, 2027. Our People team will send the formal offer letter through DocuSign tomorrow; please review and sign by December 15 so we can ship your laptop in time.

Give me a call whenever you like if you want to talk anything through.

Marisol
--
Marisol Okafor | VP Engineering | Lumenforge, Inc.
1450 Alder Street, Suite 300, Portland, OR 97205
""",
  evidence="I'll cut to the chase: we'd love to have you join Lumenforge as a Senior Platform Engineer!",
  note="Offer phrased informally ('we'd love to have you join'). Start date 11 Jan and sign-by 15 Dec are not expect_by; 'formal letter tomorrow' is paperwork for an offer already made.")

C(kind="offer", short="conditional-band5", date="2027-01-06 11:20:00 +0000",
  frm="Recruitment Team <recruitment@northmoorvalley-health.example>", to="Aoife Gallagher <aoife.gallagher@mailbox.example>",
  subj="Conditional offer of employment - Staff Nurse, AMU (ref AMU-2291)", cte="quoted-printable", reply=False,
  body="""Dear Aoife,

Re: Staff Nurse (Band 5) – Acute Medical Unit, ref AMU-2291

Following your interview on 4 January, I am pleased to make you a conditional offer of employment for the above post.

This offer is conditional on satisfactory references, occupational health clearance and an enhanced DBS check. The starting salary is £31,049 per annum, pro rata, with unsocial hours enhancements as set out in Agenda for Change.

Please confirm whether you accept this offer by 13 January by replying to this email. Your provisional start date is 1 March 2027, subject to the completion of all pre-employment checks.

Kind regards,

Gemma Ruddock
Recruitment Officer – Workforce Services
Northmoor Valley Health Trust
This email and any attachments are confidential. Trust Board papers dated 26 November 2026 are available on our website.
""",
  evidence="Following your interview on 4 January, I am pleased to make you a conditional offer of employment for the above post.",
  note="Conditional offer. Past interview date, accept-by deadline (13 Jan), start date and board-paper date in footer are never expect_by. QP with pound sign and en dash.")

C(kind="offer", short="ctc-bengaluru", date="2027-01-18 10:02:00 +0530",
  frm="Talent Acquisition - Vardhan Capital Advisors <ta@vardhancap.example>", to="Rohan Iyer <rohan.iyer@mailbox.example>",
  subj="Offer of Employment - Associate, Credit Risk", cte="base64", reply=False,
  body="""Dear Rohan,

Greetings from Vardhan Capital!

Further to your discussions with our panel, we are pleased to extend an offer to you for the position of Associate – Credit Risk at our Bengaluru office.

Your annual CTC will be ₹18,40,000 (Rupees Eighteen Lakh Forty Thousand only). The detailed offer letter and annexures are attached for your reference.

Kindly revert with your acceptance on or before 22-01-2027. Your tentative date of joining is 01-03-2027.

Warm regards,
Shalini Menon
Talent Acquisition | Vardhan Capital Advisors Pvt. Ltd.
""",
  evidence="Further to your discussions with our panel, we are pleased to extend an offer to you for the position of Associate – Credit Risk at our Bengaluru office.",
  note="Offer, base64 UTF-8 with rupee sign. dd-mm-yyyy dates are the candidate's acceptance deadline and joining date, not expect_by.")

C(kind="offer", short="fifo-appointment", date="2027-02-02 08:45:00 +0800",
  frm="Bronwyn Keats <bronwyn.keats@karrawong-resources.example>", to="Liam Doherty <liam.doherty@mailbox.example>",
  subj="Maintenance Planner - outcome", cte="8bit",
  body="""G'day Liam,

Thanks for your patience and for the note after the site tour.

Great news — the panel has approved your appointment as Maintenance Planner (FIFO 8/6 roster) at our Karrawong site.

Your contract will come through from our HR system (Ascend) later today and needs to be signed within 5 business days. Mobilisation is planned for 1 March, pending your pre-employment medical and D&A test.

Cheers,
Bronwyn Keats
Superintendent – Maintenance Planning
Karrawong Resources Pty Ltd | Perth WA
""",
  evidence="Great news — the panel has approved your appointment as Maintenance Planner (FIFO 8/6 roster) at our Karrawong site.",
  note="Offer (appointment approved). '5 business days' is the candidate's signing deadline, 1 March mobilisation is a start date: no expect_by. 8bit UTF-8.")

C(kind="offer", short="process-engineer-de", date="2027-01-12 14:31:00 +0100",
  frm="Katrin Möller <k.moeller@rheinwerk-anlagen.example>", to="Kwame Mensah <kwame.mensah@mailbox.example>",
  subj="Your application as Process Engineer (m/w/d)", charset="windows-1252", cte="quoted-printable",
  body="""Dear Mr. Mensah,

thank you for the good conversation in our office in Düsseldorf last week.

We are happy to offer you the position as Process Engineer (m/w/d) in our team.

The yearly gross salary is 68.500 € in 12 payments, plus 30 days of holiday. The contract will follow by post. Please give us your feedback until 22.01.2027. Start of work would be 01.04.2027.

With kind regards

Katrin Möller
Personalabteilung
Rheinwerk Anlagenbau GmbH · Sitz der Gesellschaft: Düsseldorf · Amtsgericht Düsseldorf HRB 00000
Geschäftsführer: Dr. Jörg Weißenfels
""",
  evidence="We are happy to offer you the position as Process Engineer (m/w/d) in our team.",
  note="Offer from a German sender in ESL English, windows-1252 QP (euro sign, umlauts). 'feedback until 22.01.2027' is the candidate's deadline; start date 01.04.2027.")

C(kind="offer", short="training-contract-ie", date="2027-02-19 17:55:00 +0000",
  frm="Orla Carroll <ocarroll@carrolldunne.example>", to="Siobhán Ní Bhriain <siobhan.nibhriain@mailbox.example>",
  subj="Re: Thank you - assessment day", charset="iso-8859-1", cte="quoted-printable",
  body="""Dear Siobhán,

Thank you for your email and for your kind words about the assessment day.

I am delighted to tell you that the partners have agreed to offer you a training contract commencing in September 2027.

Your formal offer letter will follow from our Graduate Recruitment team, together with details of the PME sponsorship.

Kind regards,
Orla Carroll
Partner, Carroll Dunne LLP
Carroll Dunne LLP is a limited liability partnership. Established 12 March 1998.
""" + gq("Wed, 17 Feb 2027 at 21:04", "Siobhán Ní Bhriain <siobhan.nibhriain@mailbox.example>", [
      "Dear Ms Carroll,", "",
      "Thank you for the assessment day on 16 February. I understand a decision is expected by 26 February",
      "and I look forward to hearing from you.", "", "Siobhán"]),
  evidence="I am delighted to tell you that the partners have agreed to offer you a training contract commencing in September 2027.",
  note="Offer, ISO-8859-1 QP. The candidate's quoted text mentions 'a decision is expected by 26 February' - must not be read. Footer date ignored.")

C(kind="offer", short="tenure-track-html", date="2027-03-09 13:12:00 -0500",
  frm="Prof. Heather MacLellan <h.maclellan@uofeastbay-ns.example>", to="Dr. Amara Tremblay-Osei <amara.to@mailbox.example>",
  subj="Search committee outcome", enc="html", cte="quoted-printable",
  body="""Dear Dr. Tremblay-Osei,

On behalf of the search committee, I am pleased to let you know that the Department of Earth Sciences would like to appoint you as Assistant Professor (tenure-track), effective July 1, 2027.

The Dean's office will send the formal letter of offer in the coming days; you will have two weeks from receipt to respond.

Congratulations, and thank you again for a superb job talk on February 25.

Heather MacLellan
Chair, Department of Earth Sciences
University of East Bay, Nova Scotia
""",
  evidence="On behalf of the search committee, I am pleased to let you know that the Department of Earth Sciences would like to appoint you as Assistant Professor (tenure-track), effective July 1, 2027.",
  note="Offer, HTML-only QP. Start date, response window and past job-talk date are not expect_by.")

C(kind="offer", short="fwd-fnb-singapore", date="2027-02-25 10:40:00 +0800",
  frm="Nadia Rahman <nadia@talentbridge-sg.example>", to="Lim Wei Ling <weiling.lim@mailbox.example>",
  subj="Fwd: RE: Assistant F&B Manager - Ms Lim Wei Ling",
  body="""Hi Wei Ling,

Fantastic news - see below from the Marina Crest team! Let me know when you're free for a quick call today.

Nadia

---------- Forwarded message ---------
From: Gabriel Tan <gabriel.tan@marinacrest.example>
Date: Thu, 25 Feb 2027 at 09:58
Subject: RE: Assistant F&B Manager - Ms Lim Wei Ling
To: Nadia Rahman <nadia@talentbridge-sg.example>

Hi Nadia,

Thanks for arranging the second meeting on Monday.

We would like to offer Ms Lim the role of Assistant F&B Manager at a monthly basic of SGD 4,800 plus service charge.

Please let us know her acceptance by 3 March so we can arrange her medical check-up. Commencement date is 1 April 2027.

Best regards,
Gabriel Tan
Director of Food & Beverage, Marina Crest Hotel Singapore
""",
  evidence="We would like to offer Ms Lim the role of Assistant F&B Manager at a monthly basic of SGD 4,800 plus service charge.",
  note="Recruiter forwarding the employer's offer; evidence taken from the forwarded employer text. Acceptance deadline and commencement date ignored.")

# ----------------------------------------------------------------- REJECTIONS
C(kind="rejection", short="cv-on-file", date="2026-12-14 09:30:00 +0000",
  frm="Rachel Dunmore <rachel.dunmore@penhallow-living.example>", to="Kieran Walsh <kieran.walsh@mailbox.example>",
  subj="Store Manager - Harrowgate Lane", 
  body="""Dear Kieran,

Thank you for attending the interview for the Store Manager role at our Harrowgate Lane store on 9 December, and for your follow-up email.

I'm sorry to let you know that on this occasion we have decided to offer the position to another candidate. It was a close decision and the panel were impressed by your merchandising ideas.

We will keep your CV on file and be in touch should a suitable vacancy arise in the region over the next six months.

Best wishes,
Rachel Dunmore
Area Manager (North) | Penhallow Home and Living
""",
  evidence="I'm sorry to let you know that on this occasion we have decided to offer the position to another candidate.",
  note="Rejection despite 'we will keep your CV on file and be in touch'. No expect_by; 'next six months' refers to future vacancies.")

C(kind="rejection", short="hospitalist-ats", date="2027-01-21 18:02:00 -0600",
  frm="Careers at Saint Brennan Health <no-reply@careers.stbrennanhealth.example>", to="marcus.bell@mailbox.example",
  subj="Update on your application: Hospitalist Physician (Nocturnist) R-104773", enc="alt", reply=False,
  body="""Dear Marcus,

Thank you for your interest in the Hospitalist Physician (Nocturnist) position, Requisition #R-104773, and for the time you spent with our physician leadership team.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.

We encourage you to visit our careers site and apply for future openings that match your skills.

Sincerely,
Physician Recruitment
Saint Brennan Health

This is an automated message. Please do not reply to this email.
""",
  evidence="After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.",
  note="ATS rejection (multipart/alternative, no-reply sender).")

C(kind="rejection", short="programme-coordinator-1252", date="2027-02-08 15:15:00 +0200",
  frm="Nomvula Dlamini <nomvula@ubuntubridges.example>", to="Thandiwe Mokoena <thandiwe.mokoena@mailbox.example>",
  subj="Programme Coordinator – Western Cape", charset="windows-1252", cte="8bit",
  body="""Dear Thandiwe,

Thank you for the time you gave us on Thursday and for your thoughtful answers about community-led programming.

Unfortunately you were not successful on this occasion. The panel felt that another candidate’s experience in grant reporting to international funders was a closer fit for the ‘Programme Coordinator – Western Cape’ role.

We really hope you will apply for future posts at Ubuntu Bridges Trust – we will advertise two field posts in the new financial year, from 1 March.

Warm regards
Nomvula Dlamini
HR & Operations Lead, Ubuntu Bridges Trust (NPO 000-000)
""",
  evidence="Unfortunately you were not successful on this occasion.",
  note="Rejection, windows-1252 8bit with curly quotes and en dashes. Future advertising date (1 March) is not expect_by.")

C(kind="rejection", short="committee-other-candidate", date="2027-03-02 11:47:00 +0100",
  frm="prof. dr. Marieke de Vries <m.devries@uwaddenoost.example>", to="Dr. Eszter Varga <eszter.varga@mailbox.example>",
  subj="Vacancy 27.041 Assistant Professor Computational Linguistics",
  body="""Dear dr. Varga,

On behalf of the selection committee for the position of Assistant Professor in Computational Linguistics (vacancy 27.041), I want to thank you for your visit to our faculty and for your lecture.

We regret to inform you that the committee has chosen another candidate for this position. This was not an easy decision, as the level of the candidates was very high.

If you want feedback, you can contact me by phone in the coming weeks.

Kind regards,
Marieke de Vries
Chair of the selection committee

Universiteit van Wadden Oost | Faculty of Arts
This e-mail is confidential. The university is closed from 24 December 2026 until 3 January 2027 and on 27 April 2027 (King's Day).
""",
  evidence="We regret to inform you that the committee has chosen another candidate for this position.",
  note="Rejection from a Dutch academic in ESL English; 'in the coming weeks' is about the candidate asking for feedback; closure dates in the footer ignored.")

C(kind="rejection", short="candidature-qp", date="2027-01-29 19:40:00 +0530",
  frm="HR - Kesari Infotech <careers@kesari-infotech.example>", to="Ananya Kulkarni <ananya.k@mailbox.example>",
  subj="Your candidature for Senior QA Engineer", cte="quoted-printable",
  body="""Dear Ananya,

Thank you for taking the time to attend the interview rounds with Kesari Infotech for the role of Senior QA Engineer.

We regret to inform you that we will not be proceeding with your candidature at this time. We will retain your profile in our database and reach out if a suitable opportunity comes up.

Wishing you all the best in your career.

Regards,
Team HR
Kesari Infotech Pvt. Ltd. – Pune
""",
  evidence="We regret to inform you that we will not be proceeding with your candidature at this time.",
  note="Indian-English rejection with 'reach out if a suitable opportunity comes up' (not a timeline). QP.")

C(kind="rejection", short="aps6-not-recommended", date="2027-01-19 16:10:00 +1100",
  frm="Recruitment <recruitment@diwc.gov.example>", to="Eleni Papadopoulos <eleni.papadopoulos@mailbox.example>",
  subj="Outcome - APS6 Policy Officer, Water Resources Branch (2026/1187)", reply=False,
  body="""Dear Ms Papadopoulos,

I am writing to advise the outcome of the selection process for the position of APS6 Policy Officer, Water Resources Branch (ref 2026/1187).

I regret to advise that you have not been recommended for this position. The selection panel considered your application and interview performance against the work level standards.

You may request feedback from the panel chair, Ms Joanne Whitlock, by 29 January 2027. Merit lists created from this process remain valid for 18 months and may be used to fill similar vacancies.

Yours sincerely,
Recruitment Team
Department of Inland Waters and Catchments
""",
  evidence="I regret to advise that you have not been recommended for this position.",
  note="Australian public-service rejection; feedback-request deadline (29 Jan) is for the candidate; merit list validity not a timeline.")

C(kind="rejection", short="soft-new-year", date="2026-12-22 12:15:00 -0500",
  frm="Tasha Greenberg <tasha@quillstack.example>", to="Jordan Pierce <jordan.pierce@mailbox.example>",
  subj="Re: Thanks for the onsite!",
  body="""Hey Jordan,

Thanks so much for your patience these last few weeks, and for your note after the onsite.

I wanted to give you an update: while the team was genuinely impressed with your system design round, we've decided not to move forward with your candidacy for the Staff Data Engineer role at this time.

Hiring plans for 2027 are still being finalized, and we'll be in touch if anything opens up in the new year that fits your background.

Happy holidays,
Tasha
Tasha Greenberg | Technical Recruiter | Quillstack
""" + gq("Thu, Dec 10, 2026 at 6:41 PM", "Jordan Pierce <jordan.pierce@mailbox.example>", [
      "Hi Tasha,", "Thanks for organizing the onsite on Tuesday. I know you mentioned feedback by December 18 - happy to",
      "answer anything else in the meantime.", "Jordan"]),
  evidence="I wanted to give you an update: while the team was genuinely impressed with your system design round, we've decided not to move forward with your candidacy for the Staff Data Engineer role at this time.",
  note="Soft rejection with 'we'll be in touch if anything opens up in the new year' (no timeline). Quoted candidate text mentions December 18 - ignored.")

C(kind="rejection", short="apprentice-short", date="2027-03-15 07:05:00 -0600",
  frm="Dave Kowalski <dave@northstarelectric.example>", to="Tyler Bouchard <tyler.bouchard@mailbox.example>",
  subj="Re: apprentice position",
  body="""Hi Tyler,

Thanks for coming out to the shop Thursday and for the email. We went with another applicant for the 2nd year apprentice spot. He already has his hours logged on commercial jobs which is what we need right now.

Sorry it's not better news. Good luck with your hours and feel free to check back in the fall.

Dave
Northstar Electric Ltd.

Sent from my iPhone
""",
  evidence="We went with another applicant for the 2nd year apprentice spot.",
  note="Terse trades rejection from a Canadian electrical contractor; 'check back in the fall' is not a timeline.")

C(kind="rejection", short="assistant-producer-outlook", date="2027-02-12 10:05:00 +0000",
  frm="Helen Marchetti <helen.marchetti@wexcombeplayhouse.example>", to="Priyanka Sood <priyanka.sood@mailbox.example>",
  subj="RE: Assistant Producer interview – follow-up", cte="quoted-printable",
  body="""Dear Priyanka,

Thank you for your message, and apologies for the delay in replying.

I'm afraid we won't be taking your application for Assistant Producer any further. We interviewed a very strong field and have appointed someone with more touring experience.

With best wishes,
Helen

Helen Marchetti | Producer
The Wexcombe Playhouse
Registered charity no. 0000000
""" + oq("Priyanka Sood <priyanka.sood@mailbox.example>", "08 February 2027 19:22",
          "Helen Marchetti <helen.marchetti@wexcombeplayhouse.example>", "Assistant Producer interview – follow-up",
          ["Dear Helen,", "", "I hope you don't mind me following up. At the interview on 28 January you mentioned a decision by 5 February;",
           "I'd be grateful for any update, and I could still start by 1 March.", "", "Best,", "Priyanka"]),
  evidence="I'm afraid we won't be taking your application for Assistant Producer any further.",
  note="Rejection in an Outlook reply; quoted candidate text has interview date, 'decision by 5 February' and a start date - all ignored. QP.")

C(kind="rejection", short="logistica-b64-latin1", date="2027-03-24 16:20:00 -0300",
  frm="João Guimarães <joao.guimaraes@translog-parana.example>", to="Camila Ribeiro <camila.ribeiro@mailbox.example>",
  subj="Processo seletivo - Analista de Logística Sr.", charset="iso-8859-1", cte="base64",
  body="""Hello Camila,

Thank you for participate in our selection process for Analista de Logística Sr. (Supply Chain).

Unfortunately we decided to continue the process with other candidate that has more experience with WMS implementation.

Your profile stay in our talent bank and we can contact you in future opportunities.

Atenciosamente,
João Guimarães
Recrutamento e Seleção - Translog Paraná Ltda.
Curitiba - PR
""",
  evidence="Unfortunately we decided to continue the process with other candidate that has more experience with WMS implementation.",
  note="Brazilian ESL rejection, base64 ISO-8859-1. 'continue the process with other candidate' = rejection.")

# ----------------------------------------------------------------- NEXT ROUND
C(kind="next-round", short="callback-chicago", date="2027-01-07 15:48:00 -0500",
  frm="Legal Recruiting <recruiting@halvorsenpike.example>", to="Isabel Alvarez <isabel.alvarez@mailbox.example>",
  subj="Callback Interview Invitation - Halvorsen Pike & Reyes LLP",
  body="""Dear Ms. Alvarez,

Thank you for meeting with us during our on-campus interviews.

We are pleased to invite you to a callback interview at our Chicago office on Wednesday, January 20, 2027, beginning at 9:00 a.m.

You will meet with four partners and two associates, followed by lunch. Please confirm your attendance by January 12; our travel coordinator will reach out to arrange flights and hotel.

Sincerely,
Marjorie Lind
Director of Legal Recruiting
Halvorsen Pike & Reyes LLP

CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. Sent January 7, 2027.
""",
  evidence="We are pleased to invite you to a callback interview at our Chicago office on Wednesday, January 20, 2027, beginning at 9:00 a.m.",
  note="Next-round invitation; interview date and confirm-by date are not expect_by; footer date ignored.")

C(kind="next-round", short="final-stage-seo", date="2027-01-25 08:30:00 +0000",
  frm="GovRecruit Notifications <noreply@govrecruit.example>", to="owen.pritchard@mailbox.example",
  subj="Vacancy 214455 - Senior Executive Officer, Border Analytics - invitation to final stage", reply=False, enc="alt",
  body="""Dear Owen Pritchard,

Vacancy: 214455 - Senior Executive Officer, Border Analytics

Following your interview on 19 January, we are pleased to invite you to the final stage: a written exercise and presentation on 3 February 2027 at our Cardiff hub.

Please log in to your account to book a time slot. Slots are allocated on a first come, first served basis and booking closes at 23:55 on 28 January 2027.

Kind regards,
Resourcing Team
""",
  evidence="Following your interview on 19 January, we are pleased to invite you to the final stage: a written exercise and presentation on 3 February 2027 at our Cardiff hub.",
  note="ATS invitation to a final stage; past interview, stage date and booking deadline all ignored.")

C(kind="next-round", short="hr-round-ddmm", date="2027-01-08 12:10:00 +0530",
  frm="Pooja Raghavan <pooja.r@tarangsoft.example>", to="Karthik Subramanian <karthik.s@mailbox.example>",
  subj="Interview Update - Backend Developer (Java)",
  body="""Hi Karthik,

Congratulations! You have cleared the technical round for the position of Backend Developer (Java).

Your HR discussion is scheduled on 12-01-2027 at 11:30 AM IST over Teams. Kindly keep your last 3 months' payslips and a government ID ready.

Do revert in case of any clash.

Thanks & Regards,
Pooja Raghavan
Talent Acquisition | TarangSoft Technologies
""",
  evidence="You have cleared the technical round for the position of Backend Developer (Java).",
  note="Next round with dd-mm-yyyy interview date (not expect_by).")

C(kind="next-round", short="md-final-sg", date="2027-02-16 09:05:00 +0800",
  frm="Charmaine Yeo <charmaine.yeo@straitsmeridian-bank.example>", to="Goh Jun Hao <junhao.goh@mailbox.example>",
  subj="RE: Thank you - VP, Treasury Sales",
  body="""Dear Mr Goh,

Thank you for meeting the team last week, and for your kind note.

We would like to invite you for a final interview with our Managing Director, Ms Felicia Ong.

Could you please share your availability for 23-25 February by this Friday? The session will be about 45 minutes at our Marina Boulevard office.

Best regards,
Charmaine Yeo
Talent Acquisition, Straits Meridian Bank
""",
  evidence="We would like to invite you for a final interview with our Managing Director, Ms Felicia Ong.",
  note="Next round; 'by this Friday' is the candidate's availability deadline, 23-25 February the interview window.")

C(kind="next-round", short="shadow-shift-decision", date="2027-01-13 14:20:00 +1030",
  frm="Kylie Vandenberg <kylie.vandenberg@saltbush-health.example>", to="Jasmine Park <jasmine.park@mailbox.example>",
  subj="RE: Paediatric RN interview",
  body="""Hi Jasmine,

Thanks for your interview on Monday - the panel enjoyed meeting you.

We'd like you to come back for a second interview and a short shadow shift on the Paediatric ward on Friday 22 January at 10am.

We have two other candidates coming in that week, and we will make a final decision by 29 January.

Kind regards,
Kylie Vandenberg
Nurse Unit Manager, Paediatrics | Saltbush Health Network, Adelaide
""",
  evidence="We have two other candidates coming in that week, and we will make a final decision by 29 January.",
  note="Next-round invitation that also promises a decision: expect_by 29 Jan (absolute date). The 22 Jan shadow shift is the interview date, not expect_by.",
  expect=lambda d: next_abs(d, 1, 29))

C(kind="next-round", short="case-presentation-ie", date="2027-02-04 16:40:00 +0000",
  frm="Deirdre Fahy <dfahy@corribbiologics.example>", to="Ciarán Ó Murchú <ciaran.omurchu@mailbox.example>",
  subj="QC Microbiology Team Lead - next stage", cte="quoted-printable",
  body="""Hi Ciarán,

Great to speak with you on Tuesday.

I'm happy to say Dr Byrne would like to progress you to the next stage for the QC Microbiology Team Lead role.

The next stage is a 20-minute case presentation followed by a panel interview at our Ballycastle Road site on Thursday 11 February. I'll send the case brief on Monday.

Best regards,
Deirdre Fahy
Talent Partner | Corrib Biologics Ltd
""",
  evidence="I'm happy to say Dr Byrne would like to progress you to the next stage for the QC Microbiology Team Lead role.",
  note="Next round with a presentation date; 'I'll send the case brief on Monday' is material for the interview, not news of a decision.")

C(kind="next-round", short="site-visit-alberta", date="2027-03-03 10:15:00 -0700",
  frm="Greg Halvorsen <greg.halvorsen@ridgebackenergy.example>", to="Priya Raman <priya.raman@mailbox.example>",
  subj="Re: Following up - Reservoir Engineer",
  body="""Hi Priya,

Thanks for the follow-up note.

The hiring panel would like to move you forward to the final step: a site visit and technical interview at our Ridgeback Lake SAGD facility.

We're looking at Tuesday, March 16 or Thursday, March 18; flights from Calgary are covered. Let me know which works.

Greg
""" + gq("Mon, Mar 1, 2027 at 8:02 PM", "Priya Raman <priya.raman@mailbox.example>", [
      "Hi Greg,", "Just following up on my interview of February 24. I have another offer that expires on March 10,",
      "so I'd be grateful to know where things stand.", "Thanks, Priya"]),
  evidence="The hiring panel would like to move you forward to the final step: a site visit and technical interview at our Ridgeback Lake SAGD facility.",
  note="Next round; interview dates offered; candidate's quoted competing deadline (March 10) ignored.")

C(kind="next-round", short="ats-round-2", date="2027-04-06 11:00:00 -0400",
  frm="Brightwater Outfitters Careers <notifications@brightwater.hire.example>", to="renee.castillo@mailbox.example",
  subj="Application status update: Assistant Store Manager - Store #0412", enc="alt", reply=False,
  body="""Hi Renee,

Your application status has changed.

Position: Assistant Store Manager - Store #0412 (Dayton, OH)
New status: Interview - Round 2

Good news! The hiring team would like to meet you for a second-round interview with the District Manager.

Please use the link below to pick a time. This scheduling link expires in 72 hours.

https://brightwater.hire.example/s/7f3k2q

Brightwater Outfitters is an equal opportunity employer.
""",
  evidence="The hiring team would like to meet you for a second-round interview with the District Manager.",
  note="ATS status e-mail moving the candidate to round 2; 72-hour link expiry is a candidate deadline.")

C(kind="next-round", short="trustee-panel-two-weeks", date="2027-01-27 13:00:00 +0200",
  frm="Refilwe Maseko <refilwe@amandla-literacy.example>", to="Sipho Ndlovu <sipho.ndlovu@mailbox.example>",
  subj="Finance Manager - final panel",
  body="""Dear Sipho,

Thank you for your interview for the Finance Manager post at Amandla Literacy Foundation.

The shortlisting committee would like to invite you to a final panel interview with three of our trustees on Tuesday 9 February at 14:00 in our Braamfontein office (or via Zoom if you prefer).

The board aims to make a final decision within two weeks of the panel, and we will let all finalists know either way.

Kind regards,
Refilwe Maseko
Operations Director
""",
  evidence="The board aims to make a final decision within two weeks of the panel, and we will let all finalists know either way.",
  note="Next round with a decision promise relative to the panel date: 9 Feb + 14 days = 23 Feb.",
  expect=lambda d: add_days(next_abs(d, 2, 9), 14))

C(kind="next-round", short="week-6-onsite", date="2027-01-22 17:33:00 +0100",
  frm="Joost Verbeek <joost@kanaalbit.example>", to="Tomás Herrera <tomas.herrera@mailbox.example>",
  subj="Re: Thanks for the call!", cte="quoted-printable",
  body="""Hi Tomás,

Thanks for the nice call with me and Sanne last Tuesday!

We would like to invite you to the second round, that is an on-site day in our office in week 6 (8-12 February).

During the day you will do a pair-programming session and meet the team. Can you let me know which day fits you the best? We will reimburse your travel costs (2nd class train).

Groetjes,
Joost Verbeek
Tech Recruiter | Kanaalbit B.V.
""",
  evidence="We would like to invite you to the second round, that is an on-site day in our office in week 6 (8-12 February).",
  note="Dutch ESL next-round invitation using an ISO week number; week 6 is the interview window, not expect_by.")

# ----------------------------------------------------------------- TIMELINE (dated)
C(kind="timeline", short="close-of-play-wed", date="2027-01-08 12:40:00 +0000",
  frm="Hugo Ashdown <hugo.ashdown@ashcombewealth.example>", to="Sophie Lennox <sophie.lennox@mailbox.example>",
  subj="RE: Thank you - Investment Analyst interview",
  body="""Hi Sophie,

Thanks for your note, much appreciated.

Just to keep you posted: the hiring committee meets on Tuesday and I will come back to you with a decision by close of play Wednesday.

Best,
Hugo

Hugo Ashdown | Head of Research | Ashcombe Wealth Partners LLP
Authorised and regulated by the Financial Conduct Authority.
""",
  evidence="Just to keep you posted: the hiring committee meets on Tuesday and I will come back to you with a decision by close of play Wednesday.",
  note="'by close of play Wednesday' sent on Friday 8 Jan = next Wednesday 13 Jan. Tuesday committee is a step, not the promise.",
  expect=lambda d: next_weekday(d, "wed"))

C(kind="timeline", short="end-of-month-utc", date="2027-02-01 07:10:00 +1100",
  frm="Ben Carruthers <ben.carruthers@southernreachports.example>", to="Ben Tupou <ben.tupou@mailbox.example>",
  subj="Re: Terminal Operations Supervisor - follow up",
  body="""Hi Ben,

Thanks for checking in. The panel are still finalising references, but we will be in touch with an outcome before the end of the month.

Cheers,
Ben Carruthers
Southern Reach Ports | Port Botany Terminal
""",
  evidence="The panel are still finalising references, but we will be in touch with an outcome before the end of the month.",
  note="Local date is Monday 1 Feb (UTC is still 31 Jan): end of the month = 28 Feb, not 31 Jan.",
  expect=end_of_month)

C(kind="timeline", short="no-later-than-3rd", date="2027-01-20 15:25:00 +0000",
  frm="HR Department <hr@ardnaghcoco.example>", to="Niamh Brennan <niamh.brennan@mailbox.example>",
  subj="Competition ref. 2026-114 - Senior Executive Engineer", cte="8bit",
  body="""Dear Niamh,

Thank you for your email of 18 January.

I can confirm that the interview board will have completed its deliberations shortly and that all candidates will be notified no later than the 3rd.

Yours sincerely,
Máire Keating
Human Resources Department, Ardnagh County Council
""",
  evidence="I can confirm that the interview board will have completed its deliberations shortly and that all candidates will be notified no later than the 3rd.",
  note="'no later than the 3rd' sent 20 Jan = next 3rd = 3 Feb. 'email of 18 January' is a past date.",
  expect=lambda d: next_day_of_month(d, 3))

C(kind="timeline", short="five-working-days-ist", date="2027-01-15 00:20:00 +0530",
  frm="Deepa Shenoy <deepa.shenoy@suryoday-diagnostics.example>", to="Meera Pillai <meera.pillai@mailbox.example>",
  subj="Re: Lab Operations Manager - status", cte="base64",
  body="""Dear Meera,

Thank you for your patience. Your feedback from the panel has been shared with the hiring manager, and you will hear from us in the next 5 working days.

Regards,
Deepa Shenoy
HR Business Partner
Suryoday Health Diagnostics, Kochi
""",
  evidence="Your feedback from the panel has been shared with the hiring manager, and you will hear from us in the next 5 working days.",
  note="Local date Friday 15 Jan (UTC Thursday 14 Jan): 5 working days = Friday 22 Jan (UTC reading would give 21 Jan). base64.",
  expect=lambda d: add_business_days(d, 5))

C(kind="timeline", short="ten-business-days-county", date="2027-03-10 14:05:00 -0500",
  frm="Human Resources <hr-recruit@marlowbaycounty.example>", to="Adam Kowalczyk <adam.kowalczyk@mailbox.example>",
  subj="RE: Environmental Compliance Specialist II - Interview follow-up",
  body="""Dear Mr. Kowalczyk,

Thank you for interviewing for the Environmental Compliance Specialist II position and for your follow-up message.

The selecting official is reviewing the panel's recommendations. You will be notified of the selection decision within ten business days.

Respectfully,
Human Resources Division
County of Marlow Bay, Department of Public Works
Public records notice: e-mail sent to this address may be subject to disclosure. Policy revised 07/01/2026.
""",
  evidence="You will be notified of the selection decision within ten business days.",
  note="Ten business days from Wed 10 Mar = Wed 24 Mar. Footer policy date ignored.",
  expect=lambda d: add_business_days(d, 10))

C(kind="timeline", short="next-fortnight", date="2027-02-17 10:10:00 +0000",
  frm="Cressida Lowe <cressida.lowe@hartwellmuseums.example>", to="Ellis Morgan <ellis.morgan@mailbox.example>",
  subj="Re: Learning Officer interview", enc="alt", cte="quoted-printable",
  body="""Dear Ellis,

Thank you for your email – it was a pleasure to meet you.

Our Director is away this week, but we expect to contact all interviewees over the next fortnight.

Best wishes,
Cressida Lowe
Head of Learning, Hartwell Museums Trust
""",
  evidence="Our Director is away this week, but we expect to contact all interviewees over the next fortnight.",
  note="'over the next fortnight' = Date + 14 days = 3 Mar.",
  expect=lambda d: add_days(d, 14))

C(kind="timeline", short="mid-february-outlook", date="2027-01-26 09:45:00 -0500",
  frm="Nathalie Roy <nathalie.roy@lakeshore-research.example>", to="Gabrielle Fortin <gabrielle.fortin@mailbox.example>",
  subj="RE: Clinical Research Coordinator - follow-up",
  body="""Hi Gabrielle,

Thank you for following up. Our team is completing reference checks for the final candidates and we expect to have a decision by mid-February.

Best regards,
Nathalie Roy
Talent Acquisition | Lakeshore Research Institute, Toronto
""" + oq("Gabrielle Fortin <gabrielle.fortin@mailbox.example>", "January 25, 2027 8:12 PM",
          "Nathalie Roy <nathalie.roy@lakeshore-research.example>", "Clinical Research Coordinator - follow-up",
          ["Hi Nathalie,", "", "I hope you're well. I was hoping to hear back by January 29 as discussed at my interview on January 14.",
           "", "Kind regards,", "Gabrielle"]),
  evidence="Our team is completing reference checks for the final candidates and we expect to have a decision by mid-February.",
  note="'by mid-February' = 15 Feb. Outlook-quoted candidate text mentions 29 Jan and 14 Jan - ignored.",
  expect=lambda d: next_abs(d, 2, 15))

C(kind="timeline", short="weeks-time-za", date="2027-03-05 11:30:00 +0200",
  frm="Pieter van Wyk <pieter@highveldconveyor.example>", to="Lerato Mahlangu <lerato.mahlangu@mailbox.example>",
  subj="RE: Projects Engineer",
  body="""Hi Lerato,

Thanks for the mail. Our MD is in Durban this week for a client shutdown.

We will have an answer for you in a week's time.

Regards,
Pieter van Wyk
Engineering Manager, Highveld Conveyor Systems (Pty) Ltd
""",
  evidence="We will have an answer for you in a week's time.",
  note="'in a week's time' = Date + 7 = 12 Mar.",
  expect=lambda d: add_days(d, 7))

C(kind="timeline", short="panel-14-jan-next-day", date="2027-01-05 16:00:00 +0000",
  frm="Dr Ruth Penhaligon <r.penhaligon@stcolumba-college.example>", to="Dr Kofi Osei <kofi.osei@mailbox.example>",
  subj="Re: Lectureship in Medieval History",
  body="""Dear Dr Osei,

Thank you for your message and for your presentation before Christmas.

The appointing committee will meet after the panel on 14 January, so expect a call the following day.

With best wishes,
Ruth Penhaligon
Head of School, St Columba College
""",
  evidence="The appointing committee will meet after the panel on 14 January, so expect a call the following day.",
  note="'after the panel on 14 January, so expect a call the following day' = 15 Jan.",
  expect=lambda d: add_days(next_abs(d, 1, 14), 1))

C(kind="timeline", short="week-commencing", date="2027-01-28 13:20:00 +0000",
  frm="Gareth Bowen <gareth.bowen@brannockbuild.example>", to="Jack Ellery <jack.ellery@mailbox.example>",
  subj="RE: Site Manager role",
  body="""Hi Jack,

Thanks for your patience. We're seeing the last two candidates next week and will let everyone know the outcome during the week commencing 8 February.

Regards,
Gareth Bowen
Operations Director, Brannock Build Ltd
Registered in England and Wales No. 00000000
""",
  evidence="We're seeing the last two candidates next week and will let everyone know the outcome during the week commencing 8 February.",
  note="'during the week commencing 8 February' = latest day, the Friday 12 Feb.",
  expect=lambda d: friday_of_week_commencing(next_abs(d, 2, 8)))

C(kind="timeline", short="monday-at-latest", date="2027-02-26 18:15:00 +1100",
  frm="Mia Hartigan <mia@harbourlight-recruit.example>", to="Chloe Nguyen <chloe.nguyen@mailbox.example>",
  subj="Re: Venue Manager - Circular Quay",
  body="""Hi Chloe,

Just a quick one - the client is finalising their decision over the weekend. You'll hear from me by Monday at the latest.

Mia
Harbourlight Recruitment | Hospitality & Events
""",
  evidence="You'll hear from me by Monday at the latest.",
  note="Sent Friday 26 Feb (local): 'by Monday at the latest' = Monday 1 Mar.",
  expect=lambda d: next_weekday(d, "mon"))

C(kind="timeline", short="us-slash-2-12", date="2027-01-29 10:30:00 -0600",
  frm="Cody Mercer <cmercer@lonecypressmidstream.example>", to="Alexis Boyd <alexis.boyd@mailbox.example>",
  subj="RE: Pipeline Integrity Engineer",
  body="""Hi Alexis,

Thanks for the follow-up. The hiring manager is out at a field location this week, but she's committed to making a call by 2/12.

Thanks,
Cody Mercer
Recruiting Partner
Lone Cypress Midstream, LLC | 800 Bayou Pkwy, Houston, TX 77002 | (713) 555-0148
""",
  evidence="The hiring manager is out at a field location this week, but she's committed to making a call by 2/12.",
  note="US sender (Houston, TX, US phone format): 2/12 is month/day = 12 Feb 2027.",
  expect=lambda d: next_abs(d, 2, 12))

C(kind="timeline", short="uk-slash-5-3", date="2027-02-18 14:00:00 +0000",
  frm="Mrs J. Featherstone <jfeatherstone@staldrics.example>", to="Imogen Clarke <imogen.clarke@mailbox.example>",
  subj="Re: Teacher of Geography - interview",
  body="""Dear Imogen,

Thank you for your email. The shortlisting panel will reconvene after half-term and we hope to let you know by 5/3.

Kind regards,
Jane Featherstone
HR Manager, St Aldric's Academy, Kettering, Northamptonshire
St Aldric's Academy Trust is a charitable company limited by guarantee registered in England and Wales.
""",
  evidence="The shortlisting panel will reconvene after half-term and we hope to let you know by 5/3.",
  note="UK school sender (half-term, England and Wales): 5/3 is day/month = 5 March 2027 (not 3 May).",
  expect=lambda d: next_abs(d, 3, 5))

C(kind="timeline", short="jan-dot-22-gmail-quote", date="2027-01-11 09:05:00 -0800",
  frm="Rosa Jimenez <rosa@cascadiayouthorch.example>", to="Sam Delacroix <sam.delacroix@mailbox.example>",
  subj="Re: Education & Community Manager interview",
  body="""Hi Sam,

Thanks for following up! We're wrapping up interviews this week and plan to make a decision by Jan. 22.

Warmly,
Rosa
Executive Director, Cascadia Youth Orchestra
""" + gq("Fri, Jan 8, 2027 at 4:51 PM", "Sam Delacroix <sam.delacroix@mailbox.example>", [
      "Hi Rosa,", "", "Thank you again for Wednesday. Just so you know, I have a competing deadline of January 15,",
      "so any sense of timing would help.", "", "Best, Sam"]),
  evidence="We're wrapping up interviews this week and plan to make a decision by Jan. 22.",
  note="'by Jan. 22' = 22 Jan 2027. Gmail-quoted candidate deadline (January 15) ignored.",
  expect=lambda d: next_abs(d, 1, 22))

C(kind="timeline", short="br-retorno-ddmmyyyy", date="2027-01-14 17:10:00 -0300",
  frm="Fernanda Azevedo <fernanda.azevedo@vitoria-alimentos.example>", to="Rafael Duarte <rafael.duarte@mailbox.example>",
  subj="RE: Processo seletivo - Coordenador de Qualidade", charset="iso-8859-1", cte="quoted-printable",
  body="""Hi Rafael,

Thank you for your message and for the interview last Monday.

We will give you a return until 22-01-2027, after the approval of our director.

Att,
Fernanda Azevedo
Gente & Gestão - Vitória Alimentos S.A.
São Paulo - SP
""",
  evidence="We will give you a return until 22-01-2027, after the approval of our director.",
  note="Brazilian ESL ('give you a return until' = get back by), dd-mm-yyyy: 22 Jan 2027. ISO-8859-1 QP.",
  expect=lambda d: dt.date(2027, 1, 22))

C(kind="timeline", short="by-friday-late-night", date="2027-01-14 23:30:00 -0800",
  frm="Drew Kaplan <drew@parcelwise.example>", to="Morgan Ellis <morgan.ellis@mailbox.example>",
  subj="Re: Ops Analyst follow-up",
  body="""Hi Morgan,

Sorry for the late reply, long day of interviews on our side.

Quick update: the team is meeting in the morning and I'll get back to you with a decision by Friday.

Drew
Head of Operations, Parcelwise
""",
  evidence="Quick update: the team is meeting in the morning and I'll get back to you with a decision by Friday.",
  note="Local date Thursday 14 Jan 23:30 -0800 (UTC already Friday 15 Jan): 'by Friday' = 15 Jan; a UTC reading would give 22 Jan.",
  expect=lambda d: next_weekday(d, "fri"))

# ----------------------------------------------------------------- TIMELINE (vague)
C(kind="timeline", short="checking-in-no-date", date="2027-01-19 11:00:00 -0500",
  frm="Brianna Holt <brianna@keystonetalent.example>", to="Nikhil Rao <nikhil.rao@mailbox.example>",
  subj="Checking in",
  body="""Hi Nikhil,

Just checking in to let you know I'm still waiting to hear from the hiring manager on the Product Marketing role.

I know the waiting is the worst part. I'll let you know as soon as I hear anything.

Brianna
Keystone Talent Partners
""",
  evidence="Just checking in to let you know I'm still waiting to hear from the hiring manager on the Product Marketing role.",
  note="Recruiter check-in, still waiting, no date: timeline with expect_by null.")

C(kind="timeline", short="after-holidays-closure", date="2026-12-18 15:30:00 +0000",
  frm="Graduate Recruitment <graduates@marlowefinch.example>", to="Tom Okonjo <tom.okonjo@mailbox.example>",
  subj="RE: Vacation scheme interview - thank you",
  body="""Dear Tom,

Thank you for your email.

As many of the partners are now away, we will be in touch after the holidays with an update.

Kind regards,
Graduate Recruitment Team
Marlowe & Finch LLP

Please note our offices will be closed from 24 December and will reopen on 4 January.
""",
  evidence="As many of the partners are now away, we will be in touch after the holidays with an update.",
  note="'after the holidays' is vague: null. Office reopening on 4 January is an office closure, not expect_by.")

C(kind="timeline", short="ats-under-review-html", date="2027-02-10 07:00:00 +0000",
  frm="Fennick Insurance Group Careers <careers@fennick-insurance.example>", to="laura.quinn@mailbox.example",
  subj="Your application status", enc="html", reply=False,
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Application status</title></head>
<body style="margin:0;background:#f3f4f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff">
<tr><td><h2 style="color:#123c69">Hi Laura,</h2>
<p>Your application for Data Protection Officer (REQ-5531) is now: <b>Under review by the hiring team</b>.</p>
<p>Thank you for attending your interview. We will contact you when there is an update.</p>
<p><a href="https://careers.fennick-insurance.example/status/5531">View your application</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Last updated: 10/02/2027. Copyright 2027 Fennick Insurance Group plc. Registered office: 1 Example Square, Manchester.</td></tr>
</table></td></tr></table>
</body></html>
""",
  body="We will contact you when there is an update.",
  evidence="We will contact you when there is an update.",
  note="HTML-only ATS status e-mail, no date promised: null. 'Last updated' footer date ignored.")

C(kind="timeline", short="coming-weeks-rn", date="2027-03-18 12:00:00 -0400",
  frm="Sandra Mwangi <smwangi@riverbend-health.example>", to="Olivia Chan <olivia.chan@mailbox.example>",
  subj="RE: Registered Nurse - Medicine interview", enc="alt",
  body="""Hello Olivia,

Thank you for your note following your interview on March 11.

We are still interviewing for the remaining RN positions and expect to make decisions in the coming weeks.

Regards,
Sandra Mwangi, RN, BScN
Clinical Manager, General Medicine
Riverbend Health Sciences Centre, Ontario
""",
  evidence="We are still interviewing for the remaining RN positions and expect to make decisions in the coming weeks.",
  note="'in the coming weeks' is vague: null. Past interview date ignored.")

C(kind="timeline", short="works-council-de", date="2027-04-13 10:20:00 +0200",
  frm="Lena Hoffmann <lena.hoffmann@nordwind-energie.example>", to="Daniel Adeyemi <daniel.adeyemi@mailbox.example>",
  subj="AW: Thank you for the interview", charset="iso-8859-1", cte="quoted-printable",
  body="""Dear Mr. Adeyemi,

thank you for your mail and the interesting talk on Friday.

We have a positive impression, but in Germany the works council (Betriebsrat) must agree to every hiring. We will inform you about the result once the works council has given its approval.

Best regards
Lena Hoffmann
HR Business Partner
Nordwind Energie GmbH · Bremen
""",
  evidence="We will inform you about the result once the works council has given its approval.",
  note="German ESL; news depends on an undated event: timeline null. Not an offer ('positive impression').")

C(kind="timeline", short="due-course-sg", date="2027-04-22 16:45:00 +0800",
  frm="HR Services <hr_services@civicport-authority.example>", to="Farhan Ismail <farhan.ismail@mailbox.example>",
  subj="Ref: CPA/2027/04/0193 - Executive (Corporate Planning)",
  body="""Dear Mr Farhan,

Thank you for attending the interview on 20 April 2027.

The interview panel's recommendations are being reviewed and the outcome will be communicated to you in due course.

Thank you for your interest in a career with us.

HR Services
Civic Port Authority of Singapore
""",
  evidence="The interview panel's recommendations are being reviewed and the outcome will be communicated to you in due course.",
  note="'in due course' is vague: null. Reference number contains 2027/04; past interview date ignored.")

# ----------------------------------------------------------------- REQUESTS
C(kind="request", short="referees-hope-decide", date="2027-01-20 10:00:00 +0000",
  frm="Alison Threlfall <alison.threlfall@kestrelfreight.example>", to="Farah Siddiqui <farah.siddiqui@mailbox.example>",
  subj="Transport Planner - references",
  body="""Dear Farah,

Thank you again for coming in on Monday.

Could you please send me the names and contact details of two referees, one of whom should be your current or most recent line manager?

We hope to decide by 29 January, so it would help to have them by Friday.

Kind regards,
Alison Threlfall
HR Advisor, Kestrel Freight UK Ltd
""",
  evidence="We hope to decide by 29 January, so it would help to have them by Friday.",
  note="Request for referees that also gives a decision date: expect_by 29 Jan. 'by Friday' is the candidate's deadline.",
  expect=lambda d: next_abs(d, 1, 29))

C(kind="request", short="right-to-work", date="2027-03-29 09:10:00 +0100",
  frm="Marcus Reilly <gm@gullandanchor.example>", to="Ana Popescu <ana.popescu@mailbox.example>",
  subj="Re: Head Receptionist",
  body="""Hi Ana,

Lovely to meet you on Friday.

Before we can confirm anything, we need to see your right-to-work documents. Please bring your passport or send me your share code, and pop into the hotel on Thursday between 10 and 4 if you can.

Thanks,
Marcus Reilly
General Manager, The Gull & Anchor Hotel, Whitby
""",
  evidence="Before we can confirm anything, we need to see your right-to-work documents.",
  note="Request for documents (BST offset +0100). Thursday is the candidate's visit, not expect_by.")

C(kind="request", short="case-study-deck", date="2027-02-03 13:00:00 -0800",
  frm="Juniper Oyelaran <juniper@fernhollow.example>", to="Riley Sato <riley.sato@mailbox.example>",
  subj="Re: thanks for today", enc="alt",
  body="""Hi Riley,

It was great chatting with you and the team really liked your packaging work.

Could you send over the full case study deck you referenced, ideally by Friday? Our creative director wants to look at it before we talk next steps.

Thanks!
Juniper
Studio Manager, Fernhollow Studio
""",
  evidence="Could you send over the full case study deck you referenced, ideally by Friday?",
  note="Portfolio request; 'by Friday' is the candidate's deadline, no decision date.")

C(kind="request", short="bgv-consent-b64", date="2027-02-11 11:11:00 +0530",
  frm="Onboarding Team <onboarding@nilgiri-pharma.example>", to="Arjun Nair <arjun.nair@mailbox.example>",
  subj="Pre-offer documentation - Regulatory Affairs Executive", cte="base64",
  body="""Dear Arjun,

Greetings from Nilgiri Pharmaceuticals.

As part of our pre-offer process, please fill in the attached background verification consent form and share scanned copies of your PAN card, last three payslips and relieving letter.

Please share the documents latest by 15-02-2027 so that the verification can be initiated.

Regards,
Onboarding Team
Nilgiri Pharmaceuticals Ltd. – Hyderabad
""",
  evidence="As part of our pre-offer process, please fill in the attached background verification consent form and share scanned copies of your PAN card, last three payslips and relieving letter.",
  note="Document request (not an offer: 'pre-offer'); 15-02-2027 is the candidate's deadline. base64.")

C(kind="request", short="salary-expectations", date="2027-03-22 08:50:00 -0700",
  frm="Kendra Wallace <kendra@summitpeakstaffing.example>", to="Luis Ortega <luis.ortega@mailbox.example>",
  subj="Quick question",
  body="""Morning Luis,

Great feedback from Thursday's interview with the warehouse leadership team!

Before I go back to the hiring manager, can you share your salary expectations and earliest start date?

Kendra Wallace
Senior Recruiter, Summit Peak Staffing | Phoenix, AZ
""",
  evidence="Before I go back to the hiring manager, can you share your salary expectations and earliest start date?",
  note="Recruiter request for salary and start date; positive feedback is not an offer.")

C(kind="request", short="health-questionnaire", date="2027-04-08 09:00:00 +1000",
  frm="Talent Services <talent@gumtree-aged-care.example>", to="Grace Ellison <grace.ellison@mailbox.example>",
  subj="Action required: pre-employment health declaration", enc="alt", reply=False,
  body="""Hi Grace,

Thank you for interviewing for the Enrolled Nurse - Residential Care role at Gumtree Aged Care, Ballarat.

To keep your application moving, please complete the pre-employment health declaration and upload your AHPRA registration using the secure link below.

https://talent.gumtree-aged-care.example/forms/ph-2207

The link will expire 48 hours after this email was sent.

Talent Services Team
""",
  evidence="To keep your application moving, please complete the pre-employment health declaration and upload your AHPRA registration using the secure link below.",
  note="Request for forms; link expiry is a candidate deadline (AEST +1000 after DST ended).")

C(kind="request", short="notice-period-22nd-jan", date="2027-01-12 14:30:00 +0800",
  frm="Jolene Teo <jolene.teo@lionsgatesearch.example>", to="Arjun Menon <arjun.menon@mailbox.example>",
  subj="RE: Regional Compliance Manager",
  body="""Hi Arjun,

Thanks for your time on the phone this morning. Could you confirm your notice period and your expected salary?

The client has finished the second round and we aim to confirm the outcome by 22nd Jan.

Best regards,
Jolene Teo
Principal Consultant, Lionsgate Search Pte Ltd | EA Licence No. 00X0000
""",
  evidence="The client has finished the second round and we aim to confirm the outcome by 22nd Jan.",
  note="Singapore recruiter request that also gives an outcome date: expect_by 22 Jan ('22nd Jan').",
  expect=lambda d: next_abs(d, 1, 22))

C(kind="request", short="transcripts-html", date="2027-02-22 15:00:00 -0500",
  frm="Faculty Relations Office <facrel@uofnorthshore.example>", to="Dr. Mateus Lindqvist <mateus.lindqvist@mailbox.example>",
  subj="Documentation for your file - Lecturer, Nursing", enc="html", cte="quoted-printable", reply=False,
  body="""Dear Dr. Lindqvist,

Thank you for your campus visit on February 16 and 17.

Could you please arrange for official transcripts of your graduate degrees to be sent directly to the Faculty Relations Office?

We also require a copy of your current CNO registration. Electronic transcripts may be sent to the address above.

Sincerely,
Faculty Relations Office
University of North Shore, Ontario
""",
  evidence="Could you please arrange for official transcripts of your graduate degrees to be sent directly to the Faculty Relations Office?",
  note="HTML-only request; past campus-visit dates ignored.")

C(kind="request", short="dbs-application-alt", date="2027-04-26 12:00:00 +0100",
  frm="Safer Recruitment <recruitment@oakhaventrust.example>", to="Bethan Lloyd <bethan.lloyd@mailbox.example>",
  subj="Teaching Assistant - DBS and references", enc="alt", cte="quoted-printable", reply=False,
  body="""Dear Bethan,

Thank you for attending interview at Oakhaven Primary on 21 April.

Please complete the enhanced DBS application using the link in this email, and let us know the best contact details for your two referees.

Your documents must be verified in person before any start date can be agreed; please bring them to the school office on 30 April.

Safer Recruitment Team
Oakhaven Learning Trust
""",
  evidence="Please complete the enhanced DBS application using the link in this email, and let us know the best contact details for your two referees.",
  note="Request (DBS + referees); past interview and document-check date ignored.")

# ----------------------------------------------------------------- ACKNOWLEDGEMENTS
C(kind="acknowledgement", short="kind-note-wed-dec-2", date="2026-12-04 17:20:00 -0500",
  frm="Dr. Lauren Whitcombe <lwhitcombe@greenfieldmemorial.example>", to="Gina Russo <gina.russo@mailbox.example>",
  subj="Re: Thank you - Clinical Pharmacist interview",
  body="""Thanks so much for your kind note, Gina.

It was great meeting you on Wednesday, December 2, and the team enjoyed your questions about antimicrobial stewardship.

All the best,
Lauren

Lauren Whitcombe, PharmD, BCPS
Director of Pharmacy, Greenfield Memorial Hospital
""",
  evidence="Thanks so much for your kind note, Gina.",
  note="Thanks only; the interview date already happened. No promise of news.")

C(kind="acknowledgement", short="ats-message-received", date="2027-01-04 03:12:00 +0000",
  frm="Talent Team <talent-noreply@orbisgrid.example>", to="jamal.wright@mailbox.example",
  subj="We received your message", reply=False, enc="alt",
  body="""Hello Jamal,

Thank you for your message. It has been added to your candidate profile and shared with the recruiting team for Requisition 88231 (Grid Protection Engineer).

You can view the status of your application at any time in the candidate portal.

Orbis Grid Careers
""",
  evidence="It has been added to your candidate profile and shared with the recruiting team for Requisition 88231 (Grid Protection Engineer).",
  note="Automated ATS receipt of the candidate's note: acknowledgement (not an out-of-office auto-reply); no timeline.")

C(kind="acknowledgement", short="passed-to-vikram", date="2027-01-27 18:05:00 +0530",
  frm="Aditi Bose <aditi.bose@indigoleaf-consulting.example>", to="Neha Joshi <neha.joshi@mailbox.example>",
  subj="Re: Thank you note",
  body="""Hi Neha,

Thanks, I've passed your note on to Vikram. He is travelling until 5 February but he does read his mail.

Regards,
Aditi
Executive Assistant to the Managing Partner, Indigo Leaf Consulting
""",
  evidence="Thanks, I've passed your note on to Vikram.",
  note="Acknowledgement; 'travelling until 5 February' is not a promise of news.")

C(kind="acknowledgement", short="nice-mail-de", date="2026-12-11 09:40:00 +0100",
  frm="Stefan Brückner <s.brueckner@lindqvist-brueckner.example>", to="Ayşe Demir <ayse.demir@mailbox.example>",
  subj="AW: Thank you", charset="iso-8859-1", cte="quoted-printable",
  body="""Dear Ms. Demir,

Thank you very much for your nice mail after our conversation on 10 December.

I was also happy to meet you and I have forwarded your mail to my colleagues in the architecture team.

Mit freundlichen Grüßen / Best regards
Stefan Brückner
Lindqvist & Brückner Architekten PartG mbB
Partnerschaftsregister AG Köln PR 0000 · Stand: 01.12.2026
""",
  evidence="Thank you very much for your nice mail after our conversation on 10 December.",
  note="German ESL acknowledgement; past conversation date and footer date ignored. ISO-8859-1 QP body (umlauts); the To display name with a Turkish letter is RFC 2047 UTF-8 encoded.")

C(kind="acknowledgement", short="lovely-to-meet", date="2027-03-11 20:10:00 +1100",
  frm="Naomi Fraser <naomi.fraser@bayside-childrens.example>", to="Ruby Whelan <ruby.whelan@mailbox.example>",
  subj="Re: Thank you",
  body="""Hi Ruby,

It was lovely to meet you on Tuesday and thank you for the thoughtful email.

Naomi
Nurse Educator, Bayside Children's Hospital, Melbourne
""",
  evidence="It was lovely to meet you on Tuesday and thank you for the thoughtful email.",
  note="Pure thanks, no timeline.")

C(kind="acknowledgement", short="outlook-quoted-update", date="2027-02-09 11:00:00 +0000",
  frm="Catherine Osei-Bonsu <c.oseibonsu@crownmere-housing.example>", to="Daniel Hartley <daniel.hartley@mailbox.example>",
  subj="RE: Housing Officer interview - thank you",
  body="""Thank you for your email, Daniel, which I have shared with the panel.

Kind regards,
Catherine

Catherine Osei-Bonsu
Neighbourhood Services Manager, Crownmere Housing Association
""" + oq("Daniel Hartley <daniel.hartley@mailbox.example>", "Monday, February 8, 2027 5:47 PM",
          "Catherine Osei-Bonsu <c.oseibonsu@crownmere-housing.example>", "Housing Officer interview - thank you",
          ["Dear Catherine,", "", "Thank you for the interview on Friday 5 February. I'd welcome an update by 19 February if at all possible,",
           "as I have been asked to confirm another position.", "", "Best wishes,", "Daniel Hartley"]),
  evidence="Thank you for your email, Daniel, which I have shared with the panel.",
  note="Acknowledgement; Outlook-quoted candidate text asks for an update by 19 February - ignored.")

C(kind="acknowledgement", short="law-footer-dates", date="2027-03-31 16:30:00 -0400",
  frm="Philip Ambrose <pambrose@ambrosekeane.example>", to="Wendy Chen <wendy.chen@mailbox.example>",
  subj="RE: Thank you - Litigation Associate",
  body="""Ms. Chen,

Thank you for the thoughtful follow-up; I've shared it with the hiring committee.

Philip Ambrose
Partner | Ambrose Keane LLP | 250 Example Avenue, New York, NY 10017

This message was sent on March 31, 2027 and may contain information that is privileged or confidential. Our offices will be closed on April 9, 2027 for a firm-wide retreat. Attorney Advertising.
""",
  evidence="Thank you for the thoughtful follow-up; I've shared it with the hiring committee.",
  note="Acknowledgement; legal footer carries a send date and an office-closure date - neither is expect_by.")

C(kind="acknowledgement", short="lovely-note-1252", date="2027-04-15 08:25:00 +0200",
  frm="Michelle Botha <michelle.botha@karoo-vineyards.example>", to="Zanele Khumalo <zanele.khumalo@mailbox.example>",
  subj="RE: Tasting Room Manager", charset="windows-1252", cte="quoted-printable",
  body="""Morning Zanele

Thanks for the lovely note, Zanele – it’s much appreciated.

The team loved your ideas for the winter tastings.

Michelle Botha
Karoo Vineyards Estate | Stellenbosch Road
""",
  evidence="Thanks for the lovely note, Zanele – it’s much appreciated.",
  note="Acknowledgement in windows-1252 QP (en dash, curly apostrophe in evidence).")

C(kind="acknowledgement", short="referees-received-ie", date="2027-04-20 14:45:00 +0100",
  frm="Eimear Lynch <eimear.lynch@shannonside-credit.example>", to="Conor Hegarty <conor.hegarty@mailbox.example>",
  subj="RE: Referees",
  body="""Hi Conor,

Thank you for sending through your referees' details; I've received both.

Eimear Lynch
People & Culture, Shannonside Credit Union
Registered with the Registry of Credit Unions, no. 000CU
""",
  evidence="Thank you for sending through your referees' details; I've received both.",
  note="Acknowledgement of documents; no timeline.")

# ----------------------------------------------------------------- AUTO-REPLIES
C(kind="auto-reply", short="outlook-back-4-jan", date="2026-12-23 08:02:00 +0000",
  frm="Harriet Cole <harriet.cole@meridianlogistics.example>", to="Sean Byrne <sean.byrne@mailbox.example>",
  subj="Automatic reply: Thank you - Logistics Coordinator interview",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "harriet.cole@meridianlogistics.example"), ("Thread-Topic", "Thank you - Logistics Coordinator interview")],
  body="""Thank you for your email.

I am out of the office from Wednesday 23 December, returning on Monday 4 January.

For urgent recruitment queries please contact recruitment@meridianlogistics.example.

Harriet Cole | Talent Acquisition Manager | Meridian Logistics Group
""",
  evidence="I am out of the office from Wednesday 23 December, returning on Monday 4 January.",
  note="Outlook automatic reply; returns_on 4 Jan 2027 (year rolls over).",
  returns=lambda d: next_abs(d, 1, 4))

C(kind="auto-reply", short="gmail-vacation-1-march", date="2027-02-20 10:30:00 -0800",
  frm="Evan Lindgren <evan.lindgren@tidepoolrobotics.example>", to="Hana Suzuki <hana.suzuki@mailbox.example>",
  subj="Out of office", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
  body="""Hi there,

I'm away from Saturday 20 February with no access to email, returning Monday 1 March.

If this is about an open role at Tidepool Robotics, please write to jobs@tidepoolrobotics.example and the team will get back to you.

Evan
""",
  evidence="I'm away from Saturday 20 February with no access to email, returning Monday 1 March.",
  note="Gmail-style vacation responder; returns_on 1 Mar. 'the team will get back to you' is undated.",
  returns=lambda d: next_abs(d, 3, 1))

C(kind="auto-reply", short="parental-leave-inclusive", date="2027-01-11 09:00:00 +0000",
  frm="Rhiannon Price <rhiannon.price@calderfield-uni.example>", to="Malik Hassan <malik.hassan@mailbox.example>",
  subj="Automatic reply: Research Fellow interview - thank you",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")],
  body="""Thank you for your message.

I am on parental leave from 4 January to 2 May 2027 inclusive.

During this time, questions about the Research Fellow recruitment should go to Professor Alan Whitby (a.whitby@calderfield-uni.example), who is chairing the panel in my absence.

Dr Rhiannon Price
School of Chemistry, Calderfield University
""",
  evidence="I am on parental leave from 4 January to 2 May 2027 inclusive.",
  note="Parental leave ending 2 May inclusive: returns_on = day after = 3 May 2027.",
  returns=lambda d: add_days(dt.date(2027, 5, 2), 1))

C(kind="auto-reply", short="conference-lisbon", date="2027-02-15 13:45:00 +0000",
  frm="Femke Jansen <f.jansen@deltaport-analytics.example>", to="Oscar Lindahl <oscar.lindahl@mailbox.example>",
  subj="Automatisch antwoord: Follow-up on my interview", extra=[("Auto-Submitted", "auto-replied")],
  body="""Hello,

I'm at a conference in Lisbon until Thursday 18 February and will be back in the office on Monday 22 February.

I will have limited access to my e-mail. For recruitment matters you can contact hr@deltaport-analytics.example.

Femke Jansen
Deltaport Analytics
""",
  evidence="I'm at a conference in Lisbon until Thursday 18 February and will be back in the office on Monday 22 February.",
  note="Conference auto-reply (Dutch subject prefix, sent from Lisbon +0000); explicit 'back ... Monday 22 February' wins over the 18 Feb end.",
  returns=lambda d: next_abs(d, 2, 22))

C(kind="auto-reply", short="de-en-abwesenheit", date="2027-01-02 10:00:00 +0100",
  frm="Dr. Markus Albrecht <m.albrecht@windkraft-nordsee.example>", to="Ines Carvalho <ines.carvalho@mailbox.example>",
  subj="Abwesenheitsnotiz / Out of office: Ihre Nachricht", charset="iso-8859-1", cte="quoted-printable",
  extra=[("Auto-Submitted", "auto-replied")],
  body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Januar 2027 nicht im Büro. Ab Montag, 11. Januar bin ich wieder erreichbar.

Bewerberinnen und Bewerber für die Stelle Projektingenieur Windenergie erhalten bis zum 15. Januar 2027 eine Rückmeldung.

---

Dear Sir or Madam,

Thank you for your message. I am out of the office up to and including 8 January 2027 and will be back on Monday, 11 January.

Applicants for the Project Engineer Wind Energy position will receive feedback by 15 January 2027.

Dr. Markus Albrecht
Leiter Personal / Head of HR
Windkraft Nordsee GmbH · Husum
""",
  evidence="Thank you for your message. I am out of the office up to and including 8 January 2027 and will be back on Monday, 11 January.",
  note="German+English out-of-office (the English evidence; 'Applicants for the Project Engineer Wind Energy position will receive feedback by 15 January 2027.'). returns_on 11 Jan (explicit 'back on Monday, 11 January'); the auto-reply also promises feedback by 15 Jan 2027 = expect_by. ISO-8859-1 QP.",
  returns=lambda d: next_abs(d, 1, 11), expect=lambda d: dt.date(2027, 1, 15))

C(kind="auto-reply", short="travelling-no-date", date="2027-04-01 06:30:00 +0530",
  frm="Sanjay Kapoor <sanjay.kapoor@meghdoot-aviation.example>", to="Ritika Sharma <ritika.sharma@mailbox.example>",
  subj="Auto Reply: Cabin Crew Trainer - thank you", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="""Dear Sender,

I am currently travelling with limited access to email and will respond as soon as possible.

For urgent matters please call the HR desk on +91 00000 00000.

Sanjay Kapoor
Head - Inflight Training, Meghdoot Aviation
""",
  evidence="I am currently travelling with limited access to email and will respond as soon as possible.",
  note="Auto-reply with no return date: returns_on null.")

# Timeline cases (28): 21 with a date, 7 vague (null).
import dates as D

CASES = [
dict(n=261, kind="timeline", short="law-trainee-contract-panel", date="2026-12-02 16:20 +0000", client="outlook",
 frm=("Harriet Okonjo", "h.okonjo@fenwickhale-law.example"), to=("Tom Brierley", "tom.brierley@postbox.example"),
 subject="RE: Training contract interview - thank you", mode="alt", cte="quoted-printable", charset="windows-1252", qstyle="outlook",
 body="""Dear Tom,

Thank you for taking the time to write after Monday's panel – it was good to meet you, and the partners enjoyed the discussion of the Halvorsen arbitration.

We are seeing the last two candidates tomorrow. We expect to let all candidates know by the close of next week. If you have not heard from me by then, please do chase.

Kind regards,
Harriet

Harriet Okonjo | Graduate Recruitment Manager
Fenwick Hale LLP | 14 Cardwell Street, London EC2A 4PX
This email is confidential. Fenwick Hale LLP is a limited liability partnership registered in England and Wales (OC 555019). Our privacy notice was last updated on 1 September 2026.""",
 quote=dict(sent="Monday, 30 November 2026 19:04", text="""Dear Harriet,

Many thanks for arranging today's panel. For completeness, I have an offer elsewhere that I need to answer by 9 December, and I could start any time from 6 September 2027.

Best wishes,
Tom"""),
 eb=D.end_of_next_week, ev="We expect to let all candidates know by the close of next week.",
 note="'by the close of next week' = Friday of the next Monday-Sunday week. Traps: candidate's own deadline (9 December) and start date in quoted Outlook text; privacy-notice date in footer."),

dict(n=262, kind="timeline", short="icu-nurse-followup", date="2026-12-03 23:40 -0800", client="gmail", mode="alt",
 frm=("Dana Whitcombe", "dwhitcombe@mercyvale-health.example"), to=("Luis Ferreira", "luis.ferreira.rn@mailbox.example"),
 subject="Re: Following up - ICU RN position (Req 44812)",
 body="""Hi Luis,

Sorry for the late reply, it's been a long shift. The unit manager and I went over the panel notes tonight and you're one of two finalists.

I'll have an answer for you by Friday, one way or the other.

Thanks for your patience!
Dana

--
Dana Whitcombe, BSN, RN
Nurse Recruiter, Mercy Vale Health
Mercy Vale Health is an equal opportunity employer.""",
 quote=dict(attr="On Tue, Dec 1, 2026 at 8:15 AM Luis Ferreira <luis.ferreira.rn@mailbox.example> wrote:", text="""Hi Dana,

I wanted to follow up on my interview of November 24. I was told I might hear by Monday. I'm still very interested.

Luis"""),
 eb=lambda d: D.next_weekday(d, "Fri"), utc_trap=True, ev="I'll have an answer for you by Friday, one way or the other.",
 note="Weekday name = next such weekday after the local date (Thursday evening, Pacific time). Traps: quoted candidate text mentions 'by Monday' and 24 November."),

dict(n=263, kind="timeline", short="backend-dev-berlin", date="2026-12-07 09:12 +0100", client="thunderbird",
 frm=("Jörg Weißenborn", "j.weissenborn@kranich-software.example"), to=("Amira Haddad", "amira.haddad@webpost.example"),
 subject="Re: Thank you for the interview on Friday", cte="quoted-printable",
 body="""Dear Mrs. Haddad,

thank you very much for your kind mail and also for the time you took on Friday for our technical interview.

We have still two more interviews this week with other candidates. After this the team lead and me will discuss together and you will get our feedback in the coming 10 working days.

Please excuse when it takes a bit longer than you maybe hoped, in December many colleagues are on holiday.

With best regards
Jörg Weißenborn
Head of Platform Engineering

Kranich Software GmbH · Brunnenstraße 88 · 10119 Berlin
Geschäftsführer: Ulrike Sand · Amtsgericht Charlottenburg HRB 240117""",
 quote=dict(attr="Am 04.12.2026 um 18:31 schrieb Amira Haddad:", text="""Dear Mr. Weißenborn,

thank you for today's interview. My notice period ends on 31.01.2027.

Best regards,
Amira Haddad"""),
 eb=lambda d: D.business_days(d, 10), ev="After this the team lead and me will discuss together and you will get our feedback in the coming 10 working days.",
 note="'in the coming 10 working days' = Date + 10 business days. Second-language English. Traps: German-format quoted notice-period date; German quoting attribution."),

dict(n=264, kind="timeline", short="lecturer-marine-biology", date="2027-03-02 14:05 +1100", client="outlook", mode="alt",
 frm=("Prof. Meredith Kaur", "m.kaur@coralbay-uni.example"), to=("Dr Samuel Aduwa", "s.aduwa@researchmail.example"),
 subject="RE: Lecturer in Marine Ecology - following up", qstyle="outlook",
 body="""Dear Samuel,

Thanks for your follow-up, and apologies for the silence. The selection committee has now seen all shortlisted candidates, including the one we interviewed by video from Lisbon last week.

We're aiming to make a recommendation to the Dean and contact everyone before the Easter break.

Warm regards,
Meredith

Professor Meredith Kaur
Head, School of Marine Sciences
Coral Bay University | CRICOS Provider 09921X
We acknowledge the Traditional Custodians of the lands on which we work.""",
 quote=dict(sent="Monday, 1 March 2027 9:40 AM", text="""Dear Professor Kaur,

I'm writing to follow up on my interview of 17 February. Could you let me know the likely timeline? My current contract runs to 30 June 2027.

Kind regards,
Samuel"""),
 eb=D.before_easter_break, ev="We're aiming to make a recommendation to the Dean and contact everyone before the Easter break.",
 note="New rule: 'before the Easter break' = Maundy Thursday (Easter Sunday minus 3 days; Easter 2027 = 28 March). Traps: contract end date and interview date in quoted text."),

dict(n=265, kind="timeline", short="strategy-consultant-utrecht", date="2026-12-08 11:47 +0100", client="gmail", mode="alt",
 frm=("Sanne de Vries", "sanne.devries@vanderlaan-advisory.example"), to=("Oliver Grant", "oliver.grant@inbox.example"),
 subject="Re: Thank you - second interview",
 body="""Hi Oliver,

Thank you for your nice message, we also enjoyed the case discussion a lot.

To be transparent about the process: the partners have their selection meeting on Monday, and we will call all finalists the week of the 14th with the outcome.

Groetjes,
Sanne

Sanne de Vries | Recruitment
Van der Laan Advisory B.V. | Catharijnesingel 101, Utrecht""",
 quote=dict(attr="On Mon, 7 Dec 2026 at 20:12, Oliver Grant <oliver.grant@inbox.example> wrote:", text="""Hi Sanne,

Thanks again for Friday. I'm travelling from 21 December to 3 January, so a call before that would be ideal.

Oliver"""),
 eb=lambda d: D.fri_of_week(D.next_dom(d, 14)), ev="To be transparent about the process: the partners have their selection meeting on Monday, and we will call all finalists the week of the 14th with the outcome.",
 note="New rule: 'the week of the 14th' = the Friday of the week containing the next 14th (as 'week commencing'). Trap: selection meeting on Monday is not the answer; candidate's travel dates in quoted text."),

dict(n=266, kind="timeline", short="civil-service-policy-officer", date="2027-01-08 15:30 +0000", client="exchange", mode="alt", cte="quoted-printable",
 frm=("Recruitment Team - Department for Coastal Communities", "recruitment@dcc-gov.example"), to=("Niamh Gallagher", "niamh.gallagher@postbox.example"),
 subject="RE: Policy Officer (HEO) - campaign 3321 - follow up",
 body="""Dear Niamh,

Thank you for your email.

The sift and interview stages for campaign 3321 are now complete and the panel is finalising its scores. Provisional outcomes will be issued no later than Thursday week.

Please note that any offer is subject to pre-employment checks, which can take up to 8 weeks.

Kind regards,
Resourcing Team
Department for Coastal Communities

This e-mail and any attachments are intended solely for the addressee. Messages sent via this system are recorded for the purposes of the Public Records Act 1958.""",
 eb=lambda d: D.weekday_week(d, "Thu"), ev="Provisional outcomes will be issued no later than Thursday week.",
 note="New rule: 'Thursday week' (UK) = the Thursday a week after the next Thursday. Traps: 8-week pre-employment checks (duration, not a date); 1958 in footer."),

dict(n=267, kind="timeline", short="programme-officer-nairobi", date="2027-01-18 10:02 +0300", client="gmail",
 frm=("Wanjiru Kamau", "wkamau@maji-safi-trust.example"), to=("Daniel Otieno", "d.otieno@webpost.example"),
 subject="Re: Programme Officer - WASH (Kisumu)",
 body="""Dear Daniel,

Greetings from Nairobi and thank you for your follow up.

Our Board sub-committee must approve the final selection since the position is donor funded. We expect to communicate the outcome within a month, and I promise to update you personally.

Kind regards,
Wanjiru Kamau
HR & Administration Officer
Maji Safi Trust | P.O. Box 00100-4471, Nairobi
"Clean water, healthy communities"
""",
 quote=dict(attr="On Fri, 15 Jan 2027, 16:44 Daniel Otieno <d.otieno@webpost.example> wrote:", text="""Dear Wanjiru,

I am following up on my interview on 6th January. I am available to relocate to Kisumu by 1st March.

Regards,
Daniel"""),
 eb=lambda d: D.plus_month(d, 1), ev="We expect to communicate the outcome within a month, and I promise to update you personally.",
 note="New rule: 'within a month' = the same day number in the next calendar month. Traps: relocation date and interview date in quoted text."),

dict(n=268, kind="timeline", short="store-manager-calgary", date="2027-01-12 13:18 -0700", client="outlook", cte="8bit", charset="windows-1252",
 frm=("Kyle Baptiste", "kyle.baptiste@northernpeak-outfitters.example"), to=("Mei Lin Chow", "meilin.chow@inbox.example"),
 subject="RE: Store Manager - Crowfoot location", qstyle="original",
 body="""Hi Mei Lin,

Thanks for checking in – totally fair question.

Regional ops are reviewing the final three this week and I'll have a yes or no to you by month's end. Our fiscal year starts in February, which is why they want it wrapped up.

Cheers,
Kyle Baptiste
Talent Acquisition Partner – Prairies
Northern Peak Outfitters Ltd.""",
 quote=dict(sent="January 11, 2027 9:02 PM", text="""Hi Kyle,

Just following up on the interview on 1/6. Any news? I need to give my current employer two weeks' notice.

Thanks,
Mei Lin"""),
 eb=D.end_of_month, ev="Regional ops are reviewing the final three this week and I'll have a yes or no to you by month's end.",
 note="New rule: 'by month's end' = last day of the Date's local month. Traps: 'this week' review is not the promise; fiscal year start; quoted US-style '1/6'. Raw 8bit windows-1252."),

dict(n=269, kind="timeline", short="hotel-revenue-manager-seville", date="2027-01-11 18:25 +0100", client="outlook", mode="alt", cte="quoted-printable", charset="iso-8859-1",
 frm=("Lucía Martín Ortega", "lmartin@hotelesalcazar.example"), to=("Pierre Lemaire", "pierre.lemaire@courrier.example"),
 subject="RE: Revenue Manager - agradecimiento / thank you", qstyle="outlook",
 body="""Dear Pierre,

Many thanks for your message and for coming to Sevilla for the interview, it was a pleasure.

The final decision for this position is in the hands of our Board. We'll reach out the day after the board meets on the 21st, as soon as I have their approval.

Un saludo cordial,
Lucía Martín Ortega
Directora de Recursos Humanos
Hoteles Alcázar S.L. · Avda. de la Constitución 12 · 41004 Sevilla""",
 quote=dict(sent="viernes, 8 de enero de 2027 22:10", text="""Dear Lucía,

Thank you for meeting me on 7 January. I can confirm that I am available to start on 1 March.

Best regards,
Pierre"""),
 eb=lambda d: D.plus_days(D.next_dom(d, 21), 1), ev="We'll reach out the day after the board meets on the 21st, as soon as I have their approval.",
 note="'the day after the board meets on the 21st' = next 21st + 1 day. ISO-8859-1, quoted-printable, multipart/alternative; second-language English. Traps: start date in quoted text."),

dict(n=270, kind="timeline", short="warehouse-planner-pune", date="2027-01-27 12:41 +0530", client="gmail",
 frm=("Rohit Deshpande", "rohit.d@sahyadri-logistics.example"), to=("Kavya Nair", "kavya.nair@mailbox.example"),
 subject="Re: Inventory Planner - Chakan DC - status",
 body="""Dear Kavya,

Thank you for the follow up mail. Your interview feedback is positive and it is now with our Plant Head for approval.

You can expect final communication from our side latest by 05/02/2027.

Also kindly note that our office will remain closed on 26/01 for Republic Day, so there was delay in responding.

Thanks & Regards,
Rohit Deshpande
Sr. Executive - HR
Sahyadri Logistics Pvt. Ltd. | CIN U63030MH2011PTC000000""",
 quote=dict(attr="On Mon, 25 Jan, 2027, 10:03 am Kavya Nair, <kavya.nair@mailbox.example> wrote:", text="""Dear Rohit Sir,

I attended interview on 18/01/2027. Kindly update status.

Regards
Kavya"""),
 eb=lambda d: D.next_md(d, 2, 5), ev="You can expect final communication from our side latest by 05/02/2027.",
 note="Indian numeric date is day-month-year: 05/02/2027 = 5 February. Traps: office closure 26/01 (past, closure); interview date in quoted text."),

dict(n=271, kind="timeline", short="drilling-engineer-houston", date="2027-02-01 16:52 -0600", client="iphone",
 frm=("Brent Kowalczyk", "bkowalczyk@lonestar-energy.example"), to=("Adaeze Obi", "adaeze.obi@inbox.example"),
 subject="Re: Completions Engineer II",
 body="""Adaeze - thanks for the note. Great talking with you on Thursday.

Still waiting on one more panel scorecard but we should have a decision to you by 2/12.

Brent

Sent from my iPhone""",
 quote=dict(qstyle="apple", attr="On Feb 1, 2027, at 2:10 PM, Adaeze Obi <adaeze.obi@inbox.example> wrote:", text="""Hi Brent,

Thank you again for the interview on 1/28. I have a competing deadline of 2/8, so any timing info would help.

Best,
Adaeze"""),
 qstyle="apple",
 eb=lambda d: D.next_md(d, 2, 12), ev="Still waiting on one more panel scorecard but we should have a decision to you by 2/12.",
 note="US numeric date month/day: 2/12 = 12 February. Traps: candidate's competing deadline 2/8 in quoted text (Apple-style quote)."),

dict(n=272, kind="timeline", short="qa-chemist-basel", date="2027-03-03 08:15 +0100", client="outlook", mode="alt", cte="quoted-printable",
 frm=("Dr. Tobias Brändli", "tobias.braendli@rheinpharm.example"), to=("Elena Petrova", "elena.petrova@webpost.example"),
 subject="AW: QC Analyst - Follow-up", qstyle="outlook",
 body="""Dear Ms. Petrova,

Thank you for your follow-up and your patience.

We are finishing the reference checks for the two finalists. A decision will be communicated to you until 15.03.2027 at the latest.

Kind regards
Tobias Brändli
Head of Quality Control

RheinPharm AG | Klybeckstrasse 200 | 4057 Basel | Switzerland
This message may contain confidential information. Valid from 01.01.2027: new VAT no. CHE-000.000.000.""",
 quote=dict(sent="Dienstag, 2. März 2027 17:20", text="""Dear Dr. Brändli,

I would like to kindly follow up on my interview on 22 February.

Kind regards,
Elena Petrova"""),
 eb=lambda d: D.next_md(d, 3, 15), ev="A decision will be communicated to you until 15.03.2027 at the latest.",
 note="German/Swiss numeric date day.month.year, second-language 'until' = 'by'. Trap: footer date 01.01.2027; quoted interview date."),

dict(n=273, kind="timeline", short="junior-architect-osaka", date="2027-03-09 17:48 +0900", client="outlook", cte="base64",
 frm=("Haruka Sato", "h.sato@kiyomizu-sekkei.example"), to=("Marco Bianchi", "marco.bianchi@posta.example"),
 subject="Re: Thank you for interview (Junior Architect)", qstyle="original",
 body="""Dear Mr. Bianchi,

Thank you very much for your polite email.

Our directors were very impressed with your portfolio, especially the timber pavilion. We will inform you of the result by the end of this week. We apologize for making you wait.

Best regards,

佐藤 遥 Haruka Sato
Human Resources, Kiyomizu Sekkei Co., Ltd.
〒530-0001 Osaka, Kita-ku, Umeda 3-3-3""",
 quote=dict(sent="Monday, March 08, 2027 11:20 PM", text="""Dear Ms. Sato,

Thank you for the interview on March 5. I can move to Osaka from April 1.

Sincerely,
Marco Bianchi"""),
 eb=D.end_of_this_week, ev="We will inform you of the result by the end of this week.",
 note="'by the end of this week' = Friday of the Date's week. base64 UTF-8 body with Japanese signature. Traps: quoted interview/relocation dates."),

dict(n=274, kind="timeline", short="football-performance-analyst", date="2027-03-15 00:20 +1100", client="gmail", mode="alt",
 frm=("Jarrah Whitfield", "jarrah.w@southbankfc.example"), to=("Connor Bell", "connor.bell@mailbox.example"),
 subject="Re: Performance Analyst role",
 body="""Hey Connor,

Apologies for the late-night reply, we had a game in Perth and I've only just landed.

Good news is the coaching group has met. I'll ring you tomorrow with where things landed.

Cheers,
Jarrah

Jarrah Whitfield | Head of Football Performance
Southbank Football Club""",
 quote=dict(attr="On Sat, 13 Mar 2027 at 09:12, Connor Bell <connor.bell@mailbox.example> wrote:", text="""Hi Jarrah,

Thanks again for having me at the club on Thursday. Round 1 is on 20 March so I understand things are busy!

Connor"""),
 eb=lambda d: D.plus_days(d, 1), utc_trap=True, ev="I'll ring you tomorrow with where things landed.",
 note="'tomorrow' = local Date + 1 (Sunday night 00:20 is already Monday 15 March in Melbourne; the UTC date is Sunday 14 March). Trap: fixture date in quoted text."),

dict(n=275, kind="timeline", short="cabin-crew-dubai", date="2027-03-21 11:00 +0400", client="ats", mode="html",
 frm=("Falcon Air Careers", "careers-noreply@falconair-jobs.example"), to=("Grace Mwangi", "grace.mwangi@webpost.example"),
 subject="Update on your application: Cabin Crew - Open Day Dubai (Ref FA-CC-2027-118)",
 html="""<html><head><meta charset="utf-8"><style>p{font-family:Arial,sans-serif;font-size:14px}</style></head><body>
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d6e;color:#fff;padding:16px"><strong>FALCON AIR</strong> Careers</td></tr>
<tr><td style="padding:16px">
<p>Dear Grace,</p>
<p>Thank you for attending our Cabin Crew Final Interview and for your message to our recruitment team.</p>
<p>Your file is now with our Medical and Security teams for review. You will receive an email with the final outcome within ten business days.</p>
<p>Kindly do not book any travel to Dubai until you receive written confirmation.</p>
<p>Regards,<br>Falcon Air Talent Acquisition</p>
</td></tr><tr><td style="font-size:11px;color:#777;padding:16px">This is an automated message from the Falcon Air Careers portal. Please do not reply. &copy; 2027 Falcon Air. Privacy policy updated 01/02/2027.</td></tr></table>
</body></html>
""", body="", cte="quoted-printable",
 eb=lambda d: D.business_days(d, 10), ev="You will receive an email with the final outcome within ten business days.",
 note="'within ten business days' = Date + 10 business days (Date is a Sunday, counting starts Monday). HTML-only ATS message. Trap: privacy-policy date in footer."),

dict(n=276, kind="timeline", short="fx-analyst-singapore", date="2027-03-30 19:05 +0800", client="outlook", mode="alt", cte="quoted-printable",
 frm=("Jasmine Tan", "jasmine.tan@straitsmeridian-bank.example"), to=("Arjun Mehta", "arjun.mehta@inbox.example"),
 subject="RE: Thank you - FX Structuring Analyst", qstyle="outlook",
 body="""Hi Arjun,

Thanks for your note, glad you enjoyed meeting the desk.

Head office in London has to sign off on the headcount, which usually takes a couple of weeks. Realistically you will hear from us by mid-April.

Best,
Jasmine

Jasmine Tan | Talent Acquisition, Global Markets
Straits Meridian Bank Ltd | Co. Reg. No. 190000000Z
CONFIDENTIAL: This e-mail is intended for the named recipient only.""",
 quote=dict(sent="Tuesday, 30 March 2027 8:14 AM", text="""Hi Jasmine,

Thank you for arranging the superday on 26 March. My bonus is paid on 15 April so timing matters a little.

Regards,
Arjun"""),
 eb=lambda d: D.mid_month(d, 4), ev="Realistically you will hear from us by mid-April.",
 note="'mid-April' = 15 April. Traps: 'a couple of weeks' is only the sign-off duration; candidate's bonus date (also 15 April) is in quoted text and not the evidence."),

dict(n=277, kind="timeline", short="primary-teacher-auckland", date="2027-04-16 15:40 +1200", client="gmail",
 frm=("Aroha Ngata", "principal@kowhai-primary.example"), to=("Hannah Liddell", "hannah.liddell@mailbox.example"),
 subject="Re: Year 4 teaching position - thank you",
 body="""Kia ora Hannah,

Thank you so much for your lovely email, and for the sample lesson - the children are still talking about the volcano experiment.

The Board of Trustees will confirm the appointment at its meeting this weekend, so you can expect a phone call from me early next week.

Ngā mihi,
Aroha Ngata
Tumuaki / Principal
Kōwhai Primary School""",
 quote=dict(attr="On Thu, 15 Apr 2027 at 8:30 PM, Hannah Liddell <hannah.liddell@mailbox.example> wrote:", text="""Kia ora Aroha,

Thank you for today. Term 2 starts on 3 May, and I could begin then.

Hannah"""),
 eb=D.early_next_week, ev="The Board of Trustees will confirm the appointment at its meeting this weekend, so you can expect a phone call from me early next week.",
 note="'early next week' = Tuesday of the next week. Traps: term start date in quoted text; board meeting 'this weekend'."),

dict(n=278, kind="timeline", short="structural-engineer-curitiba", date="2027-04-12 10:30 -0300", client="gmail", mode="alt",
 frm=("Fernanda Araújo", "fernanda.araujo@paranaestruturas.example"), to=("Lucas Pereira", "lucas.pereira@correio.example"),
 subject="Re: Engenheiro Estrutural Pleno - retorno",
 body="""Hello Lucas, good morning!

Thank you for your e-mail and for the patience. The technical interview with our director was very good.

We are waiting the approval of the budget from the board and we will give you a return until 22/04/2027, positive or negative.

Att.,
Fernanda Araújo
Analista de RH | Paraná Estruturas Ltda.
Rua XV de Novembro, 1000 - Curitiba/PR""",
 quote=dict(attr="Em sex., 9 de abr. de 2027 às 17:02, Lucas Pereira <lucas.pereira@correio.example> escreveu:", text="""Olá Fernanda,

Sigo muito interessado na vaga. Lembro que meu aviso prévio termina em 30/04/2027.

Abraço,
Lucas"""),
 eb=lambda d: D.next_md(d, 4, 22), ev="We are waiting the approval of the budget from the board and we will give you a return until 22/04/2027, positive or negative.",
 note="Brazilian numeric date day/month/year; second-language 'give you a return until' = reply by. Traps: candidate's notice-period date in Portuguese quoted text."),

dict(n=279, kind="timeline", short="family-physician-stjohns", date="2027-05-04 21:50 -0230", client="outlook", cte="quoted-printable",
 frm=("Dr. Colleen Mercer", "cmercer@eastcoast-clinics.example"), to=("Dr. Farah Siddiqui", "farah.siddiqui@medmail.example"),
 subject="RE: Family Physician - Conception Bay practice", qstyle="outlook",
 body="""Dear Dr. Siddiqui,

Thank you for your kind note following Saturday's visit to the clinic.

The partners would like to check two references and confirm the locum coverage arrangements before deciding. You should hear from us within two weeks.

Sincerely,
Colleen Mercer, MD, CCFP
Medical Director, East Coast Family Clinics
Privileged and confidential. If received in error, please delete.""",
 quote=dict(sent="May 3, 2027 4:05 PM", text="""Dear Dr. Mercer,

Thank you for the clinic tour on May 1. My licensing with the college should be finalised by June 15.

Best regards,
Farah"""),
 eb=lambda d: D.plus_days(d, 14), utc_trap=True, ev="You should hear from us within two weeks.",
 note="'within two weeks' = Date + 14 days. Newfoundland offset -0230 (late evening; UTC date is the next day but the answer is read from the local date). Traps: licensing date in quoted text."),

dict(n=280, kind="timeline", short="data-engineer-seattle-ats", date="2027-05-20 14:00 -0700", client="ats", mode="alt",
 frm=("Cedar Cloud Recruiting", "no-reply@hire.cedarcloud-jobs.example"), to=("Ngozi Eze", "ngozi.eze@mailbox.example"),
 reply_to=("Priscilla Yoon", "pyoon@cedarcloud.example"),
 subject="Cedar Cloud: an update on your Senior Data Engineer application",
 headers=[("X-Hiring-Platform", "TalentFlow ATS v7.3"), ("X-Candidate-Id", "cand_8f31d2")],
 body="""Hi Ngozi,

Thanks for your note to the team and for spending the afternoon with us last Tuesday.

The hiring committee meets on Monday and your recruiter, Priscilla, will be in touch in a week's time with a decision.

If you need to reach Priscilla directly, just reply to this email.

Cedar Cloud Talent Team

You are receiving this email because you applied for a position at Cedar Cloud. Manage your candidate profile at https://careers.cedarcloud-jobs.example/profile""",
 eb=lambda d: D.plus_days(d, 7), ev="The hiring committee meets on Monday and your recruiter, Priscilla, will be in touch in a week's time with a decision.",
 note="'in a week's time' = Date + 7 days. ATS notification with Reply-To. Trap: committee meeting 'on Monday' is not the promise."),

dict(n=281, kind="timeline", short="litigation-associate-boston", date="2027-06-07 08:30 -0400", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Allison Park", "apark@crane-whitlock.example"), to=("Jamal Robinson", "jamal.robinson@inbox.example"),
 subject="RE: Follow-up: Litigation Associate interviews",
 body="""Dear Jamal,

Thank you for following up, and for making the trip to Boston last week.

The hiring committee is still circulating feedback from the partners who were traveling. You will have our decision by Monday at the latest, and likely sooner.

Best regards,
Allison

Allison Park
Director of Legal Recruiting
Crane & Whitlock LLP
CONFIDENTIALITY NOTICE: This message may contain attorney-client privileged information.""",
 quote=dict(sent="Sunday, June 6, 2027 7:45 PM", text="""Dear Allison,

I'm following up on my June 1 interviews. I have been asked to respond to another firm by June 11.

Best,
Jamal"""),
 eb=lambda d: D.next_weekday(d, "Mon"), ev="You will have our decision by Monday at the latest, and likely sooner.",
 note="'by Monday at the latest' sent on a Monday = the following Monday. Traps: candidate's competing deadline June 11 in quoted text."),

# ---- vague (null) timelines ------------------------------------------------
dict(n=282, kind="timeline", short="fundraising-manager-leeds", date="2026-12-14 12:10 +0000", client="gmail", mode="alt",
 frm=("Becky Thornton", "becky.thornton@northernlights-charity.example"), to=("Imran Qureshi", "imran.q@postbox.example"),
 subject="Re: Community Fundraising Manager",
 body="""Hi Imran,

Lovely to hear from you and thanks for the kind words about the team.

We've had a brilliant response to this role and we're still working through second interviews. We'll be in touch with everyone in the coming weeks - I know that's not very precise, sorry!

Best wishes,
Becky
Northern Lights Children's Charity | Registered charity no. 1100000
Our offices close from 24 December and reopen on 4 January.""",
 quote=dict(attr="On Fri, 11 Dec 2026 at 17:55, Imran Qureshi <imran.q@postbox.example> wrote:", text="""Hi Becky,

Thanks for Tuesday. Would you be able to let me know by 18 December?

Imran"""),
 eb=None, ev="We'll be in touch with everyone in the coming weeks - I know that's not very precise, sorry!",
 note="Vague promise ('in the coming weeks') = timeline with expect_by null. Traps: office closure dates in signature; candidate's requested date in quoted text."),

dict(n=283, kind="timeline", short="ml-engineer-recruiter-waiting", date="2027-01-20 17:22 -0800", client="gmail",
 frm=("Trevor Nakamura", "trevor@brightpath-talent.example"), to=("Sofia Lindqvist", "sofia.lindqvist@mailbox.example"),
 subject="Re: ML Engineer @ Helix Robotics - any news?",
 body="""Hey Sofia,

Totally understand. I pinged the hiring manager at Helix again this morning but I haven't heard back yet - he's been heads down on their Series C.

As soon as I get anything from him I'll let you know.

Trevor Nakamura
Principal Recruiter | BrightPath Talent
(415) 555-0143""",
 quote=dict(attr="On Wed, Jan 20, 2027 at 10:05 AM Sofia Lindqvist <sofia.lindqvist@mailbox.example> wrote:", text="""Hi Trevor,

It's been 10 days since my onsite on Jan 8. Helix said I'd hear within a week. Could you check?

Sofia"""),
 eb=None, ev="I pinged the hiring manager at Helix again this morning but I haven't heard back yet - he's been heads down on their Series C.",
 note="Agency recruiter still waiting to hear from the hiring manager = timeline, null. Trap: 'within a week' and Jan 8 appear only in the candidate's quoted text."),

dict(n=284, kind="timeline", short="border-services-analyst-ottawa", date="2027-02-09 10:45 -0500", client="exchange", mode="alt", cte="quoted-printable",
 frm=("Staffing / Dotation - Northern Border Agency", "staffing-dotation@nba-agence.example"), to=("Marc-André Tremblay", "ma.tremblay@courriel.example"),
 subject="RE: Process 27-NBA-IA-0412 - Intelligence Analyst (EC-04)",
 body="""Good morning Mr. Tremblay,

Thank you for your email. We confirm that you were successful at the interview stage and have been placed in the qualified pool.

Your file has been referred for Secret security screening. We will contact you once the security screening has been completed; processing times vary and we are unable to provide an estimate.

Regards,
Staffing Unit / Unité de la dotation
Northern Border Agency / Agence de la frontière du Nord

(Le français suit / French follows)
Bonjour M. Tremblay, nous vous remercions de votre courriel...""",
 eb=None, ev="We will contact you once the security screening has been completed; processing times vary and we are unable to provide an estimate.",
 note="Conditional, undated promise ('once the security screening has been completed') = timeline, null. Bilingual government message."),

dict(n=285, kind="timeline", short="phd-position-uppsala", date="2027-02-23 14:02 +0100", client="thunderbird",
 frm=("Karin Holmberg", "karin.holmberg@norrland-univ.example"), to=("Tariq Hussain", "tariq.hussain@researchmail.example"),
 subject="Re: Doctoral student position in hydrology (dnr UFV-2027-311)",
 body="""Dear Tariq,

thank you for your message and again for the interesting presentation.

The formal decision about employment of doctoral students is taken by the faculty board, and we must wait until it has met. I will write to all interviewed applicants after the faculty board has met. I am sorry that I can not give you an exact date now.

Best regards
Karin Holmberg
Professor of Hydrology
Norrland University, Box 256, SE-751 05

Please note: the application period for the second position closes 2027-03-15.""",
 quote=dict(attr="On 2027-02-22 21:13, Tariq Hussain wrote:", text="""Dear Professor Holmberg,

Thank you for the interview on 16 February. Could you tell me when the decision is expected?

Best regards,
Tariq"""),
 eb=None, ev="I will write to all interviewed applicants after the faculty board has met.",
 note="Promise tied to an undated board meeting = timeline, null. Traps: application closing date 2027-03-15 for another post (not a decision date); quoted interview date."),

dict(n=286, kind="timeline", short="sous-chef-lisbon", date="2026-12-21 16:30 +0000", client="apple", cte="quoted-printable",
 frm=("Rui Carvalho", "rui@tasca-do-rio.example"), to=("Emma Schultz", "emma.schultz@postbox.example"),
 subject="Re: Sous-chef trial - obrigado", qstyle="apple",
 body="""Hi Emma,

Thank you for the message and for the trial service on Friday, the team liked you very much.

Now it is the crazy season with Christmas and New Year and I cannot think properly about the kitchen for 2027. I will come back to you early in the new year, promise.

Boas festas!
Rui

Tasca do Rio · Rua das Flores 45 · Lisboa""",
 quote=dict(attr="On 20 Dec 2026, at 11:04, Emma Schultz <emma.schultz@postbox.example> wrote:", text="""Hi Rui,

Thank you for letting me work the trial shift on 18 December. I would be free to start from 11 January.

Emma"""),
 eb=None, ev="I will come back to you early in the new year, promise.",
 note="New rule: 'early in the new year' is vague (like 'after the holidays') = null. Traps: start availability and trial date in Apple-style quoted text."),

dict(n=287, kind="timeline", short="audit-senior-johannesburg", date="2027-05-11 09:20 +0200", client="outlook", mode="html", cte="quoted-printable",
 frm=("Thandiwe Dlamini", "thandiwe.dlamini@ubuntu-assurance.example"), to=("Pieter van Wyk", "pieter.vanwyk@inbox.example"),
 subject="RE: Audit Senior - Sandton office",
 html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-ZA">
<div class="WordSection1">
<p class="MsoNormal">Good morning Pieter,</p>
<p class="MsoNormal">Thank you for following up.</p>
<p class="MsoNormal">The partner group has not finalised the intake for the Sandton office yet, as we are waiting for confirmation of two new audit clients. As soon as I have an update I will let you know.</p>
<p class="MsoNormal">Kind regards,<br>Thandiwe Dlamini<br>Talent Acquisition Specialist | Ubuntu Assurance Inc.</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">Ubuntu Assurance Inc. is a registered auditor (IRBA no. 900000). B-BBEE Level 1 certificate valid until 31 August 2027.</p>
</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Pieter van Wyk &lt;pieter.vanwyk@inbox.example&gt;<br><b>Sent:</b> Monday, 10 May 2027 18:02<br><b>To:</b> Thandiwe Dlamini<br><b>Subject:</b> Audit Senior - Sandton office</div>
<div><p>Hi Thandiwe, following up on my interview of 29 April. You mentioned a decision by 7 May. Regards, Pieter</p></div>
</body></html>
""", body="",
 eb=None, ev="As soon as I have an update I will let you know.",
 note="'As soon as I have an update' = vague, null. HTML-only Outlook message. Traps: B-BBEE certificate date in footer; 'by 7 May' only in the candidate's quoted text."),

dict(n=288, kind="timeline", short="rail-signalling-engineer-wroclaw", date="2027-06-16 13:33 +0200", client="outlook", cte="quoted-printable", charset="iso-8859-2", qstyle="original",
 frm=("Agnieszka Wójcik", "a.wojcik@kolejtech.example"), to=("Stefan Hoffmann", "stefan.hoffmann@webpost.example"),
 subject="RE: Signalling Design Engineer - feedback?",
 body="""Dear Mr Hoffmann,

Thank you for your e-mail and for the interest in our company.

The recruitment for this position is still in progress. We will inform you about the results in due course.

Best regards,
Agnieszka Wójcik
HR Specialist
KolejTech Sp. z o.o., ul. Legnicka 50, 54-204 Wrocław
NIP 000-000-00-00 | KRS 0000000000""",
 quote=dict(sent="Tuesday, June 15, 2027 9:14 PM", text="""Dear Ms Wójcik,

I had my interview on 2 June and was told the decision would come by 18 June. Is this still the plan?

Kind regards,
Stefan Hoffmann"""),
 eb=None, ev="We will inform you about the results in due course.",
 note="'in due course' = vague, null. ISO-8859-2 quoted-printable. Trap: 'by 18 June' appears only in the candidate's quoted text."),
]

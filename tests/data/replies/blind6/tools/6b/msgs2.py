from msgs1 import *

# 531 timeline - pro cycling team Belgium, vague
d = date_header(2027, 1, 8, 12, 10, 1)
add(531, "timeline", "team-soigneur", "Pieter Claes <pieter.claes@vlaanderen-procycling.example>",
    "Julie Martens <julie.martens@skynet-mail.example>", "Re: Soigneur position 2027 season", d,
    text("""Hi Julie,

Thanks for your message and sorry for the silence - we are at the training camp in Calpe until the 17th and the days are long.

Nothing has been decided yet. You will hear from us once the sporting director has met all the shortlisted candidates.

Sportieve groeten,
Pieter Claes
Team Manager
Vlaanderen Pro Cycling

Op wo 6 jan. 2027 om 19:31 schreef Julie Martens <julie.martens@skynet-mail.example>:
> Hi Pieter, I wanted to follow up on our call of 22 December. I could join the team for the Omloop on 27 February. Julie
""", "utf-8", "quoted-printable"),
    "You will hear from us once the sporting director has met all the shortlisted candidates.",
    "Vague: period tied to an undated event ('once ... has met all the shortlisted candidates') = null; training-camp dates are not news dates.")

# 532 offer - solar installer Bengaluru
d = date_header(2027, 1, 11, 18, 25, 5, 30)
add(532, "offer", "solar-design-engineer", "Nikhil Sharma <nikhil.sharma@greenpath-placements.example>",
    "Arjun Kulkarni <arjun.kulkarni@rediff-like.example>", "Fwd: Offer of Employment - Solar PV Design Engineer", d,
    text("""Hi Arjun,

Congratulations!! Please find below the offer mail from SuryaTej. Call me once you have gone through it.

Regards,
Nikhil Sharma
Senior Consultant - Renewables Practice
GreenPath Placements, Bengaluru | +91 80 5550 1234

---------- Forwarded message ---------
From: Deepa Raghavan <careers@suryatej-energy.example>
Date: Mon, 11 Jan 2027 at 17:52
Subject: Offer of Employment - Solar PV Design Engineer
To: Nikhil Sharma <nikhil.sharma@greenpath-placements.example>
Cc: Arjun Kulkarni <arjun.kulkarni@rediff-like.example>

Dear Arjun,

Greetings from SuryaTej Energy!

With reference to your interviews with us, we are happy to offer you the position of Solar PV Design Engineer (Grade E2) at our Bengaluru office with an annual CTC of INR 14,50,000.

Your date of joining will be 1st February 2027. Kindly revert with your acceptance by 14 January 2027, and carry the original documents listed in the annexure on the day of joining.

We look forward to a long association with you.

Thanks & Regards,
Deepa Raghavan
Manager - Talent Acquisition
SuryaTej Energy Pvt. Ltd.

DISCLAIMER: This communication is intended only for the named recipient and may contain privileged information.
""", "utf-8", "base64"),
    "With reference to your interviews with us, we are happy to offer you the position of Solar PV Design Engineer (Grade E2) at our Bengaluru office with an annual CTC of INR 14,50,000.",
    "Offer forwarded by a placement consultant; evidence is the forwarded employer's text; the joining date and the 14 January acceptance deadline are not news dates.")

# 533 next-round - broadcaster Sao Paulo, numeric d/m test date
d = date_header(2027, 1, 12, 14, 3, -3)
add(533, "next-round", "tv-producer", "=?UTF-8?Q?Jo=C3=A3o_Pereira?= <joao.pereira@rede-horizonte.example>",
    "Beatriz Lima <beatriz.lima@uol-like.example>", "Re: Produtora de Jornalismo - próxima etapa".replace("ó", "o"), d,
    text("""Hi Beatriz,

Good news: you are approved to the second phase of the process for the News Producer position.

The second phase is a practical writing test at our studio in Barra Funda on 19/01, from 9h to 12h. You will receive a short brief with the agenda of the day and must write two scripts for the evening news.

Please confirm your presence until tomorrow.

Abraços,
João Pereira
Coordenador de Jornalismo - Rede Horizonte

Em seg., 11 de jan. de 2027 às 20:47, Beatriz Lima <beatriz.lima@uol-like.example> escreveu:
> Olá João, obrigada pela entrevista de 08/01. Fico no aguardo. Beatriz
""", "utf-8", "quoted-printable"),
    "Good news: you are approved to the second phase of the process for the News Producer position.",
    "Next round; 19/01 test date (Brazil d/m) and the confirmation deadline are not news dates.")

# 534 rejection - construction Poland, second-language English
d = date_header(2027, 1, 13, 10, 15, 1)
add(534, "rejection", "quantity-surveyor", "Katarzyna Nowak <k.nowak@budimex-polnoc.example>",
    "Tomasz Zielinski <t.zielinski@wp-like.example>", "Odp: Quantity Surveyor - Gdansk", d,
    text("""Dear Mr Zielinski,

Thank you for your participation in the recruitment process and for the meeting in our office.

Unfortunately we have to inform you that we decided to continue with other candidate, whose experience in railway projects is more matching to our current needs.

We will keep your CV in our database for 12 months, if you agree.

With regards,
Katarzyna Nowak
HR Specialist
Budimex Polnoc Sp. z o.o.

W dniu 11.01.2027 o 09:12 Tomasz Zielinski pisze:
> Dzien dobry, I write to ask about the result after interview on 7 January. Regards, T. Zielinski
""", "iso-8859-2", "quoted-printable"),
    "Unfortunately we have to inform you that we decided to continue with other candidate, whose experience in railway projects is more matching to our current needs.",
    "Rejection from a second-language sender; quoted dates ignored.")

# 535 timeline - supermarket chain Texas, US numeric m/d
d = date_header(2027, 1, 14, 16, 40, -6)
add(535, "timeline", "store-director", "Kayla Brooks <kayla.brooks@lonestar-grocers.example>",
    "Luis Ramirez <luis.ramirez@yahoo-like.example>", "RE: Store Director - Round Rock", d,
    text("""Hi Luis,

Thank you so much for following up! The district leadership team is still wrapping up the last interviews for the Round Rock store this week.

We'll have an update for you by 2/1.

Have a great rest of your week!

Kayla Brooks
Talent Acquisition Specialist | Lone Star Grocers
"Feeding Texas families since 1962"

-----Original Message-----
From: Luis Ramirez <luis.ramirez@yahoo-like.example>
Sent: Wednesday, January 13, 2027 7:58 AM
To: Kayla Brooks <kayla.brooks@lonestar-grocers.example>
Subject: Store Director - Round Rock

Hi Kayla, just checking in after my interview on 1/8. Thanks, Luis
""", "utf-8", "7bit"),
    "We'll have an update for you by 2/1.", "US numeric m/d: 2/1 = 1 February (next such date).",
    expect=next_md(D(2027, 1, 14), 2, 1), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 536 auto-reply - hospital pharmacy Oslo, 'returning on the 25th'
d = date_header(2027, 1, 15, 13, 2, 1)
add(536, "auto-reply", "hospital-pharmacist", "Ingrid Solberg <ingrid.solberg@vestre-sykehusapotek.example>",
    "Erik Nilsen <erik.nilsen@online-mail.example>", "Fraværende: Re: Hospital Pharmacist - second interview".replace("æ", "ae"), d,
    text("""Hei,

Takk for e-posten din. Jeg er på ferie og tilbake den 25.

Thank you for your e-mail. I am on holiday and returning on the 25th. Your message will not be forwarded.

For questions about recruitment, please contact rekruttering@vestre-sykehusapotek.example.

Ingrid Solberg
Avdelingsleder / Head of Department
Vestre Sykehusapotek
""", "utf-8", "quoted-printable"),
    "I am on holiday and returning on the 25th. Your message will not be forwarded.",
    "New rule: 'returning on the Nth' in an auto-reply = next Nth on or after the Date as returns_on.",
    ret=next_dom(D(2027, 1, 15), 25), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 537 request - biotech Munich, consent deadline + decision date
d = date_header(2027, 1, 18, 9, 30, 1)
pl = """Dear Dr. Novak,

thank you again for your visit to Martinsried and the presentation to the team.

We are now in the final step. For this we need your written consent for a background and reference check. Please sign the attached form and send it back by 22.01.2027.

We aim to make the final decision by the end of the month and will inform you directly after.

Best regards
Dr. Franziska Huber
Head of Talent Acquisition
Isarbio Therapeutics GmbH | Am Klopferspitz 19 | Planegg-Martinsried
Geschäftsführer: Dr. M. Gruber | Amtsgericht München HRB 000000
"""
ht = "<html><body style='font-family:Segoe UI'>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in pl.strip().split("\n\n")) + "</body></html>"
add(537, "request", "bioprocess-consent", "Franziska Huber <f.huber@isarbio.example>",
    "Petra Novak <petra.novak@seznam-like.example>", "Background check - Senior Scientist Bioprocess", d,
    multi("alternative", B(537), [text(pl, "windows-1252", "quoted-printable"), html(ht, "windows-1252", "quoted-printable")]),
    "We aim to make the final decision by the end of the month and will inform you directly after.",
    "Request (consent form); the 22.01.2027 consent deadline is not a news date, the decision date in a request is expect_by: end of the month.",
    expect=end_of_month(D(2027, 1, 18)))

# 538 timeline - insurer Portland (-0800, UTC differs), two to three weeks
d = date_header(2027, 1, 19, 21, 30, -8)
add(538, "timeline", "underwriter", "Megan O'Connell <moconnell@pacific-crest-mutual.example>",
    "Daniel Park <daniel.park@icloud-like.example>", "Re: Commercial Lines Underwriter", d,
    text("""Hi Daniel,

Sorry for the late reply - it's been a crazy week with renewals.

I spoke with Rob today. The role is still open and you're one of two finalists, but the budget has to be re-approved after our reorg. We should be able to share a decision within the next two to three weeks.

Thanks for hanging in there.

Megan

Sent from my iPhone

> On Jan 18, 2027, at 10:02 AM, Daniel Park <daniel.park@icloud-like.example> wrote:
> 
> Hi Megan, checking in after my final interview on January 7. I'm hoping to hear by the end of the month. Best, Daniel
""", "utf-8", "7bit"),
    "We should be able to share a decision within the next two to three weeks.",
    "New rule: 'within the next two to three weeks' = a span, so the latest: Date + 21 days. UTC date is 2027-01-20.",
    expect=plus_days(D(2027, 1, 19), 21), extra=[("X-Mailer", "iPhone Mail (21D61)")])

# 539 acknowledgement - Scottish public agency, HTML
d = date_header(2027, 1, 20, 15, 12, 0)
ht = """<html><body>
<div style="font-family:Arial;font-size:11pt">
<p>Dear Fiona,</p>
<p>Thank you for letting us know your availability and for your kind words about the assessment day.</p>
<p>I have noted your dates on your candidate record so that the panel can see them.</p>
<p>Kind regards,</p>
<p>Euan Campbell<br>Resourcing Team<br>Scottish Coastal Heritage Agency</p>
<p style="font-size:8pt;color:#666">Scottish Coastal Heritage Agency is committed to Fair Work. This email is intended for the addressee only.</p>
</div>
<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Fiona MacLeod &lt;fiona.macleod@tiscali-like.example&gt;<br><b>Sent:</b> 19 January 2027 21:40<br><b>To:</b> Resourcing &lt;resourcing@coastal-heritage.gov.example&gt;<br><b>Subject:</b> Heritage Officer - availability</p></div>
<blockquote style="margin:0 0 0 .8ex">Dear Euan, thank you for the assessment day on 14 January. I am away from 1 to 12 February, otherwise available. Fiona</blockquote></div>
</body></html>"""
add(539, "acknowledgement", "heritage-officer", "Resourcing <resourcing@coastal-heritage.gov.example>",
    "Fiona MacLeod <fiona.macleod@tiscali-like.example>", "RE: Heritage Officer - availability", d,
    html(ht, "utf-8", "quoted-printable"),
    "I have noted your dates on your candidate record so that the panel can see them.",
    "Acknowledgement; candidate's dates are in quoted text.")

# 540 next-round - theatre Paris, calendar invitation by Tuesday
d = date_header(2027, 1, 21, 11, 5, 1)
add(540, "next-round", "production-manager", "Camille Laurent <c.laurent@theatre-des-quais.example>",
    "Hugo Bernard <hugo.bernard@free-like.example>", "Re: Directeur de production / Production Manager", d,
    text("""Dear Hugo,

Thank you for the interview of Tuesday, the team was very enthusiastic.

We would like you to meet our artistic director, Mrs Delacroix, for a last interview. She comes back from the tour in Lyon next week, so the meeting would be in the first days of February.

We will send you the calendar invitation by Tuesday.

Bien cordialement,
Camille Laurent
Administratrice
Théâtre des Quais - Paris

Le mer. 20 janv. 2027 à 17:02, Hugo Bernard <hugo.bernard@free-like.example> a écrit :
> Chère Camille, merci pour l'entretien du 19 janvier. Je suis disponible à partir du 1er mars. Hugo
""", "iso-8859-1", "quoted-printable"),
    "We will send you the calendar invitation by Tuesday.",
    "Next round with a concrete dated promise of a calendar invitation: weekday rule.",
    expect=next_weekday(D(2027, 1, 21), "Tue"))

# 541 timeline - defence Ottawa, vague
d = date_header(2027, 1, 22, 14, 48, -5)
add(541, "timeline", "radar-technologist", "Nathan Leblanc <nathan.leblanc@rideau-defence.example>",
    "Priyanka Shah <priyanka.shah@rogers-like.example>", "RE: Radar Systems Technologist - status", d,
    text("""Hi Priyanka,

Quick update: the team would like to move forward, but the position is on a government contract and your clearance file has to be transferred by the client's security office first. Unfortunately we have no control over their turnaround.

As soon as we hear back we will contact you.

Regards,
Nathan Leblanc
Talent Acquisition | Rideau Defence Technologies
This email may contain controlled goods information.

-----Original Message-----
From: Priyanka Shah <priyanka.shah@rogers-like.example>
Sent: January 21, 2027 4:15 PM
To: Nathan Leblanc <nathan.leblanc@rideau-defence.example>
Subject: Radar Systems Technologist - status

Hello Nathan, my current notice period is four weeks; I'd need to resign by 5 February to start 8 March. Any news? Priyanka
""", "utf-8", "7bit"),
    "As soon as we hear back we will contact you.", "Vague: 'as soon as we hear back' = null.",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 542 bounce - Exim, mailbox full, X-Failed-Recipients
d = date_header(2027, 1, 25, 8, 31, 0)
add(542, "bounce", "sous-chef", "Mail Delivery System <Mailer-Daemon@mx.hosting-uk.example>",
    "olivia.grant@mailbox-uk.example", "Mail delivery failed: returning message to sender", d,
    text("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  chef.recruitment@thornbury-kitchens.example
    host mail.thornbury-kitchens.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<chef.recruitment@thornbury-kitchens.example>:
    552 5.2.2 Mailbox full - quota exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <olivia.grant@mailbox-uk.example>
From: Olivia Grant <olivia.grant@mailbox-uk.example>
To: chef.recruitment@thornbury-kitchens.example
Subject: Sous Chef trial shift - thank you
Date: Mon, 25 Jan 2027 08:30:40 +0000

Hello, thank you for the trial shift on 22 January. I can start from 15 February if you would like. Olivia
""", "us-ascii", "7bit"),
    "552 5.2.2 Mailbox full - quota exceeded", "Exim bounce; failed address from X-Failed-Recipients.",
    failed="chef.recruitment@thornbury-kitchens.example",
    extra=[("X-Failed-Recipients", "chef.recruitment@thornbury-kitchens.example"), ("Auto-Submitted", "auto-replied")])

# 543 offer - university Tokyo (+0900, UTC differs), Japanese numeric dates
d = date_header(2027, 1, 26, 8, 40, 9)
add(543, "offer", "lecturer-tokyo", "Kenji Watanabe <k-watanabe@musashino-kokusai-u.example>",
    "Sophie Turner <sophie.turner@outlook-like.example>", "Appointment as Lecturer (English Language Education)", d,
    text("""Dear Dr. Turner,

I am pleased to inform you that the Faculty Council has approved your appointment as Full-time Lecturer in English Language Education.

Your appointment will begin on 2027/04/01. The contract documents and the visa sponsorship forms will be sent by 2027/02/05.

Please do not hesitate to contact me if you have any questions.

Sincerely yours,

Kenji Watanabe
Personnel Division
Musashino Kokusai University
""", "utf-8", "base64"),
    "The contract documents and the visa sponsorship forms will be sent by 2027/02/05.",
    "Offer; Japanese numeric dates are y/m/d; the 2027/04/01 start is not news, the dated promise of contract documents is expect_by. UTC date is 2027-01-25.",
    expect=D(2027, 2, 5))

# 544 acknowledgement - restaurant group London
d = date_header(2027, 1, 27, 16, 20, 0)
add(544, "acknowledgement", "restaurant-gm", "Marco Bianchi <marco@oak-and-ember.example>",
    "Sam Patel <sam.patel@gmail-like.example>", "Re: General Manager - Shoreditch", d,
    text("""Cheers Sam, got it - thanks for sending over your availability and the licence details. All noted on my side.

Marco

Marco Bianchi
Operations Director
Oak & Ember Restaurants

On Wed, 27 Jan 2027 at 11:04, Sam Patel <sam.patel@gmail-like.example> wrote:
> Hi Marco, as promised: I'm free for a follow-up any day except 3 February, and my personal licence is valid until 2031. Sam
""", "utf-8", "7bit"),
    "Cheers Sam, got it - thanks for sending over your availability and the licence details. All noted on my side.",
    "Acknowledgement without any promise of news.", extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")])

# 545 rejection - air cargo Dubai, Outlook underscore quote
d = date_header(2027, 1, 28, 12, 55, 4)
add(545, "rejection", "cargo-ops-analyst", "Talent Team <talent@falcon-aircargo.example>",
    "Lina Haddad <lina.haddad@gmail-like.example>", "RE: Cargo Operations Analyst - Interview follow up", d,
    text("""Dear Lina,

Thank you for your interest in Falcon Air Cargo and for the time you invested in our interview process.

We regret to inform you that your application was not successful on this occasion.

We wish you every success in your career.

Best regards,
Talent Acquisition Team
Falcon Air Cargo | Dubai World Central

________________________________
From: Lina Haddad <lina.haddad@gmail-like.example>
Sent: Tuesday, January 26, 2027 10:14 AM
To: Talent Team <talent@falcon-aircargo.example>
Subject: Interview follow up

Dear team, I had my interview on 20 January and was told I would hear by 27 January. Kind regards, Lina
""", "utf-8", "quoted-printable"),
    "We regret to inform you that your application was not successful on this occasion.",
    "Rejection; the 27 January date is in the quoted candidate mail.", extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 546 auto-reply - shared recruitment mailbox, energy NL; outcome date + return date
d = date_header(2027, 1, 29, 10, 0, 1)
add(546, "auto-reply", "graduate-intake", "Recruitment Team <werkenbij@noordzee-energie.example>",
    "Yusuf Demir <yusuf.demir@kpn-like.example>", "Automatisch antwoord: Graduate Programme - interview follow-up", d,
    text("""Dear candidate,

Thank you for your e-mail to the Noordzee Energie recruitment team.

Our team is at an off-site event and we are back in the office on Wednesday 3 February.

For the February Graduate Programme intake: all candidates who had their final interview in January will receive the outcome by e-mail on 12 February.

Kind regards,
Recruitment Team Noordzee Energie
""", "utf-8", "7bit"),
    "For the February Graduate Programme intake: all candidates who had their final interview in January will receive the outcome by e-mail on 12 February.",
    "Shared-mailbox auto-reply: outcome date is expect_by; first day back is returns_on.",
    expect=next_md(D(2027, 1, 29), 2, 12), ret=D(2027, 2, 3),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 547 timeline - magazine NYC, vague 'sometime in March'
d = date_header(2027, 2, 1, 10, 26, -5)
add(547, "timeline", "features-editor", "Rachel Goldberg <rgoldberg@hudson-review-mag.example>",
    "Tariq Aziz <tariq.aziz@fastmail-like.example>", "Re: Features Editor", d,
    text("""Hi Tariq,

Thanks for the nudge, and for the clips you sent on Friday - the piece on the Newark port strike was great.

Honestly the process has stalled a bit because our new editor-in-chief only starts on February 15 and wants to meet the finalists herself. I'd expect we make a call sometime in March.

I know that's not the answer you wanted; I'll keep you posted.

Rachel

Rachel Goldberg
Managing Editor, The Hudson Review

On Sun, Jan 31, 2027 at 9:12 PM Tariq Aziz <tariq.aziz@fastmail-like.example> wrote:
> Hi Rachel, any news since our conversation on January 20? Best, Tariq
""", "utf-8", "7bit"),
    "I'd expect we make a call sometime in March.",
    "Vague: 'sometime in <Month>' = null; the editor's February 15 start is not a news date.")

# 548 request - equine hospital Ireland
d = date_header(2027, 2, 2, 9, 14, 0)
add(548, "request", "equine-vet-docs", "Niamh Byrne <niamh.byrne@curragh-equine.example>",
    "Lucas Moreau <lucas.moreau@laposte-like.example>", "Equine Intern - registration", d,
    text("""Dear Lucas,

Thank you for meeting with Dr. Fitzgerald and the team on Friday.

Before we can consider you further, we need proof that you are registered with the Veterinary Council of Ireland (or that your application is in progress), and a copy of your passport for the right-to-work check.

Could you please send both to me when you have a moment?

Kind regards,
Niamh Byrne
Practice Administrator
Curragh Equine Hospital, Co. Kildare
""", "windows-1252", "quoted-printable"),
    "Could you please send both to me when you have a moment?", "Request for documents with no decision date.")

# 549 next-round - sports analytics Lisbon, case-study deadline
d = date_header(2027, 2, 3, 17, 45, 0)
pl = """Olá Rui,

Congratulations, you passed the technical interview! The next step is a take-home case study: you will receive a dataset of tracking data from 10 Primeira Liga matches and we ask you to build a short pressing analysis.

Please submit your notebook and a 5-slide summary until 10 February, 23:59 Lisbon time. After that we'll invite you for a 45-minute presentation to the Head of Data.

Boa sorte!
Inês Carvalho
People & Talent | Campo Analytics
"""
ht = "<html><body>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in pl.strip().split("\n\n")) + "</body></html>"
add(549, "next-round", "football-data-analyst", "=?UTF-8?Q?In=C3=AAs_Carvalho?= <ines.carvalho@campo-analytics.example>",
    "Rui Santos <rui.santos@sapo-like.example>", "Next step: case study - Football Data Analyst", d,
    multi("alternative", B(549), [text(pl, "utf-8", "quoted-printable"), html(ht, "utf-8", "base64")]),
    "Congratulations, you passed the technical interview!",
    "Next round; the 10 February submission deadline is a candidate deadline.")

# 550 timeline - biotech Singapore (+0800, UTC differs), after the committee meets on D
d = date_header(2027, 2, 4, 7, 10, 8)
add(550, "timeline", "qa-manager", "Tan Wei Ling <weiling.tan@merlion-biologics.example>",
    "Aditya Rao <aditya.rao@singnet-like.example>", "RE: QA Manager (GMP) - next steps", d,
    text("""Hi Aditya,

Thanks for your email. Your profile has been forwarded to the Hiring Committee. The committee meets on 9 February, and we will write to you after the committee meets on 9 February.

Please note our office will be closed on 6 and 7 February for Chinese New Year.

Best regards,
Tan Wei Ling
HR Business Partner, Merlion Biologics Pte Ltd

-----Original Message-----
From: Aditya Rao <aditya.rao@singnet-like.example>
Sent: Wednesday, February 3, 2027 10:55 PM
To: Tan Wei Ling <weiling.tan@merlion-biologics.example>
Subject: QA Manager (GMP)

Hi Wei Ling, thank you for the site tour on 2 February. Regards, Aditya
""", "utf-8", "quoted-printable"),
    "The committee meets on 9 February, and we will write to you after the committee meets on 9 February.",
    "'after <event> on D' = D + 1; Chinese New Year closure is not a news date. UTC date is 2027-02-03.",
    expect=plus_days(D(2027, 2, 9), 1), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 551 acknowledgement - e-commerce Mexico City, Spanish attribution
d = date_header(2027, 2, 8, 12, 33, -6)
add(551, "acknowledgement", "ux-portfolio", "Mariana Torres <mariana.torres@mercadito-online.example>",
    "Diego Herrera <diego.herrera@prodigy-like.example>", "Re: UX Designer - portafolio", d,
    text("""Hola Diego,

Thanks for sending the portfolio link, it works perfectly now. I already shared it with Andrés and the design team.

Saludos,
Mariana Torres
Talent Acquisition | Mercadito Online

El vie, 5 feb 2027 a las 18:20, Diego Herrera (<diego.herrera@prodigy-like.example>) escribió:
> Hola Mariana, here is the new link to my portfolio. Sorry that the first one expired on 4 Feb. Diego
""", "utf-8", "quoted-printable"),
    "I already shared it with Andrés and the design team.", "Acknowledgement; no promise of news.")

# 552 timeline - rail infrastructure UK, '<weekday> next week'
d = date_header(2027, 2, 9, 13, 8, 0)
add(552, "timeline", "rail-signalling", "Hollie Barker <hollie.barker@pennine-rail-infra.example>",
    "Owen Jones <owen.jones@virgin-like.example>", "RE: Signalling Design Engineer - update", d,
    text("""Hi Owen,

Thanks for bearing with us. Two of the panel were on night possessions last week so the scoring has only just been finished.

I'll be able to give you an answer by Wednesday next week.

Many thanks,
Hollie

Hollie Barker | Recruitment Advisor
Pennine Rail Infrastructure

From: Owen Jones <owen.jones@virgin-like.example>
Sent: 08 February 2027 19:46
To: Hollie Barker <hollie.barker@pennine-rail-infra.example>
Subject: Signalling Design Engineer

Hi Hollie, I interviewed on 29 January and wondered whether there is an update. I'm on leave 15-19 February. Owen
""".replace("From: Owen", "________________________________\nFrom: Owen"), "utf-8", "7bit"),
    "I'll be able to give you an answer by Wednesday next week.",
    "'<weekday> next week' = that weekday in the week after the Date's week.",
    expect=next_week_day(D(2027, 2, 9), "Wed"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 553 request - ski resort Switzerland, work permit
d = date_header(2027, 2, 11, 8, 45, 1)
add(553, "request", "ski-school-permit", "Reto Zurbriggen <jobs@skischule-saastal.example>",
    "Emma Wilson <emma.wilson@btinternet-like.example>", "Ski instructor - work permit", d,
    text("""Hi Emma

Thanks for the good conversation on the phone. Before I can confirm anything, our payroll needs to know your nationality and whether you already hold a Swiss work permit (B, L or G).

Can you also send me a copy of your ISIA or BASI Level 3 card until 18.02.?

Thanks and greetings from the mountains
Reto Zurbriggen
Schneesportschule Saastal
""", "iso-8859-1", "quoted-printable"),
    "Before I can confirm anything, our payroll needs to know your nationality and whether you already hold a Swiss work permit (B, L or G).",
    "Request for information; 18.02. is a candidate deadline.")

# 554 offer - Lloyd's broker London, end of the week after next (new rule)
d = date_header(2027, 2, 12, 11, 30, 0)
pl = """Dear Charlotte,

Following your final interview with Andrew and Helen, I am very pleased to offer you the role of Marine Cargo Account Executive, subject to satisfactory references and FCA checks.

The proposed start date is Tuesday 6 April 2027. You can expect the contract by the end of the week after next, once HR has completed the regulatory checks.

Congratulations - the team is delighted.

Best wishes,
Victoria Lowe
Head of People
Ashgate & Frome Insurance Brokers
Lime Street, London
Ashgate & Frome Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority.
"""
ht = "<html><body><font face='Calibri'>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in pl.strip().split("\n\n")).replace("&", "&amp;") + "</font></body></html>"
add(554, "offer", "marine-account-exec", "Victoria Lowe <victoria.lowe@ashgate-frome.example>",
    "Charlotte Evans <charlotte.evans@sky-like.example>", "Offer - Marine Cargo Account Executive", d,
    multi("alternative", B(554), [text(pl, "utf-8", "7bit"), html(ht, "utf-8", "quoted-printable")]),
    "You can expect the contract by the end of the week after next, once HR has completed the regulatory checks.",
    "New rule: 'by the end of the week after next' = Friday of the week after next week; the 6 April start date is not news.",
    expect=end_of_week_after_next(D(2027, 2, 12)))

# 555 rejection - canton administration, position cancelled (Windows-1252)
d = date_header(2027, 2, 15, 14, 22, 1)
add(555, "rejection", "it-project-lead", "Beatrice Steiner <beatrice.steiner@kanton-aargovia.example>",
    "Marco Rossi <marco.rossi@sunrise-like.example>", "Stelle IT-Projektleiter/in - Information", d,
    text("""Dear Mr Rossi

We thank you for your interest and for the interviews of January.

Unfortunately we must inform you that the Cantonal Council has decided a hiring freeze for 2027, and the position IT Project Lead (80–100%) is cancelled. Therefore we cannot continue the process with you.

We regret this very much and wish you all the best for your future.

Freundliche Grüsse

Beatrice Steiner
Personaldienst / HR Services
Kanton Aargovia
""", "windows-1252", "quoted-printable"),
    "Therefore we cannot continue the process with you.", "Position cancelled after interview = rejection.")

# 556 timeline - pharma distributor Johannesburg, before the Easter break
d = date_header(2027, 3, 1, 9, 5, 2)
add(556, "timeline", "pharma-logistics", "Thandiwe Nkosi <thandiwe.nkosi@ubuntu-pharma-dist.example>",
    "Sipho Dlamini <sipho.dlamini@mweb-like.example>", "RE: Cold Chain Pharmacist - feedback", d,
    text("""Good day Sipho,

Thank you for the follow-up. Your second interview went well and your references are being checked at the moment.

We will revert before the Easter break.

Kind regards,
Thandiwe Nkosi
Talent Acquisition Specialist
Ubuntu Pharma Distribution (Pty) Ltd

-----Original Message-----
From: Sipho Dlamini <sipho.dlamini@mweb-like.example>
Sent: Friday, 26 February 2027 15:40
To: Thandiwe Nkosi <thandiwe.nkosi@ubuntu-pharma-dist.example>
Subject: Cold Chain Pharmacist

Good afternoon Thandiwe, I am following up on the interview of 23 February. Kind regards, Sipho
""", "utf-8", "7bit"),
    "We will revert before the Easter break.", "'before the Easter break' = Maundy Thursday.",
    expect=before_easter_break(D(2027, 3, 1)), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 557 auto-reply - biotech San Diego (-0700, UTC differs), 'through ... inclusive'
d = date_header(2027, 4, 1, 23, 15, -7)
add(557, "auto-reply", "crispr-scientist", "Dr. Alan Whitfield <awhitfield@torrey-genomics.example>",
    "Maya Singh <maya.singh@gmail-like.example>", "Out of Office: Re: Research Associate II - thank you", d,
    text("""Hello,

I am out of the office from Friday 2 April through Monday 5 April inclusive, with limited access to email.

For recruiting questions please contact talent@torrey-genomics.example.

Thanks,
Alan Whitfield, PhD
Director, Genome Engineering | Torrey Genomics
""", "utf-8", "7bit"),
    "I am out of the office from Friday 2 April through Monday 5 April inclusive, with limited access to email.",
    "'from X through Y inclusive' = 'from X to Y inclusive' -> returns_on Y + 1. UTC date is 2027-04-02.",
    ret=plus_days(D(2027, 4, 5), 1), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])

# 558 next-round - airline Helsinki, joining instructions by date
d = date_header(2027, 5, 5, 10, 40, 3)
add(558, "next-round", "cabin-crew", "Finnhawk Recruitment <recruitment@finnhawk-air.example>",
    "Laura Virtanen <laura.virtanen@elisa-like.example>", "Cabin Crew recruitment - assessment day", d,
    text("""Dear Laura,

Thank you for your video interview. We are happy to tell you that you have been selected for our Cabin Crew Assessment Day.

The assessment day will be held on 18 May at our training centre in Vantaa. It includes a group exercise, a swimming test and a final interview.

You'll receive the joining instructions by 12 May.

Best regards,
Finnhawk Cabin Crew Recruitment
""", "utf-8", "quoted-printable"),
    "You'll receive the joining instructions by 12 May.",
    "Next round; 18 May assessment date is not news; the dated promise of joining instructions (a brief) is expect_by.",
    expect=next_md(D(2027, 5, 5), 5, 12))

# 559 rejection - orchestra Prague
d = date_header(2027, 6, 14, 16, 0, 2)
add(559, "rejection", "orchestra-manager", "Tereza Dvorakova <tereza.dvorakova@vltava-philharmonic.example>",
    "Martin Horak <martin.horak@seznam-like.example>", "Orchestra Manager - result of the selection", d,
    text("""Dear Mr Horák,

thank you very much for your application and for the interview with the board in May.

After long discussion, the board decided for another candidate, who has many years of touring experience. I am sorry that we cannot bring better news.

We hope to see you at our concerts in the next season.

With kind regards
Tereza Dvořáková
General Manager
Vltava Philharmonic Orchestra
""", "utf-8", "base64"),
    "After long discussion, the board decided for another candidate, who has many years of touring experience.",
    "Rejection.")

# 560 bounce - qmail
d = date_header(2027, 6, 29, 7, 3, 0)
add(560, "bounce", "museum-educator", "MAILER-DAEMON@mail.tyneside-arts.example",
    "grace.hughes@mailbox-uk.example", "failure notice", d,
    text("""Hi. This is the qmail-send program at mail.tyneside-arts.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<learning@tyneside-arts.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <grace.hughes@mailbox-uk.example>
Received: from unknown (HELO mailbox-uk.example) (203.0.113.77)
  by mail.tyneside-arts.example with SMTP; 29 Jun 2027 07:03:01 -0000
From: Grace Hughes <grace.hughes@mailbox-uk.example>
To: learning@tyneside-arts.example
Subject: Learning Officer interview - thank you
Date: Tue, 29 Jun 2027 08:02:55 +0100

Dear all, thank you for the interview on 24 June. I look forward to hearing from you by 2 July. Grace
""", "us-ascii", "7bit"),
    "Sorry, no mailbox here by that name. (#5.1.1)", "qmail bounce; failed address from the mail system's text.",
    failed="learning@tyneside-arts.example")

"""replies7b 642-660: requests, acknowledgements, auto-replies, bounces (written by hand)."""
import datetime as _dt
from H import *

M_ = []
A = M_.append

# 642 request - legal aid charity, Manchester (UK), references + dated decision
A(M(642, "request", "legal-aid-caseworker-referees",
    hd('"Siobhan Keane" <s.keane@northwestlaw-centre.example>', '"Daniel Osei" <daniel.osei@inbox.example>',
       "Immigration Caseworker - referees", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-02-16 14:20:00 +0000",
    plain("""Dear Daniel,

Thank you for your interview yesterday for the Immigration Caseworker post (OISC Level 2).

Before the panel can complete its decision we need contact details for two referees, one of whom should be your current or most recent line manager.
Could you please send their names, job titles, email addresses and phone numbers by Friday?
We will confirm the outcome by 26 February.

Many thanks,

Siobhan Keane
Operations Manager
North West Law Centre, 3rd Floor, 101 Portland Street, Manchester M1 6DF
Registered charity no. 1098765. Authorised and regulated by the Solicitors Regulation Authority.
"""),
    dict(expect_by=lambda d: D.next_md(d, 2, 26),
         evidence="We will confirm the outcome by 26 February.",
         note="Request for referees with a dated decision promise: '26 February' is expect_by. 'by Friday' is the candidate's deadline and not expect_by")))

# 643 request - nickel mining, Surigao (Philippines), documents, UTC previous day
A(M(643, "request", "nickel-mine-safety-officer",
    hd('"HR Department - Surigao Nickel Resources" <hrd@surigaonickel.example>', '"Ramon Bautista" <ramon.bautista@mailbox.example>',
       "Pre-employment requirements - Safety Officer (Mine Site)"),
    "2027-02-24 07:20:00 +0800",
    plain("""Dear Mr. Bautista,

Good day! We are glad to inform you that you passed the final interview for the position of Safety Officer at our Claver mine site.

To proceed, kindly submit the following pre-employment requirements on or before March 5, 2027:
1. NBI Clearance (original)
2. PRC license and Certificate of Training for COSH (40 hours)
3. Transcript of Records and Diploma (photocopy)
4. SSS, PhilHealth, Pag-IBIG and TIN numbers
5. Medical certificate from our accredited clinic in Surigao City

Please send the scanned copies first to this email and bring the originals on your orientation day.

Thank you and regards,

Jocelyn Pacaña
HR Supervisor, Surigao Nickel Resources Inc.
Km. 4 National Highway, Claver, Surigao del Norte
"""),
    dict(expect_by=None, evidence="To proceed, kindly submit the following pre-employment requirements on or before March 5, 2027:",
         note="Request for documents; 'on or before March 5, 2027' is the candidate's deadline, not expect_by. Sent 07:20 Philippine time")))

# 644 request - architecture, Paris, Thunderbird, portfolio
A(M(644, "request", "architecture-competition-portfolio",
    hd('"Arnaud Lefèvre" <a.lefevre@atelier-ourcq.example>', '"Grace Whitfield" <grace.whitfield@inbox.example>',
       "Suite de notre entretien - portfolio", ("X-Mailer", "Mozilla Thunderbird 115.6"), ("User-Agent", "Mozilla Thunderbird")),
    "2027-01-19 17:45:00 +0100",
    plain("""Hello Grace,

Thank you for the meeting of this morning, it was a pleasure to discuss with you about the school project in Pantin.

Before we go further, could you send us a portfolio in PDF (maximum 20 Mo) with two or three projects where you did the competition drawings yourself?
If possible please indicate for each image what was your part in the team.

Best regards,

--
Arnaud Lefèvre
Architecte associé
Atelier Ourcq Architectes
27 quai de la Loire, 75019 Paris
+33 1 55 50 44 21
"""),
    dict(expect_by=None, evidence="Before we go further, could you send us a portfolio in PDF (maximum 20 Mo) with two or three projects where you did the competition drawings yourself?",
         note="Request for a portfolio with no dates at all: expect_by null")))

# 645 request - university library, UK, HTML only ATS, right-to-work check
A(M(645, "request", "library-archives-assistant",
    hd('"Northfield University Recruitment" <jobs@northfield-uni.example>', '"Kofi Asante" <kofi.asante@mailbox.example>',
       "Action required: pre-employment checks - Archives Assistant (Special Collections)",
       ("X-Mailer", "Stonefish ATS"), ("Auto-Submitted", "auto-generated")),
    "2027-03-10 12:05:00 +0000",
    html("""<!DOCTYPE html><html><body style="font-family:Arial">
<h2>Action required</h2>
<p>Dear Kofi,</p>
<p>Congratulations on being selected as preferred candidate for Archives Assistant (Special Collections), Library Services.</p>
<p>Please log in to your candidate account and upload a copy of your passport or share code for the online right to work check.</p>
<p>The conditional offer will be released within 5 working days of receiving your documents.</p>
<p>Library Services Recruitment<br>Northfield University, Hallam Building, Northfield NF2 9QT</p>
</body></html>
"""),
    dict(expect_by=None, evidence="Please log in to your candidate account and upload a copy of your passport or share code for the online right to work check.",
         note="Request (HTML only); the offer '5 working days of receiving your documents' counts from an undated event, so null")))

# 646 request - insurance, Sydney, terse, calendar invite by weekday, UTC previous day
A(M(646, "request", "actuarial-analyst-call",
    hd('Priyanka Shah <priyanka.shah@southerncross-ins.example>', 'Hugo Lam <hugo.lam@inbox.example>', "quick one",
       ("X-Mailer", "Microsoft Outlook for iOS")),
    "2027-03-04 08:00:00 +1100",
    plain("""Hi Hugo,

Can you send me your availability for a 30 min call with our Appointed Actuary - any time Mon-Wed next week?
You'll have a calendar invite from me by Wednesday.

Thanks
Priyanka

Priyanka Shah | Talent Partner, Southern Cross Insurance
Get Outlook for iOS
"""),
    dict(expect_by=lambda d: D.next_weekday(d, "Wed"),
         evidence="You'll have a calendar invite from me by Wednesday.",
         note="Request for availability with a dated promise of a calendar invitation: 'by Wednesday' = next Wednesday after the local Thursday. UTC date is the Wednesday before, which must not be used")))

# 647 acknowledgement - public radio, Denver (US), Gmail, quoted candidate
A(M(647, "acknowledgement", "radio-producer-thank-you",
    hd('"Jess Alvarado" <jess@kfrontrange.example>', '"Mariam Yousef" <mariam.yousef@mailbox.example>',
       "Re: Thank you - Morning Edition producer"),
    "2027-02-25 12:10:00 -0700",
    alt("""Thanks for the thoughtful note, Mariam! I've shared it with Dana and the rest of the panel.

Jess

Jess Alvarado
Senior Editor, News | KFRR Front Range Public Radio
1201 Larimer St, Denver, CO 80204

On Wed, Feb 24, 2027 at 7:45 PM Mariam Yousef <mariam.yousef@mailbox.example> wrote:
> Hi Jess, thank you for the interview today. I'm happy to do a test shift on March 3 if useful.
""", """<div dir="ltr">Thanks for the thoughtful note, Mariam! I've shared it with Dana and the rest of the panel.<div><br></div><div>Jess</div><div><br></div><div>Jess Alvarado<br>Senior Editor, News | KFRR Front Range Public Radio<br>1201 Larimer St, Denver, CO 80204</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Feb 24, 2027 at 7:45 PM Mariam Yousef &lt;mariam.yousef@mailbox.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Jess, thank you for the interview today. I'm happy to do a test shift on March 3 if useful.</blockquote></div>
""", "r7b-647-alt"),
    dict(expect_by=None, evidence="Thanks for the thoughtful note, Mariam! I've shared it with Dana and the rest of the panel.",
         note="Acknowledgement of a thank-you note, no dates from the sender; the quoted March 3 is the candidate's offer")))

# 648 acknowledgement - district council, Christchurch (NZ), ATS
A(M(648, "acknowledgement", "council-water-engineer-upload",
    hd('"Waihora District Council Careers" <careers@waihora.govt.example>', '"Sione Latu" <sione.latu@inbox.example>',
       "We've received your documents", ("X-Mailer", "SnapHire Notify"), ("Auto-Submitted", "auto-generated")),
    "2027-06-01 10:30:00 +1200",
    plain("""Kia ora Sione,

Thanks - we've received the documents you uploaded for Three Waters Engineer (Job #WDC-1187): Referee details, Copy of degree, Driver licence.

There's nothing more you need to do right now. The hiring manager will be able to see these in your application.

Ngā mihi,
Waihora District Council - People & Capability
Please don't reply to this email; this mailbox isn't monitored.
"""),
    dict(expect_by=None, evidence="Thanks - we've received the documents you uploaded for Three Waters Engineer (Job #WDC-1187): Referee details, Copy of degree, Driver licence.",
         note="ATS acknowledgement of uploaded documents, no date")))

# 649 acknowledgement - solar energy, Nairobi (Kenya), receipt + dated decision
A(M(649, "acknowledgement", "solar-field-technician-certificates",
    hd('"Esther Wambui" <esther.wambui@jualink-solar.example>', '"Brian Otieno" <brian.otieno@mailbox.example>',
       "RE: Certificates - Field Service Technician", ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-01-14 15:40:00 +0300",
    plain("""Dear Brian,

We acknowledge receipt of your academic certificates and the certificate of good conduct. Thank you for sending them promptly.
The panel will communicate the final decision by Friday, 22nd January 2027.

Kind regards,
Esther Wambui
HR Officer, JuaLink Solar Kenya Ltd
Mombasa Road, Nairobi | P.O. Box 45000-00100

-----Original Message-----
From: Brian Otieno <brian.otieno@mailbox.example>
Sent: Wednesday, January 13, 2027 8:02 PM
To: Esther Wambui <esther.wambui@jualink-solar.example>
Subject: Certificates - Field Service Technician

Dear Esther, please find attached my certificates as requested on 11th January. My KCSE certificate will be ready by 29th January.
"""),
    dict(expect_by=lambda d: _dt.date(2027, 1, 22),
         evidence="The panel will communicate the final decision by Friday, 22nd January 2027.",
         note="Acknowledgement with a dated decision promise: 22 January 2027 is expect_by. Quoted candidate dates (11th and 29th January) are not read")))

# 650 acknowledgement - community pharmacy, Utrecht (Netherlands), non-native
A(M(650, "acknowledgement", "apotheek-pharmacist-registration",
    hd('"Marloes Jansen" <m.jansen@apotheekdom.example>', '"Katarzyna Nowak" <k.nowak@inbox.example>', "RE: BIG-registratie",
       ("X-Mailer", "Microsoft Outlook 16.0")),
    "2027-03-26 16:55:00 +0100",
    plain("""Hi Katarzyna,

Thank you, I have received your BIG-registration and the diploma, I put it in your file.
The pharmacist-owner is on holiday so I cannot tell you more for now.

Groetjes,
Marloes Jansen
Apotheek Domplein | Domplein 7, 3512 JC Utrecht | 030 555 0190
"""),
    dict(expect_by=None, evidence="Thank you, I have received your BIG-registration and the diploma, I put it in your file.",
         note="Acknowledgement, second-language English, no date")))

# 651 acknowledgement - animation festival, Annecy (France), HTML base64, bilingual
A(M(651, "acknowledgement", "festival-programme-assistant-nda",
    hd('"Festival d\'animation du Lac - RH" <rh@festival-lac-annecy.example>', '"Chloe Barnett" <chloe.barnett@mailbox.example>',
       "Accusé de réception / Receipt of your signed NDA", ("X-Mailer", "Apple Mail (2.3774.400.31)")),
    "2027-04-29 09:20:00 +0200",
    html("""<html><body>
<p>Bonjour Chloe,</p>
<p>Nous avons bien reçu votre accord de confidentialité signé. Merci !</p>
<p>We have well received your signed confidentiality agreement, thank you.</p>
<p>The festival takes place from 7 to 13 June; we will speak about the programme team planning at a later moment.</p>
<p>Bien à vous,<br>Mathilde Roux<br>Ressources humaines - Festival d'animation du Lac<br>18 avenue du Trésum, 74000 Annecy</p>
</body></html>
""", cte="base64"),
    dict(expect_by=None, evidence="We have well received your signed confidentiality agreement, thank you.",
         note="Acknowledgement (HTML only, base64, French and English); the festival dates 7-13 June are an event, not expect_by; 'at a later moment' is vague")))

# 652 auto-reply - university, UK, Exchange, back on a stated date
A(M(652, "auto-reply", "university-hr-winter-closure",
    hd('"Morrow, Fiona" <f.morrow@kingsbridge-uni.example>', '"Lucas Ferreira" <lucas.ferreira@inbox.example>',
       "Automatic reply: Research Fellow interview - expenses form", ("Auto-Submitted", "auto-replied"),
       ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "f.morrow@kingsbridge-uni.example")),
    "2026-12-22 15:00:00 +0000",
    plain("""Thank you for your email.

The University is closed for the winter break from Thursday 24 December. I will be back in the office on Monday 4 January.
Expense claims received during the closure will be processed in the January payroll run, which closes on 15 January.

For urgent recruitment queries please contact hr-recruitment@kingsbridge-uni.example.

Fiona Morrow
HR Officer (Recruitment), Kingsbridge University
"""),
    dict(returns_on=lambda d: D.next_md(d, 1, 4),
         evidence="The University is closed for the winter break from Thursday 24 December. I will be back in the office on Monday 4 January.",
         note="Auto-reply; 'back in the office on Monday 4 January' = returns_on 2027-01-04. The payroll deadline 15 January is not returns_on")))

# 653 auto-reply - game studio, Pune (India), leave both days inclusive
A(M(653, "auto-reply", "studio-recruiter-leave",
    hd('"Neha Joshi" <neha.joshi@sahyadrigames.example>', '"Arjun Menon" <arjun.menon@mailbox.example>',
       "Out of Office: Re: QA Lead - feedback", ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")),
    "2027-03-15 09:00:00 +0530",
    plain("""Hi,

I am on leave from 15th March to 19th March 2027 (both days inclusive) with limited access to mails.
For anything urgent related to hiring, please write to talent@sahyadrigames.example.

Thanks & Regards,
Neha Joshi
Talent Acquisition, Sahyadri Games Pvt. Ltd., Baner, Pune
"""),
    dict(returns_on=lambda d: D.up_to_and_including(_dt.date(2027, 3, 19)),
         evidence="I am on leave from 15th March to 19th March 2027 (both days inclusive) with limited access to mails.",
         note="Auto-reply; 'from X to Y (both days inclusive)' = returns_on Y + 1 = 20 March 2027, as 'from X to Y inclusive'")))

# 654 auto-reply - shared recruitment mailbox, Amsterdam (Netherlands), no return date
A(M(654, "auto-reply", "shared-recruitment-mailbox",
    hd('"Recruitment Grachtenbank" <werkenbij@grachtenbank.example>', '"Elif Demir" <elif.demir@inbox.example>',
       "Automatisch antwoord / Automatic reply: Question about my interview", ("Auto-Submitted", "auto-replied")),
    "2027-04-08 13:33:00 +0200",
    plain("""Beste sollicitant / Dear applicant,

Bedankt voor je bericht. / Thank you for your message.
This mailbox is read by the recruitment team during office hours; we do our best to answer every question personally.
Please always mention the vacancy number in the subject of your email.

Team Recruitment
Grachtenbank N.V. - Herengracht 480, 1017 CB Amsterdam
"""),
    dict(returns_on=None, evidence="This mailbox is read by the recruitment team during office hours; we do our best to answer every question personally.",
         note="Auto-reply of a shared mailbox without a return date or outcome date: returns_on and expect_by null")))

# 655 auto-reply - architecture practice, Sydney, 'after the Easter long weekend', UTC previous day
A(M(655, "auto-reply", "practice-director-easter",
    hd('"Tom Whitely" <tom@harbourline-arch.example>', '"Sofia Russo" <sofia.russo@mailbox.example>',
       "Auto: Re: Graduate of Architecture - portfolio", ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
    "2027-03-25 08:05:00 +1100",
    plain("""Hi there,

I'm away from the studio and back after the Easter long weekend.
If your message is about a current project please contact the studio on (02) 5550 7711.

Tom Whitely
Director, Harbourline Architects
Suite 3, 88 Foveaux Street, Surry Hills NSW 2010
"""),
    dict(returns_on=lambda d: D.after_easter_long_weekend(d),
         evidence="I'm away from the studio and back after the Easter long weekend.",
         note="Auto-reply; 'back after the Easter long weekend' (Australia: Good Friday 26 March to Easter Monday 29 March 2027) = returns_on Tuesday 30 March (new rule)")))

# 656 auto-reply - defence electronics, Bordeaux (France), bilingual, 'inclus'
A(M(656, "auto-reply", "radar-programme-hr-absence",
    hd('"Juliette Garnier" <juliette.garnier@thalassa-radar.example>', '"Ahmed Siddiqui" <ahmed.siddiqui@inbox.example>',
       "Réponse automatique : RE: Ingénieur radar - entretien", ("Auto-Submitted", "auto-replied")),
    "2027-05-21 10:00:00 +0200",
    plain("""Bonjour,

Je suis absente jusqu'au 31 mai inclus. Pour toute demande urgente, merci de contacter recrutement@thalassa-radar.example.

Hello,

I am out of the office until 31 May inclusive. For any urgent request, please contact recrutement@thalassa-radar.example.

Juliette Garnier
Chargée RH - Thalassa Radar SAS, 5 allée des Lilas, 33700 Mérignac
""", cte="quoted-printable"),
    dict(returns_on=lambda d: D.up_to_and_including(_dt.date(2027, 5, 31)),
         evidence="I am out of the office until 31 May inclusive. For any urgent request, please contact recrutement@thalassa-radar.example.",
         note="Bilingual auto-reply; 'until 31 May inclusive' / 'jusqu'au 31 mai inclus' = away through 31 May, returns_on 1 June")))


def report(n, short, mta_from, cand, to_failed, date, text, ds, returned, retkind, b):
    """A multipart/report DSN to the candidate."""
    parts = [plain(text), raw(["Content-Type: message/delivery-status"], ds)]
    if retkind == "headers":
        parts.append(raw(["Content-Type: text/rfc822-headers"], returned))
    else:
        parts.append(raw(["Content-Type: message/rfc822"], returned))
    return multi("report", parts, b, " report-type=delivery-status;")


# 657 bounce - Postfix, user unknown
A(M(657, "bounce", "water-utility-hr-address",
    hd('MAILER-DAEMON@mx1.coastalwater.example (Mail Delivery System)', 'Joseph Mensah <joseph.mensah@mailbox.example>',
       "Undelivered Mail Returned to Sender", ("Auto-Submitted", "auto-replied")),
    "2027-02-01 09:12:00 +0000",
    report(657, "", "", "", "", "", """This is the mail system at host mx1.coastalwater.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<l.harcourt@coastalwater.example>: host mail.coastalwater.example[192.0.2.25] said:
    550 5.1.1 <l.harcourt@coastalwater.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", """Reporting-MTA: dns; mx1.coastalwater.example
X-Postfix-Queue-ID: 4QxT2b0kZ9z9sV
X-Postfix-Sender: rfc822; joseph.mensah@mailbox.example
Arrival-Date: Mon,  1 Feb 2027 09:11:58 +0000 (GMT)

Final-Recipient: rfc822; l.harcourt@coastalwater.example
Original-Recipient: rfc822;l.harcourt@coastalwater.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.coastalwater.example
Diagnostic-Code: smtp; 550 5.1.1 <l.harcourt@coastalwater.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""", """Return-Path: <joseph.mensah@mailbox.example>
Received: from smtp.mailbox.example (smtp.mailbox.example [198.51.100.14])
	by mx1.coastalwater.example (Postfix) with ESMTPS id 4QxT2b0kZ9z9sV
	for <l.harcourt@coastalwater.example>; Mon,  1 Feb 2027 09:11:58 +0000 (GMT)
From: Joseph Mensah <joseph.mensah@mailbox.example>
To: Lydia Harcourt <l.harcourt@coastalwater.example>
Subject: Asset Engineer interview on 27 January - thank you
Date: Mon, 1 Feb 2027 09:11:52 +0000
Message-ID: <jm.0201.thanks@mailbox.example>
""", "headers", "r7b-657-report"),
    dict(failed_address="l.harcourt@coastalwater.example",
         evidence="<l.harcourt@coastalwater.example>: host mail.coastalwater.example[192.0.2.25] said:",
         note="Postfix DSN (multipart/report, text/rfc822-headers); the returned headers' dates are the candidate's")))

# 658 bounce - Microsoft 365 NDR, UTC next day
A(M(658, "bounce", "hospital-recruiter-mailbox",
    hd('Microsoft Outlook <postmaster@cascadiahealth.example>', 'Tyler Brooks <tyler.brooks@inbox.example>',
       "Undeliverable: Follow-up - Respiratory Therapist interview", ("Auto-Submitted", "auto-replied"),
       ("X-MS-Exchange-Message-Is-Ndr", "")),
    "2027-03-18 22:40:00 -0700",
    report(658, "", "", "", "", "", """Your message to recruiting.rt@cascadiahealth.example couldn't be delivered.

recruiting.rt wasn't found at cascadiahealth.example.

Delivery has failed to these recipients or groups:

recruiting.rt@cascadiahealth.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: PH0PR07MB9001.namprd07.prod.cascadiahealth.example

recruiting.rt@cascadiahealth.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", """Reporting-MTA: dns;PH0PR07MB9001.namprd07.prod.cascadiahealth.example
Received-From-MTA: dns;mail.inbox.example
Arrival-Date: Fri, 19 Mar 2027 05:40:11 +0000

Final-Recipient: rfc822;recruiting.rt@cascadiahealth.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", """From: Tyler Brooks <tyler.brooks@inbox.example>
To: recruiting.rt@cascadiahealth.example
Subject: Follow-up - Respiratory Therapist interview
Date: Thu, 18 Mar 2027 22:39:58 -0700
Message-ID: <tb.0318.followup@inbox.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello, I interviewed on March 11 and was told I'd hear back by March 17. Is there an update?
Tyler
""", "message", "r7b-658-report"),
    dict(failed_address="recruiting.rt@cascadiahealth.example",
         evidence="Your message to recruiting.rt@cascadiahealth.example couldn't be delivered.",
         note="Microsoft 365 NDR (multipart/report with message/rfc822); the returned message's dates (March 11, March 17) are the candidate's and are not read")))

# 659 bounce - Sendmail, mailbox full, Chennai (India), UTC previous day
A(M(659, "bounce", "logistics-hr-quota",
    hd('Mail Delivery Subsystem <MAILER-DAEMON@relay.coromandel-freight.example>', 'Divya Raman <divya.raman@mailbox.example>',
       "Returned mail: see transcript for details", ("Auto-Submitted", "auto-generated")),
    "2027-04-21 03:30:00 +0530",
    report(659, "", "", "", "", "", """The original message was received at Wed, 21 Apr 2027 03:29:41 +0530
from smtp.mailbox.example [203.0.113.60]

   ----- The following addresses had permanent fatal errors -----
<hr.ops@coromandel-freight.example>
    (reason: 552 5.2.2 Mailbox full - quota exceeded)

   ----- Transcript of session follows -----
... while talking to mailstore.coromandel-freight.example.:
>>> DATA
<<< 552 5.2.2 <hr.ops@coromandel-freight.example>... Mailbox full - quota exceeded
554 5.0.0 Service unavailable
""", """Reporting-MTA: dns; relay.coromandel-freight.example
Received-From-MTA: DNS; smtp.mailbox.example
Arrival-Date: Wed, 21 Apr 2027 03:29:41 +0530

Final-Recipient: RFC822; hr.ops@coromandel-freight.example
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mailstore.coromandel-freight.example
Diagnostic-Code: SMTP; 552 5.2.2 <hr.ops@coromandel-freight.example>... Mailbox full - quota exceeded
Last-Attempt-Date: Wed, 21 Apr 2027 03:30:02 +0530
""", """Return-Path: <divya.raman@mailbox.example>
Received: from smtp.mailbox.example (smtp.mailbox.example [203.0.113.60])
	by relay.coromandel-freight.example (8.17.1/8.17.1) with ESMTP id 63KLxf8a004417;
	Wed, 21 Apr 2027 03:29:41 +0530
From: Divya Raman <divya.raman@mailbox.example>
To: hr.ops@coromandel-freight.example
Subject: Signed offer acceptance - Fleet Analyst (joining 3 May)
Date: Wed, 21 Apr 2027 03:29:35 +0530
Message-ID: <dr.0421.accept@mailbox.example>
""", "headers", "r7b-659-report"),
    dict(failed_address="hr.ops@coromandel-freight.example",
         evidence="(reason: 552 5.2.2 Mailbox full - quota exceeded)",
         note="Sendmail DSN (mailbox full, 5.2.2); the joining date in the returned subject is the candidate's. Sent 03:30 IST")))

# 660 bounce - French ISP Postfix with French diagnostic
A(M(660, "bounce", "film-production-office-address",
    hd('MAILER-DAEMON@smtp-out.provence-net.example (Systeme de distribution du courrier)', 'Olivia Grant <olivia.grant@inbox.example>',
       "Courrier non délivrable retourné à l'expéditeur", ("Auto-Submitted", "auto-replied")),
    "2027-05-06 14:00:00 +0200",
    report(660, "", "", "", "", "", """Ceci est le système de messagerie de smtp-out.provence-net.example.

J'ai le regret de vous informer que votre message n'a pas pu être
délivré à un ou plusieurs destinataires. Il est joint ci-dessous.

<production@lumiere-sud-films.example>: l'hôte mx.lumiere-sud-films.example[198.51.100.77] a répondu :
    550 5.1.1 <production@lumiere-sud-films.example> : adresse destinataire inconnue, boîte aux lettres inexistante
""", """Reporting-MTA: dns; smtp-out.provence-net.example
X-Postfix-Queue-ID: 4R7mPq3zW1z5tY
Arrival-Date: Thu,  6 May 2027 13:59:51 +0200 (CEST)

Final-Recipient: rfc822; production@lumiere-sud-films.example
Original-Recipient: rfc822;production@lumiere-sud-films.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.lumiere-sud-films.example
Diagnostic-Code: smtp; 550 5.1.1 <production@lumiere-sud-films.example> : adresse destinataire inconnue
""", """From: Olivia Grant <olivia.grant@inbox.example>
To: production@lumiere-sud-films.example
Subject: Third AD interview - availability from 1 June
Date: Thu, 6 May 2027 13:59:44 +0200
Message-ID: <og.0506.avail@inbox.example>
""", "headers", "r7b-660-report"),
    dict(failed_address="production@lumiere-sud-films.example",
         evidence="550 5.1.1 <production@lumiere-sud-films.example> : adresse destinataire inconnue, boîte aux lettres inexistante",
         note="Postfix DSN localised in French (non-English diagnostic); the returned subject's 1 June is the candidate's")))

M = M_

from mime import *
from dates import *
import datetime as _d
D = _d.date
A = []  # (num, kind, short, headers, date, body, label)
def add(*a): A.append(a)

# 461 timeline, hospitality, Austria, Outlook, QP windows-1252
add(461, "timeline", "hotel-revenue",
 [("From", "Katharina Moser <k.moser@alpenhof-hotels.example>"), ("To", "Daniel Rees <daniel.rees@mailbox.example>"),
  ("Subject", "AW: Revenue Manager – thank you"), ("Message-ID", "<r6.461.revmgr@alpenhof-hotels.example>"),
  ("In-Reply-To", "<c.20261204.dr@mailbox.example>"), ("X-Mailer", "Microsoft Outlook 16.0")],
 "2026-12-07 09:12:00 +0100",
 plain("""Dear Mr Rees,

thank you for your kind e-mail and again for your time on Friday in Innsbruck.

We are still meeting two more candidates this week. After that the management board will decide, and we plan to give all candidates our answer by calendar week 51 (KW 51).

If there are questions in the meantime, you can reach me directly.

Mit freundlichen Grüßen / Kind regards

Katharina Moser
Human Resources | Alpenhof Hotels GmbH
Maria-Theresien-Straße 12, 6020 Innsbruck

-----Original Message-----
From: Daniel Rees <daniel.rees@mailbox.example>
Sent: Friday, 4 December 2026 18:40
To: Katharina Moser <k.moser@alpenhof-hotels.example>
Subject: Revenue Manager – thank you

Dear Ms Moser,
Thank you for meeting me today. I am available for a second talk any day from 14 December.
Best regards, Daniel
""", "windows-1252", "quoted-printable"),
 dict(expect_by=lambda d: iso_week_friday(2026, 51), evidence="we plan to give all candidates our answer by calendar week 51 (KW 51).",
      note="New rule: 'by calendar week N (KW N)' = Friday of ISO week N; KW 51 of 2026 ends Friday 18 December. The 14 December in the quoted candidate mail is ignored."))

# 462 offer, pharmacy, UK, Gmail plain
add(462, "offer", "pharmacy-locum",
 [("From", "Priya Shah <priya.shah@greenleafpharmacy.example>"), ("To", "Tom Barker <tbarker@postbox.example>"),
  ("Subject", "Re: Pharmacist role - Leeds branch"), ("Message-ID", "<r6.462.pharmoffer@greenleafpharmacy.example>")],
 "2026-12-08 14:27:00 +0000",
 plain("""Hi Tom,

Lovely to see you yesterday. I'm really pleased to say we'd like to offer you the Pharmacist Manager role at our Roundhay branch, at the salary we discussed (GBP 52,500) plus the locum allowance.

We'd like you to start on Monday 4 January, subject to your GPhC registration check.

HR will email your written contract by Friday, so keep an eye on your inbox.

Congratulations and welcome aboard!

Priya

Priya Shah
Area Manager, Greenleaf Pharmacy Group

On Mon, 7 Dec 2026 at 17:55, Tom Barker <tbarker@postbox.example> wrote:
> Hi Priya,
> thanks for today. Just to confirm I could start any time after 21 December.
> Tom
"""),
 dict(expect_by=lambda d: next_weekday(d, "Fri"), evidence="HR will email your written contract by Friday, so keep an eye on your inbox.",
      note="Offer; the contract is a concrete dated promise of a next communication: 'by Friday' = next Friday after the Date. The 4 January start date and quoted dates are not expect_by."))

# 463 rejection, veterinary, Ireland, Apple Mail
add(463, "rejection", "vet-nurse",
 [("From", "Aoife Byrne <aoife@riversidevets.example>"), ("To", "Ciara Walsh <ciara.walsh@webpost.example>"),
  ("Subject", "Re: Veterinary Nurse interview"), ("Message-ID", "<r6.463.vetnurse@riversidevets.example>"),
  ("X-Mailer", "Apple Mail (2.3774.600.62)")],
 "2026-12-08 16:03:00 +0000",
 plain("""Hi Ciara,

Thanks so much for coming in on Thursday and for doing the working interview with the team.

It was a really tough call, but we've decided to go with a candidate who has more large-animal experience, which the Kilkenny practice needs at the moment.

I'd be delighted to keep your CV on file, and I'd encourage you to apply again when our small-animal clinic recruits in the spring.

All the best,
Aoife

Aoife Byrne MVB
Practice Manager, Riverside Veterinary Group

Sent from my iPhone

> On 5 Dec 2026, at 10:21, Ciara Walsh <ciara.walsh@webpost.example> wrote:
>
> Hi Aoife, thank you for Thursday 3 December, I really enjoyed meeting the team.
> Ciara
"""),
 dict(evidence="It was a really tough call, but we've decided to go with a candidate who has more large-animal experience, which the Kilkenny practice needs at the moment.",
      note="Rejection; 'in the spring' refers to a future vacancy, not news about this application."))

# 464 next-round, journalism, Canada, HTML-only QP
add(464, "next-round", "newsroom-editor",
 [("From", "\"Marc Tremblay\" <mtremblay@laurentian-post.example>"), ("To", "\"Sofia Nguyen\" <sofia.nguyen@inbox.example>"),
  ("Subject", "Next step: Night Editor"), ("Message-ID", "<r6.464.nighted@laurentian-post.example>")],
 "2026-12-09 11:45:00 -0500",
 html("""<html><head><style>p{font-family:Georgia}</style></head><body>
<p>Hi Sofia,</p>
<p>Thanks again for Monday's conversation. The desk chiefs were impressed with your live-blog samples, and we'd like you to meet the managing editor for a second interview.</p>
<p>Could you come to the newsroom on Thursday, December 17 at 2:00 p.m.? It will last about an hour and includes a short headline-writing exercise.</p>
<p>Please bring a piece of photo ID for the front desk.</p>
<p>Best,<br>Marc</p>
<p>Marc Tremblay<br>Deputy Managing Editor, The Laurentian Post</p>
</body></html>
"""),
 dict(evidence="The desk chiefs were impressed with your live-blog samples, and we'd like you to meet the managing editor for a second interview.",
      note="Next round; 17 December is the interview date, never expect_by."))

# 465 timeline, logistics, Netherlands, second-language
add(465, "timeline", "logistics-planner",
 [("From", "Jeroen de Vries <j.devries@maasport-logistics.example>"), ("To", "Aleksandra Nowak <a.nowak@freemail.example>"),
  ("Subject", "RE: Transport planner vacancy"), ("Message-ID", "<r6.465.planner@maasport-logistics.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2026-12-09 15:20:00 +0100",
 plain("""Dear Aleksandra,

Thank you for your mail. At this moment we are still busy with the last interviews for the transport planner function in Rotterdam.

We will come back to you before the New Year.

Met vriendelijke groet,

Jeroen de Vries
Teamleider Planning
Maasport Logistics B.V.

________________________________
From: Aleksandra Nowak <a.nowak@freemail.example>
Sent: dinsdag 8 december 2026 21:04
To: Jeroen de Vries
Subject: Transport planner vacancy

Dear Mr de Vries, could you please tell me if there is news after my interview of 1 December?
Kind regards, Aleksandra
""", "iso-8859-1", "quoted-printable"),
 dict(expect_by=lambda d: before_new_year(d), evidence="We will come back to you before the New Year.",
      note="New rule: 'before the New Year' (written in December) = 31 December of that year."))

# 466 auto-reply, sport, Australia, UTC differs
add(466, "auto-reply", "cricket-club",
 [("From", "Liam O'Connor <liam.oconnor@harbourcitycc.example>"), ("To", "Jess Patel <jess.patel@mailpost.example>"),
  ("Subject", "Automatic reply: Strength & Conditioning Coach - follow up"), ("Message-ID", "<r6.466.sccoach@harbourcitycc.example>"),
  ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
 "2026-12-14 07:30:00 +1100",
 plain("""G'day,

I'm away with the first XI for the interstate round and checking email only occasionally. I'll be back on Monday 21 December.

For anything urgent about recruitment please contact our HR team at people@harbourcitycc.example.

Cheers,
Liam O'Connor
High Performance Manager, Harbour City Cricket Club
"""),
 dict(returns_on=lambda d: D(2026, 12, 21), evidence="I'll be back on Monday 21 December.",
      note="Auto-reply; returns_on = stated first day back."))

# 467 bounce, Postfix DSN, energy, Norway
add(467, "bounce", "postfix-energy",
 [("From", "MAILER-DAEMON@mx1.fjordkraft-energi.example (Mail Delivery System)"), ("To", "erik.lund@postkasse.example"),
  ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", "<r6.467.dsn@mx1.fjordkraft-energi.example>"),
  ("Auto-Submitted", "auto-replied")],
 "2026-12-10 10:02:17 +0100",
 multi("report", [
  plain("""This is the mail system at host mx1.fjordkraft-energi.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.solberg@fjordkraft-energi.example>: host mx1.fjordkraft-energi.example[192.0.2.44]
    said: 550 5.1.1 <h.solberg@fjordkraft-energi.example>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO command)
""", extra=["Content-Description: Notification"]),
  raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
"""Reporting-MTA: dns; mx1.fjordkraft-energi.example
X-Postfix-Queue-ID: 4Fq2K1xYz9
X-Postfix-Sender: rfc822; erik.lund@postkasse.example
Arrival-Date: Thu, 10 Dec 2026 10:02:15 +0100

Final-Recipient: rfc822; h.solberg@fjordkraft-energi.example
Original-Recipient: rfc822;h.solberg@fjordkraft-energi.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.fjordkraft-energi.example
Diagnostic-Code: smtp; 550 5.1.1 <h.solberg@fjordkraft-energi.example>:
    Recipient address rejected: User unknown in local recipient table
"""),
  raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
"""From: Erik Lund <erik.lund@postkasse.example>
To: Hanne Solberg <h.solberg@fjordkraft-energi.example>
Subject: Grid engineer interview - thank you
Date: Thu, 10 Dec 2026 10:02:10 +0100
Message-ID: <c.20261210.el@postkasse.example>

Dear Hanne,
thank you for the interview on 8 December. I look forward to hearing from you by 18 December as you mentioned.
Best regards, Erik
""")], "r6-467-Fq2K1xYz9.1765357337/mx1", ' report-type=delivery-status;'),
 dict(failed_address="h.solberg@fjordkraft-energi.example", evidence="rejected: User unknown in local recipient table (in reply to RCPT TO command)",
      note="Postfix DSN; the 18 December in the returned candidate text is not read."))

# 468 request, insurance, US
add(468, "request", "underwriter-references",
 [("From", "Rachel Kim <rkim@northstar-mutual.example>"), ("To", "Omar Haddad <omar.haddad@webmail.example>"),
  ("Subject", "RE: Senior Underwriter - references"), ("Message-ID", "<r6.468.refs@northstar-mutual.example>")],
 "2026-12-10 13:15:00 -0600",
 plain("""Hi Omar,

Thanks for a great conversation with the panel on Tuesday. Before we can move forward, could you send me contact details for two professional references, ideally one former manager?

If possible, please send them by Friday 12/18. Once we've heard from both references, we'll be in a position to make a decision within three business days.

Thank you,
Rachel

Rachel Kim | Talent Acquisition Partner
Northstar Mutual Insurance | Minneapolis, MN

-----Original Message-----
From: Omar Haddad <omar.haddad@webmail.example>
Sent: Wednesday, December 9, 2026 8:02 AM
To: Rachel Kim <rkim@northstar-mutual.example>
Subject: Senior Underwriter

Hi Rachel, thank you for Tuesday (12/8). Happy to help with anything you need.
"""),
 dict(evidence="Before we can move forward, could you send me contact details for two professional references, ideally one former manager?",
      note="Request; 12/18 is a candidate deadline; 'within three business days' counts from an undated event (references received) = null."))

# 469 acknowledgement, construction, UK
add(469, "acknowledgement", "site-manager",
 [("From", "Gareth Hughes <g.hughes@pennant-build.example>"), ("To", "Sam Okafor <sam.okafor@mailhub.example>"),
  ("Subject", "Re: Site Manager - Cardiff"), ("Message-ID", "<r6.469.siteman@pennant-build.example>")],
 "2026-12-11 08:50:00 +0000",
 plain("""Morning Sam,

Cheers for the note, appreciated. Good to put a face to the name on Wednesday and thanks for walking the Splott site with us in that weather.

Speak soon,
Gareth

--
Gareth Hughes | Contracts Director
Pennant Build Ltd | Unit 4, Ocean Park, Cardiff
This email and any attachments are confidential and intended solely for the addressee.

On 10/12/2026 19:32, Sam Okafor wrote:
> Hi Gareth, thanks for Wednesday 9 December. Enjoyed the site walk.
> Sam
"""),
 dict(evidence="Cheers for the note, appreciated.",
      note="'Speak soon' is not a promise of news -> acknowledgement."))

# 470 timeline, biotech, Switzerland, Thunderbird, ISO-8859-1 QP
add(470, "timeline", "biotech-lab",
 [("From", "Dr. Urs Keller <urs.keller@helvetia-bio.example>"), ("To", "Lena Fischer <lena.fischer@mailzone.example>"),
  ("Subject", "Re: Laborleiterin Zellkultur / Lab lead cell culture"), ("Message-ID", "<r6.470.lablead@helvetia-bio.example>"),
  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")],
 "2026-12-10 17:42:00 +0100",
 plain("""Liebe Frau Fischer,

vielen Dank für Ihre Nachricht. Wir führen noch ein letztes Gespräch am Montag.

We will inform you about our decision by 22.12.

Freundliche Grüsse
Urs Keller

--
Dr. Urs Keller, Head of Cell Biology
Helvetia Bio AG, Basel

Am 09.12.2026 um 21:15 schrieb Lena Fischer:
> Sehr geehrter Herr Dr. Keller,
> herzlichen Dank für das Gespräch vom 7.12.2026.
> Freundliche Grüsse, Lena Fischer
""", "iso-8859-1", "quoted-printable"),
 dict(expect_by=lambda d: next_md(d, 12, 22), evidence="We will inform you about our decision by 22.12.",
      note="Swiss numeric date d.m: 22.12. = 22 December; 'am Montag' is a final interview with another candidate."))

# 471 timeline, public sector, NZ, UTC differs
add(471, "timeline", "council-policy",
 [("From", "Aroha Ngata <aroha.ngata@wairua-council.example>"), ("To", "Ben Carter <ben.carter@kiwimail.example>"),
  ("Subject", "RE: Policy Advisor - Strategy Team (Ref 2026-118)"), ("Message-ID", "<r6.471.policy@wairua-council.example>")],
 "2026-12-11 08:05:00 +1300",
 multi("alternative", [
  plain("""Kia ora Ben,

Thank you for your interview with the panel on Wednesday.

The panel is completing reference checks and will finalise its recommendation within five working days.

Ngā mihi,
Aroha Ngata
Recruitment Advisor | Wairua District Council
"""),
  html("""<html><body><div style="font-family:Calibri">
<p>Kia ora Ben,</p>
<p>Thank you for your interview with the panel on Wednesday.</p>
<p>The panel is completing reference checks and will finalise its recommendation within five working days.</p>
<p>Ng&#257; mihi,<br>Aroha Ngata<br>Recruitment Advisor | Wairua District Council</p>
</div></body></html>
""")], "----=_NextPart_r6_471_01DB4A"),
 dict(expect_by=lambda d: business_days(d, 5), evidence="The panel is completing reference checks and will finalise its recommendation within five working days.",
      note="'within five working days' = +5 business days from the local Date, as 'within ten working days'."))

# 472 offer, arts, France, Gmail multipart base64
add(472, "offer", "gallery-registrar",
 [("From", "Camille Laurent <camille.laurent@galerie-lumiere.example>"), ("To", "Hannah Price <hannah.price@maildrop.example>"),
  ("Subject", "Re: Registrar position - good news"), ("Message-ID", "<r6.472.registrar@galerie-lumiere.example>")],
 "2026-12-14 10:30:00 +0100",
 multi("alternative", [
  plain("""Dear Hannah,

I am very happy to tell you that the direction has chosen you for the position of Collections Registrar. We would be delighted to welcome you in the team.

The position starts on 1 February 2027. The contract will be sent to you in the coming days by our administration.

Bien cordialement,
Camille Laurent
Responsable des collections, Galerie Lumière, Lyon

Le ven. 11 déc. 2026 à 16:05, Hannah Price <hannah.price@maildrop.example> a écrit :
> Dear Camille, thank you for the visit on 10 December.
""", "utf-8", "base64"),
  html("""<div dir="ltr"><p>Dear Hannah,</p><p>I am very happy to tell you that the direction has chosen you for the position of Collections Registrar. We would be delighted to welcome you in the team.</p><p>The position starts on 1 February 2027. The contract will be sent to you in the coming days by our administration.</p><p>Bien cordialement,<br>Camille Laurent<br>Responsable des collections, Galerie Lumière, Lyon</p></div>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le ven. 11 déc. 2026 à 16:05, Hannah Price &lt;hannah.price@maildrop.example&gt; a écrit :<br></div><blockquote class="gmail_quote">Dear Camille, thank you for the visit on 10 December.</blockquote></div>
""", "utf-8", "base64")], "000000000000r6a472f1c2d3"),
 dict(evidence="I am very happy to tell you that the direction has chosen you for the position of Collections Registrar. We would be delighted to welcome you in the team.",
      note="Offer; start date 1 February is not expect_by; 'in the coming days' is vague -> null."))

# 473 next-round, defence, UK
add(473, "next-round", "defence-systems",
 [("From", "Helen Marsh <helen.marsh@albion-defence.example>"), ("To", "Arjun Mehta <arjun.mehta@postmail.example>"),
  ("Subject", "Systems Engineer - second stage"), ("Message-ID", "<r6.473.syseng@albion-defence.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0"), ("X-Classification", "OFFICIAL")],
 "2026-12-16 12:10:00 +0000",
 plain("""OFFICIAL

Dear Arjun,

Thank you for your first interview. I'm pleased to let you know that you've been shortlisted for the second stage, which will be held at our Filton site on 6 January.

I'll send the calendar invitation with joining instructions by end of play Tuesday. Please note that you will need to bring your passport for site access.

Kind regards,
Helen Marsh
Resourcing Partner, Albion Defence Systems

This e-mail is classified OFFICIAL. If you have received it in error, please notify the sender and delete it.
"""),
 dict(expect_by=lambda d: next_weekday(d, "Tue"), evidence="I'll send the calendar invitation with joining instructions by end of play Tuesday.",
      note="Next round; the calendar invitation is a dated promise ('by end of play <weekday>' = weekday rule); 6 January is the interview date."))

# 474 timeline, education, US, Outlook QP, vague
add(474, "timeline", "school-teacher",
 [("From", "Dr. Angela Brooks <abrooks@cedarvalley-schools.example>"), ("To", "Marcus Lee <marcus.lee@mailbox.example>"),
  ("Subject", "RE: 7th Grade Science Teacher position"), ("Message-ID", "<r6.474.science@cedarvalley-schools.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2026-12-14 15:48:00 -0500",
 plain("""Good afternoon Marcus,

Thank you for following up. The committee has submitted its recommendation, and the position now needs approval from the superintendent’s office before we can extend any offers.

You will hear from us as soon as the superintendent signs off.

Have a wonderful holiday season,

Angela Brooks, Ed.D.
Principal, Cedar Valley Middle School

-----Original Message-----
From: Marcus Lee <marcus.lee@mailbox.example>
Sent: Monday, December 14, 2026 9:12 AM
To: Angela Brooks <abrooks@cedarvalley-schools.example>
Subject: 7th Grade Science Teacher position

Dear Dr. Brooks, I wanted to check in after my demo lesson on 12/4. You had mentioned a decision by 12/11.
""", "utf-8", "quoted-printable"),
 dict(evidence="You will hear from us as soon as the superintendent signs off.",
      note="Vague: tied to an undated approval -> null. The 12/11 in the quoted candidate mail is not read."))

# 475 rejection, retail, South Africa, ATS
add(475, "rejection", "store-manager",
 [("From", "Protea Retail Careers <noreply@careers.protea-retail.example>"), ("To", "Thabo Mokoena <thabo.mokoena@inbox.example>"),
  ("Subject", "Your application: Store Manager, Sandton City (REQ-40882)"), ("Message-ID", "<r6.475.req40882@careers.protea-retail.example>"),
  ("X-Mailer", "SmartHire ATS 9.2")],
 "2026-12-15 09:00:00 +0200",
 multi("alternative", [
  plain("""Dear Thabo

Thank you for interviewing for the Store Manager position at Sandton City.

After careful consideration, we regret to inform you that we will not be taking your application further at this stage.

We will keep your profile in our talent pool for future opportunities.

Kind regards
Protea Retail Talent Team

This is an automated message. Please do not reply to this e-mail.
"""),
  html("""<html><body><table width="600"><tr><td>
<p>Dear Thabo</p>
<p>Thank you for interviewing for the Store Manager position at Sandton City.</p>
<p>After careful consideration, we regret to inform you that we will not be taking your application further at this stage.</p>
<p>We will keep your profile in our talent pool for future opportunities.</p>
<p>Kind regards<br>Protea Retail Talent Team</p>
<p style="font-size:10px">This is an automated message. Please do not reply to this e-mail.</p>
</td></tr></table></body></html>
""")], "=_r6_475_ats_b7f2"),
 dict(evidence="After careful consideration, we regret to inform you that we will not be taking your application further at this stage.",
      note="ATS rejection."))

# 476 acknowledgement, logistics, Germany
add(476, "acknowledgement", "warehouse-lead",
 [("From", "Stefan Wagner <s.wagner@rheinlog.example>"), ("To", "Mehmet Yilmaz <mehmet.yilmaz@mailzone.example>"),
  ("Subject", "AW: Dankeschön - Schichtleiter Lager"), ("Message-ID", "<r6.476.lager@rheinlog.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2026-12-17 11:20:00 +0100",
 plain("""Hallo Herr Yilmaz,

vielen Dank für Ihre freundliche Nachricht. Ich habe sie an Frau Becker aus der Personalabteilung weitergeleitet.

Thank you also for the nice words about our team in Duisburg.

Viele Grüße
Stefan Wagner
Lagerleitung | RheinLog GmbH & Co. KG

Von: Mehmet Yilmaz <mehmet.yilmaz@mailzone.example>
Gesendet: Mittwoch, 16. Dezember 2026 19:02
An: Stefan Wagner <s.wagner@rheinlog.example>
Betreff: Dankeschön - Schichtleiter Lager

Sehr geehrter Herr Wagner, danke für den Rundgang am 15.12. Ich freue mich auf Ihre Rückmeldung bis 23.12.
""", "windows-1252", "quoted-printable"),
 dict(evidence="Ich habe sie an Frau Becker aus der Personalabteilung weitergeleitet.",
      note="Acknowledgement; the 23.12. is only in the candidate's quoted text."))

# 477 auto-reply, shared mailbox, insurance, UK
add(477, "auto-reply", "hr-mailbox",
 [("From", "Recruitment Team <recruitment@thamesgate-insurance.example>"), ("To", "Grace Adeyemi <grace.adeyemi@webpost.example>"),
  ("Subject", "Automatic reply: Claims Handler interview - thank you"), ("Message-ID", "<r6.477.hrbox@thamesgate-insurance.example>"),
  ("Auto-Submitted", "auto-replied")],
 "2026-12-21 10:00:00 +0000",
 html("""<html><body>
<p>Thank you for contacting the Thamesgate Recruitment Team.</p>
<p>Our office is closed from 24 December and reopens on 4 January.</p>
<p>If you interviewed with us for the Claims Handler intake, outcomes will be sent by 8 January.</p>
<p>Thamesgate Insurance plc, registered in England and Wales no. 0000000.</p>
</body></html>
"""),
 dict(expect_by=lambda d: next_md(d, 1, 8), evidence="If you interviewed with us for the Claims Handler intake, outcomes will be sent by 8 January.",
      note="Shared-mailbox auto-reply; the outcome date is expect_by; the office closure is not; no personal return -> returns_on null."))

from mime import *
from dates import *
import datetime as _d
D = _d.date
M = []


def add(n, kind, short, frm, to, subj, date, part, ev, note, expect=None, ret=None, failed=None, extra=(), irt=None):
    M.append(dict(n=n, kind=kind, short=short, frm=frm, to=to, subj=subj, date=date, part=part, ev=ev,
                  note=note, expect=expect, ret=ret, failed=failed, extra=list(extra), irt=irt))


def B(n, tag="a"):
    return "----=_r6b_%d_%s" % (n, tag)


# 511 timeline - hotel group, Vienna (Outlook, German attribution)
d = date_header(2026, 12, 3, 10, 14, 1)
add(511, "timeline", "hotel-front-office", "Katharina Brunner <k.brunner@hotel-donaublick.example>",
    "Lena Hofer <lena.hofer@postmail.example>", "AW: Front Office Manager - Gespräch am 1. Dezember".replace("ä", "ae"), d,
    text("""Dear Ms Hofer,

thank you very much for your kind mail and again for the time you took on Tuesday.

We have two more candidates to meet this week and our General Manager wants to see the full shortlist before he decides. We will let you know by the end of next week.

If any questions come up in the meantime, please do not hesitate to call me.

Kind regards / Mit freundlichen Grüßen

Katharina Brunner
HR Business Partner
Hotel Donaublick Wien
Tel. +43 1 555 0140

Am 01.12.2026 um 19:22 schrieb Lena Hofer <lena.hofer@postmail.example>:
> Dear Ms Brunner,
> thank you for the interview on 1 December. I am still very interested and I could start on 1 February 2027 if needed.
> Best regards, Lena Hofer
""", "iso-8859-1", "quoted-printable"),
    "We will let you know by the end of next week.", "'by the end of next week' = Friday of the next Monday-Sunday week; the 1 February start date is in the quoted candidate mail.",
    expect=end_of_next_week(D(2026, 12, 3)), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 512 offer - logistics, Rotterdam (multipart/alternative)
d = date_header(2026, 12, 7, 16, 2, 1)
pl = """Dear Daan,

On behalf of everyone at Maasvlakte Freight Solutions I am delighted to offer you the position of Warehouse Operations Supervisor at our Europoort site.

The offer letter and your employment contract are attached. In short: a gross salary of EUR 4,150 per month, 25 holiday days, and a start date of Monday 4 January 2027.

Please return the signed contract by 14 December so that we can order your access badge and PPE.

Welcome on board - we are really looking forward to working with you!

Met vriendelijke groet,
Sanne de Vries
Talent Acquisition Lead | Maasvlakte Freight Solutions
"""
ht = """<html><body><p>Dear Daan,</p>
<p>On behalf of everyone at Maasvlakte Freight Solutions I am delighted to offer you the position of Warehouse Operations Supervisor at our Europoort site.</p>
<p>The offer letter and your employment contract are attached. In short: a gross salary of EUR 4,150 per month, 25 holiday days, and a start date of <b>Monday 4 January 2027</b>.</p>
<p>Please return the signed contract by 14 December so that we can order your access badge and PPE.</p>
<p>Welcome on board - we are really looking forward to working with you!</p>
<p>Met vriendelijke groet,<br>Sanne de Vries<br>Talent Acquisition Lead | Maasvlakte Freight Solutions</p></body></html>"""
add(512, "offer", "warehouse-supervisor", "Sanne de Vries <s.devries@maasvlakte-freight.example>",
    "Daan Verbeek <daan.verbeek@ziggo-mail.example>", "Your offer - Warehouse Operations Supervisor", d,
    multi("alternative", B(512), [text(pl, "utf-8", "quoted-printable"), html(ht)]),
    "On behalf of everyone at Maasvlakte Freight Solutions I am delighted to offer you the position of Warehouse Operations Supervisor at our Europoort site.",
    "Offer; 4 January start date and 14 December contract deadline are not news dates.")

# 513 rejection - pharmacy chain UK (Apple Mail)
d = date_header(2026, 12, 8, 11, 47, 0)
add(513, "rejection", "relief-pharmacist", "Priya Natarajan <priya.natarajan@wellsidepharmacy.example>",
    "Tom Ashworth <tom.ashworth@fastmail-uk.example>", "Re: Relief Pharmacist - Leeds & Bradford", d,
    text("""Hi Tom,

Thanks for coming in last week and for being so open about your experience in community pharmacy.

I'm sorry to tell you that we won't be taking your application further this time. We went with a candidate who already has the independent prescribing qualification, which turned out to be the deciding factor for the area managers.

I'd genuinely encourage you to apply again once you've finished your IP course - please do keep an eye on our careers page.

All the best,
Priya

Priya Natarajan MRPharmS
Regional Recruitment Manager, Wellside Pharmacy
Sent from my iPad

On 2 Dec 2026, at 18:40, Tom Ashworth <tom.ashworth@fastmail-uk.example> wrote:

> Hi Priya, just a quick note to say thank you for the interview on Wednesday 2 December. I should have my IP course finished by June 2027. Tom
""", "utf-8", "7bit"),
    "I'm sorry to tell you that we won't be taking your application further this time.", "Rejection; quoted candidate dates ignored.",
    extra=[("X-Mailer", "iPad Mail (20B101)")])

# 514 next-round - vet clinic Auckland (+1300, UTC differs)
d = date_header(2026, 12, 9, 8, 15, 13)
add(514, "next-round", "vet-nurse", "Aroha Ngata <aroha@harbourvets.example>",
    "Chloe Bennett <chloe.bennett@xtra-mail.example>", "Working interview - Senior Veterinary Nurse", d,
    text("""Kia ora Chloe,

Great news - the vets really enjoyed meeting you and we would love to invite you back for a working interview at our Ponsonby clinic.

It would be a half day shift on Tuesday 15 December from 8am, shadowing our surgical nurse and helping with the morning consults. Please bring scrubs and closed shoes; we will supply everything else.

Can you let me know by Friday if that day suits you?

Nga mihi,
Aroha Ngata
Practice Manager
Harbour Veterinary Group

-----Original Message-----
From: Chloe Bennett <chloe.bennett@xtra-mail.example>
Sent: Monday, 7 December 2026 9:02 PM
To: Aroha Ngata <aroha@harbourvets.example>
Subject: Thank you

Hi Aroha, thanks for Friday's interview (4 Dec). I'm available most days next week. Chloe
""", "utf-8", "quoted-printable"),
    "Great news - the vets really enjoyed meeting you and we would love to invite you back for a working interview at our Ponsonby clinic.",
    "Invitation to a further (working) interview; the 15 December interview date and the Friday reply deadline for the candidate are not news dates. UTC date is 2026-12-08.",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 515 timeline - newspaper Dublin (Gmail, multipart/alternative)
d = date_header(2026, 12, 11, 15, 31, 0)
pl = """Hi Aoife,

Thanks for checking in. I haven't forgotten you!

The editor and the managing editor are going through the last of the sub-editing tests this afternoon. I'll have a decision for you before the holidays.

Best,
Cian

--
Cian Ó Murchú
Deputy News Editor, The Liffey Courier

On Thu, 10 Dec 2026 at 22:05, Aoife Kelly <aoife.kelly@eirmail.example> wrote:
> Hi Cian,
> Just wondering if there is any news after my test on 3 December? I have another offer that I need to answer by 18 December.
> Thanks, Aoife
"""
ht = """<div dir="ltr"><div>Hi Aoife,</div><div><br></div><div>Thanks for checking in. I haven't forgotten you!</div><div><br></div><div>The editor and the managing editor are going through the last of the sub-editing tests this afternoon. I'll have a decision for you before the holidays.</div><div><br></div><div>Best,</div><div>Cian</div><div><br></div>-- <br><div>Cian Ó Murchú<br>Deputy News Editor, The Liffey Courier</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 10 Dec 2026 at 22:05, Aoife Kelly &lt;<a href="mailto:aoife.kelly@eirmail.example">aoife.kelly@eirmail.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Cian,<br>Just wondering if there is any news after my test on 3 December? I have another offer that I need to answer by 18 December.<br>Thanks, Aoife</blockquote></div>
"""
add(515, "timeline", "sub-editor", "=?UTF-8?Q?Cian_=C3=93_Murch=C3=BA?= <cian.omurchu@liffeycourier.example>",
    "Aoife Kelly <aoife.kelly@eirmail.example>", "Re: Sub-editor role", d,
    multi("alternative", B(515), [text(pl, "utf-8", "quoted-printable"), html(ht, "utf-8", "quoted-printable")]),
    "I'll have a decision for you before the holidays.", "'before the holidays' written in December = 24 December; the 18 December deadline is in the quoted candidate mail.",
    expect=before_holidays(D(2026, 12, 11)))

# 516 auto-reply - football academy Spain
d = date_header(2026, 12, 20, 18, 3, 1)
add(516, "auto-reply", "academy-coach", "Javier Ortega <j.ortega@cd-levante-academia.example>",
    "Marc Dupont <marc.dupont@orange-mail.example>", "=?UTF-8?Q?Respuesta_autom=C3=A1tica:_Thank_you_-_U16_assistant_coach?=", d,
    text("""Hola / Hello,

Estaré fuera de la oficina del 21 al 27 de diciembre, ambos inclusive.
I am out of the office from 21 to 27 December inclusive, with no access to e-mail.

Para temas urgentes de la academia: secretaria@cd-levante-academia.example
For urgent academy matters please write to secretaria@cd-levante-academia.example

Un saludo,
Javier Ortega
Director de Metodología
""", "iso-8859-1", "quoted-printable"),
    "I am out of the office from 21 to 27 December inclusive, with no access to e-mail.", "'from X to Y inclusive' -> returns_on Y + 1.",
    ret=plus_days(D(2026, 12, 27), 1), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 517 bounce - Postfix, user unknown
d = date_header(2026, 12, 14, 9, 12, 1)
human = """This is the mail system at host mx2.kobold-engineering.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.hartmann@kobold-engineering.example>: host
    mail.kobold-engineering.example[192.0.2.44] said: 550 5.1.1
    <m.hartmann@kobold-engineering.example>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
"""
dsn = """Reporting-MTA: dns; mx2.kobold-engineering.example
X-Postfix-Queue-ID: 4Gk2QF1b7Nz9vX
X-Postfix-Sender: rfc822; jonas.weber@posteo-mail.example
Arrival-Date: Mon, 14 Dec 2026 09:12:01 +0100 (CET)

Final-Recipient: rfc822; m.hartmann@kobold-engineering.example
Original-Recipient: rfc822;m.hartmann@kobold-engineering.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.kobold-engineering.example
Diagnostic-Code: smtp; 550 5.1.1 <m.hartmann@kobold-engineering.example>:
    Recipient address rejected: User unknown in local recipient table
"""
ret_h = """Return-Path: <jonas.weber@posteo-mail.example>
From: Jonas Weber <jonas.weber@posteo-mail.example>
To: Martin Hartmann <m.hartmann@kobold-engineering.example>
Subject: Follow-up: Site Engineer interview on 10 December
Date: Mon, 14 Dec 2026 09:11:48 +0100
Message-ID: <c41f-2026-12-14@posteo-mail.example>
"""
add(517, "bounce", "site-engineer", "MAILER-DAEMON@mx2.kobold-engineering.example (Mail Delivery System)",
    "jonas.weber@posteo-mail.example", "Undelivered Mail Returned to Sender", d,
    multi("report", B(517), [text(human, "us-ascii", "7bit"), raw("message/delivery-status", dsn),
                             raw("text/rfc822-headers", ret_h)], '; report-type=delivery-status'),
    "I'm sorry to have to inform you that your message could not", "Postfix DSN; the Action: failed recipient is the failed_address.",
    failed="m.hartmann@kobold-engineering.example", extra=[("Auto-Submitted", "auto-replied")])

# 518 request - fashion retailer Stockholm
d = date_header(2026, 12, 15, 13, 20, 1)
add(518, "request", "store-manager-refs", "Ebba Lindqvist <ebba.lindqvist@nordvik-mode.example>",
    "Sara Holm <sara.holm@telia-post.example>", "SV: Store Manager Drottninggatan", d,
    text("""Hi Sara,

Thank you for the nice meeting yesterday, both Johan and I had a very good feeling.

Before we can go further we need two references, preferably from your last two managers. Could you send me their names, phone numbers and e-mail addresses by Friday? We will only contact them after we have told you.

Many thanks and have a nice week!

Best regards
Ebba Lindqvist
HR Partner Retail Sweden
Nordvik Mode AB

Från: Sara Holm <sara.holm@telia-post.example>
Skickat: den 14 december 2026 20:11
Till: Ebba Lindqvist <ebba.lindqvist@nordvik-mode.example>
Ämne: Store Manager Drottninggatan
""".replace("Från:", "From:").replace("Skickat:", "Sent:").replace("Till:", "To:").replace("Ämne:", "Subject:").replace(
        "From: Sara", "________________________________\nFrom: Sara") + """
Hello Ebba, thank you for today (14/12). I can start after my notice period ends 31 January 2027. /Sara
""", "windows-1252", "quoted-printable"),
    "Could you send me their names, phone numbers and e-mail addresses by Friday?",
    "Request for references; 'by Friday' is a deadline for the candidate, so no expect_by.",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 519 acknowledgement - wind farm operator Denmark
d = date_header(2026, 12, 16, 10, 5, 1)
add(519, "acknowledgement", "wind-technician", "Mads Kjeldsen <mkj@vestkyst-vind.example>",
    "Ole Thomsen <ole.thomsen@jubii-mail.example>", "Re: Wind Turbine Technician - thank you", d,
    text("""Hi Ole

Thanks a lot for your mail, it was good to meet you at the Esbjerg site too. I've passed your GWO certificates on to our HSE coordinator as you asked.

Speak soon,
Mads

Mads Kjeldsen
Service Manager Offshore | Vestkyst Vind A/S

Den ons. 16. dec. 2026 kl. 07.48 skrev Ole Thomsen <ole.thomsen@jubii-mail.example>:
""" + """> Hi Mads, thanks for the interview on 15 December. Attached are my GWO certificates valid until March 2028.
> Ole
""", "utf-8", "quoted-printable"),
    "I've passed your GWO certificates on to our HSE coordinator as you asked.", "Acknowledgement; 'Speak soon' is not a promise of news.")

# 520 timeline - construction Sydney (+1100, UTC differs), within 72 hours
d = date_header(2026, 12, 17, 7, 30, 11)
add(520, "timeline", "project-engineer", "Brooke Mitchell <brooke.mitchell@ironbark-build.example>",
    "Ravi Menon <ravi.menon@bigpond-mail.example>", "RE: Project Engineer - Parramatta", d,
    text("""Morning Ravi,

Thanks for your patience mate. The reference checks came back overnight and everything looks good - we just need sign off from the Construction Manager, who is on site at Parramatta today.

We expect to confirm the outcome within 72 hours.

Just a heads up that our office shuts from 24 December and reopens on 11 January, so if it drags on for some reason I'll still be checking emails.

Cheers,
Brooke Mitchell
Senior Recruiter | Ironbark Building Group

From: Ravi Menon <ravi.menon@bigpond-mail.example>
Sent: Wednesday, 16 December 2026 6:12 PM
To: Brooke Mitchell <brooke.mitchell@ironbark-build.example>
Subject: Project Engineer - Parramatta

Hi Brooke, any update since the panel interview on 10 December? Regards, Ravi
""".replace("From: Ravi", "________________________________\nFrom: Ravi"), "utf-8", "7bit"),
    "We expect to confirm the outcome within 72 hours.",
    "New rule: 'within 72 hours' = Date + 3 days; office closure dates are not news dates. UTC date is 2026-12-16.",
    expect=plus_days(D(2026, 12, 17), 3), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 521 offer - biotech Boston, US m/d
d = date_header(2026, 12, 18, 17, 5, -5)
pl = """Hi Emily,

It was great speaking with you this afternoon, and I'm thrilled to confirm our verbal offer for the Scientist II, Protein Engineering role at Quillfin Therapeutics!

As discussed: base salary of $138,000, a 10% target bonus, and 4,000 RSUs vesting over four years. Your proposed start date is 1/19.

You will receive the formal offer letter through DocuSign by 12/22.

Congrats again and enjoy the weekend!

Jess Alvarez
Senior Talent Partner, Quillfin Therapeutics
Cambridge, MA
"""
ht = pl.replace("\n\n", "</p><p>").replace("\n", "<br>")
ht = "<html><head><style>p{font-family:Calibri}</style></head><body><p>" + ht + "</p></body></html>"
add(521, "offer", "protein-scientist", "Jess Alvarez <jalvarez@quillfin-tx.example>",
    "Emily Chen <emily.chen@gmail-like.example>", "Verbal offer - Scientist II, Protein Engineering", d,
    multi("alternative", B(521), [text(pl, "utf-8", "7bit"), html(ht, "utf-8", "quoted-printable")]),
    "You will receive the formal offer letter through DocuSign by 12/22.",
    "Offer with a concrete dated promise of the formal letter (US m/d 12/22); the 1/19 start date is not a news date.",
    expect=D(2026, 12, 22))

# 522 timeline - insurance Zurich, vague (Thunderbird, ISO-8859-1 QP)
d = date_header(2026, 12, 21, 9, 40, 1)
add(522, "timeline", "actuary", "Urs Meier <urs.meier@helvetia-re-group.example>",
    "Nadia Keller <nadia.keller@bluewin-mail.example>", "Re: Actuarial Analyst - Zürich".replace("ü", "ue"), d,
    text("""Dear Ms Keller

Many thanks for your message. I can confirm that you are still in the process and that the feedback from the interviews was positive.

Because of the year-end closing and the holidays, several members of the panel are absent. We will come back to you early in the new year.

Please note that our offices are closed from 24.12.2026 to 04.01.2027.

Kind regards

Urs Meier
Senior HR Consultant
Helvetia Re Group, Zürich

Am 18.12.2026 um 16:30 schrieb Nadia Keller:
> Dear Mr Meier
> After our interview of 14.12.2026 I wanted to ask if there is already a decision.
> Freundliche Grüsse, Nadia Keller
""", "iso-8859-1", "quoted-printable"),
    "We will come back to you early in the new year.", "Vague: 'early in the new year' = null; office closure dates are not news dates.",
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])

# 523 rejection - city council UK, HTML only
d = date_header(2026, 12, 22, 14, 0, 0)
ht = """<html><body style="font-family:Arial">
<p>Dear Mr Okafor,</p>
<p>Application reference: HBC-2026-1187 &ndash; Planning Enforcement Officer</p>
<p>Thank you for attending the interview for the above post.</p>
<p>After careful consideration, the panel has decided not to offer you the position on this occasion.</p>
<p>If you would like feedback on your interview, please contact the recruiting manager within 20 working days of this letter.</p>
<p>We wish you every success in the future.</p>
<p>Yours sincerely,</p>
<p>HR Recruitment Team<br>Harrowfield Borough Council<br>Civic Centre, Station Road</p>
<hr>
<p style="font-size:9px">This e-mail and any attachments are confidential and intended solely for the addressee. Harrowfield Borough Council may monitor e-mail traffic.</p>
</body></html>"""
add(523, "rejection", "planning-officer", "Harrowfield Borough Council Recruitment <noreply-recruitment@harrowfield.gov.example>",
    "Chidi Okafor <chidi.okafor@outlook-like.example>", "Your application: Planning Enforcement Officer (HBC-2026-1187)", d,
    html(ht, "utf-8", "quoted-printable"),
    "After careful consideration, the panel has decided not to offer you the position on this occasion.",
    "Rejection; the 20-working-day feedback-request window is not a news date.")

# 524 auto-reply - museum Toronto (23:30 -0500, UTC differs)
d = date_header(2026, 12, 24, 23, 30, -5)
add(524, "auto-reply", "collections-curator", "Genevieve Tremblay <gtremblay@lakeshore-museum.example>",
    "Hannah Roy <hannah.roy@sympatico-mail.example>", "Automatic reply: Assistant Curator, Collections - follow-up", d,
    text("""Thank you for your email. The museum is closed for the holidays and I'm away until the new year; I'm back on Monday 4 January.

If your message concerns a loan or a courier, please contact registrar@lakeshore-museum.example.

Merci pour votre message. Je serai de retour le lundi 4 janvier.

Genevieve Tremblay
Head of Collections | Lakeshore Museum of Art
""", "utf-8", "quoted-printable"),
    "I'm back on Monday 4 January.", "Auto-reply; stated first day back. UTC date is 2026-12-25.",
    ret=D(2027, 1, 4), extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "gtremblay@lakeshore-museum.example")])

# 525 timeline - defence contractor UK, Thursday week
d = date_header(2026, 12, 29, 11, 22, 0)
add(525, "timeline", "systems-engineer", "Gareth Pryce <gareth.pryce@severn-defence.example>",
    "Imogen Shaw <imogen.shaw@btmail-like.example>", "RE: Systems Engineer (SC clearance) - update", d,
    text("""Hi Imogen,

Apologies for the slow reply, most of the business is on shutdown between Christmas and New Year.

The hiring manager is keen, but the offer has to go through our security and export-control review first and that team is only back on 4 January. Realistically we'll be in touch Thursday week.

OFFICIAL - SENSITIVE markings do not apply to this message.

Kind regards,
Gareth Pryce
Resourcing Partner - Maritime Systems
Severn Defence Systems Ltd

-----Original Message-----
From: Imogen Shaw <imogen.shaw@btmail-like.example>
Sent: 28 December 2026 08:55
To: Gareth Pryce <gareth.pryce@severn-defence.example>
Subject: Systems Engineer (SC clearance)

Hi Gareth, hope you had a good Christmas. Is there any news since my second interview on 17 December? Imogen

Severn Defence Systems Ltd is registered in England and Wales. This e-mail may contain information that is privileged.
""", "windows-1252", "quoted-printable"),
    "Realistically we'll be in touch Thursday week.", "'Thursday week' = the Thursday a week after the next Thursday; the 4 January return of the review team is not a news date.",
    expect=weekday_week(D(2026, 12, 29), "Thu"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 526 next-round - international school Dubai (base64)
d = date_header(2027, 1, 3, 9, 5, 4)
pl = """Dear Mr Haddad,

Thank you for your interview with our Head of Secondary last week. We are pleased to invite you to the final stage of our selection process.

The final stage is a 40-minute demonstration lesson with a Year 9 physics class, followed by a short meeting with the Principal. It will take place on Tuesday 12 January at 10:00 at our Al Barsha campus.

Please confirm your attendance by replying to this e-mail.

Warm regards,
Farah Siddiqui
HR Officer - Academic Recruitment
Al Noor British International School, Dubai
"""
ht = "<html><body>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in pl.strip().split("\n\n")) + "</body></html>"
add(526, "next-round", "physics-teacher", "Farah Siddiqui <recruitment@alnoor-bis.example>",
    "Karim Haddad <karim.haddad@hotmail-like.example>", "Invitation to final stage - Teacher of Physics", d,
    multi("alternative", B(526), [text(pl, "utf-8", "base64"), html(ht, "utf-8", "base64")]),
    "We are pleased to invite you to the final stage of our selection process.",
    "Invitation to the final stage; the 12 January lesson date is an assessment date, not news.")

# 527 request - cruise line Genoa, period counted from undated receipt
d = date_header(2027, 1, 4, 10, 48, 1)
add(527, "request", "cruise-hotel-officer", "Giulia Ferraro <crew.recruitment@mare-azzurro-cruises.example>",
    "Ana Petrovic <ana.petrovic@tportal-mail.example>", "R: Assistant Hotel Director - documents", d,
    text("""Dear Ana,

thank you again for the video interview of last week, the Hotel Director was very positive.

To continue with your file we kindly ask you to send us a scan of your STCW basic safety certificates and of your seafarer medical (ENG1 or equivalent). Once we have received the documents, Crew Planning will answer you within 5 working days of receipt.

Best regards,
Giulia Ferraro
Crew Recruitment Office
Mare Azzurro Cruises S.p.A. - Genova

Il giorno mer 30 dic 2026 alle ore 14:10 Ana Petrovic <ana.petrovic@tportal-mail.example> ha scritto:
> Dear Giulia, thank you for the interview on 29 December. Please let me know what else you need. Ana
""", "utf-8", "quoted-printable"),
    "To continue with your file we kindly ask you to send us a scan of your STCW basic safety certificates and of your seafarer medical (ENG1 or equivalent).",
    "Request for documents; a period counted from an undated event (receipt of documents not yet sent) = null.")

# 528 timeline - logistics Hamburg, KW 3 (new rule)
d = date_header(2027, 1, 5, 8, 57, 1)
add(528, "timeline", "customs-specialist", "Henrik Lorenz <henrik.lorenz@elbkai-logistik.example>",
    "Deniz Yilmaz <deniz.yilmaz@gmx-like.example>", "AW: Zollspezialist / Customs Specialist", d,
    text("""Dear Mr Yilmaz,

happy new year and thank you for your patience.

The department head was on holiday until yesterday, so the decision is a bit delayed. You will get our feedback until calendar week 3 (KW 3) at the latest.

Best regards

Henrik Lorenz
Personalreferent
Elbkai Logistik GmbH, Hamburg

Von: Deniz Yilmaz <deniz.yilmaz@gmx-like.example>
Gesendet: Montag, 4. Januar 2027 18:20
An: Henrik Lorenz <henrik.lorenz@elbkai-logistik.example>
Betreff: Zollspezialist / Customs Specialist

Sehr geehrter Herr Lorenz, gibt es nach unserem Gespräch am 17.12.2026 schon Neuigkeiten? Mit freundlichen Grüßen, Deniz Yilmaz
""".replace("Von: Deniz", "________________________________\nVon: Deniz"), "iso-8859-1", "quoted-printable"),
    "You will get our feedback until calendar week 3 (KW 3) at the latest.",
    "New rule: 'until/by calendar week N (KW N)' = Friday of ISO week N.",
    expect=calendar_week_friday(D(2027, 1, 5), 3), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 529 acknowledgement - ATS (Seattle, 23:50 -0800, UTC differs)
d = date_header(2027, 1, 6, 23, 50, -8)
pl = """Hi Marcus,

Thanks! We've received the documents you uploaded for the Senior Data Engineer position at Cascadia Grid Analytics.

Your recruiter has been notified and nothing else is needed from you right now.

This message was sent by HireLoop on behalf of Cascadia Grid Analytics. Please do not reply to this email.
"""
ht = """<table width="600"><tr><td><img src="https://cdn.hireloop.example/logo/cga.png" alt="Cascadia Grid Analytics"></td></tr>
<tr><td><p>Hi Marcus,</p><p>Thanks! We've received the documents you uploaded for the Senior Data Engineer position at Cascadia Grid Analytics.</p>
<p>Your recruiter has been notified and nothing else is needed from you right now.</p>
<p style="color:#888">This message was sent by HireLoop on behalf of Cascadia Grid Analytics. Please do not reply to this email.</p></td></tr></table>"""
add(529, "acknowledgement", "data-engineer-upload", "Cascadia Grid Analytics <no-reply@notifications.hireloop.example>",
    "Marcus Reid <marcus.reid@protonmail-like.example>", "We received your documents", d,
    multi("alternative", B(529), [text(pl, "utf-8", "7bit"), html(ht, "utf-8", "quoted-printable")]),
    "Thanks! We've received the documents you uploaded for the Senior Data Engineer position at Cascadia Grid Analytics.",
    "ATS acknowledgement of uploaded documents. UTC date is 2027-01-07.",
    extra=[("Auto-Submitted", "auto-generated"), ("X-HireLoop-Tenant", "cga-4471")])

# 530 bounce - Microsoft 365 NDR
d = date_header(2027, 1, 7, 15, 44, 0)
human = """Delivery has failed to these recipients or groups:

Siobhan Gallagher (s.gallagher@brightwater-insure.example)
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM6PR02MB5544.eurprd02.prod.outlook.example

s.gallagher@brightwater-insure.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
dsn = """Reporting-MTA: dns;AM6PR02MB5544.eurprd02.prod.outlook.example
Received-From-MTA: dns;mail-wr1-f41.google-like.example
Arrival-Date: Thu, 7 Jan 2027 15:44:12 +0000

Final-Recipient: rfc822;s.gallagher@brightwater-insure.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
ret_m = """From: Patrick Doyle <patrick.doyle@eirmail.example>
To: Siobhan Gallagher <s.gallagher@brightwater-insure.example>
Subject: Claims Handler interview - thank you
Date: Thu, 7 Jan 2027 15:43:55 +0000
Message-ID: <CAF-pd-0107@eirmail.example>
Content-Type: text/plain; charset="UTF-8"

Dear Siobhan, thank you for the interview on 6 January. I look forward to hearing from you by 15 January as discussed. Patrick
"""
add(530, "bounce", "claims-handler", "Microsoft Outlook <postmaster@brightwater-insure.example>",
    "patrick.doyle@eirmail.example", "Undeliverable: Claims Handler interview - thank you", d,
    multi("report", B(530), [text(human, "us-ascii", "7bit"), raw("message/delivery-status", dsn),
                             raw("message/rfc822", ret_m)], '; report-type=delivery-status'),
    "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
    "Exchange Online NDR; dates in the returned candidate message ignored.",
    failed="s.gallagher@brightwater-insure.example", extra=[("X-MS-Exchange-Message-Is-Ndr", "")])

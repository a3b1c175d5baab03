from mime import *
from dates import *
import datetime as _d
D = _d.date
A = []
def add(*a): A.append(a)

# 478 request, hospitality, UAE, UTC differs
add(478, "request", "resort-documents",
 [("From", "Fatima Al Mansoori <fatima.almansoori@palmcrest-resorts.example>"), ("To", "Jose Ramos <jose.ramos@mailpost.example>"),
  ("Subject", "Front Office Manager - documents needed"), ("Message-ID", "<r6.478.fom@palmcrest-resorts.example>")],
 "2026-12-22 02:10:00 +0400",
 plain("""Dear Jose,

Greetings from Palmcrest Resorts!

Following your interview with our General Manager, kindly share with us a clear copy of your passport, your latest experience certificate and one passport-size photo with white background.

This is required so our HR can start the internal approval.

Warm regards,
Fatima Al Mansoori
Talent Acquisition Executive
Palmcrest Resorts & Spa, Dubai

On Sun, Dec 20, 2026 at 11:40 PM Jose Ramos <jose.ramos@mailpost.example> wrote:
> Dear Fatima, thank you for the interview on 19 December. When can I expect an answer?
"""),
 dict(evidence="Following your interview with our General Manager, kindly share with us a clear copy of your passport, your latest experience certificate and one passport-size photo with white background.",
      note="Request for documents, no date of news."))

# 479 timeline, journalism, India
add(479, "timeline", "radio-producer",
 [("From", "Ananya Iyer <ananya.iyer@sagarwave-radio.example>"), ("To", "Rohan Das <rohan.das@inboxmail.example>"),
  ("Subject", "Re: Senior Producer (Mornings) - status"), ("Message-ID", "<r6.479.producer@sagarwave-radio.example>")],
 "2027-01-05 12:40:00 +0530",
 plain("""Dear Rohan,

Happy new year and thank you for your patience. Our programming head was travelling over the holidays, so the final review got delayed.

We will be in touch by the end of next month with the final outcome.

Thanks and regards,
Ananya Iyer
HR Business Partner, SagarWave Radio Network, Mumbai

On Mon, 4 Jan, 2027, 10:15 am Rohan Das, <rohan.das@inboxmail.example> wrote:
> Dear Ananya, I am writing to follow up on my interview on 18 December. Kindly update.
"""),
 dict(expect_by=lambda d: end_of_next_month(d), evidence="We will be in touch by the end of next month with the final outcome.",
      note="New rule: 'by the end of next month' = last day of the month after the Date's month."))

# 480 acknowledgement, energy, ATS HTML-only, office closure
add(480, "acknowledgement", "solar-ats",
 [("From", "SunRidge Energy Careers <careers@sunridge-energy.example>"), ("To", "Nina Petrova <nina.petrova@freemail.example>"),
  ("Subject", "We received your message - Project Engineer (Solar), JR-2291"), ("Message-ID", "<r6.480.jr2291@sunridge-energy.example>"),
  ("Auto-Submitted", "auto-generated")],
 "2026-12-30 09:00:00 -0700",
 html("""<html><body><table><tr><td style="padding:20px">
<h2>Thanks, Nina</h2>
<p>We have received your message regarding Project Engineer (Solar), JR-2291, and it has been added to your candidate profile.</p>
<p>Please note that our offices are closed until January 4 for the holidays.</p>
<p>SunRidge Energy Talent Acquisition</p>
</td></tr></table></body></html>
""", "utf-8", "base64"),
 dict(evidence="We have received your message regarding Project Engineer (Solar), JR-2291, and it has been added to your candidate profile.",
      note="ATS acknowledgement; office closure until January 4 is not expect_by."))

# 481 offer, hospitality, Italy, candidate deadline
add(481, "offer", "hotel-chef",
 [("From", "Giulia Romano <g.romano@hotelbellavista.example>"), ("To", "Pierre Dubois <pierre.dubois@courriel.example>"),
  ("Subject", "R: Sous Chef - proposta di assunzione / job offer"), ("Message-ID", "<r6.481.souschef@hotelbellavista.example>")],
 "2027-01-07 16:30:00 +0100",
 plain("""Dear Pierre,

after the trial day in our kitchen the Executive Chef is very satisfied and we are glad to offer you the position of Sous Chef for the season 2027 at Hotel Bellavista, Taormina.

The season begins on 1 March. In attachment you find the offer with salary and accommodation.

Please confirm your acceptance by 15 January.

Cordiali saluti,
Giulia Romano
Ufficio Personale - Hotel Bellavista

Il giorno mar 5 gen 2027 alle ore 11:02 Pierre Dubois <pierre.dubois@courriel.example> ha scritto:
> Dear Giulia, thank you for the trial on 4 January.
""", "iso-8859-1", "quoted-printable"),
 dict(evidence="after the trial day in our kitchen the Executive Chef is very satisfied and we are glad to offer you the position of Sous Chef for the season 2027 at Hotel Bellavista, Taormina.",
      note="Offer; 1 March is the start date, 15 January a candidate deadline -> expect_by null."))

# 482 bounce, Exim, veterinary
add(482, "bounce", "exim-vet",
 [("From", "Mail Delivery System <Mailer-Daemon@mail.pawsandclaws-vets.example>"), ("To", "ella.morgan@webmail.example"),
  ("Subject", "Mail delivery failed: returning message to sender"), ("Message-ID", "<r6.482.exim@mail.pawsandclaws-vets.example>"),
  ("X-Failed-Recipients", "recruit@pawsandclaws-vets.example"), ("Auto-Submitted", "auto-replied")],
 "2027-01-08 13:22:41 +0000",
 plain("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  recruit@pawsandclaws-vets.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <ella.morgan@webmail.example>
Received: from [198.51.100.23] (helo=laptop)
	by mail.pawsandclaws-vets.example with esmtpa (Exim 4.97)
	id 1tAbCd-000123-XY; Thu, 07 Jan 2027 13:22:40 +0000
From: Ella Morgan <ella.morgan@webmail.example>
To: recruit@pawsandclaws-vets.example
Subject: Locum Vet interview follow-up
Date: Thu, 07 Jan 2027 13:22:38 +0000

Hello, I interviewed on 5 January and was told I'd hear by 12 January. Thanks, Ella
"""),
 dict(failed_address="recruit@pawsandclaws-vets.example", evidence="recipients. This is a permanent error. The following address(es) failed:",
      note="Exim bounce; X-Failed-Recipients; returned text dates are not read."))

# 483 timeline, construction, US Pacific, UTC differs
add(483, "timeline", "construction-pm",
 [("From", "Dave Kowalski <dkowalski@summitline-builders.example>"), ("To", "Laura Chen <laura.chen@mailhub.example>"),
  ("Subject", "Re: Project Manager - Tacoma medical office"), ("Message-ID", "<r6.483.pm@summitline-builders.example>")],
 "2027-01-08 21:40:00 -0800",
 plain("""Laura,

Sorry for the late reply, long week on site. We really liked your take on the phasing plan.

Ownership wants to see the final two candidates' numbers side by side, so we'll have an answer for you in two weeks' time.

Dave

Sent from my iPhone

On Jan 6, 2027, at 7:14 AM, Laura Chen <laura.chen@mailhub.example> wrote:
> Hi Dave, following up on our interview on Dec 30. Thanks, Laura
"""),
 dict(expect_by=lambda d: plus_days(d, 14), evidence="Ownership wants to see the final two candidates' numbers side by side, so we'll have an answer for you in two weeks' time.",
      note="New rule: 'in two weeks' time' = Date + 14, as 'within two weeks'."))

# 484 next-round, biotech, Denmark
add(484, "next-round", "clinical-assessment",
 [("From", "Mette Hansen <meha@nordisk-clinical.example>"), ("To", "Lukas Berg <lukas.berg@postbox.example>"),
  ("Subject", "Invitation to assessment centre - Clinical Trial Manager"), ("Message-ID", "<r6.484.ctm@nordisk-clinical.example>")],
 "2027-01-11 10:05:00 +0100",
 plain("""Dear Lukas,

Thank you for the first interview. We are happy to invite you to the final assessment centre in Copenhagen on 20 January from 09:00 to 15:00.

We will send you the case material by Friday 15 January, so you have time to prepare.

Venlig hilsen / Best regards
Mette Hansen
Senior Talent Partner, Nordisk Clinical A/S
"""),
 dict(expect_by=lambda d: next_md(d, 1, 15), evidence="We will send you the case material by Friday 15 January, so you have time to prepare.",
      note="Next round; the case material (brief) is a dated promise -> expect_by; 20 January is the assessment date."))

# 485 rejection, arts, Spain, windows-1252 QP
add(485, "rejection", "museum-curator",
 [("From", "Lucía Fernández <lfernandez@museo-marítimo.example>".replace("í", "i")), ("To", "Anna Kowalczyk <anna.kowalczyk@mailzone.example>"),
  ("Subject", "RE: Conservadora adjunta / Assistant Curator"), ("Message-ID", "<r6.485.curator@museo-maritimo.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2027-01-12 13:00:00 +0100",
 plain("""Estimada Anna,

Thank you very much for your time and for your interesting presentation about the maritime collections.

I am sorry to inform you that the committee has chosen another candidate for the position of Assistant Curator.

We wish you much success in your career.

Un cordial saludo,
Lucía Fernández
Directora de Colecciones, Museo Marítimo de Cádiz

El lun, 11 ene 2027 a las 9:30, Anna Kowalczyk (<anna.kowalczyk@mailzone.example>) escribió:
> Estimada Lucía, I would like to ask about the results of 7 January interview.
""", "windows-1252", "quoted-printable"),
 dict(evidence="I am sorry to inform you that the committee has chosen another candidate for the position of Assistant Curator.",
      note="Rejection."))

# 486 timeline, insurance, UK, 'Monday week'
add(486, "timeline", "underwriting-graduate",
 [("From", "James Whitfield <james.whitfield@lombard-re.example>"), ("To", "Chloe Evans <chloe.evans@webpost.example>"),
  ("Subject", "RE: Graduate Underwriter - update"), ("Message-ID", "<r6.486.gradund@lombard-re.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2027-01-12 09:35:00 +0000",
 plain("""Hi Chloe,

Thanks for chasing. The final interviews run until the end of this week and the partners meet the following Monday.

Realistically you will hear from us Monday week.

Best wishes,
James

James Whitfield
Graduate Recruitment Lead | Lombard Re Ltd, London EC3

________________________________
From: Chloe Evans <chloe.evans@webpost.example>
Sent: 11 January 2027 17:20
To: James Whitfield
Subject: Graduate Underwriter - update

Hi James, any news after my assessment day on 6 January?
"""),
 dict(expect_by=lambda d: weekday_week(d, "Mon"), evidence="Realistically you will hear from us Monday week.",
      note="'Monday week' = the Monday a week after the next Monday, as 'Thursday week'."))

# 487 auto-reply, education, Germany, up to and including
add(487, "auto-reply", "university-ooo",
 [("From", "Prof. Dr. Sabine Krüger <sabine.krueger@uni-nordstadt.example>"), ("To", "Tariq Aziz <tariq.aziz@inbox.example>"),
  ("Subject", "Abwesenheitsnotiz / Out of office: PhD position - interview follow-up"), ("Message-ID", "<r6.487.ooo@uni-nordstadt.example>"),
  ("Auto-Submitted", "auto-replied")],
 "2027-01-18 08:01:00 +0100",
 plain("""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 22. Januar auf einer Konferenz und habe nur eingeschränkt Zugriff auf E-Mails.

I am at a conference up to and including 22 January with limited access to e-mail. Your message will not be forwarded.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat: sekretariat-ak@uni-nordstadt.example

Mit freundlichen Grüßen
Sabine Krüger
""", "utf-8", "quoted-printable"),
 dict(returns_on=lambda d: up_to_and_including(next_md(d, 1, 22)), evidence="I am at a conference up to and including 22 January with limited access to e-mail. Your message will not be forwarded.",
      note="New rule: 'up to and including D' / 'bis einschließlich D' = away through D, so returns_on = D + 1, as 'from X to Y inclusive'."))

# 488 request, journalism, US, decision date in request
add(488, "request", "magazine-clips",
 [("From", "Sarah Goldberg <sgoldberg@brightwater-media.example>"), ("To", "Diego Morales <diego.morales@mailbox.example>"),
  ("Subject", "Re: Features Writer - one more thing"), ("Message-ID", "<r6.488.clips@brightwater-media.example>")],
 "2027-01-20 11:10:00 -0500",
 plain("""Hi Diego,

Great talking yesterday. Could you send over three published clips, ideally long-form features of 3,000+ words? Links are fine.

We aim to make a final decision by January 29.

Thanks!
Sarah

--
Sarah Goldberg
Features Editor, Brightwater Media

On Tue, Jan 19, 2027 at 4:45 PM Diego Morales <diego.morales@mailbox.example> wrote:

> Hi Sarah, thanks for today's call. I'm free for a follow-up on January 22.
"""),
 dict(expect_by=lambda d: next_md(d, 1, 29), evidence="We aim to make a final decision by January 29.",
      note="Request; a decision date inside a request is expect_by."))

# 489 timeline, energy, Scotland, vague
add(489, "timeline", "offshore-wind",
 [("From", "Fiona MacLeod <fiona.macleod@northsea-renewables.example>"), ("To", "Ivan Horvat <ivan.horvat@postmail.example>"),
  ("Subject", "Re: HSE Advisor (Offshore Wind)"), ("Message-ID", "<r6.489.hse@northsea-renewables.example>")],
 "2027-01-21 14:55:00 +0000",
 multi("alternative", [
  plain("""Hi Ivan,

Thanks for getting in touch. We've had a change on the project timeline and the hiring manager is offshore until the weather window closes.

I'd expect us to have news for you sometime in February.

Best regards,
Fiona

Fiona MacLeod
Talent Partner | North Sea Renewables, Aberdeen
"""),
  html("""<html><body>
<p>Hi Ivan,</p>
<p>Thanks for getting in touch. We've had a change on the project timeline and the hiring manager is offshore until the weather window closes.</p>
<p>I'd expect us to have news for you sometime in February.</p>
<p>Best regards,<br>Fiona</p>
<p>Fiona MacLeod<br>Talent Partner | North Sea Renewables, Aberdeen</p>
</body></html>
""")], "_000_r6489AM6PR03MB_"),
 dict(evidence="I'd expect us to have news for you sometime in February.",
      note="Vague: 'sometime in <Month>' -> null."))

# 490 next-round, retail, Brazil, UTC differs
add(490, "next-round", "retail-buyer",
 [("From", "Mariana Souza <mariana.souza@lojasaurora.example>"), ("To", "Felipe Costa <felipe.costa@correio.example>"),
  ("Subject", "Re: Processo seletivo - Comprador(a) Sênior"), ("Message-ID", "<r6.490.buyer@lojasaurora.example>")],
 "2027-01-25 22:30:00 -0300",
 plain("""Olá Felipe,

Good news: you were approved to the next stage of the process for Senior Buyer! The next stage is a case presentation with our commercial director on 02/02.

I will confirm you the exact time and the meeting link until 28/01.

Abraços,
Mariana Souza
Recrutamento & Seleção | Lojas Aurora, São Paulo

Em sex., 22 de jan. de 2027 às 10:12, Felipe Costa <felipe.costa@correio.example> escreveu:
> Olá Mariana, thanks for the interview on 20/01.
""", "utf-8", "quoted-printable"),
 dict(expect_by=lambda d: next_md(d, 1, 28), evidence="I will confirm you the exact time and the meeting link until 28/01.",
      note="Next round; Brazilian d/m dates; 02/02 is the interview date; the confirmation of time and link by 28/01 is a dated promise of a next communication (like a calendar invitation)."))

# 491 acknowledgement, sport, US, multipart
add(491, "acknowledgement", "sports-analytics",
 [("From", "Kevin Duarte <kduarte@riverside-fc.example>"), ("To", "Emily Foster <emily.foster@mailpost.example>"),
  ("Subject", "Re: Thank you - Performance Analyst"), ("Message-ID", "<r6.491.analyst@riverside-fc.example>")],
 "2027-01-26 17:05:00 -0600",
 multi("alternative", [
  plain("""Emily,

Appreciate the thank-you note and the extra set-piece clips you sent over. I've shared them with our head coach.

Kevin

On Mon, Jan 25, 2027 at 8:30 AM Emily Foster <emily.foster@mailpost.example> wrote:
> Hi Kevin, thanks for Friday (1/22). Attached are the clips I mentioned.
"""),
  html("""<div dir="ltr"><div>Emily,</div><div><br></div><div>Appreciate the thank-you note and the extra set-piece clips you sent over. I've shared them with our head coach.</div><div><br></div><div>Kevin</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jan 25, 2027 at 8:30 AM Emily Foster &lt;emily.foster@mailpost.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Hi Kevin, thanks for Friday (1/22). Attached are the clips I mentioned.</blockquote></div>
""")], "000000000000r6a491e8f9a0b1"),
 dict(evidence="Appreciate the thank-you note and the extra set-piece clips you sent over. I've shared them with our head coach.",
      note="Acknowledgement, no timing."))

# 492 rejection, veterinary referral, Canada
add(492, "rejection", "vet-referral",
 [("From", "Dr. Natalie Roy <nroy@prairie-vetreferral.example>"), ("To", "Owen Murphy <owen.murphy@webmail.example>"),
  ("Subject", "Emergency Veterinarian position"), ("Message-ID", "<r6.492.er@prairie-vetreferral.example>")],
 "2027-01-27 16:20:00 -0700",
 plain("""Dear Dr. Murphy,

Thank you for spending the day with our ER team and for your patience while we completed interviews.

We have decided to offer the position to a candidate with board certification in emergency and critical care, and so we won't be moving ahead with your application.

Your rapport with the technicians was noticed, and I hope our paths cross again.

Sincerely,
Natalie Roy, DVM, DACVECC
Medical Director, Prairie Veterinary Referral Hospital, Calgary
"""),
 dict(evidence="We have decided to offer the position to a candidate with board certification in emergency and critical care, and so we won't be moving ahead with your application.",
      note="Rejection."))

# 493 offer, logistics, Singapore, UTC differs
add(493, "offer", "ops-manager",
 [("From", "Tan Wei Ling <weiling.tan@straitsfreight.example>"), ("To", "Rahul Menon <rahul.menon@inbox.example>"),
  ("Subject", "Letter of Offer - Operations Manager"), ("Message-ID", "<r6.493.opsmgr@straitsfreight.example>")],
 "2027-02-02 06:45:00 +0800",
 multi("mixed", [
  plain("""Dear Rahul,

Further to your final interview with our Regional Director, we are pleased to offer you the position of Operations Manager, Changi Distribution Centre.

Please find attached the Letter of Offer. Your proposed commencement date is 1 March 2027.

Kindly sign and return the letter by 9 February 2027.

Best regards,
Tan Wei Ling
Senior HR Manager, Straits Freight Pte Ltd
"""),
  raw(["Content-Type: application/pdf; name=\"Offer_Rahul_Menon.pdf\"", "Content-Disposition: attachment; filename=\"Offer_Rahul_Menon.pdf\"", "Content-Transfer-Encoding: base64"],
      "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")],
  "----_r6_493_mixed_0001"),
 dict(evidence="Further to your final interview with our Regional Director, we are pleased to offer you the position of Operations Manager, Changi Distribution Centre.",
      note="Offer; the commencement date and signing deadline are not expect_by."))

# 494 bounce, Exchange/M365, public sector
add(494, "bounce", "exchange-ministry",
 [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@transport-ministry.example>"), ("To", "kofi.mensah@mailzone.example"),
  ("Subject", "Undeliverable: Policy Analyst interview - thank you"), ("Message-ID", "<r6.494.ndr@transport-ministry.example>"),
  ("Auto-Submitted", "auto-replied")],
 "2027-02-03 10:14:00 +0000",
 multi("report", [
  multi("alternative", [
   plain("""Delivery has failed to these recipients or groups:

j.osei@transport-ministry.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM0PR02MB1234.eurprd02.prod.outlook.example

j.osei@transport-ministry.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""),
   html("""<html><body><p><b><font color="#000066" size="3">Delivery has failed to these recipients or groups:</font></b></p>
<p><a href="mailto:j.osei@transport-ministry.example">j.osei@transport-ministry.example</a><br>The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.</p>
</body></html>
""")], "_r6_494_alt_"),
  raw(["Content-Type: message/delivery-status"],
"""Reporting-MTA: dns;AM0PR02MB1234.eurprd02.prod.outlook.example
Received-From-MTA: dns;mail.mailzone.example
Arrival-Date: Wed, 3 Feb 2027 10:13:58 +0000

Final-Recipient: rfc822;j.osei@transport-ministry.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
  raw(["Content-Type: message/rfc822"],
"""From: Kofi Mensah <kofi.mensah@mailzone.example>
To: John Osei <j.osei@transport-ministry.example>
Subject: Policy Analyst interview - thank you
Date: Wed, 3 Feb 2027 10:13:50 +0000

Dear Mr Osei, thank you for the panel interview on 1 February. I understand a decision is due by 12 February.
""")], "_r6_494_report_", ' report-type=delivery-status;'),
 dict(failed_address="j.osei@transport-ministry.example", evidence="The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
      note="Exchange NDR; the 12 February in the returned text is not read."))

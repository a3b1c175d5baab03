from mime import *
from dates import *
import datetime as _d
D = _d.date
A = []
def add(*a): A.append(a)

# 495 timeline, defence, US, vague
add(495, "timeline", "defence-analyst",
 [("From", "Mark Sullivan <msullivan@liberty-aerodefense.example>"), ("To", "Kayla Robinson <kayla.robinson@mailbox.example>"),
  ("Subject", "RE: Intelligence Analyst II - status"), ("Message-ID", "<r6.495.analyst@liberty-aerodefense.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2027-02-04 09:25:00 -0600",
 plain("""Hi Kayla,

Thanks for checking in. The hiring team has completed interviews, and your package is with our security office for the clearance pre-screen.

We'll reach back out once the security office finishes its review; unfortunately I can't give you a firm date on their side.

Regards,
Mark Sullivan
Senior Recruiter, Liberty AeroDefense | Huntsville, AL

-----Original Message-----
From: Kayla Robinson <kayla.robinson@mailbox.example>
Sent: Wednesday, February 3, 2027 3:41 PM
To: Mark Sullivan <msullivan@liberty-aerodefense.example>
Subject: Intelligence Analyst II - status

Hi Mark, I interviewed on 1/27 and was hoping to hear by 2/5. Any update?
"""),
 dict(evidence="We'll reach back out once the security office finishes its review; unfortunately I can't give you a firm date on their side.",
      note="Vague: tied to an undated review -> null; quoted 2/5 not read."))

# 496 rejection, energy, Canada, position cancelled
add(496, "rejection", "pipeline-cancelled",
 [("From", "Heather Campbell <hcampbell@borealis-energy.example>"), ("To", "Ahmed Karimi <ahmed.karimi@postbox.example>"),
  ("Subject", "Pipeline Integrity Engineer - update on the role"), ("Message-ID", "<r6.496.pie@borealis-energy.example>")],
 "2027-02-05 15:00:00 -0700",
 multi("alternative", [
  plain("""Hello Ahmed,

I wanted to reach out personally. Following a budget review this week, the Pipeline Integrity Engineer position has been cancelled and will not be filled this year.

I know this is disappointing after two rounds of interviews, and I'm sorry we couldn't bring this to a better close.

Kind regards,
Heather Campbell
HR Advisor, Borealis Energy Ltd., Edmonton
"""),
  html("""<html><body style="font-family:Arial">
<p>Hello Ahmed,</p>
<p>I wanted to reach out personally. Following a budget review this week, the Pipeline Integrity Engineer position has been cancelled and will not be filled this year.</p>
<p>I know this is disappointing after two rounds of interviews, and I'm sorry we couldn't bring this to a better close.</p>
<p>Kind regards,<br>Heather Campbell<br>HR Advisor, Borealis Energy Ltd., Edmonton</p>
</body></html>
""")], "=_r6_496_alt"),
 dict(evidence="I wanted to reach out personally. Following a budget review this week, the Pipeline Integrity Engineer position has been cancelled and will not be filled this year.",
      note="A position cancelled after interview is a rejection."))

# 497 timeline, pharmacy, Poland, second language
add(497, "timeline", "pharmacy-chain",
 [("From", "Katarzyna Wiśniewska <k.wisniewska@apteka-zdrowie.example>"), ("To", "Marta Zielinska <marta.zielinska@pocztamail.example>"),
  ("Subject", "Odp: Kierownik apteki / Pharmacy Manager"), ("Message-ID", "<r6.497.apteka@apteka-zdrowie.example>")],
 "2027-02-08 12:30:00 +0100",
 plain("""Dzień dobry Pani Marto,

thank you for the meeting in Kraków. We still need to talk with the regional director about the new pharmacy opening.

We will give you answer within one month.

Pozdrawiam serdecznie,
Katarzyna Wiśniewska
Dział HR, Apteki Zdrowie Sp. z o.o.

W dniu 5.02.2027 o 14:10, Marta Zielinska pisze:
> Szanowna Pani, dziękuję za rozmowę 3 lutego. Czy jest już decyzja?
""", "utf-8", "base64"),
 dict(expect_by=lambda d: plus_month(d), evidence="We will give you answer within one month.",
      note="New rule: 'within one month' / 'within a month' = same day number in the next month (plus_month)."))

# 498 request, hospitality, Japan, UTC differs, Japanese date
add(498, "request", "ryokan-call",
 [("From", "Sato Yuki <y.sato@kyoto-ryokan-group.example>"), ("To", "Oliver Grant <oliver.grant@mailhub.example>"),
  ("Subject", "Re: Guest Relations Manager - schedule request"), ("Message-ID", "<r6.498.guest@kyoto-ryokan-group.example>")],
 "2027-02-10 08:15:00 +0900",
 plain("""Dear Mr. Grant,

Thank you very much for your interview last week.

Could you please tell us three time slots when you are available for a short video call with our owner? Please indicate in Japan time.

After this call, we will inform the result by 2027/02/19.

Best regards,
Sato Yuki
Human Resources, Kyoto Ryokan Group

On Tue, Feb 9, 2027 at 2:03 PM Oliver Grant <oliver.grant@mailhub.example> wrote:
> Dear Ms Sato, thank you for the interview on 3 February.
""", "utf-8", "7bit"),
 dict(expect_by=lambda d: D(2027, 2, 19), evidence="After this call, we will inform the result by 2027/02/19.",
      note="Request with a decision date -> expect_by; Japanese numeric dates are year/month/day."))

# 499 auto-reply, construction, no return date
add(499, "auto-reply", "estimator-away",
 [("From", "Rob Fenwick <rob.fenwick@keystone-civils.example>"), ("To", "Aisha Bello <aisha.bello@webpost.example>"),
  ("Subject", "Out of Office: Senior Estimator - following up"), ("Message-ID", "<r6.499.est@keystone-civils.example>"),
  ("Auto-Submitted", "auto-replied")],
 "2027-02-11 09:12:00 +0000",
 plain("""Thank you for your email.

I am currently away from the office with limited access to email. For tender queries please contact estimating@keystone-civils.example, and for recruitment matters hr@keystone-civils.example.

Rob Fenwick
Commercial Manager, Keystone Civils Ltd
"""),
 dict(evidence="I am currently away from the office with limited access to email.",
      note="Auto-reply with no stated return -> returns_on null."))

# 500 next-round, biotech, US, within 48 hours
add(500, "next-round", "protein-scientist",
 [("From", "Jennifer Alvarez <jalvarez@cascadia-therapeutics.example>"), ("To", "Wei Zhang <wei.zhang@inboxmail.example>"),
  ("Subject", "Final round invitation - Scientist II, Protein Engineering"), ("Message-ID", "<r6.500.protein@cascadia-therapeutics.example>"),
  ("X-Mailer", "Greenhouse")],
 "2027-02-15 13:30:00 -0800",
 html("""<html><body>
<p>Hi Wei,</p>
<p>Congratulations! The team would like to invite you to our final-round onsite in South San Francisco on Wednesday, March 3.</p>
<p>Our travel coordinator will contact you within 48 hours to book flights and a hotel.</p>
<p>The day includes a 45-minute seminar on your research, so please prepare slides.</p>
<p>Best,<br>Jennifer Alvarez<br>Recruiting, Cascadia Therapeutics</p>
</body></html>
""", "utf-8", "quoted-printable"),
 dict(expect_by=lambda d: plus_days(d, 2), evidence="Our travel coordinator will contact you within 48 hours to book flights and a hotel.",
      note="Next round; the travel coordinator's contact is a concrete promise (within 48 hours = +2); the March 3 onsite is an interview date."))

# 501 timeline, arts, UK, before the Easter break
add(501, "timeline", "arts-festival",
 [("From", "Rosie Chambers <rosie@northumberland-arts-festival.example>"), ("To", "Jamal Wright <jamal.wright@mailzone.example>"),
  ("Subject", "Re: Programme Coordinator"), ("Message-ID", "<r6.501.progco@northumberland-arts-festival.example>"),
  ("X-Mailer", "Apple Mail (2.3826.400.131)")],
 "2027-03-02 11:05:00 +0000",
 plain("""Hi Jamal,

Thanks for your patience. Our trustees need to sign off the festival budget before we can confirm the role, but we'll let you know before the Easter break.

Warmly,
Rosie

Rosie Chambers
Festival Director

On 1 Mar 2027, at 20:48, Jamal Wright <jamal.wright@mailzone.example> wrote:

> Hi Rosie, hope you're well. Following up on my interview of 18 February.
"""),
 dict(expect_by=lambda d: before_easter_break(d), evidence="Our trustees need to sign off the festival budget before we can confirm the role, but we'll let you know before the Easter break.",
      note="'before the Easter break' = Maundy Thursday, 25 March 2027."))

# 502 acknowledgement, insurance, withdrawal
add(502, "acknowledgement", "withdrawal-noted",
 [("From", "Priscilla Mensah <p.mensah@harbourline-insurance.example>"), ("To", "George Ellis <george.ellis@postmail.example>"),
  ("Subject", "RE: Withdrawal - Loss Adjuster application"), ("Message-ID", "<r6.502.withdraw@harbourline-insurance.example>")],
 "2027-03-09 14:40:00 +0000",
 plain("""Dear George,

Thank you for letting us know, and congratulations on your new role. I have withdrawn your application from the Loss Adjuster process.

Best of luck,
Priscilla

________________________________
From: George Ellis <george.ellis@postmail.example>
Sent: 09 March 2027 09:02
To: Priscilla Mensah
Subject: Withdrawal - Loss Adjuster application

Dear Priscilla, I have accepted another offer starting 5 April, so please withdraw me before the 15 March panel.
"""),
 dict(evidence="Thank you for letting us know, and congratulations on your new role. I have withdrawn your application from the Loss Adjuster process.",
      note="Acknowledgement of a withdrawal."))

# 503 offer, sport, Germany, ISO-8859-1, end of this week
add(503, "offer", "sport-analyst",
 [("From", "Tobias Schneider <t.schneider@sv-elbufer.example>"), ("To", "Nora Lindqvist <nora.lindqvist@brevlada.example>"),
  ("Subject", "AW: Videoanalystin - Zusage / offer"), ("Message-ID", "<r6.503.video@sv-elbufer.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2027-03-16 16:45:00 +0100",
 plain("""Liebe Nora,

ich freue mich sehr: We would like to offer you the position as video analyst in our first-team staff.

The contract will be posted to you by the end of this week, the start is planned for 1 July.

Herzliche Grüße aus Hamburg
Tobias Schneider
Leiter Scouting & Analyse, SV Elbufer e.V.

-----Ursprüngliche Nachricht-----
Von: Nora Lindqvist <nora.lindqvist@brevlada.example>
Gesendet: Montag, 15. März 2027 10:30
An: Tobias Schneider <t.schneider@sv-elbufer.example>
Betreff: Videoanalystin

Hallo Tobias, vielen Dank für den Termin am 12.03.
""", "iso-8859-1", "quoted-printable"),
 dict(expect_by=lambda d: end_of_this_week(d), evidence="The contract will be posted to you by the end of this week, the start is planned for 1 July.",
      note="Offer; the posted contract is a dated promise ('by the end of this week' = Friday of the Date's week); 1 July is the start date."))

# 504 rejection, education, Australia, UTC differs
add(504, "rejection", "school-panel",
 [("From", "Recruitment - St Brigid's College <recruitment@stbrigids-college.example>"), ("To", "Hamish Lyall <hamish.lyall@mailpost.example>"),
  ("Subject", "Mathematics Teacher (Ongoing) - outcome"), ("Message-ID", "<r6.504.maths@stbrigids-college.example>")],
 "2027-03-24 08:00:00 +1100",
 plain("""Dear Hamish,

Thank you for your application and for attending the interview with the selection panel.

The panel has now completed its process and I regret to advise that you have not been recommended for appointment on this occasion.

If you would like feedback, please reply by 31 March and the panel convenor will arrange a call.

Yours sincerely,
Margaret Doyle
Business Manager, St Brigid's College, Melbourne
"""),
 dict(evidence="The panel has now completed its process and I regret to advise that you have not been recommended for appointment on this occasion.",
      note="Rejection; the feedback-request deadline is not expect_by."))

# 505 bounce, Gmail
add(505, "bounce", "gmail-retail",
 [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"), ("To", "ines.carvalho@correio.example"),
  ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", "<r6.505.gdsn@mx.googlemail.example>"),
  ("X-Failed-Recipients", "area.manager.north@brightbasket-stores.example"), ("Auto-Submitted", "auto-replied")],
 "2027-04-06 01:48:13 -0700",
 multi("report", [
  multi("related", [
   html("""<html><head></head><body>
<table><tr><td><h2>Address not found</h2></td></tr>
<tr><td><p>Your message wasn't delivered to area.manager.north@brightbasket-stores.example because the address couldn't be found, or is unable to receive mail.</p></td></tr>
<tr><td><p>The response from the remote server was:</p><p>550 5.1.1 The email account that you tried to reach does not exist.</p></td></tr>
</table></body></html>
""")], "000000000000r6a505rel")
 ,
  raw(["Content-Type: message/delivery-status"],
"""Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; ines.carvalho@correio.example
Arrival-Date: Tue, 06 Apr 2027 01:48:10 -0700 (PDT)
X-Original-Message-ID: <c.20270406.ic@correio.example>

Final-Recipient: rfc822; area.manager.north@brightbasket-stores.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.brightbasket-stores.example. (203.0.113.18, the server for the domain brightbasket-stores.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 06 Apr 2027 01:48:12 -0700 (PDT)
"""),
  raw(["Content-Type: message/rfc822"],
"""From: Ines Carvalho <ines.carvalho@correio.example>
To: area.manager.north@brightbasket-stores.example
Subject: Area Manager interview - thank you
Date: Tue, 6 Apr 2027 09:48:05 +0100

Dear Mr Hartley, thank you for the interview on 1 April. I look forward to your decision by Friday 9 April.
""")], "000000000000r6a505rep", ' report-type=delivery-status;'),
 dict(failed_address="area.manager.north@brightbasket-stores.example",
      evidence="Your message wasn't delivered to area.manager.north@brightbasket-stores.example because the address couldn't be found, or is unable to receive mail.",
      note="Gmail-style DSN; returned text not read."))

# 506 timeline, public sector, Ireland, after event on D
add(506, "timeline", "library-officer",
 [("From", "Siobhán Kelly <skelly@corkcountylibraries.example>"), ("To", "Patrick Doyle <patrick.doyle@webmail.example>"),
  ("Subject", "Re: Senior Library Assistant competition"), ("Message-ID", "<r6.506.library@corkcountylibraries.example>"),
  ("X-Mailer", "Apple Mail (2.3826.400.131)")],
 "2027-04-22 15:10:00 +0100",
 plain("""Dear Patrick,

Thank you for your email. The interview board's report goes to the Chief Executive, and panels will be notified after the management meeting on 4 May.

Kind regards,
Siobhán

Siobhán Kelly
HR Section, Cork County Libraries

On 21 Apr 2027, at 18:02, Patrick Doyle <patrick.doyle@webmail.example> wrote:

> Dear Ms Kelly, I interviewed on 14 April and wondered about a timeline.
""", "utf-8", "quoted-printable"),
 dict(expect_by=lambda d: plus_days(next_md(d, 5, 4), 1), evidence="The interview board's report goes to the Chief Executive, and panels will be notified after the management meeting on 4 May.",
      note="'after <event> on D' = D + 1."))

# 507 next-round, journalism, Kenya, test date
add(507, "next-round", "data-journalist",
 [("From", "Wanjiru Kamau <wkamau@rift-daily.example>"), ("To", "Brian Otieno <brian.otieno@mailhub.example>"),
  ("Subject", "Data Journalist - skills test"), ("Message-ID", "<r6.507.datatest@rift-daily.example>")],
 "2027-05-05 10:00:00 +0300",
 plain("""Dear Brian,

Thank you for attending the interview. We are pleased to inform you that you have progressed to the skills test stage.

The data test will be emailed to you on Monday 10 May at 9am, and you will have 48 hours to submit your story and code.

Kind regards,
Wanjiru Kamau
Head of Digital, Rift Daily Media Group, Nairobi
"""),
 dict(evidence="We are pleased to inform you that you have progressed to the skills test stage.",
      note="Next round; the test date and 48-hour submission window are the candidate's test schedule, not expect_by."))

# 508 auto-reply, retail, US, UTC differs
add(508, "auto-reply", "retail-recruiter-ooo",
 [("From", "Megan Torres <mtorres@coastal-outfitters.example>"), ("To", "Andre Williams <andre.williams@mailbox.example>"),
  ("Subject", "Automatic reply: District Manager - next steps?"), ("Message-ID", "<r6.508.ooo@coastal-outfitters.example>"),
  ("Auto-Submitted", "auto-replied")],
 "2027-05-24 18:05:00 -0700",
 html("""<html><body>
<p>Hello,</p>
<p>I'm out of the office this week at our store leaders' conference. I will be back on Tuesday, June 1 and will respond to messages then.</p>
<p>For urgent store staffing requests, please email staffing@coastal-outfitters.example.</p>
<p>Megan Torres | Talent Acquisition, Coastal Outfitters</p>
</body></html>
""", "windows-1252", "quoted-printable"),
 dict(returns_on=lambda d: D(2027, 6, 1), evidence="I'm out of the office this week at our store leaders' conference. I will be back on Tuesday, June 1 and will respond to messages then.",
      note="Auto-reply; returns_on = stated first day back."))

# 509 request, construction, UK
add(509, "request", "rail-background",
 [("From", "Onboarding Team <onboarding@meridian-rail-works.example>"), ("To", "Connor Price <connor.price@postbox.example>"),
  ("Subject", "Action required: pre-employment checks - Site Supervisor"), ("Message-ID", "<r6.509.checks@meridian-rail-works.example>"),
  ("X-Mailer", "Onboard360")],
 "2027-06-02 09:30:00 +0100",
 plain("""Dear Connor,

Following your interview, please complete the enclosed background check form and upload a copy of your CSCS card and Sentinel card.

We need these by 10 June. Once everything is received, we'll confirm your start date.

Kind regards,
Onboarding Team
Meridian Rail Works Ltd
"""),
 dict(evidence="Following your interview, please complete the enclosed background check form and upload a copy of your CSCS card and Sentinel card.",
      note="Request; 10 June is a candidate deadline; the start-date confirmation follows an undated event -> null."))

# 510 timeline, hospitality, Greece, mid-June
add(510, "timeline", "cruise-hotel",
 [("From", "Eleni Papadopoulou <e.papadopoulou@aegean-cruises.example>"), ("To", "Mateo Ricci <mateo.ricci@posta.example>"),
  ("Subject", "RE: Hotel Director onboard - interview"), ("Message-ID", "<r6.510.hoteldir@aegean-cruises.example>"),
  ("X-Mailer", "Microsoft Outlook 16.0")],
 "2027-06-08 13:20:00 +0300",
 multi("alternative", [
  plain("""Dear Mateo,

Thank you for the interview with our Fleet Director. Because of the summer season start, the decision takes a bit longer than planned.

You will receive our final answer by mid-June.

Best regards,
Eleni Papadopoulou
Crew HR Manager, Aegean Cruises S.A., Piraeus

-----Original Message-----
From: Mateo Ricci <mateo.ricci@posta.example>
Sent: Monday, June 7, 2027 10:00 AM
To: Eleni Papadopoulou <e.papadopoulou@aegean-cruises.example>
Subject: Hotel Director onboard - interview

Dear Eleni, thank you for the interview on 2 June. I could join the vessel from 1 July.
""", "windows-1252", "quoted-printable"),
  html("""<html><body>
<p>Dear Mateo,</p>
<p>Thank you for the interview with our Fleet Director. Because of the summer season start, the decision takes a bit longer than planned.</p>
<p>You will receive our final answer by mid-June.</p>
<p>Best regards,<br>Eleni Papadopoulou<br>Crew HR Manager, Aegean Cruises S.A., Piraeus</p>
<hr>
<p><b>From:</b> Mateo Ricci &lt;mateo.ricci@posta.example&gt;<br><b>Sent:</b> Monday, June 7, 2027 10:00 AM<br><b>Subject:</b> Hotel Director onboard - interview</p>
<p>Dear Eleni, thank you for the interview on 2 June. I could join the vessel from 1 July.</p>
</body></html>
""", "windows-1252", "quoted-printable")], "_000_r6510VI1PR08MB_"),
 dict(expect_by=lambda d: mid_month(d, 6), evidence="You will receive our final answer by mid-June.",
      note="'mid-<Month>' = the 15th."))

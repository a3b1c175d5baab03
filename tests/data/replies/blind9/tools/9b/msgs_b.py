"""replies9b 828-841: timelines (hand-written)."""
import datetime as dt
from H import *

M = []

M.append(dict(n=828, kind="timeline", short="school-counselor",
    hdrs=hd("Pinecrest ISD Human Resources <hr-noreply@pinecrestisd.example>", "Rosa Delgado <rosa.delgado@txmail.example>",
            "Middle School Counselor - status of your application"),
    date="2027-11-08 13:15:00 -0600",
    body=html("""<html><body>
<div style="font-family:Georgia,serif">
<p>Dear Rosa Delgado,</p>
<p>Thank you for interviewing for the Middle School Counselor position at Cedar Hollow Middle School.</p>
<p>The campus committee is completing reference checks, and we expect to make a decision before Thanksgiving.</p>
<p>Please note that all offers are contingent on Board approval and a completed fingerprint clearance.</p>
<p>Sincerely,<br>Human Resources Department<br>Pinecrest Independent School District</p>
</div></body></html>
""", "utf-8", "quoted-printable"),
    label=dict(expect_by=lambda d: D.day_before(D.thanksgiving_us(d.year)),
               evidence="The campus committee is completing reference checks, and we expect to make a decision before Thanksgiving.",
               note="Timeline; 'before Thanksgiving' (US: fourth Thursday of November, 25 November 2027) = the day before, as 'before <named public holiday>'. HTML-only school-district ATS.")))

M.append(dict(n=829, kind="timeline", short="harbour-planner",
    hdrs=hd("Gemma Rowntree <gemma.rowntree@tyneports.example>", "Callum Reid <callum.reid@btmail.example>",
            "Marine Planner - where we are"),
    date="2027-09-29 12:03:00 +0100",
    body=plain("""Hi Callum,

Just a quick note so you're not left hanging. We've got one more candidate to see, which has had to move because of the Harbour Master's leave.

We'll have a decision for you a week on Friday.

Thanks for bearing with us,
Gemma

Gemma Rowntree
HR Business Partner, Tyne Ports
"""),
    label=dict(expect_by=lambda d: D.weekday_week(d, "Fri"),
               evidence="We'll have a decision for you a week on Friday.",
               note="Timeline; UK 'a week on Friday' = the next Friday + 7.")))

# 830 agency forward of Irish medtech employer's mail
M.append(dict(n=830, kind="timeline", short="quality-engineer-fwd",
    hdrs=hd("Niamh Gallagher <niamh@shannonrecruit.example>", "Paweł Nowak <pawel.nowak@poczta-mail.example>",
            "Fwd: Quality Engineer - Paweł Nowak"),
    date="2027-10-14 10:22:00 +0100",
    body=plain("""Hi Paweł,

See below from the client - good news that you're still very much in the mix. I'll ring you later.

Niamh

---------- Forwarded message ---------
From: Declan Moran <declan.moran@corribmedical.example>
Date: Thu, 14 Oct 2027 at 09:51
Subject: Quality Engineer - Paweł Nowak
To: Niamh Gallagher <niamh@shannonrecruit.example>

Hi Niamh,

Thanks for sending Paweł over, the site team were impressed. We still have two more to see on Monday.

We'll come back to you with a final answer within the next fortnight.

Regards,
Declan

Declan Moran | Talent Acquisition | Corrib Medical, Galway
"""),
    label=dict(expect_by=lambda d: D.within_fortnight(d),
               evidence="We'll come back to you with a final answer within the next fortnight.",
               note="Timeline; agency forward, the employer's 'within the next fortnight' = Date + 14 (the forward and the forwarded mail share the local date).")))

M.append(dict(n=831, kind="timeline", short="pharma-qa-executive",
    hdrs=hd("Deepa Iyer <deepa.iyer@sanjeevanipharma.example>", "Vikram Joshi <vikram.joshi@rediffpost.example>",
            "RE: Status of QA Executive interview"),
    date="2027-09-16 05:00:00 +0530",
    body=plain("""Dear Vikram,

Thank you for your mail.

Your profile is under final review with the plant head. We shall revert with the final decision by month-end.

Request you to kindly bear with us.

Regards,
Deepa Iyer
HR - Talent Acquisition
Sanjeevani Pharmaceuticals Ltd., Ahmedabad

From: Vikram Joshi <vikram.joshi@rediffpost.example>
Sent: Wednesday, September 15, 2027 6:40 PM
To: Deepa Iyer <deepa.iyer@sanjeevanipharma.example>
Subject: Status of QA Executive interview

Dear Madam, I attended the interview on 9 September. Kindly update me on the status as my notice period starts on 1 October.
"""),
    label=dict(expect_by=lambda d: D.end_of_month(d),
               evidence="Your profile is under final review with the plant head. We shall revert with the final decision by month-end.",
               note="Timeline; 'by month-end' = last day of the Date's month. The Outlook header block below is quoted candidate text.")))

M.append(dict(n=832, kind="timeline", short="grain-logistics-analyst",
    hdrs=hd("Bree Callaghan <bree.callaghan@darlingagri.example>", "Nikhil Rao <nikhil.rao@ozmail.example>",
            "Logistics Analyst - timing"),
    date="2027-10-19 14:30:00 +1100",
    body=plain("""Hi Nikhil,

Thanks again for coming out to Dubbo. The role is tied to our new grain terminal budget, which is being finalised now.

We're hoping to confirm the appointment before the end of Q2 (October to December), all going well.

I'll keep you posted if anything changes.

Kind regards,
Bree
People & Culture, Darling Agri
"""),
    label=dict(expect_by=lambda d: D.fiscal_quarter_end(d, 7, 2),
               evidence="We're hoping to confirm the appointment before the end of Q2 (October to December), all going well.",
               note="Timeline; Australian fiscal Q2 (July year, October to December, as the sender writes) ends 31 December; hedged but dated.")))

M.append(dict(n=833, kind="timeline", short="litigation-paralegal",
    hdrs=hd("Carla Jennings <cjennings@peachtreelaw.example>", "Andre Thompson <andre.thompson@mailnet.example>",
            "Paralegal position - update"),
    date="2027-10-28 11:18:00 -0400",
    body=plain("""Dear Andre,

Thank you for your patience. The partners' hiring committee meets on Thursday, November 4, and we will contact all finalists after the committee meets.

If you have any updated references, please send them before then.

Best regards,

Carla Jennings
Recruiting Manager
Peachtree & Vance LLP | Atlanta
"""),
    label=dict(expect_by=lambda d: D.after_event(dt.date(2027, 11, 4)),
               evidence="The partners' hiring committee meets on Thursday, November 4, and we will contact all finalists after the committee meets.",
               note="Timeline; 'after the committee meets on D' = D + 1 (D = 4 November 2027 as written). The reference request has no deadline date.")))

M.append(dict(n=834, kind="timeline", short="mine-geologist",
    hdrs=hd("Talent Team - Boreal Nickel <talent@borealnickel.example>", "Émilie Gagnon <emilie.gagnon@videotron-mail.example>",
            "Exploration Geologist - Sudbury"),
    date="2027-09-07 09:05:00 -0400",
    body=plain("""Hi Émilie,

Hope you had a good Labour Day weekend.

We're still wrapping up the last two site interviews, and the team expects to share an outcome with all candidates in the next two business weeks.

Thanks for your interest in Boreal Nickel.

Talent Team
Boreal Nickel Corp.
"""),
    label=dict(expect_by=lambda d: D.business_weeks(d, 2),
               evidence="We're still wrapping up the last two site interviews, and the team expects to share an outcome with all candidates in the next two business weeks.",
               note="Timeline; 'two business weeks' = 10 business days; the Labour Day mention is not a date for the candidate.")))

M.append(dict(n=835, kind="timeline", short="chartering-executive",
    hdrs=hd("Lim Hui Shan <huishan.lim@orientbulk.example>", "Rajesh Pillai <rajesh.pillai@singnet-mail.example>",
            "Chartering Executive - interview feedback"),
    date="2027-10-01 18:25:00 +0800",
    body=plain("""Hi Rajesh,

Thank you for meeting our Head of Chartering this afternoon.

He is travelling to Hong Kong tomorrow, so the feedback will reach you Tuesday or Wednesday next week.

Regards,
Hui Shan
HR, Orient Bulk Carriers Pte Ltd
"""),
    label=dict(expect_by=lambda d: D.later_of(D.next_week_day(d, "Tue"), D.next_week_day(d, "Wed")),
               evidence="He is travelling to Hong Kong tomorrow, so the feedback will reach you Tuesday or Wednesday next week.",
               note="Timeline; 'Tuesday or Wednesday next week' = the later alternative, Wednesday of the following week.")))

M.append(dict(n=836, kind="timeline", short="vet-clinic-manager",
    hdrs=hd("Jess Harmon <jess@willamettevet.example>", "Kyle Brennan <kyle.brennan@pdxmail.example>",
            "Re: practice manager job"),
    date="2027-10-22 22:10:00 -0700",
    body=plain("""Kyle - sorry for the slow reply, it's been a week of emergencies.

No decision yet. The owners want to see one more person and then we'll go from there.

Hang in there, I'll reach out as things progress.

Jess

Sent from my iPhone

> On Oct 20, 2027, at 8:03 AM, Kyle Brennan <kyle.brennan@pdxmail.example> wrote:
>
> Hi Jess, just checking in. I told my current clinic I'd let them know by November 1.
"""),
    label=dict(evidence="Hang in there, I'll reach out as things progress.",
               note="Timeline; talks about time but states no date: null. The quoted November 1 is candidate text.")))

M.append(dict(n=837, kind="timeline", short="game-producer",
    hdrs=hd("Sven Köhler <sven.koehler@spreewaldgames.example>", "Ana Sousa <ana.sousa@mailpt.example>",
            "Producer position - short update"),
    date="2027-12-02 17:40:00 +0100",
    body=plain("""Hi Ana,

a short update from my side: our studio head was sick this week, so we could not do the final round of talks yet.

We will give you a final feedback until the end of next week at the latest.

Sorry for the delay and best greetings from Berlin,
Sven
""", "utf-8", "quoted-printable"),
    label=dict(expect_by=lambda d: D.end_of_next_week(d),
               evidence="We will give you a final feedback until the end of next week at the latest.",
               note="Timeline; German-English 'until the end of next week' = Friday of the following week.")))

M.append(dict(n=838, kind="timeline", short="bid-writer",
    hdrs=hd("Fiona Marsh <fiona.marsh@aldercommunity.example>", "Grace Adebayo <grace.adebayo@freemail.example>",
            "Bid Writer - timescales"),
    date="2027-12-06 10:11:00 +0000",
    body=plain("""Dear Grace,

Thank you for your patience while we finish the second round. I wanted to let you know where things stand.

We will let all shortlisted candidates know the outcome before the office closes for Christmas on 23 December.

The office will reopen on 4 January.

Warm regards,
Fiona Marsh
Operations Director, Alder Community Trust
"""),
    label=dict(expect_by=lambda d: D.day_before(dt.date(2027, 12, 23)),
               evidence="We will let all shortlisted candidates know the outcome before the office closes for Christmas on 23 December.",
               note="Timeline; 'before <dated closure> on 23 December' = the day before (22 December). The closure and reopening dates themselves are not expectations.")))

M.append(dict(n=839, kind="timeline", short="nbfc-credit-manager",
    hdrs=hd("Ritu Sharma <ritu.sharma@suvidhafinance.example>", "Amit Bansal <amit.bansal@indiamail.example>",
            "Credit Manager - Noida | status"),
    date="2028-01-19 16:55:00 +0530",
    body=plain("""Dear Amit,

Hope you are doing well.

Your final discussion with the CRO went well. The approval note is with the MD and we will update you after the Republic Day holiday.

Thanks & Regards,
Ritu Sharma
Manager - HR
Suvidha Finance Ltd.
"""),
    label=dict(expect_by=lambda d: D.after_event(D.republic_day_in(d.year)),
               evidence="The approval note is with the MD and we will update you after the Republic Day holiday.",
               note="Timeline; 'after the Republic Day holiday' (26 January, a one-day holiday) = 27 January, as 'after <dated event>'.")))

M.append(dict(n=840, kind="timeline", short="state-epidemiologist",
    hdrs=hd("Commonwealth Careers <donotreply@careers.mass-health.example>", "Hannah Cho <hannah.cho@bostonmail.example>",
            "Epidemiologist III - Requisition 27-0912 - Status Update"),
    date="2028-01-10 20:30:00 -0500",
    body=plain("""Dear Hannah Cho,

Your application for Epidemiologist III (Requisition 27-0912) remains under review by the hiring authority.

Candidates will be notified of the outcome within 30 days.

Please do not reply to this message. To check the status of your application, log in to your candidate profile.

Office of Human Resources
"""),
    label=dict(expect_by=lambda d: D.calendar_days(d, 30),
               evidence="Candidates will be notified of the outcome within 30 days.",
               note="Timeline; 'within 30 days' = Date + 30 calendar days. Government ATS sent in the evening (-0500).")))

T841 = """Hi Mei,

Sorry it's been quiet - most of the panel were on leave over January.

We're aiming to confirm outcomes by the 18th.

Happy to chat if you've got questions in the meantime.

Cheers,
Josh

On Wed, 19 Jan 2028 at 3:12 pm, Mei Chen <mei.chen@tpgmail.example> wrote:
> Hi Josh, hope you had a good break. Any update? I start a contract on 1 February so would love to know by then.
"""
H841 = """<div dir="ltr">Hi Mei,<div><br></div><div>Sorry it's been quiet - most of the panel were on leave over January.</div><div><br></div><div>We're aiming to confirm outcomes by the 18th.</div><div><br></div><div>Happy to chat if you've got questions in the meantime.</div><div><br></div><div>Cheers,</div><div>Josh</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 19 Jan 2028 at 3:12 pm, Mei Chen &lt;mei.chen@tpgmail.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Josh, hope you had a good break. Any update? I start a contract on 1 February so would love to know by then.</div></blockquote></div>
"""
M.append(dict(n=841, kind="timeline", short="assistant-winemaker",
    hdrs=hd("Josh Whitaker <josh@yarrabendwines.example>", "Mei Chen <mei.chen@tpgmail.example>",
            "Re: Assistant winemaker - update?"),
    date="2028-01-20 08:40:00 +1100",
    body=alt(T841, H841, "000000000000r9b8412f7a90c3"),
    label=dict(expect_by=lambda d: D.next_dom(d, 18),
               evidence="We're aiming to confirm outcomes by the 18th.",
               note="Timeline; 'by the 18th' written on the 20th = the next 18th (18 February). The quoted 1 February is candidate text.")))

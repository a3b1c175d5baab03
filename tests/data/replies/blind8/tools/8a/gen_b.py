"""replies8a (r8) messages 686-710, written by hand.  Labels give date rules, not dates."""
from base import msg, q, fixed, D
from mime import plain, html, multi, raw, leaf
import dates as dd

# 686 next-round - UK, calendar invitation 'Wednesday week'
msg(686, "next-round", "heritage-conservation-officer",
    "Rhiannon Price <rhiannon.price@cadwyn-heritage.example>",
    "Arthur Pennington <arthur.pennington@letterbox.example>",
    "Conservation Officer - final stage",
    "2027-02-09 14:12:30 +0000",
    """Dear Arthur,

Thank you for coming to Cardiff on Friday. The panel were impressed, and we'd
like you to come back for a final-stage site visit and conversation with our
Director of Places.

Diaries are tricky this month, so please bear with us: you'll get a calendar
invitation from my colleague Dafydd by Wednesday week at the latest.

Best wishes,
Rhiannon

Rhiannon Price
Senior HR Adviser | Cadwyn Heritage Trust
""",
    {"expect_by": lambda ld: dd.weekday_week(ld, "Wed"),
     "evidence": "invitation from my colleague Dafydd by Wednesday week at the latest.",
     "note": "Next round; the calendar invitation is a dated next communication. 'Wednesday week' (UK) = the Wednesday a week after the next Wednesday."})

# 687 timeline - US Eastern, fiscal Q3 of a July-June fiscal year
msg(687, "timeline", "grants-compliance-specialist",
    "Monique Alvarez <malvarez@brightwater-foundation.example>",
    "Kevin O'Rourke <kevin.orourke@inboxly.example>",
    "RE: Grants Compliance Specialist",
    "2027-02-10 11:04:09 -0500",
    """Hi Kevin,

Thanks for following up, and apologies that this is taking longer than we'd
like. We operate on a July-June fiscal year, and this position is budgeted
for fiscal Q3. Our CFO has committed to having the hire approved before fiscal
Q3 ends, so you will hear from us with a decision before then.

Best,
Monique

Monique Alvarez, SHRM-CP
Director of People Operations
Brightwater Community Foundation

From: Kevin O'Rourke <kevin.orourke@inboxly.example>
Sent: Monday, February 8, 2027 4:50 PM
To: Monique Alvarez <malvarez@brightwater-foundation.example>
Subject: Grants Compliance Specialist

Hi Monique, it's been three weeks since my January 19 interview. Could you
share an update? I would need to give notice by March 1.
""",
    {"expect_by": lambda ld: dd.end_of_fiscal_quarter(ld, 7, 3),
     "evidence": "Q3 ends, so you will hear from us with a decision before then.",
     "note": "Fiscal Q3 of a July-June fiscal year = January-March -> 31 March (end_of_fiscal_quarter). The quoted candidate dates (January 19, March 1) are not read."})

# 688 acknowledgement - Germany, Personio-style ATS, QP, non-ASCII names, 'within 14 days'
msg(688, "acknowledgement", "logistics-planning-interview-thanks",
    "Jürgen Weiß via Personio <noreply@mail.spedition-weiss.example>",
    "Zeynep Aydın <zeynep.aydin@postfach-mail.example>",
    "Eingangsbestätigung / Confirmation of receipt",
    "2027-02-11 08:31:00 +0100",
    plain("""Dear Ms Aydın,

thank you for your message after the interview and for the documents you sent
us (certificates and references). We confirm the receipt.

We will get back to you within 14 days with our decision.

Kind regards
Jürgen Weiß
Spedition Weiß GmbH & Co. KG · Augsburg

This e-mail was sent automatically by Personio. Please do not reply.
""", cte="quoted-printable"),
    {"expect_by": lambda ld: dd.plus_days(ld, 14),
     "evidence": "We will get back to you within 14 days with our decision.",
     "note": "Acknowledgement with a promise: 'within 14 days' = Date + 14."})

# 689 auto-reply - Brisbane, Gmail vacation responder, no return date, UTC date differs
msg(689, "auto-reply", "reef-tourism-ops",
    "Josh Kemarre <josh.kemarre@coralcoast-tours.example>",
    "Ayesha Siddiqui <ayesha.siddiqui@outbackmail.example>",
    "Re: Operations Coordinator - follow-up",
    "2027-02-12 06:00:12 +1000",
    multi("alternative", [
        plain("""G'day,

I'm currently travelling between our Whitsundays and Cairns bases with patchy
reception, so replies may be slow. I'll get back to you when I can.

Josh
"""),
        html("""<div dir="ltr">G'day,<div><br></div><div>I'm currently travelling between our Whitsundays and Cairns bases with patchy reception, so replies may be slow. I'll get back to you when I can.</div><div><br></div><div>Josh</div></div>
"""),
    ], "000000000000f00dr8a689"),
    {"evidence": "I'm currently travelling between our Whitsundays and Cairns bases with patchy",
     "note": "Vacation responder without a return date. UTC date differs."},
    extra=[("Auto-Submitted", "auto-replied")])

# 690 timeline - Singapore, 'by the end of February'
msg(690, "timeline", "port-digitalisation-manager",
    "Nur Aisyah Binte Rahman <aisyah.rahman@straitsgate-terminals.example>",
    "Daniel Koh <daniel.koh@kampongmail.example>",
    "RE: Manager, Port Digitalisation - interview status",
    "2027-02-15 09:47:51 +0800",
    """Dear Daniel,

Thank you for your patience over the festive period. The interview panel has
completed its second-round interviews, and we expect to conclude the process
by the end of February. We will inform all candidates of the outcome then.

Best regards,
Nur Aisyah Binte Rahman
Senior Executive, Human Resource
Straitsgate Terminals Pte Ltd
""",
    {"expect_by": lambda ld: dd.end_of_named_month(ld, 2),
     "evidence": "by the end of February. We will inform all candidates of the outcome then.",
     "note": "'by the end of February' = last day of that month."})

# 691 rejection - US, Workday-style html + plain, filled date (not news)
msg(691, "rejection", "regional-merchandising-planner",
    "Cascade Outfitters Careers <cascadeoutfitters@myworkday-mail.example>",
    "Brandon Yazzie <brandon.yazzie@heartlandnet.example>",
    "Regarding your application for Merchandise Planner, Footwear (R-10388)",
    "2027-02-16 12:00:03 -0700",
    multi("alternative", [
        plain("""Hi Brandon,

Thank you for your interest in the Merchandise Planner, Footwear position
with Cascade Outfitters and for the time you spent interviewing with us.

We wanted to let you know that this requisition was filled on February 1,
and we are no longer considering applicants for it. We appreciate the effort
you put into the process.

We encourage you to visit our careers site for future opportunities.

Cascade Outfitters Talent Acquisition
"""),
        html("""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Brandon,</p>
<p>Thank you for your interest in the Merchandise Planner, Footwear position with Cascade Outfitters and for the time you spent interviewing with us.</p>
<p>We wanted to let you know that this requisition was filled on February 1, and we are no longer considering applicants for it. We appreciate the effort you put into the process.</p>
<p>We encourage you to visit our careers site for future opportunities.</p>
<p>Cascade Outfitters Talent Acquisition</p>
</td></tr></table>
"""),
    ], "----=_Part_r8a_691_7719.1771"),
    {"evidence": "We wanted to let you know that this requisition was filled on February 1,",
     "note": "Rejection; February 1 is a past fill date, not news to expect."})

# 692 next-round - Toronto, Family Day closure, assessment link Tuesday
msg(692, "next-round", "actuarial-analyst-assessment",
    "Grace Fitzgerald <grace.fitzgerald@lakeview-mutual.example>",
    "Omar Haddad <omar.haddad@northmail.example>",
    "Next step - Actuarial Analyst",
    "2027-02-12 15:26:48 -0500",
    """Hi Omar,

Good news - the team would like to move you forward to the technical
assessment stage.

Our office is closed Monday for Family Day, so you'll receive the HackerRank
assessment link on Tuesday. You'll have 72 hours to complete it once it
arrives.

Enjoy the long weekend!

Grace Fitzgerald
Campus & Early Career Recruiter
Lakeview Mutual Insurance
""",
    {"expect_by": lambda ld: dd.next_weekday(ld, "Tue"),
     "evidence": "Our office is closed Monday for Family Day, so you'll receive the HackerRank",
     "note": "Next round; the assessment link is a dated next communication: next Tuesday. The Family Day closure and the 72-hour window are not expect_by."})

# 693 timeline - UK, committee meets on an absolute date, letters the following day
msg(693, "timeline", "parish-finance-officer",
    "Clerk to the Council <clerk@ashcombe-parish.example>",
    "Niamh Gallacher <niamh.gallacher@postmere.example>",
    "Finance Officer vacancy",
    "2027-02-18 17:58:20 +0000",
    """Dear Ms Gallacher,

Thank you for attending interview. Appointments to this post must be
ratified by the Staffing Committee, which next meets on Thursday 4 March.
We will write to all candidates the following day.

Yours sincerely,

Margaret Ellery
Clerk to the Council
Ashcombe Parish Council
""",
    {"expect_by": lambda ld: dd.day_after(fixed(2027, 3, 4)(ld)),
     "evidence": "We will write to all candidates the following day.",
     "note": "'after the committee meets on Thursday 4 March ... the following day' = 4 March + 1 (day_after)."})

# 694 request - Ireland, Garda vetting by Friday, forwarded candidate mail with dates
msg(694, "request", "special-needs-assistant-vetting",
    "Deirdre Moloney <dmoloney@scoilbhride-ns.example>",
    "Aoife Brennan <aoife.brennan@fastpost.example>",
    "Fwd: SNA post - vetting",
    "2027-02-22 12:10:05 +0000",
    """Hi Aoife,

Mr Kavanagh forwarded your note on to me. Before the Board can go further we
need your Garda vetting form (NVB1) and ID. Please drop them into the office
or scan and email them by Friday.

Thanks,
Deirdre
School Secretary, Scoil Bhríde N.S.

Begin forwarded message:

From: Aoife Brennan <aoife.brennan@fastpost.example>
Subject: SNA post
Date: 19 February 2027 at 21:40:11 GMT
To: principal@scoilbhride-ns.example

Dear Mr Kavanagh, thank you for the interview on 16 February. I can start
after the mid-term on 1 March if successful.
Kind regards, Aoife
""",
    {"evidence": "need your Garda vetting form (NVB1) and ID. Please drop them into the office",
     "note": "Request; Friday is the candidate's deadline, and no reply date is promised. The forwarded candidate dates are not read."})

# 695 offer - India, appointment letter by 1st March, UTC date differs
msg(695, "offer", "hospital-quality-manager",
    "Dr. Kavita Deshpande <kavita.deshpande@sanjeevani-hospitals.example>",
    "Nikhil Joshi <nikhil.joshi@mailwala.example>",
    "Offer of Employment - Manager, Quality & Accreditation",
    "2027-02-23 00:15:40 +0530",
    """Dear Dr. Nikhil,

With reference to your final interview with our Medical Director, we are
pleased to offer you the position of Manager - Quality & Accreditation at our
Nashik unit, at a CTC of Rs. 14.5 lakhs per annum.

Your appointment letter will be issued by 1st March, after completion of the
internal approvals. Kindly confirm your acceptance of this offer by return
mail and share your expected date of joining.

Regards,
Dr. Kavita Deshpande
Head - Human Resources
Sanjeevani Multispeciality Hospitals
""",
    {"expect_by": fixed(2027, 3, 1),
     "evidence": "Your appointment letter will be issued by 1st March, after completion of the",
     "note": "Offer; the appointment letter by an absolute date written in the message. UTC date differs."})

# 696 timeline - US Central, no date promised; start date (not news); quoted candidate deadline
msg(696, "timeline", "supply-planner-no-date",
    "Kayla Brennan <kbrennan@riverbend-foods.example>",
    "Hector Villanueva <hector.villanueva@heartlandnet.example>",
    "Re: Supply Planner - timing",
    "2027-02-24 10:22:17 -0600",
    multi("alternative", [
        plain("""Hi Hector,

Totally understand. I wish I could give you a date, but I honestly can't yet
- the team is still interviewing and the hiring manager won't commit to a
timeline. The role's start date is still June 7, if that helps your planning.

I'll reach out as soon as I hear anything.

Kayla

On Tue, Feb 23, 2027 at 5:31 PM Hector Villanueva <hector.villanueva@heartlandnet.example> wrote:

> Hi Kayla, could you let me know by March 5? I have another offer pending
> and they need an answer by March 8.
"""),
        html("""<div dir="ltr">Hi Hector,<div><br></div><div>Totally understand. I wish I could give you a date, but I honestly can't yet - the team is still interviewing and the hiring manager won't commit to a timeline. The role's start date is still June 7, if that helps your planning.</div><div><br></div><div>I'll reach out as soon as I hear anything.</div><div><br></div><div>Kayla</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Feb 23, 2027 at 5:31 PM Hector Villanueva &lt;hector.villanueva@heartlandnet.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Kayla, could you let me know by March 5? I have another offer pending and they need an answer by March 8.</div></blockquote></div>
"""),
    ], "000000000000beefr8a696"),
    {"evidence": "Totally understand. I wish I could give you a date, but I honestly can't yet",
     "note": "Timeline without a date: the June 7 start date is not news; quoted candidate dates are not read."})

# 697 bounce - qmail plain-text bounce
msg(697, "bounce", "ski-school-director",
    "MAILER-DAEMON@mail.alpenglow-resort.example",
    "Sophie Marchand <sophie.marchand@alpinepost.example>",
    "failure notice",
    "2027-02-25 03:41:08 -0700",
    """Hi. This is the qmail-send program at mail.alpenglow-resort.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<snowsports.director@alpenglow-resort.example>:
203.0.113.77 does not like recipient.
Remote host said: 550 5.2.1 Mailbox disabled for this recipient
Giving up on 203.0.113.77.

--- Below this line is a copy of the message.

Return-Path: <sophie.marchand@alpinepost.example>
Received: (qmail 28817 invoked from network); 25 Feb 2027 10:41:07 -0000
From: Sophie Marchand <sophie.marchand@alpinepost.example>
To: snowsports.director@alpenglow-resort.example
Subject: Ski School Director - thank you
Date: Thu, 25 Feb 2027 03:40:55 -0700

Hello Lars, thanks again for Monday. As mentioned, my current contract ends
on April 11, and I could relocate by May 1.
Sophie
""",
    {"failed_address": "snowsports.director@alpenglow-resort.example",
     "evidence": "I'm afraid I wasn't able to deliver your message to the following addresses.",
     "note": "qmail bounce; the returned candidate text (April 11, May 1) is not read."})

# 698 acknowledgement - Singapore, 'within 2 to 3 weeks' either way
msg(698, "acknowledgement", "hawker-centre-operations",
    "HR Recruitment <hr.recruitment@lionharbour-fnb.example>",
    "Siti Nurhaliza Osman <siti.osman@kampongmail.example>",
    "Acknowledgement: Operations Executive (Food Centres) - Ref OE/0227",
    "2027-03-01 14:03:27 +0800",
    """Dear Siti Nurhaliza Osman,

Thank you for your email and the supporting documents following your
interview. This is to acknowledge receipt.

Your application will now be reviewed by the hiring department. You will
hear from us, either way, within 2 to 3 weeks.

Thank you.

HR Recruitment
Lion Harbour F&B Holdings
""",
    {"expect_by": lambda ld: dd.span_weeks(ld, 2, 3),
     "evidence": "hear from us, either way, within 2 to 3 weeks.",
     "note": "A span of weeks: the outer bound, Date + 21 days (span_weeks)."})

# 699 auto-reply - Germany, bilingual Exchange OOO, 'bis einschließlich' / 'up to and including'
msg(699, "auto-reply", "wind-turbine-service-lead",
    "Stefan Brückner <s.brueckner@nordwind-service.example>",
    "Patrick Doherty <patrick.doherty@webpost.example>",
    "Automatische Antwort: Service Team Lead - Rückfrage",
    "2027-03-02 07:12:44 +0100",
    plain("""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11. März 2027
nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen
wenden Sie sich bitte an personal@nordwind-service.example.

Thank you for your message. I am out of the office up to and including
11 March 2027 and have no access to my e-mails. In urgent cases please
contact personal@nordwind-service.example.

Stefan Brückner
Personalreferent
""", charset="windows-1252", cte="quoted-printable"),
    {"returns_on": lambda ld: dd.up_to_and_including(fixed(2027, 3, 11)(ld)),
     "evidence": "Thank you for your message. I am out of the office up to and including",
     "note": "Out-of-office 'up to and including 11 March' = back 12 March (up_to_and_including)."},
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 700 timeline - Sydney, 'before the Easter long weekend', UTC date differs
msg(700, "timeline", "surf-lifesaving-program-coordinator",
    "Bec Anderson <bec.anderson@northernbeaches-slsc.example>",
    "Liam O'Sullivan <liam.osullivan@sendlane.example>",
    "Re: Program Coordinator - Nippers & Community",
    "2027-03-03 07:00:18 +1100",
    """Morning Liam,

Just a quick note so you're not left wondering. The committee liked both
finalists, and we're doing a final chat with the club president. We're
aiming to have a decision for you before the Easter long weekend.

Thanks for hanging in there,
Bec

Bec Anderson
Club Manager
Northern Beaches Surf Life Saving Club

Sent from my iPad
""",
    {"expect_by": lambda ld: dd.before_easter_long_weekend(ld),
     "evidence": "aiming to have a decision for you before the Easter long weekend.",
     "note": "'before the Easter long weekend' = Maundy Thursday (as 'before the Easter break'). UTC date differs."})

# 701 next-round - US Eastern, scheduling email within 24 hours
msg(701, "next-round", "clinical-data-manager-panel",
    "Jasmine Whitfield <jwhitfield@ardentbio.example>",
    "Natalia Petrova <natalia.petrova@inboxly.example>",
    "Moving forward - Clinical Data Manager",
    "2027-03-04 16:20:03 -0500",
    """Hi Natalia,

Great news: the hiring team would like to invite you to a final panel
interview (four 45-minute conversations, virtual). Expect a scheduling email
from our coordinator, Ben, in the next 24 hours with available times.

Talk soon,
Jasmine

Jasmine Whitfield
Senior Recruiter | Ardent Biotherapeutics
""",
    {"expect_by": lambda ld: dd.within_hours(ld, 24),
     "evidence": "from our coordinator, Ben, in the next 24 hours with available times.",
     "note": "Next round; the scheduling email 'in the next 24 hours' = Date + 1 (within_hours)."})

# 702 rejection - Montreal, Greenhouse-style HTML-only QP, non-ASCII name
msg(702, "rejection", "localization-producer",
    "Zoë Gagné <no-reply@greenhouse-mail.pixelfleuve.example>",
    "Hiroshi Tanaka <hiroshi.tanaka@northmail.example>",
    "Your application to Pixel Fleuve",
    "2027-03-05 11:11:11 -0500",
    html("""<html><body>
<p>Hi Hiroshi,</p>
<p>Thank you for taking the time to speak with us about the Localization Producer role. We really enjoyed learning about your work on the Japanese launch of <i>Tidebound</i>.</p>
<p>After a lot of discussion, we've decided to move forward with other candidates whose experience more closely matches what we need right now.</p>
<p>We'll keep your information on file, and we hope our paths cross again.</p>
<p>Merci et bonne continuation,<br>Zoë Gagné<br>Recrutement / Talent, Pixel Fleuve</p>
</body></html>
"""),
    {"evidence": "After a lot of discussion, we've decided to move forward with other candidates whose experience more closely matches what we need right now.",
     "note": "Rejection, HTML-only quoted-printable."})

# 703 request - India, notice period details; update within a week of the Board meeting on the 18th
msg(703, "request", "company-secretary-notice-period",
    "Rohit Agarwal <rohit.agarwal@pratham-infra.example>",
    "Shalini Verma <shalini.verma@mailwala.example>",
    "Company Secretary - details required",
    "2027-03-08 15:05:26 +0530",
    """Dear Ms. Verma,

Thank you for your time in the interview with our MD.

Kindly share the below details at the earliest:
a) Notice period and earliest possible date of joining
b) Current and expected CTC
c) ICSI membership number

The appointment requires approval of the Board. You shall be updated within a
week of the Board meeting scheduled for the 18th.

Regards,
Rohit Agarwal
Sr. Manager - HR
Pratham Infrastructure Ltd., Gurugram
""",
    {"expect_by": lambda ld: dd.within_week_of(dd.next_dom(ld, 18)),
     "evidence": "week of the Board meeting scheduled for the 18th.",
     "note": "Request; 'within a week of the Board meeting scheduled for the 18th' = next 18th + 7 (within_week_of)."})

# 704 request - US Pacific, HTML, scheduling link expires Friday (candidate deadline), UTC date differs
msg(704, "request", "store-design-scheduling",
    "Goodline Scheduling <scheduling@goodline-interviews.example>",
    "Camila Reyes <camila.reyes@coastmail.example>",
    "Action required: choose your interview times - Store Design Lead",
    "2027-03-09 19:30:00 -0800",
    html("""<html><body style="font-family:Arial">
<p>Hi Camila,</p>
<p>The Store Design team at Goodline Home would like to schedule your onsite interview.</p>
<p>Please choose the times that work for you using the button below. This scheduling link expires on Friday.</p>
<p><a href="https://schedule.goodline-interviews.example/s/8f2kq" style="background:#0a6;color:#fff;padding:8px 14px">Choose times</a></p>
<p>Questions? Reply to this email and a coordinator will help.</p>
<p>&mdash; Goodline Recruiting</p>
</body></html>
"""),
    {"evidence": "Please choose the times that work for you using the button below. This scheduling link expires on Friday.",
     "note": "Request; the link expiry is the candidate's deadline, no reply date. UTC date differs."})

# 705 timeline - Ireland, end of St Patrick's week
msg(705, "timeline", "whiskey-distillery-guide-lead",
    "Conor Mac Giolla <conor.macgiolla@liffeyside-distillery.example>",
    "Ewa Kowalczyk <ewa.kowalczyk@fastpost.example>",
    "RE: Visitor Experience Team Lead",
    "2027-03-10 13:27:45 +0000",
    """Hi Ewa,

Apologies for the wait. With the festival crowds, the panel can't meet until
the week of St Patrick's Day, so realistically you'll have an answer by the
end of that week.

Sláinte,
Conor

Conor Mac Giolla
Visitor Experience Manager, Liffeyside Distillery
""",
    {"expect_by": lambda ld: dd.fri_of_week(dd.st_patricks_day(ld)),
     "evidence": "the week of St Patrick's Day, so realistically you'll have an answer by the",
     "note": "'the end of that week' (the week of St Patrick's Day, 17 March) = Friday of that week."})

# 706 acknowledgement - US ATS, rolling basis, no date
msg(706, "acknowledgement", "community-health-worker",
    "Harborview Community Clinics <careers@harborview-clinics.example>",
    "Destiny Morales <destiny.morales@coastmail.example>",
    "Thank you for your follow-up",
    "2027-03-11 09:00:00 -0500",
    multi("alternative", [
        plain("""Hello Destiny,

Thank you for reaching out after your interview for Community Health Worker
(Bilingual). Your message has been added to your candidate record.

We review candidates on a rolling basis and will contact you when there is an
update on your application. Because of the volume of applications, we are
unable to respond to individual status requests.

Harborview Community Clinics | Human Resources
"""),
        html("""<html><body><p>Hello Destiny,</p><p>Thank you for reaching out after your interview for Community Health Worker (Bilingual). Your message has been added to your candidate record.</p><p>We review candidates on a rolling basis and will contact you when there is an update on your application. Because of the volume of applications, we are unable to respond to individual status requests.</p><p>Harborview Community Clinics | Human Resources</p></body></html>
"""),
    ], "b1_r8a_706_icims"),
    {"evidence": "Your message has been added to your candidate record.",
     "note": "Acknowledgement; 'on a rolling basis', 'when there is an update' -> no date."})

# 707 offer - Singapore, Employment Pass outcome by end of the month
msg(707, "offer", "semiconductor-process-engineer",
    "Angeline Chua <angeline.chua@tampines-wafer.example>",
    "Sebastián Ortega <sebastian.ortega@webpost.example>",
    "Letter of Offer - Process Engineer (Etch)",
    "2027-03-12 17:42:10 +0800",
    multi("mixed", [
        plain("""Dear Sebastián,

Further to your interviews, we are pleased to extend to you an offer of
employment as Process Engineer (Etch). Please find the Letter of Offer
attached.

As you are not a Singapore citizen or PR, we will submit your Employment Pass
application upon receipt of your signed offer. Our HR team will write to you
with the Employment Pass outcome by the end of the month.

Yours sincerely,
Angeline Chua
Manager, Talent Acquisition
Tampines Wafer Technologies Pte Ltd
""", cte="quoted-printable"),
        raw(["Content-Type: application/pdf; name=\"LOO_Ortega.pdf\"",
             "Content-Disposition: attachment; filename=\"LOO_Ortega.pdf\"",
             "Content-Transfer-Encoding: base64"],
            "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKJSVFT0YK\n"),
    ], "----=_Mixed_r8a_707_TWT"),
    {"expect_by": lambda ld: dd.end_of_month(ld),
     "evidence": "with the Employment Pass outcome by the end of the month.",
     "note": "Offer; the promised dated next communication (Employment Pass outcome) 'by the end of the month' = last day of the Date's month."})

# 708 auto-reply - UK shared Early Careers mailbox, Easter closure inclusive
msg(708, "auto-reply", "early-careers-easter-closure",
    "Early Careers <earlycareers@tidewell-utilities.example>",
    "Olivia Chen <olivia.chen@letterbox.example>",
    "Automatic reply: Apprenticeship assessment day - question",
    "2027-03-26 10:04:31 +0000",
    """Thank you for contacting the Tidewell Early Careers team.

Our team is closed for the Easter break from Friday 26 March to Monday
29 March inclusive. Messages received during this time will be answered in
order once we reopen.

Tidewell Utilities - Early Careers
""",
    {"returns_on": lambda ld: dd.up_to_and_including(fixed(2027, 3, 29)(ld)),
     "evidence": "Our team is closed for the Easter break from Friday 26 March to Monday",
     "note": "Shared mailbox closed 'from Friday 26 March to Monday 29 March inclusive' -> returns_on 29 March + 1. No reply date is promised."},
    extra=[("Auto-Submitted", "auto-replied")])

# 709 bounce - Microsoft 365 NDR, multipart/report with message/rfc822
msg(709, "bounce", "estuary-ecologist",
    "Microsoft Outlook <postmaster@estuarywatch.example>",
    "Ben Adebayo <ben.adebayo@sendlane.example>",
    "Undeliverable: Estuary Ecologist - thank you",
    "2027-03-15 10:33:12 +0000",
    multi("report", [
        multi("alternative", [
            plain("""Your message to h.fairweather@estuarywatch.example couldn't be delivered.

h.fairweather wasn't found at estuarywatch.example.

ben.adebayo    Office 365    h.fairweather
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:

Generating server: AM7PR03MB6610.eurprd03.prod.outlook.example

h.fairweather@estuarywatch.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""),
            html("""<html><body><div style="font-family:'Segoe UI',sans-serif">
<p><b>Your message to <a href="mailto:h.fairweather@estuarywatch.example">h.fairweather@estuarywatch.example</a> couldn't be delivered.</b></p>
<p>h.fairweather wasn't found at estuarywatch.example.</p>
<table><tr><td>ben.adebayo</td><td>Office 365</td><td>h.fairweather</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>
"""),
        ], "r8a_709_alt_B6E1"),
        raw(["Content-Type: message/delivery-status"],
            """Reporting-MTA: dns;AM7PR03MB6610.eurprd03.prod.outlook.example
Received-From-MTA: dns;smtp.sendlane.example
Arrival-Date: Mon, 15 Mar 2027 10:33:09 +0000

Final-Recipient: rfc822;h.fairweather@estuarywatch.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        raw(["Content-Type: message/rfc822"],
            """From: Ben Adebayo <ben.adebayo@sendlane.example>
To: Helen Fairweather <h.fairweather@estuarywatch.example>
Subject: Estuary Ecologist - thank you
Date: Mon, 15 Mar 2027 10:32:58 +0000
Message-ID: <b3n.0315@sendlane.example>
Content-Type: text/plain; charset="us-ascii"

Dear Helen, many thanks for Thursday's field interview. I'm able to start
after my survey contract ends on 30 April.
Ben
"""),
    ], "r8a_709_report_B6E1", params=" report-type=delivery-status;"),
    {"failed_address": "h.fairweather@estuarywatch.example",
     "evidence": "h.fairweather wasn't found at estuarywatch.example.",
     "note": "Microsoft 365-style NDR; the returned candidate message (30 April) is not read."},
    extra=[("Auto-Submitted", "auto-generated")])

# 710 next-round - Calgary (MDT after DST), final-round schedule by mid-April
msg(710, "next-round", "pipeline-integrity-engineer",
    "Devon Kowalski <dkowalski@foothills-midstream.example>",
    "Anika Sharma <anika.sharma@maritimemail.example>",
    "Pipeline Integrity Engineer - final round",
    "2027-03-16 09:18:40 -0600",
    """Hi Anika,

Thanks again for the technical interview last week. We'd like to bring you
to Calgary for the final round with our VP of Operations. Because of spring
breakup field work, the final rounds won't happen until May, but we'll have
the final-round schedule and travel details to you by mid-April.

Regards,
Devon Kowalski
Technical Recruiter, Foothills Midstream Ltd.
""",
    {"expect_by": lambda ld: dd.mid_month(ld, 4),
     "evidence": "the final-round schedule and travel details to you by mid-April.",
     "note": "Next round; the schedule and travel details are a dated next communication: 'mid-April' = 15 April (mid_month). The May interviews are not expect_by."})

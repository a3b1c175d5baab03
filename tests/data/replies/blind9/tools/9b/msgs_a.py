"""replies9b 811-827: offers, rejections, next-round invitations (hand-written)."""
import datetime as dt
from H import *

M = []

# 811 offer - US aerospace (Seattle), Outlook plain, quoted candidate text with dates
M.append(dict(n=811, kind="offer", short="avionics-test-lead",
    hdrs=hd("Dana Whitcombe <dana.whitcombe@cascadeaero.example>", "Priya Raman <priya.raman@fastmail.example>",
            "RE: Avionics Test Lead - offer"),
    date="2027-09-13 18:40:00 -0700",
    body=plain("""Hi Priya,

Great news - the team would like to offer you the Avionics Test Lead position at our Everett site. The attached letter has the details: base salary of $148,000, relocation support up to $12,000 and a start date of Monday, October 18.

Our HR team will send the background-check consent form by Wednesday.

If you have any questions about the package, call me on my cell any time this week. We're all really excited.

Dana Whitcombe
Senior Technical Recruiter | Cascade Aerostructures
(206) 555-0143

-----Original Message-----
From: Priya Raman <priya.raman@fastmail.example>
Sent: Friday, September 10, 2027 9:02 AM
To: Dana Whitcombe <dana.whitcombe@cascadeaero.example>
Subject: Avionics Test Lead

Hi Dana, thanks again for Thursday. Just so you know, I have another offer that expires on September 20, so anything you can share before then would help.
Priya
"""),
    label=dict(expect_by=lambda d: D.next_weekday(d, "Wed"),
               evidence="Our HR team will send the background-check consent form by Wednesday.",
               note="Offer; concrete dated promise of the next communication (consent form) = next Wednesday. Start date 18 October and the candidate's quoted 20 September are not expectations.")))

# 812 offer - UK hospital trust, formal, base64 plain
M.append(dict(n=812, kind="offer", short="ward-manager",
    hdrs=hd("Kingsmere Health Recruitment <recruitment@kingsmerehealth.example>",
            "Olusegun Adeyemi <o.adeyemi@mailbox.example>", "Conditional offer of employment - Ward Manager (Band 7), Ref KH-3391"),
    date="2027-10-04 11:26:00 +0100",
    body=plain("""Dear Olusegun,

Conditional offer of employment - Ward Manager (Band 7), Ref KH-3391

Following your recent interview, I am delighted to confirm that we wish to offer you the above post, subject to satisfactory pre-employment checks (references, enhanced DBS and occupational health clearance).

Your formal contract will follow within 5 working days.

The provisional start date is Monday 1 November 2027, to be confirmed once all checks are complete. Please log in to the applicant portal to accept or decline this conditional offer.

Yours sincerely,

Harriet Coombes
Recruitment Officer, Workforce Directorate
Kingsmere Health
""", "utf-8", "base64"),
    label=dict(expect_by=lambda d: D.business_days(d, 5),
               evidence="Your formal contract will follow within 5 working days.",
               note="Offer; 'within 5 working days' = Date + 5 business days. Provisional start date is not an expectation.")))

# 813 offer - Bengaluru fintech, HTML-only QP ATS, local/UTC differ
M.append(dict(n=813, kind="offer", short="data-eng-bengaluru",
    hdrs=hd("Talent Acquisition | Nimbuspay <careers@nimbuspay.example>", "Arjun Menon <arjun.menon@inboxmail.example>",
            "Update on your application - Senior Data Engineer"),
    date="2027-10-07 05:10:00 +0530",
    body=html("""<html><body style="font-family:Arial,sans-serif">
<p>Dear Arjun,</p>
<p>Greetings from Nimbuspay!</p>
<p>We are pleased to inform you that you have been selected for the role of Senior Data Engineer (Grade L4) at our Bengaluru office.</p>
<p>The formal offer letter will be released on the 18th, post final approval from our compensation committee.</p>
<p>Kindly keep your relieving letter and last three months' payslips ready, as these will be required at the time of joining.</p>
<p>Regards,<br>Team TA<br>Nimbuspay Technologies Pvt. Ltd.</p>
<p style="font-size:10px;color:#888">This is a system generated mail. Please do not reply.</p>
</body></html>
""", "utf-8", "quoted-printable"),
    label=dict(expect_by=lambda d: D.next_dom(d, 18),
               evidence="The formal offer letter will be released on the 18th, post final approval from our compensation committee.",
               note="Offer; 'on the 18th' = the next 18th on or after the local Date. HTML-only ATS mail sent early morning IST.")))

# 814 offer - Sydney construction, verbal offer confirmation, no date
M.append(dict(n=814, kind="offer", short="site-engineer-civil",
    hdrs=hd("Zoë Ngata <zoe.ngata@harbourbuild.example>", "Tom Kelleher <tomkelleher@postbox.example>",
            "Site Engineer role - confirming our chat"),
    date="2027-11-02 08:05:00 +1100",
    body=plain("""Hi Tom,

Thanks for taking my call yesterday arvo - just confirming in writing that we'd love to have you on board as Site Engineer on the Parramatta rail package, at the $135k + super we discussed.

The written contract goes out as soon as the GM signs off the approval, which I'm chasing.

Once you've got it, you can lock in a start date with Bec in site admin.

Cheers,
Zoë

Zoë Ngata | Talent Partner
Harbour Build Group
"""),
    label=dict(evidence="The written contract goes out as soon as the GM signs off the approval, which I'm chasing.",
               note="Offer; contract follows an undated approval: no date.")))

# 815 offer - Dublin insurer, Gmail alternative, Irish October bank holiday
T815 = """Hi Aoife,

Delighted to let you know the panel would like to offer you the Actuarial Analyst role.

You will receive the contract pack after the October bank holiday weekend, once Legal have finished their review.

In the meantime, do give me a shout if you want to talk anything through.

Best,
Cormac

On Mon, 18 Oct 2027 at 09:14, Aoife Ní Bhriain <aoife.nibhriain@webpost.example> wrote:
> Hi Cormac, thanks for the update. I'm on holidays from 29 October to 3 November, so if anything needs signing could it be before then?
> Aoife
"""
H815 = """<div dir="ltr"><div>Hi Aoife,</div><div><br></div><div>Delighted to let you know the panel would like to offer you the Actuarial Analyst role.</div><div><br></div><div>You will receive the contract pack after the October bank holiday weekend, once Legal have finished their review.</div><div><br></div><div>In the meantime, do give me a shout if you want to talk anything through.</div><div><br></div><div>Best,</div><div>Cormac</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 18 Oct 2027 at 09:14, Aoife Ní Bhriain &lt;aoife.nibhriain@webpost.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Cormac, thanks for the update. I'm on holidays from 29 October to 3 November, so if anything needs signing could it be before then?<div>Aoife</div></div></blockquote></div>
"""
M.append(dict(n=815, kind="offer", short="actuarial-analyst",
    hdrs=hd("Cormac Fitzgerald <cormac.fitzgerald@liffeylife.example>", "Aoife Ní Bhriain <aoife.nibhriain@webpost.example>",
            "Re: Actuarial Analyst - next steps"),
    date="2027-10-20 16:32:00 +0100",
    body=alt(T815, H815, "000000000000r9b815a4c1e05f"),
    label=dict(expect_by=lambda d: D.after_long_weekend(D.october_bank_holiday_ie(d.year)),
               evidence="You will receive the contract pack after the October bank holiday weekend, once Legal have finished their review.",
               note="Offer; 'after the October bank holiday weekend' (Ireland: last Monday of October, 25 October 2027) = the Tuesday after. The candidate's quoted holiday dates are never read.")))

# 816 rejection - US ATS, alternative, talent pool
T816 = """Hi Marcus,

Thank you for taking the time to interview for the Supply Chain Planner position at Redwood Outdoor Co.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs at this time.

We will keep your resume on file for 12 months and may reach out if a suitable role opens up.

We wish you the best in your search.

The Redwood Outdoor Recruiting Team
"""
H816 = """<html><body><table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px">
<p>Hi Marcus,</p>
<p>Thank you for taking the time to interview for the Supply Chain Planner position at Redwood Outdoor Co.</p>
<p>After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs at this time.</p>
<p>We will keep your resume on file for 12 months and may reach out if a suitable role opens up.</p>
<p>We wish you the best in your search.</p>
<p>The Redwood Outdoor Recruiting Team</p>
</td></tr></table>
<p style="font-size:11px;color:#999">Sent via Workable on behalf of Redwood Outdoor Co. <a href="https://apply.workable.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
M.append(dict(n=816, kind="rejection", short="supply-planner",
    hdrs=hd("Redwood Outdoor Co. <noreply@apply.workable.example>", "Marcus Bell <marcus.bell@mailhub.example>",
            "Your application to Redwood Outdoor Co.", ("Reply-To", "recruiting@redwoodoutdoor.example")),
    date="2027-09-21 21:30:00 -0400",
    body=alt(T816, H816, "r9b-816-alt-7d2f"),
    label=dict(evidence="After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs at this time.",
               note="Rejection; keeping the resume on file for 12 months is not an expectation.")))

# 817 rejection - German energy company, ISO-8859-1 QP, GDPR deletion date
M.append(dict(n=817, kind="rejection", short="grid-analyst",
    hdrs=hd("Jürgen Weiß <juergen.weiss@nordstrom-energie.example>", "Lena Hoffmann <lena.hoffmann@posteo-mail.example>",
            "Ihre Bewerbung / Your application as Grid Analyst"),
    date="2027-10-12 14:05:00 +0200",
    body=plain("""Dear Ms. Hoffmann,

thank you very much for your interest in our company and for the open and friendly interview last week.

We regret to inform you that we have decided for another candidate for the position as Grid Analyst.

This decision is not a judgement on your qualification; the profile of the other applicant fitted the current needs of the team a little closer.

According to the GDPR your documents will be deleted on 31 March 2028, unless you agree that we keep them for future vacancies.

We wish you all the best for your further career and personal success.

Mit freundlichen Grüßen / Kind regards

Jürgen Weiß
Personalreferent / HR Business Partner
Nordström Energie GmbH, Düsseldorf
""", "iso-8859-1", "quoted-printable"),
    label=dict(evidence="We regret to inform you that we have decided for another candidate for the position as Grid Analyst.",
               note="Rejection; the GDPR deletion date 31 March 2028 is not news for the candidate: no expectation.")))

# 818 rejection - Toronto bank, terse
M.append(dict(n=818, kind="rejection", short="credit-risk-associate",
    hdrs=hd("Anil Kapoor <anil.kapoor@lakeshorebank.example>", "Jenna Liu <jenna.liu@northmail.example>",
            "Credit Risk Associate"),
    date="2027-11-09 10:12:00 -0500",
    body=plain("""Hi Jenna,

Thanks for your patience. Unfortunately we won't be moving ahead with your candidacy for the Credit Risk Associate role - the team went with someone with more IFRS 9 modelling experience.

Appreciate the time you put into the case study.

Anil
"""),
    label=dict(evidence="Unfortunately we won't be moving ahead with your candidacy for the Credit Risk Associate role - the team went with someone with more IFRS 9 modelling experience.",
               note="Rejection; no date.")))

# 819 rejection - Singapore logistics, local/UTC differ
M.append(dict(n=819, kind="rejection", short="ops-exec-warehousing",
    hdrs=hd("HR Singapore <hr.sg@straitslogistics.example>", "Nurul Aisyah <nurul.aisyah@sgmail.example>",
            "Application for Operations Executive (Warehousing)"),
    date="2027-12-01 07:45:00 +0800",
    body=plain("""Dear Nurul Aisyah,

Thank you for attending the interview with us for the position of Operations Executive (Warehousing).

We regret to inform you that your application has not been successful on this occasion.

New openings for the 2028 graduate intake will be posted on our careers page in January, and you are welcome to apply again.

Thank you and best regards,
Human Resources
Straits Logistics Pte Ltd
"""),
    label=dict(evidence="We regret to inform you that your application has not been successful on this occasion.",
               note="Rejection; postings in January are not a promise to contact the candidate.")))

# 820 rejection - UK charity with dated feedback promise, Outlook quote
M.append(dict(n=820, kind="rejection", short="fundraising-officer",
    hdrs=hd("Bethan Lloyd <bethan.lloyd@riverbankcharity.example>", "Samuel Okafor <sam.okafor@letterbox.example>",
            "RE: Fundraising Officer interview"),
    date="2027-11-15 15:48:00 +0000",
    body=plain("""Dear Samuel,

Thank you for coming in last week - the panel really enjoyed meeting you.

I'm sorry to say that on this occasion we have offered the post to another candidate.

You asked for feedback: I'll send you the panel's written notes by Thursday.

With best wishes,
Bethan

Bethan Lloyd
People & Volunteering Manager
Riverbank Trust

-----Original Message-----
From: Samuel Okafor <sam.okafor@letterbox.example>
Sent: 12 November 2027 10:21
To: Bethan Lloyd <bethan.lloyd@riverbankcharity.example>
Subject: Fundraising Officer interview

Dear Bethan, thank you for Tuesday's interview. I wondered whether you might have news by 19 November, as I have another interview that day.
Kind regards, Samuel
"""),
    label=dict(expect_by=lambda d: D.next_weekday(d, "Thu"),
               evidence="You asked for feedback: I'll send you the panel's written notes by Thursday.",
               note="Rejection; dated promise of the next communication (written feedback) = next Thursday. The quoted 19 November is candidate text.")))

# 821 rejection - Wellington VFX studio, HTML-only base64, local/UTC differ
M.append(dict(n=821, kind="rejection", short="compositor",
    hdrs=hd("Aroha Te Whatā <aroha@kowhaivfx.example>", "Diego Marín <diego.marin@correo.example>",
            "Compositor role at Kōwhai VFX"),
    date="2027-12-07 09:20:00 +1300",
    body=html("""<html><body>
<p>Kia ora Diego,</p>
<p>Thanks heaps for your time with Rangi and the comp team last week, and for the breakdown of your reel.</p>
<p>We've now offered the role to another artist whose pipeline experience lines up more closely with our next show.</p>
<p>Your reel is strong and we'd genuinely like to hear from you again when we next crew up.</p>
<p>Ngā mihi,<br>Aroha Te Whatā<br>Talent Coordinator, Kōwhai VFX, Te Whanganui-a-Tara</p>
</body></html>
""", "utf-8", "base64"),
    label=dict(evidence="We've now offered the role to another artist whose pipeline experience lines up more closely with our next show.",
               note="Rejection; 'when we next crew up' is vague: no date.")))

# 822 next-round - US fintech Greenhouse, scheduling within 2 business days (Friday)
M.append(dict(n=822, kind="next-round", short="backend-onsite",
    hdrs=hd("Kelsey Ortiz <kelsey.ortiz@ledgerly.example>", "Wei Zhang <wei.zhang@devmail.example>",
            "Ledgerly - next steps for Senior Backend Engineer", ("Reply-To", "kelsey.ortiz@ledgerly.example")),
    date="2027-09-24 16:02:00 -0700",
    body=plain("""Hi Wei,

Thanks so much for chatting with Rohan on Wednesday! The feedback was really positive and we'd love to move you forward to our virtual onsite.

The onsite is four 45-minute sessions: system design, coding, a project deep dive and a values conversation.

Our scheduling coordinator, Mia, will send you times within 2 business days.

Best,
Kelsey

--
Kelsey Ortiz | Recruiting, Ledgerly
Sent with Greenhouse
"""),
    label=dict(expect_by=lambda d: D.business_days(d, 2),
               evidence="Our scheduling coordinator, Mia, will send you times within 2 business days.",
               note="Next round; 'within 2 business days' from a Friday = Tuesday.")))

# 823 next-round - Indian IT services, interview date + link day after tomorrow
M.append(dict(n=823, kind="next-round", short="sap-technical-round",
    hdrs=hd("Sneha Kulkarni <sneha.kulkarni@vardhantech.example>", "Karthik Subramanian <karthik.s@mailbox.example>",
            "Shortlisted for Technical Round - SAP ABAP Consultant"),
    date="2027-10-11 12:40:00 +0530",
    body=plain("""Dear Karthik,

Greetings from Vardhan Technologies!

Congratulations, you have cleared the HR screening and are shortlisted for the technical round for SAP ABAP Consultant (5-8 yrs).

Your technical round is scheduled on 19 October 2027 between 11 AM and 12 noon IST through MS Teams.

You will receive the meeting link day after tomorrow from our scheduling team.

Kindly confirm your availability by replying to this mail.

Thanks & Regards,
Sneha Kulkarni
Senior Executive - Talent Acquisition
Vardhan Technologies Ltd., Pune
"""),
    label=dict(expect_by=lambda d: D.day_after_tomorrow(d),
               evidence="You will receive the meeting link day after tomorrow from our scheduling team.",
               note="Next round; 'day after tomorrow' = Date + 2. The interview date 19 October is not an expectation.")))

# 824 next-round - Canadian forestry firm, Thanksgiving long weekend, local/UTC differ
M.append(dict(n=824, kind="next-round", short="silviculture-forester",
    hdrs=hd("Marie-Ève Tremblay <me.tremblay@coastalforest.example>", "Josh Patterson <josh.patterson@shawmail.example>",
            "Panel interview - Silviculture Forester"),
    date="2027-10-06 20:45:00 -0400",
    body=plain("""Hi Josh,

Thanks for the great phone screen on Monday. We would like to invite you to a panel interview with our regional manager and two of our RPFs.

I'll be in touch after the Thanksgiving long weekend to book the panel.

The panel usually runs about 90 minutes and includes a short field scenario, so no need to prepare slides.

Happy Thanksgiving!
Marie-Ève

Marie-Ève Tremblay
HR Advisor, Coastal Forest Products
"""),
    label=dict(expect_by=lambda d: D.after_long_weekend(D.thanksgiving_ca(d.year)),
               evidence="I'll be in touch after the Thanksgiving long weekend to book the panel.",
               note="Next round; Canadian Thanksgiving = second Monday of October (11 October 2027); 'after the long weekend' = the Tuesday after. Sender in an eastern (-0400) office.")))

# 825 next-round - Melbourne case study, this time next week, local/UTC differ
M.append(dict(n=825, kind="next-round", short="product-case-study",
    hdrs=hd("Liam O'Sullivan <liam.osullivan@wattlesoft.example>", "Harpreet Gill <harpreet.gill@bigpond-mail.example>",
            "Stage 3 - product case study"),
    date="2027-11-10 09:00:00 +1100",
    body=plain("""Morning Harpreet,

Good news - you've made it through to stage 3, the product case study with our Head of Product and one of our senior PMs.

We'll lock in a time with you this time next week, once Sarah is back from Singapore.

The brief will be sent 48 hours before the session. No need to prep anything fancy - a few slides or a whiteboard walk-through is fine.

Cheers,
Liam
Talent Lead, Wattlesoft
"""),
    label=dict(expect_by=lambda d: D.this_time_next_week(d),
               evidence="We'll lock in a time with you this time next week, once Sarah is back from Singapore.",
               note="Next round; 'this time next week' = Date + 7. The brief 48 hours before an undated session is not dated.")))

# 826 next-round - German rail signalling, KW 46
M.append(dict(n=826, kind="next-round", short="signalling-engineer",
    hdrs=hd("Katrin Vogel <katrin.vogel@alpensignal.example>", "Rahul Verma <rahul.verma@gmx-mail.example>",
            "Invitation to 2nd interview - Signalling Design Engineer (m/w/d)"),
    date="2027-11-03 09:47:00 +0100",
    body=plain("""Dear Mr. Verma,

thank you for the first interview with Mr. Brandt and me. We were very pleased with the conversation and would like to invite you to a second interview at our office in Munich.

Please expect the invitation with the exact date and the travel information in KW 46.

Your travel costs will of course be reimbursed.

Best regards
Katrin Vogel
Recruiting
Alpen Signaltechnik GmbH
"""),
    label=dict(expect_by=lambda d: D.iso_week_friday(d.year, 46),
               evidence="Please expect the invitation with the exact date and the travel information in KW 46.",
               note="Next round; 'in KW 46' = Friday of ISO week 46.")))

# 827 next-round - Singapore bank, HTML-only, candidate deadline only
M.append(dict(n=827, kind="next-round", short="aml-analyst-superday",
    hdrs=hd("Merlion Bank Campus Recruitment <campus@merlionbank.example>", "Tan Wei Ming <weiming.tan@nusmail.example>",
            "Invitation: Assessment Day - AML Analyst Programme"),
    date="2027-11-17 14:20:00 +0800",
    body=html("""<!DOCTYPE html><html><head><style>p{margin:0 0 12px 0}</style></head><body>
<p>Dear Wei Ming,</p>
<p>Congratulations! You have been shortlisted for the Assessment Day for our AML Analyst Programme.</p>
<p>Please select a slot in the scheduling portal by 5 pm Friday; slots are allocated on a first-come, first-served basis.</p>
<p>The Assessment Day includes a group exercise, a written case and a partner interview.</p>
<p>Warm regards,<br>Campus Recruitment Team<br>Merlion Bank</p>
</body></html>
""", "utf-8", "quoted-printable"),
    label=dict(evidence="Please select a slot in the scheduling portal by 5 pm Friday; slots are allocated on a first-come, first-served basis.",
               note="Next round; the only date is the candidate's slot deadline: no expectation.")))

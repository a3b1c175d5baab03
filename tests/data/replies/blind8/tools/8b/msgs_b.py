"""replies8b 728-741: timelines (hand-written)."""
import datetime as dt
from H import *

M_ = M
M = []

M.append(M_(728, "timeline", "aviation-mro-planner",
  hd("Brooke Jensen <brooke.jensen@cascadia-aero.example>", "Luis Ortega <luis.ortega@mailbox.example>",
     "RE: Maintenance Planner - status"),
  "2027-01-13 22:10:00 -0800",
  plain("Hi Luis,\n\nThanks for checking in. We finished the last panel interviews this afternoon.\n\nWe expect to make a decision within three weeks, since the director of maintenance has to sign off on the final two.\n\nI appreciate your patience.\n\nBrooke Jensen\nTalent Acquisition Partner | Cascadia Aero Services\n\nSent from Outlook for iOS\n"),
  dict(expect_by=lambda d: D.weeks(d, 3),
       evidence="We expect to make a decision within three weeks, since the director of maintenance has to sign off on the final two.",
       note="'within three weeks' = Date + 21")))

M.append(M_(729, "timeline", "retail-buyer",
  hd("Gemma Shaw <gemma.shaw@hollins-retail.example>", "Tariq Hussain <tariq.hussain@inbox.example>",
     "Assistant Buyer (Homewares)"),
  "2027-01-21 16:55:00 +0000",
  plain("Hi Tariq,\n\nJust a quick note to say we haven't forgotten you! We're still seeing a couple of people for the Assistant Buyer role.\n\nWe're aiming to come back to everyone by the end of the month, although that may slip a little if the buying director is away.\n\nThanks,\nGemma\n\nGemma Shaw | Resourcing Advisor | Hollins Retail Head Office, Leeds\n"),
  dict(expect_by=lambda d: D.end_of_month(d),
       evidence="We're aiming to come back to everyone by the end of the month, although that may slip a little if the buying director is away.",
       note="Hedged 'by the end of the month' = last day of the Date's month")))

M.append(M_(730, "timeline", "it-services-delivery-lead",
  hd("Ankit Sharma <ankit.sharma@vistara-infotech.example>", "Meera Iyer <meera.iyer@mail.example>",
     "RE: Delivery Lead - status of my application"),
  "2027-02-10 11:25:00 +0530",
  plain("Dear Meera,\n\nThank you for your mail.\n\nYour candidature is under consideration with the business unit head. As the position is budgeted for this financial year, the final results will be shared before the end of Q4.\n\nRequest you to kindly bear with us.\n\nRegards,\nAnkit Sharma\nTalent Acquisition - Hyderabad\nVistara Infotech Ltd.\n"),
  dict(expect_by=lambda d: D.fiscal_quarter_end(d, 4, 4),
       evidence="As the position is budgeted for this financial year, the final results will be shared before the end of Q4.",
       note="Indian fiscal year April-March: fiscal Q4 ends 31 March")))

M.append(M_(731, "timeline", "port-logistics-planner",
  hd("Björn Petersen <bjoern.petersen@elbkai-logistik.example>", "Sofia Marino <sofia.marino@webmail.example>",
     "Ihre Bewerbung / your application - Logistics Planner"),
  "2027-04-27 08:45:00 +0200",
  plain("Dear Ms Marino,\n\nmany thanks for your patience. The works council still has to approve the hiring, which is a normal step in Germany.\n\nWe will inform all candidates of the outcome before the Ascension Day holiday.\n\nBest regards\nBjörn Petersen\nPersonalabteilung\nElbkai Logistik GmbH, Hamburg\n", charset="iso-8859-1", cte="quoted-printable"),
  dict(expect_by=lambda d: D.day_before(D.ascension_day(d.year)),
       evidence="We will inform all candidates of the outcome before the Ascension Day holiday.",
       note="Ascension Day 2027 = Easter + 39 = 6 May; 'before' = the day before; ISO-8859-1 quoted-printable")))

M.append(M_(732, "timeline", "federal-policy-analyst",
  hd("Staffing Services <staffing-dotation@agency.gc-ottawa.example>", "Nadia Haddad <nadia.haddad@post.example>",
     "Selection process 27-EC-0093 - status"),
  "2027-03-02 10:10:00 -0500",
  plain("Hello Nadia,\n\nThank you for your message. The assessment board has completed the interviews for selection process 27-EC-0093 and reference checks are under way.\n\nDecisions are expected before the end of the fiscal year on March 31.\n\nPlease note that being placed in a pool does not guarantee an appointment.\n\nStaffing Services / Services de dotation\n"),
  dict(expect_by=lambda d: dt.date(2027, 3, 31),
       evidence="Decisions are expected before the end of the fiscal year on March 31.",
       note="Absolute date written in the message (Canadian federal fiscal year end)")))

M.append(M_(733, "timeline", "agritech-field-agronomist",
  hd("Josh Harland <josh@paddocksense.example>", "Ruby Chen <ruby.chen@mailbox.example>",
     "Re: Field Agronomist"),
  "2027-03-16 14:30:00 +1000",
  plain("Hey Ruby,\n\nThanks for the nudge. Honestly we're still working through it - we had a lot more applicants than we planned for and harvest has slowed everyone down.\n\nWe'll be in touch in the coming weeks either way.\n\nCheers,\nJosh\nPaddockSense | Toowoomba QLD\n"),
  dict(evidence="We'll be in touch in the coming weeks either way.",
       note="'in the coming weeks' is vague: null")))

M.append(M_(734, "timeline", "hotel-front-office-manager",
  hd("Nur Aisyah <nur.aisyah@marinabay-hospitality.example>", "Kevin Lau <kevin.lau@webmail.example>",
     "Front Office Manager - update"),
  "2027-08-03 09:00:00 +0800",
  plain("Dear Kevin,\n\nThank you for attending the interview with our Hotel Manager.\n\nWe are finalising the shortlist and will update you after the National Day long weekend.\n\nWishing you a Happy National Day in advance!\n\nBest regards,\nNur Aisyah\nTalent Acquisition Executive\nMarina Bay Hospitality Group\n"),
  dict(expect_by=lambda d: D.after_long_weekend(D.next_md(d, 8, 9)),
       evidence="We are finalising the shortlist and will update you after the National Day long weekend.",
       note="Singapore National Day 9 August 2027 is a Monday; after the long weekend = Tuesday 10 August")))

M.append(M_(735, "timeline", "school-district-counselor",
  hd("Front Range Schools Careers <noreply@hire.frontrange-sd.example>", "Alexis Moore <alexis.moore@mail.example>",
     "Interview completed - School Counselor (Posting #4471)"),
  "2027-05-05 13:00:00 -0600",
  html("<html><body><div style=\"font-family:Verdana\"><p>Dear Alexis Moore,</p><p>Thank you for interviewing for School Counselor (Posting #4471).</p><p>Hiring decisions are typically made 7-10 business days after the final interview for the posting.</p><p>You can check the status of your application at any time in the applicant portal.</p><p>Human Resources, Front Range School District</p></div></body></html>\n"),
  dict(evidence="Hiring decisions are typically made 7-10 business days after the final interview for the posting.",
       note="Span counted from an undated event (the posting's final interview): null; HTML-only")))

M.append(M_(736, "timeline", "football-club-analyst",
  hd("Craig Whelan <craig.whelan@bridgewater-fc.example>", "Imran Qureshi <imran.q@inbox.example>",
     "Performance Analyst"),
  "2027-05-12 10:35:00 +0100",
  plain("Imran,\n\nCheers for coming in Monday. The gaffer wants to see one more candidate before he decides, and with the last two fixtures of the season it's mad here.\n\nWe'll let you know a week on Monday.\n\nCraig\nHead of Recruitment, Bridgewater FC\n"),
  dict(expect_by=lambda d: D.weekday_week(d, "Mon"),
       evidence="We'll let you know a week on Monday.",
       note="UK 'a week on Monday' = 'Monday week' = the next Monday + 7")))

M.append(M_(737, "timeline", "medtech-regulatory-affairs",
  hd("Aoife Kelly <aoife.kelly@shannon-biotech.example>", "Pedro Alves <pedro.alves@mail.example>",
     "Regulatory Affairs Associate - timing"),
  "2027-03-12 12:00:00 +0000",
  plain("Hi Pedro,\n\nThanks for your time with the panel yesterday.\n\nOur office is closed on Wednesday 17 March for St Patrick's Day, so things will be a little slower next week. We expect to confirm the outcome by Friday 26 March.\n\nKind regards,\nAoife Kelly\nHR Officer, Shannon Biotech, Limerick\n"),
  dict(expect_by=lambda d: dt.date(2027, 3, 26),
       evidence="We expect to confirm the outcome by Friday 26 March.",
       note="Absolute date written in the message; the office closure on 17 March is not expect_by")))

M.append(M_(738, "timeline", "fintech-risk-analyst",
  hd("Taylor Brooks <taylor.brooks@goldengate-lending.example>", "Ngozi Eze <ngozi.eze@mailbox.example>",
     "Re: Credit Risk Analyst - timeline"),
  "2027-06-22 20:30:00 -0700",
  alt("Hi Ngozi,\n\nTotally fair question. We're wrapping up references for the two finalists and I'm hopeful we'll have an answer for you before the Fourth of July.\n\nThanks,\nTaylor\n\nOn Mon, Jun 21, 2027 at 4:02 PM Ngozi Eze <ngozi.eze@mailbox.example> wrote:\n> Hi Taylor, I have another offer that expires on June 28. Any update?\n",
      "<div>Hi Ngozi,</div><div><br></div><div>Totally fair question. We're wrapping up references for the two finalists and I'm hopeful we'll have an answer for you before the Fourth of July.</div><div><br></div><div>Thanks,<br>Taylor</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Jun 21, 2027 at 4:02 PM Ngozi Eze <ngozi.eze@mailbox.example> wrote:<br></div><blockquote class=\"gmail_quote\">Hi Taylor, I have another offer that expires on June 28. Any update?</blockquote></div>\n",
      "r8b-738-alt"),
  dict(expect_by=lambda d: D.day_before(D.next_md(d, 7, 4)),
       evidence="We're wrapping up references for the two finalists and I'm hopeful we'll have an answer for you before the Fourth of July.",
       note="Hedged 'before the Fourth of July' = 3 July; the quoted candidate date is not read")))

M.append(M_(739, "timeline", "automotive-calibration-engineer",
  hd("HR Team <hr.recruitment@deccan-motors.example>", "Vikram Joshi <vikram.joshi@mail.example>",
     "Status: Calibration Engineer - Powertrain"),
  "2027-07-08 05:00:00 +0530",
  plain("Dear Vikram,\n\nThis is with regard to your technical and HR rounds held at our Chakan plant.\n\nThe management is evaluating the profiles and the final outcome will be communicated to you within a month.\n\nPlease do not hesitate to contact us for any clarification.\n\nRegards,\nHR Team\nDeccan Motors Ltd., Pune\n"),
  dict(expect_by=lambda d: D.plus_month(d, 1),
       evidence="The management is evaluating the profiles and the final outcome will be communicated to you within a month.",
       note="'within a month' = the same day number next month")))

M.append(M_(740, "timeline", "winery-export-manager",
  hd("Olivia Barrett <olivia.barrett@yarra-ridge-wines.example>", "Hugo Laurent <hugo.laurent@webmail.example>",
     "Export Manager - Asia"),
  "2027-06-09 07:00:00 +1000",
  plain("Hi Hugo,\n\nThanks again for making the trip up to the cellar door on Monday.\n\nOur MD is in Shanghai for ProWine this week, so we'll be able to confirm next steps after the King's Birthday long weekend.\n\nBest,\nOlivia\nYarra Ridge Wines | Victoria\n"),
  dict(expect_by=lambda d: D.after_long_weekend(D.nth_weekday_of_month(d.year, 6, "Mon", 2)),
       evidence="Our MD is in Shanghai for ProWine this week, so we'll be able to confirm next steps after the King's Birthday long weekend.",
       note="Victoria's King's Birthday = second Monday of June (14 June 2027); after the long weekend = Tuesday")))

M.append(M_(741, "timeline", "agency-forward-wine-logistics",
  hd("Thandi Mokoena <thandi@capetalent-partners.example>", "Ruan de Villiers <ruan.devilliers@mail.example>",
     "Fwd: Logistics Coordinator - feedback timing"),
  "2027-07-21 15:20:00 +0200",
  plain("Hi Ruan,\n\nSee below from the client. Sit tight!\n\nThandi\n\n---------- Forwarded message ---------\nFrom: Pieter Botha <pieter.botha@stellen-cellars.example>\nDate: Wed, 21 Jul 2027 at 14:02\nSubject: RE: Logistics Coordinator - feedback timing\nTo: Thandi Mokoena <thandi@capetalent-partners.example>\n\nHi Thandi,\n\nWe hope to have news on Ruan by the end of next week, but please don't hold me to it with the harvest planning going on.\n\nPieter\n\nOn Tue, 20 Jul 2027 at 09:30, Thandi Mokoena <thandi@capetalent-partners.example> wrote:\n> Hi Pieter, Ruan asked whether he will hear by 23 July as he has\n> another final round on the 26th.\n"),
  dict(expect_by=lambda d: D.end_of_next_week(d),
       evidence="We hope to have news on Ruan by the end of next week, but please don't hold me to it with the harvest planning going on.",
       note="Agency forward of the employer's mail; hedged 'by the end of next week' = Friday of the following week; quoted dates ignored")))

"""replies8b 711-727: offers, rejections, next-round (hand-written)."""
import datetime as dt
from H import *

M_ = M
M = []

M.append(M_(711, "offer", "fab-process-engineer",
  hd("Greenhouse Notifications <no-reply@talent.lonestar-silicon.example>", "Dana Whitfield <dana.whitfield@mailbox.example>",
     "Offer - Process Engineer II, Fab 3", ("Reply-To", "Marisol Ortega <m.ortega@lonestar-silicon.example>")),
  "2027-01-07 19:45:00 -0600",
  alt("Hi Dana,\n\nCongratulations! On behalf of the Fab 3 team I'm delighted to extend a verbal offer for the Process Engineer II role.\n\nThe formal offer letter will come through DocuSign within 3-5 business days.\n\nBase salary, the sign-on bonus and relocation are as we discussed on the phone. Please don't resign from your current role until the background check clears.\n\nBest,\nMarisol Ortega\nUniversity & Technical Recruiting | Lone Star Silicon\n",
      "<html><body><p>Hi Dana,</p><p>Congratulations! On behalf of the Fab 3 team I'm delighted to extend a verbal offer for the Process Engineer II role.</p><p>The formal offer letter will come through DocuSign within 3-5 business days.</p><p>Base salary, the sign-on bonus and relocation are as we discussed on the phone. Please don't resign from your current role until the background check clears.</p><p>Best,<br>Marisol Ortega<br>University &amp; Technical Recruiting | Lone Star Silicon</p></body></html>\n",
      "r8b-711-alt"),
  dict(expect_by=lambda d: D.business_days_range(d, 3, 5),
       evidence="The formal offer letter will come through DocuSign within 3-5 business days.",
       note="Formal offer letter promised within 3-5 business days: the later end, Date + 5 business days")))

M.append(M_(712, "offer", "hotel-revenue-manager",
  hd("Harriet Lomax <harriet.lomax@ashgrove-hotels.example>", "Owen Price <owen.price@inbox.example>",
     "Re: Revenue Manager - Ashgrove Harrogate"),
  "2027-02-08 11:20:00 +0000",
  plain("Morning Owen,\n\nLovely to speak just now. As promised, in writing: we would like to offer you the Revenue Manager role at Ashgrove Harrogate, on the package we discussed.\n\nI'll send the contract over Thursday week once our People team have drafted it.\n\nYour proposed start of 1 March works for the GM.\n\nKind regards,\nHarriet\n\nHarriet Lomax | Talent Partner | Ashgrove Hotels\n\nOn Fri, 5 Feb 2027 at 16:41, Owen Price <owen.price@inbox.example> wrote:\n> Hi Harriet, thanks for the update. I could start on 1 March and would\n> need to give notice by 12 February, so hearing by the 11th would help.\n> Best, Owen\n"),
  dict(expect_by=lambda d: D.weekday_week(d, "Thu"),
       evidence="I'll send the contract over Thursday week once our People team have drafted it.",
       note="'Thursday week' = the Thursday after next Thursday; the start date 1 March and the quoted candidate dates are not expect_by")))

M.append(M_(713, "offer", "payments-sre",
  hd("Talent Team <talent@paykaro.example>", "Rohit Menon <rohit.menon@post.example>",
     "Congratulations Rohit - you have been selected!"),
  "2027-03-09 04:50:00 +0530",
  html("<html><head><style>p{font-family:Arial}</style></head><body><div>Dear Rohit,</div><div><br></div><div>We are happy to inform you that you have been selected for the position of Senior SRE - Payments Platform at PayKaro, Bengaluru.</div><div>Your offer letter will be released by the 18th, after final approval from our CFO.</div><div>Kindly keep your last three payslips and relieving letter ready.</div><div><br></div><div>Warm regards,<br>Sneha Kulkarni<br>Talent Acquisition, PayKaro</div></body></html>\n", cte="base64"),
  dict(expect_by=lambda d: D.next_dom(d, 18),
       evidence="Your offer letter will be released by the 18th, after final approval from our CFO.",
       note="'by the 18th' = the next 18th on or after the Date; HTML-only, base64")))

M.append(M_(714, "offer", "signalling-engineer",
  hd("Katrin Vogt <katrin.vogt@suedbahn-technik.example>", "Tomasz Nowak <t.nowak@mailhub.example>",
     "Your offer - Signalling Engineer (m/w/d), Munich"),
  "2027-04-12 14:05:00 +0200",
  plain("Dear Mr Nowak,\n\nthank you again for your time on Thursday. I am very pleased to confirm that we would like to offer you the position of Signalling Engineer (m/w/d) in our Munich office.\n\nYou will receive the contract documents by post by the end of KW 16.\n\nPlease sign both copies and return one to us. If you have questions about the relocation allowance, Mr Brandl from our HR team is happy to help.\n\nWith kind regards\n\nKatrin Vogt\nHR Business Partner\nSüdbahn Technik GmbH\n", cte="quoted-printable"),
  dict(expect_by=lambda d: D.iso_week_friday(2027, 16),
       evidence="You will receive the contract documents by post by the end of KW 16.",
       note="German 'KW 16' = Friday of ISO week 16")))

M.append(M_(715, "offer", "chartering-analyst",
  hd("Jonathan Tan <jonathan.tan@straitsline-shipping.example>", "Aisha Rahman <aisha.r@webmail.example>",
     "RE: Chartering Analyst"),
  "2027-05-20 07:15:00 +0800",
  plain("Hi Aisha,\n\nGood news - the panel was unanimous and we'd like to offer you the Chartering Analyst position. I've shared the package details on WhatsApp.\n\nHR will send the written offer once our regional director has signed off the headcount approval.\n\nThe role would start on 1 July, in line with what you mentioned.\n\nRegards,\nJonathan Tan\nHead of Dry Bulk Chartering\nStraitsline Shipping Pte Ltd\n\n-----Original Message-----\nFrom: Aisha Rahman <aisha.r@webmail.example>\nSent: Tuesday, 18 May 2027 9:02 PM\nTo: Jonathan Tan <jonathan.tan@straitsline-shipping.example>\nSubject: Chartering Analyst\n\nHi Jonathan, just checking in. I need to decide on another offer by 24 May. Thanks, Aisha\n"),
  dict(evidence="HR will send the written offer once our regional director has signed off the headcount approval.",
       note="Written offer tied to an undated approval: null; the start date 1 July and the quoted 24 May are not expect_by")))

M.append(M_(716, "rejection", "school-board-ea",
  hd("Applicant Tracking <donotreply@careers.lakeshore-dsb.example>", "Priya Sandhu <priya.sandhu@mail.example>",
     "Your application: Educational Assistant (Job ID 27-0418)"),
  "2027-01-19 10:02:00 -0500",
  html("<html><body><table width=\"600\"><tr><td><h2>Lakeshore District School Board</h2></td></tr><tr><td><p>Dear Priya Sandhu,</p><p>Thank you for your interest in the Educational Assistant position (Job ID 27-0418).</p><p>After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match the needs of the school at this time.</p><p>Your profile will remain in our talent pool for 12 months and you are welcome to apply for future postings.</p><p>Human Resources Services<br>Lakeshore District School Board</p><p style=\"font-size:10px\">This is an automated message. Please do not reply.</p></td></tr></table></body></html>\n"),
  dict(evidence="After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match the needs of the school at this time.",
       note="ATS rejection, HTML-only quoted-printable; no expectation")))

M.append(M_(717, "rejection", "brewery-shift-lead",
  hd("Mick Doherty <mick@ironbark-brewing.example>", "Sam Whitby <sam.whitby@mailbox.example>",
     "Re: Brewhouse Shift Lead"),
  "2027-02-02 06:20:00 +1100",
  plain("Hi Sam,\n\nSorry mate, we've gone with someone else for the shift lead job. They start 1 March.\n\nThanks for coming in, good luck with it all.\n\nMick\n\nSent from my iPhone\n"),
  dict(evidence="Sorry mate, we've gone with someone else for the shift lead job.",
       note="Terse rejection; the other person's start date is not news for the candidate")))

M.append(M_(718, "rejection", "medtech-quality-engineer",
  hd("Niamh Gallagher <niamh.gallagher@corrib-medical.example>", "Liam Byrne <liam.byrne@eiremail.example>",
     "RE: Quality Engineer interview - next steps?"),
  "2027-03-03 15:47:00 +0000",
  plain("Hi Liam,\n\nThanks for your patience and apologies for the delay in coming back to you.\n\nUnfortunately we won't be progressing your application for the Quality Engineer role on this occasion. The panel felt that another candidate's experience with Class III devices was a closer fit.\n\nIt was a close decision and I'd be glad to keep in touch about future roles.\n\nBest regards,\nNiamh\n\nNiamh Gallagher\nTalent Acquisition Specialist\nCorrib Medical, Galway\n\n-----Original Message-----\nFrom: Liam Byrne <liam.byrne@eiremail.example>\nSent: 01 March 2027 09:15\nTo: Niamh Gallagher <niamh.gallagher@corrib-medical.example>\nSubject: Quality Engineer interview - next steps?\n\nHi Niamh, would I hear by 10 March? I have a second interview elsewhere on the 12th.\nLiam\n"),
  dict(evidence="Unfortunately we won't be progressing your application for the Quality Engineer role on this occasion.",
       note="Rejection; the candidate's quoted dates are never read")))

M.append(M_(719, "rejection", "vet-practice-manager",
  hd("Cascade Veterinary Partners <careers@cascadevet.example>", "Jordan Kim <jordan.kim@post.example>",
     "Update on your Practice Manager application"),
  "2027-04-06 21:30:00 -0700",
  plain("Hello Jordan,\n\nThank you for taking the time to interview for the Practice Manager position at our Bend, Oregon hospital.\n\nWe have carefully reviewed your background and unfortunately we will not be moving forward with your candidacy at this time.\n\nWe post new openings on our careers site every month, and several practice management roles are expected to open in the spring.\n\nWe wish you the best of luck in your search.\n\nCascade Veterinary Partners Talent Team\n\n--\nPowered by Workable\n", cte="quoted-printable"),
  dict(evidence="We have carefully reviewed your background and unfortunately we will not be moving forward with your candidacy at this time.",
       note="ATS rejection; 'openings expected in the spring' is not an expectation")))

M.append(M_(720, "rejection", "esports-community-lead",
  hd("Jürgen Weiß <juergen.weiss@pixelkraft-games.example>", "Mara Lindqvist <mara.lindqvist@nordmail.example>",
     "Community Lead – our decision"),
  "2027-05-11 17:12:00 +0200",
  plain("Hi Mara,\n\nthank you very much for the time you invested in our process, including the case study presentation last week.\n\nI'm sorry to tell you that we have decided to continue with another candidate for the Community Lead position.\n\nIf you'd like feedback on your case study, just reply to this mail and I'll set up a short call.\n\nAll the best and maybe see you at gamescom,\nJürgen\n\n--\nJürgen Weiß · People & Culture · Pixelkraft Games GmbH · Berlin\n"),
  dict(evidence="I'm sorry to tell you that we have decided to continue with another candidate for the Community Lead position.",
       note="Rejection; a feedback call offered on request is not an expectation; 8bit UTF-8 with non-ASCII sender name")))

M.append(M_(721, "rejection", "apparel-merchandiser",
  hd("Lakshmi Rāmakrishnan <lakshmi.r@kaveri-apparels.example>", "Arjun Pillai <arjun.pillai@mail.example>",
     "Regarding your candidature for Merchandiser - Export Division"),
  "2027-06-15 12:40:00 +0530",
  plain("Dear Arjun,\n\nGreetings from Kaveri Apparels.\n\nWith reference to your interview held at our Tiruppur unit, we regret to inform you that your profile has not been shortlisted for the further process.\n\nWe appreciate your interest in our organisation and shall retain your resume in our database for future requirements.\n\nThanks & Regards,\nLakshmi Rāmakrishnan\nHR - Export Division\nKaveri Apparels Pvt. Ltd.\n"),
  dict(evidence="With reference to your interview held at our Tiruppur unit, we regret to inform you that your profile has not been shortlisted for the further process.",
       note="Indian-English rejection, 8bit UTF-8 with non-ASCII sender name")))

M.append(M_(722, "next-round", "charity-fundraising-manager",
  hd("Fiona McLeod <fiona.mcleod@riverside-trust.example>", "Ben Adeyemi <ben.adeyemi@post.example>",
     "Second interview - Fundraising Manager"),
  "2027-01-11 09:30:00 +0000",
  plain("Dear Ben,\n\nThank you for meeting us last week. I'm pleased to say the panel would like to invite you to a second interview, which will include a short presentation to two of our trustees.\n\nI'm juggling the trustees' diaries at the moment and will confirm the exact time by close of business Wednesday.\n\nThe presentation brief is attached.\n\nWarm wishes,\nFiona McLeod\nHead of People, The Riverside Trust\nRegistered charity\n"),
  dict(expect_by=lambda d: D.end_of_play(d, "Wed"),
       evidence="I'm juggling the trustees' diaries at the moment and will confirm the exact time by close of business Wednesday.",
       note="'by close of business Wednesday' = the next Wednesday")))

M.append(M_(723, "next-round", "fintech-final-round",
  hd("Recruitment <recruitment@merlion-pay.example>", "Wei Jie Lim <weijie.lim@webmail.example>",
     "Final round interview - Product Manager, Merchant Acquiring"),
  "2027-01-26 13:10:00 +0800",
  alt("Hi Wei Jie,\n\nThank you for your time with Rachel and Arun. We're happy to invite you to the final round with our COO on Tuesday 2 February, 3pm SGT, at our Marina One office.\n\nA calendar invitation with the building access details will follow within 24 hours.\n\nPlease bring your NRIC for registration at the lobby.\n\nBest,\nCheryl Ng\nTalent Acquisition, Merlion Pay\n",
      "<div dir=\"ltr\"><p>Hi Wei Jie,</p><p>Thank you for your time with Rachel and Arun. We're happy to invite you to the final round with our COO on Tuesday 2 February, 3pm SGT, at our Marina One office.</p><p>A calendar invitation with the building access details will follow within 24 hours.</p><p>Please bring your NRIC for registration at the lobby.</p><p>Best,<br>Cheryl Ng<br>Talent Acquisition, Merlion Pay</p></div>\n",
      "r8b-723-alt"),
  dict(expect_by=lambda d: D.within_hours(d, 24),
       evidence="A calendar invitation with the building access details will follow within 24 hours.",
       note="Calendar invitation within 24 hours = Date + 1; the interview date 2 February is not expect_by")))

M.append(M_(724, "next-round", "forestry-gis-analyst",
  hd("Caleb Fraser <caleb.fraser@coastal-timberlands.example>", "Hana Sato <hana.sato@mailbox.example>",
     "GIS Analyst - take-home exercise"),
  "2027-02-17 18:30:00 -0800",
  plain("Hi Hana,\n\nThanks for the great conversation today. We'd like to move you to the next stage, which is a short take-home exercise on harvest block mapping (instructions and sample data attached).\n\nThere's no hard deadline, though most people spend about three hours on it.\n\nWe'll be in touch once all the exercises are in and the team has reviewed them.\n\nCheers,\nCaleb\nGIS & Planning Lead, Coastal Timberlands Ltd.\nVancouver, BC\n"),
  dict(evidence="We'd like to move you to the next stage, which is a short take-home exercise on harvest block mapping (instructions and sample data attached).",
       note="Next stage; contact tied to an undated event, no date stated: null")))

M.append(M_(725, "next-round", "construction-site-visit",
  hd("Ella Nguyen <ella.nguyen@harbourbuild.example>", "Marcus Reid <marcus.reid@inbox.example>",
     "Project Engineer - site visit"),
  "2027-03-04 07:40:00 +1100",
  plain("Hi Marcus,\n\nThanks for the phone screen yesterday, the PD was impressed with your tunnelling experience. Next step is a site walk at our Parramatta project followed by a chat with the project director.\n\nI'll lock in a date with him and come back to you early next week.\n\nYou'll need steel caps and your White Card on the day.\n\nCheers,\nElla Nguyen\nTalent Acquisition | HarbourBuild\n"),
  dict(expect_by=lambda d: D.early_next_week(d),
       evidence="I'll lock in a date with him and come back to you early next week.",
       note="'early next week' = Tuesday of the following week")))

M.append(M_(726, "next-round", "public-health-epidemiologist",
  hd("Grace Okafor <gokafor@bayside-publichealth.example>", "Daniel Reyes <daniel.reyes@mail.example>",
     "Re: Epidemiologist II - next steps"),
  "2027-04-08 16:05:00 -0400",
  alt("Hi Daniel,\n\nThank you for a thoughtful first interview. You are moving forward to the second round.\n\nSecond-round interviews will be scheduled after the search committee meets on April 14.\n\nBest,\nGrace\n\nGrace Okafor, MPH\nHR Generalist, Bayside Public Health Institute\n\nOn Wed, Apr 7, 2027 at 10:12 AM Daniel Reyes <daniel.reyes@mail.example> wrote:\n> Hi Grace, I'm travelling April 20-23, in case that matters for scheduling.\n",
      "<div dir=\"ltr\"><div>Hi Daniel,</div><div><br></div><div>Thank you for a thoughtful first interview. You are moving forward to the second round.</div><div><br></div><div>Second-round interviews will be scheduled after the search committee meets on April 14.</div><div><br></div><div>Best,<br>Grace</div><div><br></div><div>Grace Okafor, MPH<br>HR Generalist, Bayside Public Health Institute</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, Apr 7, 2027 at 10:12 AM Daniel Reyes <daniel.reyes@mail.example> wrote:<br></div><blockquote class=\"gmail_quote\">Hi Grace, I'm travelling April 20-23, in case that matters for scheduling.</blockquote></div>\n",
      "r8b-726-alt"),
  dict(expect_by=lambda d: D.after_event(dt.date(2027, 4, 14)),
       evidence="Second-round interviews will be scheduled after the search committee meets on April 14.",
       note="'after the committee meets on April 14' = D + 1; quoted candidate dates ignored")))

M.append(M_(727, "next-round", "telecom-network-architect",
  hd("Seán Ó Briain <sean.obriain@atlantic-telecom.example>", "Chloe Martin <chloe.martin@post.example>",
     "RE: Network Architect - round two"),
  "2027-06-03 12:15:00 +0100",
  plain("Hi Chloe,\n\nGreat news, the hiring manager would like you back for a technical deep-dive with two of the core network team.\n\nHalf the team is off for the long weekend, so you'll hear from me after the June bank holiday with a few slots.\n\nTalk soon,\nSeán\n\nSeán Ó Briain | Senior Recruiter | Atlantic Telecom, Cork\n________________________________\nFrom: Chloe Martin <chloe.martin@post.example>\nSent: Wednesday 2 June 2027 18:40\nTo: Seán Ó Briain <sean.obriain@atlantic-telecom.example>\nSubject: Network Architect - round two\n\nHi Seán, any news? I'm on holiday from 21 June.\n"),
  dict(expect_by=lambda d: D.after_long_weekend(D.nth_weekday_of_month(d.year, 6, "Mon", 1)),
       evidence="Half the team is off for the long weekend, so you'll hear from me after the June bank holiday with a few slots.",
       note="Irish June bank holiday = first Monday of June; 'after' the long weekend = the Tuesday")))

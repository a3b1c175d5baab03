"""replies8b 742-760: requests, acknowledgements, auto-replies, bounces (hand-written)."""
import datetime as dt
from H import *

M_ = M
M = []

M.append(M_(742, "request", "law-firm-references",
  hd("Rebecca Stein <rstein@hollowell-grant.example>", "Marcus Bell <marcus.bell@mail.example>",
     "Associate position - references"),
  "2027-01-27 12:45:00 -0500",
  plain("Dear Marcus,\n\nThank you for meeting with the hiring committee on Monday. As a next step, could you please send us the names and contact details of two professional references, ideally including a supervising attorney, by Friday?\n\nOnce we have spoken with your references, the committee will make its final decision.\n\nBest regards,\nRebecca Stein\nLegal Recruiting Manager\nHollowell & Grant LLP, Atlanta\n"),
  dict(evidence="As a next step, could you please send us the names and contact details of two professional references, ideally including a supervising attorney, by Friday?",
       note="Request with a candidate deadline (not expect_by); the decision follows an undated event: null")))

M.append(M_(743, "request", "aerospace-vetting-form",
  hd("Resourcing Team <resourcing@severn-aerostructures.example>", "Chidi Okonkwo <chidi.okonkwo@inbox.example>",
     "Action required: BPSS pre-employment screening"),
  "2027-02-04 09:05:00 +0000",
  plain("Dear Chidi,\n\nFurther to your conditional offer, please complete the attached BPSS screening form and return it with a certified copy of your passport by 12 February.\n\nOnce we receive it, vetting usually takes around ten working days.\n\nMany thanks,\nResourcing Team\nSevern Aerostructures, Filton\n"),
  dict(evidence="Further to your conditional offer, please complete the attached BPSS screening form and return it with a certified copy of your passport by 12 February.",
       note="Candidate deadline 12 February is not expect_by; ten working days from an undated receipt: null")))

M.append(M_(744, "request", "bank-documents-committee",
  hd("Recruitment Cell <recruitment@indraprastha-finserv.example>", "Pooja Bansal <pooja.bansal@mail.example>",
     "Documents required - Relationship Manager (Noida)"),
  "2027-02-25 18:20:00 +0530",
  plain("Dear Pooja,\n\nKindly upload the below documents on the portal by tomorrow EOD:\n1. PAN card\n2. Last 3 months salary slips\n3. Graduation certificate\n\nThe HR committee meets on 3rd March and you will hear from us the next day.\n\nThanks and regards,\nRecruitment Cell\nIndraprastha Finserv Ltd.\n"),
  dict(expect_by=lambda d: D.after_event(dt.date(2027, 3, 3)),
       evidence="The HR committee meets on 3rd March and you will hear from us the next day.",
       note="Dated committee meeting 3 March + 1 ('the next day'); the upload deadline is the candidate's")))

M.append(M_(745, "request", "translation-availability",
  hd("Véronique Gagnon <veronique.gagnon@traductions-boreal.example>", "Ian Walsh <ian.walsh@post.example>",
     "Terminologist position - your availability"),
  "2027-04-15 11:30:00 -0400",
  alt("Hello Ian,\n\nThank you for your interest in the Terminologist position. Before we go further, could you tell me which afternoons next week would suit you for a one-hour translation test?\n\nI'll confirm the slot by Monday.\n\nBest regards / Cordialement,\nVéronique Gagnon\nRessources humaines, Traductions Boréal inc., Montréal\n\nLe mer. 14 avr. 2027 à 15:20, Ian Walsh <ian.walsh@post.example> a écrit :\n> Bonjour, I will be away on April 30.\n",
      "<div>Hello Ian,</div><div><br></div><div>Thank you for your interest in the Terminologist position. Before we go further, could you tell me which afternoons next week would suit you for a one-hour translation test?</div><div><br></div><div>I'll confirm the slot by Monday.</div><div><br></div><div>Best regards / Cordialement,<br>Véronique Gagnon<br>Ressources humaines, Traductions Boréal inc., Montréal</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">Le mer. 14 avr. 2027 à 15:20, Ian Walsh <ian.walsh@post.example> a écrit :<br></div><blockquote class=\"gmail_quote\">Bonjour, I will be away on April 30.</blockquote></div>\n",
      "r8b-745-alt"),
  dict(expect_by=lambda d: D.next_weekday(d, "Mon"),
       evidence="I'll confirm the slot by Monday.",
       note="Dated promise inside a request: 'by Monday' = the next Monday; the test itself is not expect_by")))

M.append(M_(746, "request", "bank-salary-expectations",
  hd("Stefanie Krüger <stefanie.krueger@mainufer-bank.example>", "Daniel Osei <daniel.osei@mailbox.example>",
     "Your salary expectations"),
  "2027-05-03 10:40:00 +0200",
  plain("Dear Mr Osei,\n\nthank you for the good conversations with Dr. Hoffmann and the team.\n\nCould you send us your salary expectations and your notice period by Wednesday, so that we can prepare a proposal?\n\nYou should then receive our contract proposal by the end of the month.\n\nKind regards\nStefanie Krüger\nRecruiting, Mainufer Bank AG, Frankfurt am Main\n", cte="quoted-printable"),
  dict(expect_by=lambda d: D.end_of_month(d),
       evidence="You should then receive our contract proposal by the end of the month.",
       note="Request; the candidate's Wednesday deadline is not expect_by; contract proposal 'by the end of the month'")))

M.append(M_(747, "acknowledgement", "ats-application-received",
  hd("Northwind Robotics Careers <no-reply@jobs.northwind-robotics.example>", "Sara Lindgren <sara.lindgren@mail.example>",
     "We received your application for Controls Engineer"),
  "2027-01-05 23:05:00 -0500",
  alt("Hi Sara,\n\nThanks for applying to the Controls Engineer role at Northwind Robotics. This email confirms we've received your application.\n\nOur team reviews every application and typically responds within 10 business days.\n\nNorthwind Robotics Talent Team\n\nYou're receiving this email because you applied on our careers site. Powered by Lever.\n",
      "<html><body><p>Hi Sara,</p><p>Thanks for applying to the Controls Engineer role at Northwind Robotics. This email confirms we've received your application.</p><p>Our team reviews every application and typically responds within 10 business days.</p><p>Northwind Robotics Talent Team</p><p style=\"color:#888\">You're receiving this email because you applied on our careers site. Powered by Lever.</p></body></html>\n",
      "r8b-747-alt"),
  dict(expect_by=lambda d: D.business_days(d, 10),
       evidence="Our team reviews every application and typically responds within 10 business days.",
       note="'within 10 business days' = Date + 10 business days")))

M.append(M_(748, "acknowledgement", "documents-received",
  hd("Helen Brooks <helen.brooks@kestrel-housing.example>", "Yusuf Ali <yusuf.ali@inbox.example>",
     "RE: Right to work documents"),
  "2027-02-16 14:22:00 +0000",
  plain("Hi Yusuf,\n\nThanks, all received and they look fine. I'll pass these on to the hiring manager.\n\nHelen\n\n-----Original Message-----\nFrom: Yusuf Ali <yusuf.ali@inbox.example>\nSent: 16 February 2027 13:58\nTo: Helen Brooks <helen.brooks@kestrel-housing.example>\nSubject: Right to work documents\n\nHi Helen, attached as requested. My visa is valid until 30 September 2028.\n"),
  dict(evidence="Thanks, all received and they look fine.",
       note="Acknowledgement without a date; the quoted visa date is never read")))

M.append(M_(749, "acknowledgement", "referees-back",
  hd("Priya Nair <priya.nair@southgate-health.example>", "Tom Gallagher <tom.gallagher@mailbox.example>",
     "Re: Referees"),
  "2027-03-22 08:15:00 +1100",
  plain("Hi Tom,\n\nJust confirming both your referees have come back to me - thank you for chasing them up.\n\nWe'll aim to have a decision for you by Thursday.\n\nCheers,\nPriya\nPeople & Culture | Southgate Community Health, Melbourne\n"),
  dict(expect_by=lambda d: D.next_weekday(d, "Thu"),
       evidence="We'll aim to have a decision for you by Thursday.",
       note="Dated decision promise inside an acknowledgement: the next Thursday")))

M.append(M_(750, "acknowledgement", "shared-careers-mailbox",
  hd("Careers (shared mailbox) <careers@lionheart-logistics.example>", "Daniel Wong <daniel.wong@webmail.example>",
     "Auto-acknowledgement: Warehouse Operations Executive"),
  "2027-04-20 06:30:00 +0800",
  plain("Dear Applicant,\n\nThank you for your application for the position of Warehouse Operations Executive. This is an automatic acknowledgement from the Lionheart Logistics careers mailbox.\n\nDue to the high volume of applications, only shortlisted candidates will be contacted, within 4 to 6 weeks.\n\nLionheart Logistics Pte Ltd\nHuman Resources\n"),
  dict(expect_by=lambda d: D.weeks(d, 6),
       evidence="Due to the high volume of applications, only shortlisted candidates will be contacted, within 4 to 6 weeks.",
       note="A range of weeks: the later end, Date + 6 weeks")))

M.append(M_(751, "acknowledgement", "assignment-received",
  hd("Kavya Reddy <kavya.reddy@nimbus-analytics.example>", "Siddharth Rao <siddharth.rao@mail.example>",
     "Re: Case study submission - Data Scientist"),
  "2027-07-16 17:45:00 +0530",
  plain("Hi Siddharth,\n\nWell received, thank you for submitting the case study on time.\n\nThe panel will review it and revert by Monday.\n\nRegards,\nKavya\nTalent Acquisition, Nimbus Analytics, Bengaluru\n", cte="base64"),
  dict(expect_by=lambda d: D.next_weekday(d, "Mon"),
       evidence="The panel will review it and revert by Monday.",
       note="Indian-English 'revert by Monday' = the next Monday; base64 body")))

M.append(M_(752, "auto-reply", "ooo-annual-leave",
  hd("James Whitaker <james.whitaker@pennine-water.example>", "Lucy Fernandes <lucy.fernandes@inbox.example>",
     "Automatic reply: Asset Engineer interview follow-up", ("Auto-Submitted", "auto-replied")),
  "2027-04-06 09:12:00 +0100",
  plain("Thank you for your email. I am on annual leave and back in the office on Monday 12 April.\n\nFor urgent recruitment queries please contact resourcing@pennine-water.example.\n\nJames Whitaker\nEngineering Recruitment Lead, Pennine Water\n"),
  dict(returns_on=lambda d: dt.date(2027, 4, 12),
       evidence="I am on annual leave and back in the office on Monday 12 April.",
       note="Absolute return date written in the auto-reply")))

M.append(M_(753, "auto-reply", "shared-mailbox-no-date",
  hd("Talent Acquisition <talent@meridian-insurance.example>", "Carlos Mendes <carlos.mendes@mail.example>",
     "Automatic reply: Thank you for your message", ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
  "2027-05-14 17:40:00 -0500",
  plain("Thank you for contacting Meridian Insurance Talent Acquisition.\n\nThis shared mailbox is monitored Monday to Friday. A member of the team will respond as soon as possible.\n\nIf you are enquiring about an application, you can also check its status in your candidate profile.\n"),
  dict(evidence="This shared mailbox is monitored Monday to Friday.",
       note="Shared-mailbox auto-reply without a return date or a dated promise: both null")))

M.append(M_(754, "auto-reply", "ooo-bilingual-german",
  hd("Anja Schäfer <anja.schaefer@rheinwerk-energie.example>", "Oliver Grant <oliver.grant@post.example>",
     "Abwesenheitsnotiz / Out of office: Ihre Bewerbung", ("Auto-Submitted", "auto-replied")),
  "2027-05-17 08:00:00 +0200",
  plain("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.05.2027 nicht im Büro.\n\nThank you for your message. I am out of the office up to and including 21 May 2027 and will read your e-mail after my return.\n\nIn dringenden Fällen / for urgent matters: bewerbung@rheinwerk-energie.example\n\nAnja Schäfer\nPersonalreferentin, Rheinwerk Energie AG\n", charset="iso-8859-1", cte="quoted-printable"),
  dict(returns_on=lambda d: D.up_to_and_including(dt.date(2027, 5, 21)),
       evidence="I am out of the office up to and including 21 May 2027 and will read your e-mail after my return.",
       note="'up to and including D' -> returns D + 1 (a Saturday, as with 'inclusive'); ISO-8859-1 quoted-printable")))

M.append(M_(755, "auto-reply", "ooo-long-weekend-canada",
  hd("Kyle MacDonald <kyle.macdonald@lakehead-mining.example>", "Emily Tremblay <emily.tremblay@mailbox.example>",
     "Out of Office: RE: Geologist II", ("Auto-Submitted", "auto-replied")),
  "2027-05-21 20:30:00 -0400",
  plain("Hi there,\n\nI'm away for the long weekend and back on Tuesday. I'll reply to your email then.\n\nKyle MacDonald | Talent Acquisition | Lakehead Mining Corp.\n"),
  dict(returns_on=lambda d: D.next_weekday(d, "Tue"),
       evidence="I'm away for the long weekend and back on Tuesday.",
       note="'back on Tuesday' = the next Tuesday (after Victoria Day, 24 May)")))

M.append(M_(756, "auto-reply", "ooo-travelling-no-date",
  hd("Rahul Deshmukh <rahul.deshmukh@sahyadri-pharma.example>", "Fatima Sheikh <fatima.sheikh@mail.example>",
     "Auto Reply: Follow-up on QC Analyst interview", ("Auto-Submitted", "auto-replied")),
  "2027-08-11 05:15:00 +0530",
  plain("Dear Sender,\n\nI am currently travelling with limited access to email. I will respond to your mail at the earliest.\n\nFor joining formalities, kindly write to onboarding@sahyadri-pharma.example.\n\nRegards,\nRahul Deshmukh\nHR, Sahyadri Pharma\n"),
  dict(evidence="I am currently travelling with limited access to email.",
       note="Auto-reply without a return date: returns_on null")))

# ---- bounces --------------------------------------------------------------

ret757 = ("From: Noor Hassan <noor.hassan@mail.example>\nTo: Graham Price <graham.price@tidewater-ports.example>\n"
          "Subject: Thank you - Harbour Operations interview\nDate: Mon, 22 Feb 2027 09:41:00 +0000\n"
          "Message-ID: <cand757@mail.example>\n")
M.append(M_(757, "bounce", "postfix-user-unknown",
  hd("Mail Delivery System <MAILER-DAEMON@mx2.mail.example>", "Noor Hassan <noor.hassan@mail.example>",
     "Undelivered Mail Returned to Sender", ("Auto-Submitted", "auto-replied")),
  "2027-02-22 09:41:07 +0000",
  multi("report", [
    plain("This is the mail system at host mx2.mail.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<graham.price@tidewater-ports.example>: host mx.tidewater-ports.example[203.0.113.25]\n    said: 550 5.1.1 <graham.price@tidewater-ports.example>: Recipient address\n    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n"),
    raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
        "Reporting-MTA: dns; mx2.mail.example\nX-Postfix-Queue-ID: 4Jq2vX0c9Rz\nArrival-Date: Mon, 22 Feb 2027 09:41:00 +0000 (GMT)\n\nFinal-Recipient: rfc822; graham.price@tidewater-ports.example\nOriginal-Recipient: rfc822;graham.price@tidewater-ports.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.tidewater-ports.example\nDiagnostic-Code: smtp; 550 5.1.1 <graham.price@tidewater-ports.example>:\n    Recipient address rejected: User unknown in virtual mailbox table\n"),
    raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
        ret757 + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nDear Graham, thank you for the interview on 19 February. I look forward\nto hearing from you by 1 March.\nNoor\n"),
  ], "r8b-757-report", " report-type=delivery-status;"),
  dict(failed_address="graham.price@tidewater-ports.example",
       evidence="I'm sorry to have to inform you that your message could not",
       note="Postfix multipart/report DSN, 5.1.1 user unknown; the returned candidate dates are never read")))

M.append(M_(758, "bounce", "exim-plain-quota",
  hd("Mail Delivery System <Mailer-Daemon@smtp.inbox.example>", "Elena Petrova <elena.petrova@inbox.example>",
     "Mail delivery failed: returning message to sender", ("X-Failed-Recipients", "hiring@kowhai-studios.example"), ("Auto-Submitted", "auto-replied")),
  "2027-03-30 07:12:44 +1300",
  plain("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  hiring@kowhai-studios.example\n    host mx1.kowhai-studios.example [198.51.100.40]\n    SMTP error from remote mail server after RCPT TO:<hiring@kowhai-studios.example>:\n    552 5.2.2 Mailbox full - quota exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\nReturn-path: <elena.petrova@inbox.example>\nFrom: Elena Petrova <elena.petrova@inbox.example>\nTo: hiring@kowhai-studios.example\nSubject: Compositor role - portfolio link\nDate: Tue, 30 Mar 2027 07:12:40 +1300\n\nKia ora, here is my updated reel. I am available from 12 April and would\nappreciate an answer by 5 April.\nElena\n"),
  dict(failed_address="hiring@kowhai-studios.example",
       evidence="A message that you sent could not be delivered to one or more of its",
       note="Exim plain-text bounce with X-Failed-Recipients (mailbox full); returned candidate text ignored")))

M.append(M_(759, "bounce", "qmail-plain-no-mailbox",
  hd("MAILER-DAEMON@mail.post.example", "Ahmed Karim <ahmed.karim@post.example>",
     "failure notice"),
  "2027-06-28 23:50:03 -0400",
  plain("Hi. This is the qmail-send program at mail.post.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<j.okoro@lagoon-consulting.example>:\n198.51.100.77 does not like recipient.\nRemote host said: 550 No such mailbox here\nGiving up on 198.51.100.77.\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <ahmed.karim@post.example>\nReceived: (qmail 23817 invoked by uid 1002); 29 Jun 2027 03:50:01 -0000\nDate: Mon, 28 Jun 2027 23:50:00 -0400\nFrom: Ahmed Karim <ahmed.karim@post.example>\nTo: j.okoro@lagoon-consulting.example\nSubject: Following up on my interview of 21 June\n\nDear Mr Okoro, you mentioned a decision by 2 July. Is that still the plan?\nAhmed\n"),
  dict(failed_address="j.okoro@lagoon-consulting.example",
       evidence="I'm afraid I wasn't able to deliver your message to the following addresses.",
       note="qmail plain-text bounce, no DSN; returned candidate dates ignored")))

ret760 = ("From: Zara Ahmed <zara.ahmed@mailbox.example>\nTo: talent@harbourline-ferries.example\n"
          "Subject: Re: Deck Officer - availability\nDate: Thu, 12 Aug 2027 21:05:00 +0100\n"
          "Message-ID: <cand760@mailbox.example>\n")
M.append(M_(760, "bounce", "gateway-domain-not-found",
  hd("Mail Delivery Subsystem <mailer-daemon@relay.mailbox.example>", "zara.ahmed@mailbox.example",
     "Delivery Status Notification (Failure)", ("Auto-Submitted", "auto-replied")),
  "2027-08-12 21:05:31 +0100",
  multi("report", [
    multi("alternative", [
      plain("Address not found\n\nYour message wasn't delivered to talent@harbourline-ferries.example because the domain harbourline-ferries.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response from the remote server was:\nDNS Error: DNS type 'mx' lookup of harbourline-ferries.example responded with code NXDOMAIN\nDomain name not found: harbourline-ferries.example\n"),
      html("<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>talent@harbourline-ferries.example</b> because the domain harbourline-ferries.example couldn't be found. Check for typos or unnecessary spaces and try again.</p><p>The response from the remote server was:</p><p>DNS Error: DNS type 'mx' lookup of harbourline-ferries.example responded with code NXDOMAIN</p></body></html>\n"),
    ], "r8b-760-alt"),
    raw(["Content-Type: message/delivery-status"],
        "Reporting-MTA: dns; relay.mailbox.example\nReceived-From-MTA: dns; [192.0.2.14]\nArrival-Date: Thu, 12 Aug 2027 13:05:00 -0700 (PDT)\n\nFinal-Recipient: rfc822; talent@harbourline-ferries.example\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of harbourline-ferries.example responded with code NXDOMAIN\nLast-Attempt-Date: Thu, 12 Aug 2027 13:05:31 -0700 (PDT)\n"),
    raw(["Content-Type: message/rfc822"],
        ret760 + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello, I can join the MV Solent Star from 1 September and would be\ngrateful to hear by 20 August.\nZara\n"),
  ], "r8b-760-report", " report-type=delivery-status;"),
  dict(failed_address="talent@harbourline-ferries.example",
       evidence="Your message wasn't delivered to talent@harbourline-ferries.example because the domain harbourline-ferries.example couldn't be found.",
       note="Gmail-style multipart/report DSN (5.1.2, domain not found); the returned candidate text is ignored")))

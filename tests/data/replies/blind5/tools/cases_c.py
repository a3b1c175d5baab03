from gen import case, bounce
import dates as D
import datetime as dt

case(431, "rejection", "marketing-events-exec", (2027, 3, 11, 10, 40, "+0100"),
     ("Émilie Dubois", "emilie.dubois@agence-saphir.example"), ("Rohan Mehta", "rohan.mehta@mailnet.example"),
     "Chargé(e) d'événements / Events Executive",
     ["Dear Rohan,", "",
      "Thank you for the time you gave us and for the creative proposal you prepared.",
      "It was a difficult choice, but we have decided to offer the position to a candidate with stronger French-language experience.",
      "I am happy to give you feedback by phone if you want.", "",
      "Bien à vous,", "Émilie Dubois", "Agence Saphir"],
     "It was a difficult choice, but we have decided to offer the position to a candidate with stronger French-language experience.",
     "Rejection; an undated feedback offer is not expect_by",
     fmt="html", cs="windows-1252", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0")

case(432, "timeline", "telecom-ten-days-utc", (2027, 3, 11, 23, 30, "-0300"),
     ("Camila Fuentes", "cfuentes@austral-movil.example"), ("Stefan Popescu", "stefan.popescu@posta.example"),
     "Ingeniero de Core Móvil - estado",
     ["Hola Stefan,", "",
      "Disculpa la hora. I just came out of the committee meeting.",
      "You are one of two finalists and we will have the final answer for you in ten days.", "",
      "Saludos,", "Camila Fuentes", "Gestión de Talento, Austral Móvil"],
     "You are one of two finalists and we will have the final answer for you in ten days.",
     "New rule: 'in N days' = Date + N calendar days",
     eb=lambda d: D.plus_days(d, 10), cte="quoted-printable", mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.8.0")

case(433, "auto-reply", "public-health-easter-ooo", (2027, 3, 25, 14, 5, "+0000"),
     ("Niamh O'Sullivan", "n.osullivan@midlands-ph.example"), ("Kaveh Jafari", "kaveh.jafari@inbox.example"),
     "Automatic reply: Health Improvement Specialist - question",
     ["Hello,", "",
      "Thank you for your email. I am away over the Easter holidays and will return on Tuesday 6 April.",
      "If your query is urgent, please ring the recruitment line.", "",
      "Niamh"],
     "Thank you for your email. I am away over the Easter holidays and will return on Tuesday 6 April.",
     "returns_on = stated first day back",
     ro=lambda d: D.next_md(d, 4, 6), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     mailer="X-Mailer: Microsoft Exchange Server 15.20")

bounce(434, "agri-exim-closed", (2027, 3, 26, 13, 20, "+0000"), "exim",
       "hiring@fenland-seeds.example", ("Oksana Kravets", "oksana.kravets@mailpost.example"),
       "mx1.mailpost.example",
       ("Plant Breeder - interview feedback", "Fri, 26 Mar 2027 13:19:51 +0000",
        ["Hello,", "After the interview on 22 March you said I would hear by 2 April.", "Could you confirm the timing?", "Oksana"]),
       "SMTP error from remote mail server after RCPT TO:<hiring@fenland-seeds.example>:",
       "Exim bounce (X-Failed-Recipients); dates in the returned mail not read")

case(435, "next-round", "aviation-online-test", (2027, 3, 31, 16, 0, "+0200"),
     ("Annika Berg", "talent@skandi-aero.example"), ("Moses Otieno", "moses.otieno@inbox.example"),
     "Next step: aptitude test - Flight Planning Officer",
     ["Dear Moses,", "",
      "Thank you for the interview. We would like you to take our online aptitude test as the next step.",
      "We will send you the test link first thing next week; you will then have 72 hours to complete it.", "",
      "Best regards,", "Annika Berg", "Skandi Aero AB"],
     "We will send you the test link first thing next week; you will then have 72 hours to complete it.",
     "Next-round with a concrete next communication: new rule 'first thing next week' = Monday of the next week",
     eb=lambda d: D.next_week_day(d, "Mon"), fmt="alt", cte="quoted-printable", extra=[("X-ATS", "Teamlane")])

case(436, "offer", "film-production-coord", (2027, 4, 5, 11, 30, "+0200"),
     ("Alejandra Ruiz", "produccion@faro-films.example"), ("Tom Henderson", "tom.henderson@mailbox.example"),
     "Oferta - Coordinador de Producción",
     ["Hola Tom,", "",
      "Encantados! We want you as Production Coordinator for the feature shooting in Almería.",
      "The deal memo comes from our production lawyer within a week.",
      "Prep starts on 3 May.", "",
      "Un abrazo,", "Alejandra Ruiz", "Faro Films S.L."],
     "The deal memo comes from our production lawyer within a week.",
     "Offer with a concrete next communication: 'within a week' = Date + 7 (as 'in a week's time'); start date not expect_by",
     eb=lambda d: D.plus_days(d, 7), fmt="html", cte="base64", mailer="X-Mailer: Apple Mail (2.3826.400)")

case(437, "request", "mining-salary-expect", (2027, 4, 7, 9, 0, "+0800"),
     ("Rachel Goh", "talent@borneo-nickel.example"), ("Andrei Ionescu", "andrei.ionescu@posta.example"),
     "Processing Plant Superintendent - salary expectations",
     ["Hi Andrei,", "",
      "Thanks for the final interview. Could you share your expected package (base, allowances, roster preference) so we can prepare the approval?",
      "", "Regards,", "Rachel Goh"],
     "Thanks for the final interview. Could you share your expected package (base, allowances, roster preference) so we can prepare the approval?",
     "Request; no dated promise", mailer="X-Mailer: Microsoft Outlook 16.0",
     quote=("gmail", "Tue, 6 Apr 2027 at 19:12", ["Hi Rachel,", "Thank you. I would need to give notice by 30 April if I accept.", "Andrei"]))

case(438, "acknowledgement", "library-references", (2027, 4, 9, 15, 15, "+0200"),
     ("Elke Jansen", "e.jansen@stadtbibliothek-wesel.example"), ("Kiran Rao", "kiran.rao@mailnet.example"),
     "AW: Referenzen",
     ["Sehr geehrter Herr Rao,", "",
      "vielen Dank, the two reference letters arrived well.",
      "Mit freundlichen Grüßen", "Elke Jansen"],
     "vielen Dank, the two reference letters arrived well.",
     "Acknowledgement; quoted candidate text not read",
     cs="iso-8859-1", cte="8bit", mailer="X-Mailer: Microsoft Outlook 16.0",
     quote=("de", "08.04.2027 um 21:30", ["Sehr geehrte Frau Jansen,", "anbei die Referenzen. I can start on 1 June.", "Kiran Rao"]))

bounce(439, "telecom-qmail", (2027, 4, 12, 8, 40, "+0300"), "qmail",
       "ik@karadeniz-telekom.example", ("Paula Jiménez", "paula.jimenez@correo.example"),
       "mail.correo.example",
       ("Thank you - NOC Shift Lead", "Mon, 12 Apr 2027 08:39:02 +0300",
        ["Dear Hiring Team,", "Thank you for the interview. I look forward to hearing by Friday 16 April.", "Paula"]),
       "I'm afraid I wasn't able to deliver your message to the following addresses.",
       "qmail bounce; returned mail's dates not read")

case(440, "rejection", "shipping-agency-fwd", (2027, 4, 14, 12, 0, "+0100"),
     ("Callum Fraser", "callum@bluewater-recruit.example"), ("Thi Mai Tran", "thimai.tran@mailbox.example"),
     "Fwd: Feedback - Freight Forwarding Supervisor",
     ["Hi Mai,", "", "Sorry to be the bearer of disappointing news - the client's message is below.", "Callum", "",
      "---------- Forwarded message ---------",
      "From: Gemma Lowe <g.lowe@thamesgate-freight.example>",
      "Date: Wed, 14 Apr 2027 at 10:12",
      "Subject: Feedback - Freight Forwarding Supervisor",
      "To: Callum Fraser <callum@bluewater-recruit.example>", "",
      "Callum, thanks for putting Mai forward. We have decided not to progress her application as we need stronger customs brokerage experience.",
      "", "Gemma"],
     "Callum, thanks for putting Mai forward. We have decided not to progress her application as we need stronger customs brokerage experience.",
     "Forwarded rejection: evidence from the forwarded employer text", mailer="X-Mailer: Microsoft Outlook 16.0")

case(441, "timeline", "fashion-us-numeric", (2027, 4, 15, 17, 20, "-0400"),
     ("Brooke Sanders", "bsanders@hudson-apparel.example"), ("Giulia Conti", "giulia.conti@posta.example"),
     "Technical Designer - timing",
     ["Hi Giulia,", "",
      "Thank you for coming in to the showroom!",
      "We are meeting internally next week and will reach out by 4/29 with next steps.", "",
      "Best,", "Brooke", "Hudson Apparel Group | New York"],
     "We are meeting internally next week and will reach out by 4/29 with next steps.",
     "Numeric date, US sender = m/d -> 29 April",
     eb=lambda d: D.next_md(d, 4, 29), fmt="alt", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0")

case(442, "auto-reply", "marketing-back-monday-utc", (2027, 4, 18, 19, 10, "-0700"),
     ("Danielle Ortiz", "dortiz@sunvale-marketing.example"), ("Olumide Bakare", "olumide.bakare@inbox.example"),
     "Out of office: Social Media Manager follow-up",
     ["Hi there,", "",
      "I'm out at a client offsite and will be back on Monday.",
      "For anything urgent please reach our office manager.", "",
      "Danielle"],
     "I'm out at a client offsite and will be back on Monday.",
     "returns_on with a weekday name = next such weekday after the local Date (Sunday local)",
     ro=lambda d: D.next_weekday(d, "Mon"), extra=[("Auto-Submitted", "auto-replied")], mailer="X-Google-Original-Mailer: Gmail vacation responder")

case(443, "next-round", "social-work-panel", (2027, 4, 21, 10, 0, "+1000"),
     ("Recruitment Services", "recruitment@riverlands-dcj.example"), ("Hamid Sultani", "hamid.sultani@mailpost.example"),
     "Invitation to interview: Caseworker, Out-of-Home Care",
     ["Dear Hamid,", "",
      "Following assessment of your application, we are pleased to invite you to a panel interview.",
      "Date: Monday 3 May 2027, 11:00am, Riverlands Community Services Centre.",
      "Please reply to confirm your attendance within 3 business days.", "",
      "Recruitment Services"],
     "Following assessment of your application, we are pleased to invite you to a panel interview.",
     "Next-round; interview date and confirmation deadline not expect_by",
     fmt="html", cte="quoted-printable", extra=[("X-ATS", "PageUp-like TalentDesk")])

case(444, "acknowledgement", "agri-thanks-video", (2027, 4, 23, 9, 50, "-0300"),
     ("Rafaela Nunes", "rh@cerrado-graos.example"), ("James O'Connor", "james.oconnor@mailnet.example"),
     "Re: Vídeo de apresentação",
     ["Olá James,", "",
      "Recebemos o seu vídeo, obrigada! The team will watch it with attention.",
      "Abraço,", "Rafaela"],
     "Recebemos o seu vídeo, obrigada! The team will watch it with attention.",
     "Acknowledgement, no promise of news",
     fmt="html", cs="iso-8859-1", cte="quoted-printable", mailer="User-Agent: Roundcube Webmail/1.6.5")

bounce(445, "marketing-ses", (2027, 4, 26, 14, 0, "+0000"), "ses",
       "talent@brightcopy-agency.example", ("Lena Schmidt", "lena.schmidt@post.example"),
       "a8-31.smtp-out.mailrelay.example",
       ("Re: Copywriter trial brief", "Mon, 26 Apr 2027 13:58:10 +0000",
        ["Hello, attached is my trial brief, submitted before the 28 April deadline.", "Lena"]),
       "An error occurred while trying to deliver the mail to the following recipients:",
       "SES-style bounce; dates in the returned mail not read")

case(446, "offer", "public-health-pt-offer", (2027, 4, 28, 15, 0, "-0300"),
     ("Fernanda Albuquerque", "selecao@instituto-saude-nordeste.example"), ("Marcus Johnson", "marcus.johnson@inbox.example"),
     "Proposta de contratação - Analista de Vigilância",
     ["Prezado Marcus,", "",
      "É com satisfação que oferecemos a você a vaga de Analista de Vigilância Epidemiológica.",
      "Please note the offer is for a 24-month contract and starts on 01/06/2027.",
      "The contract will be sent for digital signature until 07/05.", "",
      "Atenciosamente,", "Fernanda Albuquerque", "Recursos Humanos"],
     "The contract will be sent for digital signature until 07/05.",
     "Offer with a concrete next communication: contract 'until 07/05' (Brazil d/m) = 7 May; the start date is not expect_by",
     eb=lambda d: D.next_md(d, 5, 7), cs="iso-8859-1", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0")

case(447, "rejection", "aviation-engineer-position-closed", (2027, 5, 4, 9, 30, "+0200"),
     ("Jana Horáková", "kariera@vltava-aero.example"), ("Ali Reza Moradi", "alireza.moradi@mailbox.example"),
     "Aircraft Structures Engineer - position",
     ["Dear Mr Moradi,", "",
      "thank you for your time at our company.",
      "I must inform you that the position was cancelled because of a change in the programme, so we cannot continue the process.",
      "We are sorry for this news.", "",
      "S pozdravem / Best regards", "Jana Horáková", "HR, Vltava Aero a.s."],
     "I must inform you that the position was cancelled because of a change in the programme, so we cannot continue the process.",
     "Rejection (position cancelled)", cte="base64", mailer="X-Mailer: Microsoft Outlook 16.0")

case(448, "request", "film-availability-eop-utc", (2027, 5, 6, 23, 30, "-0400"),
     ("Marcus Bell", "mbell@riverside-animation.example"), ("Sun-hee Choi", "sunhee.choi@mailnet.example"),
     "Storyboard Artist - availability",
     ["Hi Sun-hee,", "",
      "Could you send me your availability for June and your day rate?",
      "We aim to let you know the outcome by end of play Friday.", "",
      "Marcus"],
     "We aim to let you know the outcome by end of play Friday.",
     "Request with a concrete outcome promise: new rule 'by end of play <weekday>' = weekday rule",
     eb=lambda d: D.next_weekday(d, "Fri"), mailer="X-Mailer: Apple Mail (2.3826.400)")

case(449, "auto-reply", "mining-site-rotation", (2027, 5, 10, 5, 30, "+0800"),
     ("Bayu Santoso", "bayu.santoso@sumbawa-gold.example"), ("Claire Dupont", "claire.dupont@courriel.example"),
     "Balasan otomatis / Automatic reply",
     ["Terima kasih. I am on site rotation until 14 May with no email access.",
      "Back in the Jakarta office on Monday 17 May."],
     "Back in the Jakarta office on Monday 17 May.",
     "'until X ... back on Y' -> returns_on = Y",
     ro=lambda d: D.next_md(d, 5, 17), extra=[("Auto-Submitted", "auto-replied")], mailer="X-Mailer: Zimbra 9.0.0_GA_4467")

bounce(450, "library-sendmail", (2027, 5, 12, 10, 5, "-0500"), "sendmail",
       "search.committee@prairie-state-univ.example", ("Amina Yusuf", "amina.yusuf@inbox.example"),
       "mail.inbox.example",
       ("Head of Special Collections - references", "Wed, 12 May 2027 10:04:11 -0500",
        ["Dear Committee, my referees will send letters before 20 May.", "Amina Yusuf"]),
       "----- The following addresses had permanent fatal errors -----",
       "Sendmail DSN with text/rfc822-headers")

case(451, "timeline", "shipping-sometime-june", (2027, 5, 17, 11, 0, "+0300"),
     ("Dimitris Papadakis", "hr@aegean-tankers.example"), ("Sara Lindberg", "sara.lindberg@post.example"),
     "Vetting Officer - update",
     ["Dear Sara,", "",
      "Thank you for your message. We are still interviewing and will revert to all candidates sometime in June.", "",
      "Kind regards,", "Dimitris Papadakis", "Aegean Tankers S.A."],
     "Thank you for your message. We are still interviewing and will revert to all candidates sometime in June.",
     "New rule: 'sometime in <Month>' = vague -> null", mailer="X-Mailer: Microsoft Outlook 16.0",
     quote=("outlook", "Friday, May 14, 2027 4:10 PM", ["Dear Dimitris,", "Could you tell me if a decision is expected by 21 May?", "Sara"]))

case(452, "acknowledgement", "telecom-signed-nda", (2027, 5, 20, 16, 30, "+0530"),
     ("Vikram Nair", "vikram.nair@deccan-telenet.example"), ("Emma Wilson", "emma.wilson@mailbox.example"),
     "Re: Signed NDA",
     ["Dear Emma,", "",
      "Received the signed NDA with thanks.", "",
      "Regards,", "Vikram"],
     "Received the signed NDA with thanks.",
     "Acknowledgement", mailer="User-Agent: Mozilla Thunderbird")

case(453, "rejection", "social-work-outlook-quote", (2027, 5, 25, 14, 45, "+0100"),
     ("Bethan Lloyd", "b.lloyd@valleys-housing.example"), ("Ricardo Silva", "ricardo.silva@correio.example"),
     "RE: Tenancy Support Worker - interview",
     ["Dear Ricardo,", "",
      "Thank you for getting in touch.",
      "I am sorry to let you know that on this occasion you have not been successful.",
      "The panel felt your interview was strong, but another candidate had more experience of supported housing.", "",
      "Kind regards,", "Bethan Lloyd", "HR Officer, Valleys Housing Association"],
     "I am sorry to let you know that on this occasion you have not been successful.",
     "Rejection; quoted candidate mail with dates not read", fmt="alt", cte="quoted-printable", mailer="X-Mailer: Microsoft Outlook 16.0",
     quote=("outlook", "24 May 2027 09:12", ["Dear Bethan,", "You said I would hear by 21 May. I have another interview on 28 May.", "Ricardo"]))

bounce(454, "fashion-gateway-disabled", (2027, 6, 1, 9, 0, "+0200"), "mimecast",
       "c.moreau@maison-valmont.example", ("Yasmin Aziz", "yasmin.aziz@mailpost.example"),
       "eu-smtp-1.securegate.example",
       ("Follow-up: Visual Merchandiser", "Tue, 1 Jun 2027 08:59:30 +0200",
        ["Dear Ms Moreau, you mentioned an answer by 4 June. I remain very interested.", "Yasmin"]),
       "550 Administrative prohibition - envelope blocked - account disabled",
       "Gateway (Mimecast-like) bounce; returned mail dates not read")

case(455, "next-round", "marketing-jp-final", (2027, 6, 2, 7, 30, "+0900"),
     ("Yamamoto Kenta", "saiyo@sakura-kokoku.example"), ("Laura Bianchi", "laura.bianchi@posta.example"),
     "最終面接のご案内 / Final interview",
     ["Laura Bianchi 様", "",
      "Thank you for the second interview. We would like to invite you to final interview with our director.",
      "Final interview will be held on 2027/06/15 at Tokyo office.",
      "We will send the detailed schedule by 2027/06/08.", "",
      "Sakura Kokoku Co., Ltd. HR Department", "Yamamoto"],
     "We will send the detailed schedule by 2027/06/08.",
     "Next-round with a concrete next communication: new rule Japanese numeric y/m/d; interview date not expect_by",
     eb=lambda d: dt.date(2027, 6, 8), cte="base64", mailer="X-Mailer: Becky! ver. 2.81.04")

case(456, "auto-reply", "public-health-inclusive", (2027, 6, 3, 12, 0, "+0200"),
     ("Thandiwe Mahlangu", "t.mahlangu@gauteng-phi.example"), ("Pedro Almeida", "pedro.almeida@correio.example"),
     "Out of Office: Data Manager application",
     ["Good day,", "",
      "Please note that I am out of office from 4 June to 13 June inclusive.",
      "Urgent recruitment matters: recruitment@gauteng-phi.example", "",
      "Thandiwe"],
     "Please note that I am out of office from 4 June to 13 June inclusive.",
     "'from X to Y inclusive' -> Y + 1",
     ro=lambda d: D.next_md(d, 6, 13) + dt.timedelta(days=1), extra=[("Auto-Submitted", "auto-replied")], mailer="X-Mailer: Microsoft Exchange Server 15.20")

bounce(457, "agri-two-recipients", (2027, 6, 7, 15, 40, "+0000"), "postfix-full",
       "o.brennan@kerry-dairy-coop.example", ("Wojciech Mazur", "w.mazur@poczta.example"),
       "smtp.poczta.example",
       ("Dairy Herd Manager - thank you", "Mon, 7 Jun 2027 15:39:00 +0000",
        ["Dear Ms Brennan and Mr Walsh,", "Thank you for the farm visit on 3 June. I hope to hear by 11 June.", "Wojciech"]),
       "552 5.2.2 <o.brennan@kerry-dairy-coop.example>: Mailbox full, quota exceeded (in reply to RCPT TO command)",
       "Postfix DSN with two recipients: one delivered, one failed (mailbox full)",
       also_ok="d.walsh@kerry-dairy-coop.example")

case(458, "offer", "agri-viticulture", (2027, 6, 10, 18, 0, "+0200"),
     ("Margarethe Keller", "weingut@keller-rebhof.example"), ("Diego Castro", "diego.castro@correo.example"),
     "Zusage / Offer - Assistant Winemaker",
     ["Lieber Diego,", "",
      "we are very happy to tell you that we want to hire you as Assistant Winemaker for the 2027 harvest.",
      "You will receive the contract by the end of the month; the harvest starts around 6 September.", "",
      "Herzliche Grüße", "Margarethe Keller", "Weingut Keller-Rebhof"],
     "You will receive the contract by the end of the month; the harvest starts around 6 September.",
     "Offer with a concrete next communication: 'by the end of the month' = last day of the local month",
     eb=D.end_of_month, cs="iso-8859-1", cte="quoted-printable", mailer="User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0")

case(459, "acknowledgement", "aviation-jp-thanks", (2027, 6, 21, 6, 45, "+0900"),
     ("Takahashi Yumi", "jinji@setouchi-air.example"), ("Noah Fischer", "noah.fischer@skymail.example"),
     "Re: Thank you for the interview",
     ["Noah Fischer 様", "",
      "Thank you for your kind email. We appreciate your interest in Setouchi Air.", "",
      "Takahashi"],
     "Thank you for your kind email. We appreciate your interest in Setouchi Air.",
     "Acknowledgement", cte="base64", mailer="X-Mailer: Microsoft Outlook 16.0",
     quote=("gmail", "Sun, 20 Jun 2027 at 22:05", ["Dear Ms Takahashi,", "Thank you for the interview on 18 June. I can join from 1 August.", "Noah"]))

case(460, "request", "library-portfolio-quarter", (2027, 6, 29, 8, 15, "+1000"),
     ("Grace Nguyen", "g.nguyen@brisbane-uni-library.example"), ("Tomás Gallagher", "tomas.gallagher@mailbox.example"),
     "Digital Collections Coordinator - writing sample",
     ["Hi Tomás,", "",
      "Thanks for a great interview. Could you please send a short writing sample, such as a collection description or blog post?",
      "We expect to make a decision by the end of the quarter.", "",
      "Kind regards,", "Grace"],
     "We expect to make a decision by the end of the quarter.",
     "Request with a concrete decision promise: new rule 'by the end of the quarter' = last day of the Date's calendar quarter",
     eb=D.end_of_quarter, mailer="X-Mailer: Microsoft Outlook 16.0")

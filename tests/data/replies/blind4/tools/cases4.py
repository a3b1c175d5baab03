# Acknowledgements (10) and auto-replies (9).
import dates as D

AR = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]
OOF = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
       ("X-MS-Exchange-Inbox-Rules-Loop", "")]

CASES = [
dict(n=333, kind="acknowledgement", short="ip-litigation-partner-brief", date="2026-12-05 09:12 -0500", client="iphone",
 frm=("Robert Feinstein", "rfeinstein@marlow-feinstein.example"), to=("Aaliyah Johnson", "aaliyah.johnson@mailbox.example"),
 subject="Re: Thank you",
 body="""Aaliyah - thank you for the kind note. It was a pleasure to meet you and I enjoyed our conversation about the Federal Circuit.

Best,
Rob

Sent from my iPhone""",
 quote=dict(qstyle="apple", attr="On Dec 4, 2026, at 6:40 PM, Aaliyah Johnson <aaliyah.johnson@mailbox.example> wrote:", text="""Dear Mr. Feinstein,

Thank you for meeting with me today. I understand the committee meets on December 10 and I look forward to hearing from you.

Aaliyah"""),
 qstyle="apple",
 eb=None, ev="Aaliyah - thank you for the kind note.",
 note="Thanks with no promise = acknowledgement. Trap: committee date (December 10) appears only in the candidate's quoted text."),

dict(n=334, kind="acknowledgement", short="frontend-hiring-manager-thanks", date="2026-12-17 13:37 -0800", client="gmail", mode="alt",
 frm=("Priya Venkataraman", "priya@quokka-apps.example"), to=("Lukas Novak", "lukas.novak@inbox.example"),
 subject="Re: Thanks for today!",
 body="""Hi Lukas,

Thanks so much for the kind words - it was a pleasure chatting with you too, and I loved your take on accessibility testing.

Enjoy the holidays!
Priya

Priya Venkataraman
Engineering Manager, Web Platform | Quokka Apps""",
 quote=dict(attr="On Thu, Dec 17, 2026 at 11:02 AM Lukas Novak <lukas.novak@inbox.example> wrote:", text="""Hi Priya,

Thanks for the interview today! Do you think I'll hear back by Friday? I have another process closing on 12/22.

Lukas"""),
 eb=None, ev="Thanks so much for the kind words - it was a pleasure chatting with you too, and I loved your take on accessibility testing.",
 note="Acknowledgement: the reply ignores the candidate's question. Traps: 'by Friday' and 12/22 only in quoted text."),

dict(n=335, kind="acknowledgement", short="community-organiser-pass-to-panel", date="2027-01-05 10:50 +0000", client="outlook", mode="alt", cte="quoted-printable", qstyle="outlook",
 frm=("Aled Pritchard", "aled.pritchard@valleys-housing-coop.example"), to=("Sara Jenkins", "sara.jenkins@postbox.example"),
 subject="RE: Community Organiser interview",
 body="""Hi Sara,

Many thanks for your email, and a happy new year to you.

I'll pass your note on to the rest of the panel - I know they'll appreciate it.

Diolch,
Aled
Aled Pritchard | Tenant Engagement Lead
Valleys Housing Co-operative Ltd | Registered Society No. 30000R
Our offices were closed from 24 December to 4 January.""",
 quote=dict(sent="Monday, 4 January 2027 08:55", text="""Dear Aled,

Thank you for the interview on 22 December. You said a decision would be made by 8 January.

Sara"""),
 eb=None, ev="I'll pass your note on to the rest of the panel - I know they'll appreciate it.",
 note="Acknowledgement (passing the note on is not a promise of news). Traps: office closure in signature; 'by 8 January' only in quoted text."),

dict(n=336, kind="acknowledgement", short="mechanical-design-engineer-chennai", date="2027-01-21 11:05 +0530", client="outlook", cte="quoted-printable", qstyle="original",
 frm=("Lakshmi Subramanian", "lakshmi.s@kaveri-engineering.example"), to=("Aditya Kulkarni", "aditya.kulkarni@mailbox.example"),
 subject="RE: Thank you - Design Engineer (Ref KE/DE/114)",
 body="""Dear Aditya,

Noted with thanks. Your email has been shared with the interview panel.

Regards,
Lakshmi Subramanian
Manager - HR
Kaveri Engineering Works Ltd., Ambattur Industrial Estate, Chennai 600058
ISO 9001:2015 certified since 12/03/2011""",
 quote=dict(sent="Wednesday, January 20, 2027 7:48 PM", text="""Dear Madam,

Thank you for the opportunity to interview on 20/01/2027. Kindly let me know the result before 01/02/2027 as I have to join elsewhere.

Regards,
Aditya"""),
 eb=None, ev="Noted with thanks.",
 note="Acknowledgement (Indian English 'Noted with thanks'). Traps: certification date in signature; candidate's deadline in quoted text."),

dict(n=337, kind="acknowledgement", short="lecturer-linguistics-salamanca", date="2027-02-12 19:20 +0100", client="thunderbird", cte="8bit", charset="iso-8859-1",
 frm=("Dra. Carmen Iglesias", "ciglesias@univ-tormes.example"), to=("Dr. Jakub Novotný", "jakub.novotny@researchmail.example"),
 subject="Re: Profesor/a Ayudante Doctor - agradecimiento",
 body="""Dear Dr. Novotny,

Thank you very much for your kind words. It was a pleasure for all the commission to listen to your presentation about the corpus of medieval Castilian.

Cordial greetings,
Carmen Iglesias
Departamento de Lengua Española, Universidad del Tormes
Plaza de Anaya s/n, 37008 Salamanca""",
 quote=dict(attr="El 11/02/2027 a las 22:10, Jakub Novotný escribió:", text="""Dear Professor Iglesias,

thank you for the interview on 10 February. The resolution will be published on 26/02, I understand.

Best wishes,
Jakub"""),
 eb=None, ev="Thank you very much for your kind words.",
 note="Acknowledgement, Spanish second-language English, raw 8bit ISO-8859-1. Trap: publication date 26/02 appears only in the candidate's quoted text (Spanish attribution)."),

dict(n=338, kind="acknowledgement", short="visual-merchandiser-outlook-html", date="2027-03-04 16:02 +0000", client="outlook", mode="html", cte="quoted-printable",
 frm=("Georgia Whitmore", "georgia.whitmore@harlow-and-finch.example"), to=("Yasmin Khalil", "yasmin.khalil@mailbox.example"),
 subject="RE: Visual Merchandiser - thank you",
 html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Hi Yasmin,</p>
<p class="MsoNormal">Thank you for taking the time to write, that was really thoughtful.</p>
<p class="MsoNormal">The window concept you sketched for the spring campaign has been the talk of the studio all afternoon!</p>
<p class="MsoNormal">Best,<br>Georgia<br><span style="color:#7a7a7a">Head of Visual, Harlow &amp; Finch Department Store</span></p>
<p class="MsoNormal" style="font-size:8pt">Harlow &amp; Finch Ltd, registered in England 00000000. Spring Sale starts 20 March 2027.</p>
</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Yasmin Khalil &lt;yasmin.khalil@mailbox.example&gt;<br><b>Sent:</b> 04 March 2027 09:14<br><b>Subject:</b> Visual Merchandiser - thank you</div>
<div><p>Dear Georgia, thank you for yesterday's interview. I'd love to hear back by 10 March if possible. Yasmin</p></div>
</body></html>
""", body="",
 eb=None, ev="Thank you for taking the time to write, that was really thoughtful.",
 note="Acknowledgement, HTML-only Outlook. Traps: sale date in footer; 'by 10 March' in quoted text."),

dict(n=339, kind="acknowledgement", short="formulation-scientist-tokyo", date="2027-03-29 09:40 +0900", client="outlook", cte="base64", qstyle="original",
 frm=("Aiko Yamamoto", "aiko.yamamoto@sakura-seiyaku.example"), to=("Daniel Kim", "daniel.kim@inbox.example"),
 subject="RE: Thank you for the interview",
 body="""Dear Mr. Kim,

Thank you for your email.

I have shared your message with Dr. Fujita and the members of the R&D department. Thank you again for coming to Tsukuba.

Best regards,
山本 愛子 / Aiko Yamamoto
Human Resources Group, Sakura Seiyaku Co., Ltd.
本メールは機密情報を含みます。""",
 quote=dict(sent="Friday, March 26, 2027 5:30 PM", text="""Dear Ms. Yamamoto,

Thank you for the interview on March 25. I hope to hear from you by April 2.

Daniel Kim"""),
 eb=None, ev="I have shared your message with Dr. Fujita and the members of the R&D department.",
 note="Acknowledgement, Japanese sender, base64 UTF-8. Trap: 'by April 2' only in quoted text."),

dict(n=340, kind="acknowledgement", short="biosecurity-officer-canberra", date="2027-04-27 08:02 +1000", client="exchange", cte="quoted-printable",
 frm=("Recruitment - Department of Agriculture and Biosecurity", "recruitment@dab-gov-au.example"), to=("Hamish Clarke", "hamish.clarke@postbox.example"),
 subject="RE: APS 5 Biosecurity Officer - 2027/0193",
 body="""Good morning Hamish,

Thank you for your email. This is to confirm it has been received and placed on your application file.

Kind regards,
Recruitment Team
Department of Agriculture and Biosecurity (fictitious)
UNOFFICIAL
IMPORTANT: This message, and any attachments to it, contains information that is confidential. If you have received it in error, please notify the sender.""",
 eb=None, ev="This is to confirm it has been received and placed on your application file.",
 note="Acknowledgement written by a government recruitment team (not automatic)."),

dict(n=341, kind="acknowledgement", short="podcast-producer-mexico-city", date="2027-05-19 12:12 -0600", client="gmail", mode="alt", cte="base64",
 frm=("Valeria Hernández", "valeria@ondaviva-media.example"), to=("Tom Whitaker", "tom.whitaker@mailbox.example"),
 subject="Re: Productor de podcast - ¡gracias!",
 body="""Hi Tom!

Thank you for your message, it was really nice to meet you and to listen to your pilot episode. The whole team laughed a lot with the part about the tacos.

Un abrazo,
Valeria Hernández
Jefa de Contenido | Onda Viva Media
Ciudad de México""",
 quote=dict(attr="El mié, 19 may 2027 a las 10:03, Tom Whitaker (<tom.whitaker@mailbox.example>) escribió:", text="""Hola Valeria,

Thanks for the chat on Monday. I fly back to London on 29 May.

Tom"""),
 eb=None, ev="Thank you for your message, it was really nice to meet you and to listen to your pilot episode.",
 note="Acknowledgement, base64 in multipart/alternative; Mexican sender. Trap: candidate's flight date in quoted text."),

dict(n=342, kind="acknowledgement", short="groundskeeper-golf-club-edinburgh", date="2027-06-29 17:30 +0100", client="roundcube",
 frm=("Alistair Mackenzie", "secretary@braidhills-golf.example"), to=("Ewan Stewart", "ewan.stewart@inbox.example"),
 subject="Re: Assistant Greenkeeper",
 body="""Dear Ewan,

Thank you for your letter of thanks, which was much appreciated by the Greens Committee.

Yours sincerely,
A. Mackenzie
Club Secretary, Braid Hills Golf Club (est. 1889)
The Open qualifier will be held on the Championship course on 5 July 2027.""",
 eb=None, ev="Thank you for your letter of thanks, which was much appreciated by the Greens Committee.",
 note="Acknowledgement (sport/golf). Traps: founding year and event date in signature."),

# ---------------- auto-replies ---------------------------------------------
dict(n=343, kind="auto-reply", short="oof-recruiter-christmas", date="2026-12-23 14:01 +0000", client="exchange", headers=OOF, in_reply_to=True,
 frm=("Fiona Gallagher", "fiona.gallagher@carrick-insurance.example"), to=("Ahmed Rahman", "ahmed.rahman@postbox.example"),
 subject="Automatic reply: Underwriting Assistant - thank you",
 body="""Thank you for your email.

I am out of the office until Friday 8 January with no access to email, returning on Monday 11 January.

For urgent recruitment queries please contact careers@carrick-insurance.example.

Fiona Gallagher | Talent Acquisition | Carrick Insurance""",
 ret=lambda d: D.next_md(d, 1, 11), ev="I am out of the office until Friday 8 January with no access to email, returning on Monday 11 January.",
 note="Exchange out-of-office: 'returning on Monday 11 January' = returns_on. Trap: 'until Friday 8 January' is the last day away."),

dict(n=344, kind="auto-reply", short="parental-leave-hiring-manager", date="2027-01-25 09:00 -0500", client="gmail", headers=AR, in_reply_to=True,
 frm=("Jessica Morin", "jessica.morin@granite-analytics.example"), to=("Kenji Hayashi", "kenji.hayashi@mailbox.example"),
 subject="Re: Following up on Data Analyst interview",
 body="""Hi there,

I am on parental leave from 18 January to 25 April 2027 inclusive and am not checking email.

For anything related to open roles on the Analytics team, please contact Marcus Reid (marcus.reid@granite-analytics.example).

Thanks,
Jessica""",
 ret=lambda d: D.plus_days(D.next_md(d, 4, 25), 1), ev="I am on parental leave from 18 January to 25 April 2027 inclusive and am not checking email.",
 note="Gmail-style vacation responder: inclusive end 25 April -> returns_on the next day (26 April)."),

dict(n=345, kind="auto-reply", short="german-bilingual-abwesenheit", date="2026-12-28 10:15 +0100", client="outlook", headers=OOF, in_reply_to=True, cte="quoted-printable",
 frm=("Sabine Krüger", "sabine.krueger@elbtal-maschinenbau.example"), to=("Aleksandra Nowak", "aleksandra.nowak@webpost.example"),
 subject="Automatische Antwort: Thank you for the interview - Projektingenieurin",
 body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15.01.2027 nicht im Büro. Ab Montag, 18.01.2027 bin ich wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an bewerbung@elbtal-maschinenbau.example.

Thank you for your message. I am out of the office. From Monday 18 January 2027 I am available again. For urgent matters please write to bewerbung@elbtal-maschinenbau.example.

Mit freundlichen Grüßen / Best regards
Sabine Krüger
Elbtal Maschinenbau GmbH · Dresden""",
 ret=lambda d: D.next_md(d, 1, 18), ev="From Monday 18 January 2027 I am available again.",
 note="Bilingual German/English out-of-office; stated first day back 18 January (the inclusive end 15.01. is a Friday). Second-language English."),

dict(n=346, kind="auto-reply", short="french-absence-ecole", date="2027-02-15 08:30 +0100", client="zimbra", headers=AR, in_reply_to=True, cte="quoted-printable",
 frm=("Nathalie Rousseau", "n.rousseau@lycee-international-lyon.example"), to=("James O'Connor", "james.oconnor@inbox.example"),
 subject="Réponse automatique : Poste d'enseignant d'anglais",
 body="""Bonjour,

Je suis absente pendant les vacances d'hiver et de retour le lundi 1er mars. Votre message sera traité à mon retour.

Hello, I am away during the winter school holidays and will be back on Monday 1 March. Your message will be handled when I return.

Nathalie Rousseau
Proviseure adjointe, Lycée International de Lyon""",
 ret=lambda d: D.next_md(d, 3, 1), ev="Hello, I am away during the winter school holidays and will be back on Monday 1 March.",
 note="French/English school auto-reply: returns_on 1 March."),

dict(n=347, kind="auto-reply", short="nursing-conference-christchurch", date="2027-05-10 11:45 +1200", client="exchange", headers=OOF, in_reply_to=True,
 frm=("Moana Tipene", "moana.tipene@canterbury-health-nz.example"), to=("Rachel Green", "rachel.green@postbox.example"),
 subject="Automatic reply: Clinical Nurse Specialist - follow-up",
 body="""Kia ora,

I'm attending the national nursing leadership conference until Wednesday 12 May and will be back at my desk on Friday 14 May.

If your enquiry relates to a current vacancy, please email nursingrecruitment@canterbury-health-nz.example.

Ngā mihi,
Moana Tipene
Nurse Recruitment Lead""",
 ret=lambda d: D.next_md(d, 5, 14), ev="I'm attending the national nursing leadership conference until Wednesday 12 May and will be back at my desk on Friday 14 May.",
 note="Auto-reply: 'back at my desk on Friday 14 May' = returns_on (not the day after the conference)."),

dict(n=348, kind="auto-reply", short="graduate-scheme-shared-mailbox", date="2027-02-15 07:00 +0000", client="exchange", headers=OOF, in_reply_to=True, mode="alt", cte="quoted-printable",
 frm=("Graduate Recruitment", "graduates@ashdown-engineering.example"), to=("Chidi Okeke", "chidi.okeke@mailbox.example"),
 subject="Automatic reply: Assessment centre - thank you",
 body="""Thank you for contacting the Ashdown Engineering Graduate Recruitment team. This mailbox is monitored Monday to Friday.

All candidates who attended an assessment centre in February will be notified of the outcome by 26 February.

Please do not resend your message; we aim to reply to individual queries within five working days.

Ashdown Engineering Ltd | Registered in England 00000000""",
 eb=lambda d: D.next_md(d, 2, 26), ev="All candidates who attended an assessment centre in February will be notified of the outcome by 26 February.",
 note="Shared-mailbox auto-reply with a stated outcome date = expect_by 26 February; no person away, so returns_on null. Trap: 'reply to individual queries within five working days' is about replies to queries, not the outcome (the latest stated outcome date is 26 February)."),

dict(n=349, kind="auto-reply", short="recruiter-left-company", date="2027-03-18 13:13 -0400", client="gmail", headers=AR, in_reply_to=True,
 frm=("Derek Liu", "derek.liu@summitpoint-staffing.example"), to=("Camila Torres", "camila.torres@inbox.example"),
 subject="Re: Controller role - following up",
 body="""Hello,

Please note that I am no longer with Summit Point Staffing. This mailbox is not monitored.

For the Controller search and all other finance roles, please contact Angela Brooks at angela.brooks@summitpoint-staffing.example.

Thank you.""",
 ret=None, ev="Please note that I am no longer with Summit Point Staffing.",
 note="Auto-reply with no return (person left) = returns_on null."),

dict(n=350, kind="auto-reply", short="weekend-away-hospital-pharmacist", date="2027-06-13 23:10 -0400", client="iphone", headers=AR, in_reply_to=True, utc_trap=True,
 frm=("Tanya Brooks", "tbrooks@lakeview-pharmacy-health.example"), to=("Amal Yusuf", "amal.yusuf@mailbox.example"),
 subject="Re: Clinical Pharmacist interview - thank you",
 body="""Hi! I'm away from my email for the weekend and will be back on Monday. If this is urgent, please call the pharmacy office at 555-0188.

Tanya""",
 ret=lambda d: D.next_weekday(d, "Mon"), ev="I'm away from my email for the weekend and will be back on Monday.",
 note="Weekday name = next such weekday strictly after the local date (Sunday 23:10 EDT -> Monday 14 June; UTC is already Monday, which would wrongly give 21 June)."),

dict(n=351, kind="auto-reply", short="year-end-closure-osaka-trading", date="2026-12-30 10:00 +0900", client="outlook", headers=OOF, in_reply_to=True, cte="base64",
 frm=("Naoki Fujimoto", "n.fujimoto@naniwa-shoji.example"), to=("Laura Mendes", "laura.mendes@webpost.example"),
 subject="自動応答: Thank you for the interview / 面接のお礼",
 body="""※このメールは自動送信です。
誠に勝手ながら、弊社は12月29日（火）から1月4日（月）まで年末年始休業とさせていただきます。1月5日（火）より通常営業いたします。

This is an automatic reply. Our office is closed for the year-end holidays from 29 December to 4 January. We will resume business on 5 January.

Naoki Fujimoto
Naniwa Shoji Co., Ltd. / 浪速商事株式会社""",
 ret=lambda d: D.next_md(d, 1, 5), ev="We will resume business on 5 January.",
 note="Japanese/English year-end closure auto-reply (base64): first day back 5 January."),
]

"""Cleaning a reply: MIME, charsets, HTML-only mail, forwards, quotes, signatures, bad input."""

from datetime import UTC, date, datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.core.errors import InvalidInput
from afterview.core.replies import ReplyKind, read_reply
from afterview.outreach.mailtext import MAX_BYTES, clean_text, parse_mail

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)


def mail(body="We expect to decide by Friday.", *, subtype="plain", charset="utf-8", **headers):
    msg = EmailMessage()
    msg["From"] = headers.pop("sender", "Dana Whitfield <dana@cp.example>")
    msg["To"] = "alice@example.edu"
    msg["Subject"] = headers.pop("subject", "Re: Thank you")
    msg["Date"] = headers.pop("date", "Tue, 01 Dec 2026 10:15:00 -0600")
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body, subtype=subtype, charset=charset)
    return bytes(msg)


def test_quoted_text_and_signature_are_cut():
    text = (
        "Thanks Alice, we expect to decide by the end of next week.\n\nBest,\nDana\nRecruiting, out Dec 24 to Jan 4\n\n"
        "On Mon, Nov 30, 2026 at 9:00 AM Alice <alice@example.edu> wrote:\n> Will I hear by the 20th?\n"
    )
    assert clean_text(text) == "Thanks Alice, we expect to decide by the end of next week."


@pytest.mark.parametrize(
    "attribution",
    [
        "W dniu wt., 2.02.2027 o 10:15 Alice <alice@example.edu> napisał(a):",
        "Am Di., 2. Feb. 2027 um 10:15 Uhr schrieb Alice <alice@example.edu>:",
        "Em ter., 2 de fev. de 2027 às 10:15, Alice <alice@example.edu> escreveu:",
        "W dniu 2.02.2027 o 10:15, Alice pisze:",
        "Alice <alice@example.edu> 于2027年2月2日周二 10:15写道：",
        "2027年2月2日(火) 10:15 Alice <alice@example.edu>:",  # a date and an address, then a colon
        "Alice wrote on 2 February 2027:",
    ],
)
def test_quotes_under_other_languages_attributions_are_cut(attribution):
    text = f"Thanks Alice, we will decide by Friday.\n\n{attribution}\nI need to know by 12 February.\n"
    assert clean_text(text) == "Thanks Alice, we will decide by Friday."


def test_outlook_quotes_are_cut_and_are_not_forwards():
    body = "We will let you know by Friday.\n\n-----Original Message-----\nFrom: Alice\nSent: Monday\n\nWill I hear by the 20th?\n"
    parsed = parse_mail(mail(body), now=NOW)
    assert parsed.reply.text == "We will let you know by Friday."
    assert parsed.reply.from_address == "dana@cp.example"


def test_html_only_mail_is_read_without_its_quote():
    html = "<p>Hi Alice,</p><p>We will let you know by <b>Thursday</b>.</p><div class='gmail_quote'>On Mon you wrote:<blockquote>by Friday?</blockquote></div>"
    parsed = parse_mail(mail(html, subtype="html"), now=NOW)
    assert "Thursday" in parsed.reply.text and "Friday" not in parsed.reply.text


def test_other_charsets_are_decoded():
    parsed = parse_mail(mail("Merci, Zoë. We'll decide by Wednesday.", charset="iso-8859-1"), now=NOW)
    assert "Zoë" in parsed.reply.text


def test_a_forwarded_reply_is_read_as_its_sender_wrote_it():
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Dana Whitfield <dana@cp.example>\n"
        "Date: Tue, Dec 1, 2026 at 10:15 AM\nSubject: Re: Interview\nTo: Alice <alice@example.edu>\n\n"
        "We expect a decision within 10 business days.\n"
    )
    parsed = parse_mail(mail(body, sender="Alice <alice@example.edu>", subject="Fwd: Re: Interview", date="Thu, 03 Dec 2026 08:00:00 -0600"), now=NOW)
    assert parsed.reply.from_address == "dana@cp.example"
    assert parsed.reply.written_at.date() == date(2026, 12, 1)
    assert read_reply(parsed.reply).expect_on == date(2026, 12, 15)


def test_pasted_text_is_read_relative_to_now_with_a_warning():
    parsed = parse_mail(b"we expect to decide by the end of next week", now=NOW)
    assert parsed.undated and parsed.reply.written_at == NOW
    assert parsed.warnings == ["no Date header (pasted text): dates are read relative to today"]
    assert read_reply(parsed.reply).expect_on == date(2026, 12, 11)


def test_a_tnef_part_is_skipped_with_a_warning():
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Date"] = "dana@cp.example", "Re: hi", "Tue, 01 Dec 2026 10:15:00 -0600"
    msg.set_content("We will decide by Friday.")
    msg.add_attachment(b"\x78\x9f\x3e\x22junk", maintype="application", subtype="ms-tnef", filename="winmail.dat")
    parsed = parse_mail(bytes(msg), now=NOW)
    assert parsed.reply.text == "We will decide by Friday."
    assert any("TNEF" in w for w in parsed.warnings)


def test_a_message_over_the_cap_is_read_only_so_far():
    big = mail("We will decide by Friday.\n" + "x" * 100)
    parsed = parse_mail(big + b"y" * (MAX_BYTES + 10), now=NOW)
    assert any("only its first 20 MB" in w for w in parsed.warnings)


def test_a_broken_structure_is_read_as_far_as_possible():
    raw = (
        b"From: dana@cp.example\nSubject: Re: hi\nDate: Tue, 01 Dec 2026 10:15:00 -0600\n"
        b"Content-Type: multipart/mixed; boundary=XYZ\n\n--XYZ\nContent-Type: text/plain\n\nWe will decide by Friday.\n"
    )
    parsed = parse_mail(raw, now=NOW)
    assert parsed.reply.text == "We will decide by Friday."
    assert any("broken" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the reply is empty"),
        (b"\x00\x01\x02\x03" * 100, "this is not an e-mail or text"),
        (b"From: a@b.example\nSubject: x\nContent-Type: image/png\n\n\x89PNG", "the message has no text to read"),
    ],
)
def test_bad_input_gets_one_line(data, message):
    with pytest.raises(InvalidInput, match=message):
        parse_mail(data, now=NOW)


def test_a_bounce_names_the_original_message():
    raw = (
        b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nDate: Tue, 01 Dec 2026 10:20:00 +0000\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=B1\n\n"
        b"--B1\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
        b"--B1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        b"Final-Recipient: rfc822; dana@cp.example\nAction: failed\nStatus: 5.1.1\n\n"
        b"--B1\nContent-Type: text/rfc822-headers\n\nMessage-ID: <note-7@example.edu>\nSubject: Following up\n\n--B1--\n"
    )
    parsed = parse_mail(raw, now=NOW)
    assert parsed.refers_to == ("<note-7@example.edu>",)
    reading = read_reply(parsed.reply, own_address="alice@example.edu")
    assert (reading.kind, reading.failed_address) == (ReplyKind.BOUNCE, "dana@cp.example")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_give_a_mail_or_one_line(data):
    try:
        parsed = parse_mail(data, now=NOW)
    except InvalidInput as e:
        assert "\n" not in str(e)
        return
    read_reply(parsed.reply)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_headers_and_text_give_a_mail_or_one_line(text):
    data = ("From: x@y.example\nSubject: s\nContent-Type: multipart/mixed; boundary=Q\n\n" + text).encode("utf-8", "replace")
    try:
        parsed = parse_mail(data, now=NOW)
    except InvalidInput:
        return
    read_reply(parsed.reply)


def test_a_reply_only_in_a_tnef_part_is_a_best_effort_with_a_warning():
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Date"] = "dana@cp.example", "Re: hi", "Tue, 01 Dec 2026 10:15:00 -0600"
    msg.set_content(b"\x78\x9f\x3e\x22\x00\x01junk", maintype="application", subtype="vnd.ms-tnef", filename="winmail.dat")
    parsed = parse_mail(bytes(msg), now=NOW)
    assert parsed.reply.text == ""
    assert any("TNEF" in w for w in parsed.warnings)
    reading = read_reply(parsed.reply)
    assert (reading.expect_on, reading.returns_on) == (None, None)  # nothing read, nothing invented


def test_a_message_cut_at_the_cap_inside_a_part_still_reads_its_text():
    # 20 MB of attachment after the text: the cut falls inside the base64, the text is read.
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Date"] = "dana@cp.example", "Re: hi", "Tue, 01 Dec 2026 10:15:00 -0600"
    msg.set_content("We will decide by Friday.")
    msg.add_attachment(b"\xff" * (MAX_BYTES // 4 * 3 + 1000), maintype="application", subtype="pdf", filename="scan.pdf")
    data = bytes(msg)
    assert len(data) > MAX_BYTES
    parsed = parse_mail(data, now=NOW)
    assert parsed.reply.text == "We will decide by Friday."
    assert any("only its first 20 MB" in w for w in parsed.warnings)


def test_a_pasted_earlier_mail_with_no_quote_mark_is_not_read():
    # Top-posted, and the candidate's mail below it with no ">" and no "On ... wrote:".
    body = (
        "Thanks Amara, that's all received and passed on to the panel.\n\nKev\n\nKevin Doherty\nCoordinator | Tyneside Training\n\n\n"
        "Hi Kevin,\n\nCould you confirm whether the panel will still decide by Friday 19 February?\n"
    )
    parsed = parse_mail(mail(body, sender="Kevin Doherty <kevin@tyneside.example>"), now=NOW)
    assert "19 February" not in parsed.reply.text
    assert read_reply(parsed.reply).kind is ReplyKind.ACKNOWLEDGEMENT


_CONTENT_TYPES = [
    "text/plain", "text/html", "multipart/mixed", "multipart/alternative", "multipart/report", "message/rfc822",
    "message/delivery-status", "text/rfc822-headers", "application/ms-tnef", "application/pdf", "multipart/", "/", "text",
]
_ENCODINGS = ["", "base64", "quoted-printable", "8bit", "x-uuencode", "bogus"]
_CHARSETS = ["", "utf-8", "iso-8859-1", "windows-1252", "x-unknown", "utf-16", '""']


@st.composite
def _mime(draw, depth=0):
    """A MIME entity with random types, charsets, encodings and boundaries, often broken."""
    kind = draw(st.sampled_from(_CONTENT_TYPES))
    charset = draw(st.sampled_from(_CHARSETS))
    boundary = draw(st.sampled_from(["B1", "B2", "", "B1 B2", "=_x"]))
    head = f"Content-Type: {kind}" + (f"; charset={charset}" if charset else "") + (f'; boundary="{boundary}"' if kind.startswith("multipart") else "")
    head += "\n" + (f"Content-Transfer-Encoding: {e}\n" if (e := draw(st.sampled_from(_ENCODINGS))) else "")
    if draw(st.booleans()):
        head += 'Content-Disposition: attachment; filename="winmail.dat"\n'
    if kind.startswith("multipart") and depth < 3:
        parts = draw(st.lists(_mime(depth + 1), max_size=3))
        closing = draw(st.sampled_from([f"--{boundary}--\n", "", f"--{boundary}\n"]))
        body = "".join(f"--{boundary}\n{p}\n" for p in parts) + closing
    else:
        body = draw(st.text(max_size=120))
    return f"{head}\n{body}"


@settings(max_examples=150, deadline=None)
@given(_mime(), st.sampled_from(["Tue, 01 Dec 2026 10:15:00 -0600", "", "not a date", "Tue, 31 Feb 2026 25:61:00 +9999"]))
def test_any_mime_structure_gives_a_mail_or_one_line(entity, date_header):
    data = (f"From: Dana <dana@cp.example>\nSubject: Re: hi\nDate: {date_header}\nMIME-Version: 1.0\n" + entity).encode("utf-8", "surrogatepass")
    try:
        parsed = parse_mail(data, now=NOW)
    except InvalidInput as e:
        assert "\n" not in str(e)
        return
    reading = read_reply(parsed.reply, own_address="alice@example.edu")
    assert reading.kind in ReplyKind


def test_a_reply_with_megabytes_of_text_is_read_only_so_far_and_quickly():
    parsed = parse_mail(mail("We will decide by Friday.\n\n" + "Another line of text.\n" * 300_000), now=NOW)
    assert len(parsed.reply.text) <= 100_000
    assert any("only its first 100 thousand were read" in w for w in parsed.warnings)
    assert read_reply(parsed.reply).kind is ReplyKind.TIMELINE


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, noted.\n\nJo Park\nHR Manager\nAcme Ltd | Office closed 24 Dec - 2 Jan\nwww.acme.example",
        "Thanks, noted.\n\nWarm wishes,\nJo\nAcme | Registered in England 12345 | Closed 24 December to 4 January",
        "Thanks, noted.\n\nMit freundlichen Grüßen\nJo Park",
        "Thanks, noted.\n\nThis email is confidential. If you received it in error, delete it by 1 January 2027.",
    ],
)
def test_signature_blocks_and_legal_footers_are_cut(text):
    assert clean_text(text) == "Thanks, noted."


def test_a_last_paragraph_that_is_a_sentence_or_an_absence_is_kept():
    news = "Thanks, noted.\n\nYou'll hear from our HR manager by Friday."
    assert clean_text(news) == news
    away = "Thank you for your email.\n\nBack on Monday 4 January | urgent: hr@acme.example"
    assert clean_text(away) == away


def test_a_date_with_an_unknown_zone_is_read_as_utc_not_as_today():
    parsed = parse_mail(mail("We will decide by Friday.", date="Thu, 11 Feb 2027 05:33:10 -0000"), now=NOW)
    assert not parsed.undated and parsed.reply.written_at == datetime(2027, 2, 11, 5, 33, 10, tzinfo=UTC)
    assert read_reply(parsed.reply).expect_on == date(2027, 2, 12)


@pytest.mark.parametrize(
    ("header", "sent"),
    [
        ("Von: Alice <alice@example.edu>", "Gesendet: Montag, 30. November 2026 09:00"),
        ("De : Alice <alice@example.edu>", "Envoyé : lundi 30 novembre 2026 09:00"),
        ("De: Alice <alice@example.edu>", "Enviado el: lunes, 30 de noviembre de 2026 9:00"),
        ("Da: Alice <alice@example.edu>", "Inviato: lunedì 30 novembre 2026 09:00"),
        ("Van: Alice <alice@example.edu>", "Verzonden: maandag 30 november 2026 09:00"),
    ],
)
def test_outlook_quotes_in_other_languages_are_cut(header, sent):
    body = f"We will let you know by Friday.\n\n{header}\n{sent}\nSubject: Interview\n\nWill I hear by the 20th?\n"
    assert parse_mail(mail(body), now=NOW).reply.text == "We will let you know by Friday."


@pytest.mark.parametrize(
    "sign_off",
    ["Atenciosamente,", "Cordiali saluti,", "Met vriendelijke groeten,", "Saludos cordiales,", "Med vänlig hälsning", "S pozdravem / Best regards"],
)
def test_sign_offs_in_other_languages_cut_the_signature(sign_off):
    text = f"Dear Ana,\n\nWe will write to you soon.\n\n{sign_off}\nMarta Nowak\nRecursos Humanos\nback 4 January\n"
    assert clean_text(text) == "Dear Ana,\n\nWe will write to you soon."


@pytest.mark.parametrize(
    ("mark", "subject"),
    [
        ("---------- Mensaje reenviado ---------", "RV: Entrevista"),
        ("-------- Message transféré --------", "TR: Entretien"),
        ("---------- Mensagem encaminhada ---------", "ENC: Entrevista"),
        ("---------- Messaggio inoltrato ----------", "Re: colloquio"),
    ],
)
def test_forwards_marked_in_other_languages_are_read_as_their_sender_wrote_them(mark, subject):
    body = (
        f"Veja abaixo.\n\n{mark}\nFrom: Dana Whitfield <dana@cp.example>\n"
        "Date: Tue, Dec 1, 2026 at 10:15 AM\nSubject: Re: Interview\nTo: Alice <alice@example.edu>\n\n"
        "We expect a decision within 10 business days.\n"
    )
    parsed = parse_mail(mail(body, sender="Alice <alice@example.edu>", subject=subject, date="Thu, 03 Dec 2026 08:00:00 -0600"), now=NOW)
    assert parsed.reply.from_address == "dana@cp.example"
    assert read_reply(parsed.reply).expect_on == date(2026, 12, 15)


def raw_mail(body: bytes, content_type: str) -> bytes:
    head = (
        "From: Dana Whitfield <dana@cp.example>\r\nTo: alice@example.edu\r\nSubject: Re: Thank you\r\n"
        f"Date: Tue, 01 Dec 2026 10:15:00 -0600\r\nMIME-Version: 1.0\r\nContent-Type: {content_type}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode() + body


@pytest.mark.parametrize(
    "content_type",
    ['text/plain; charset="iso-8859-1"', 'text/plain; charset="us-ascii"', 'text/plain; charset="utf-8"', "text/plain"],
)
def test_windows_quotes_under_a_latin_ascii_or_utf8_label_are_read_as_windows_1252(content_type):
    # Mailers label Windows-1252 text as Latin-1, ASCII or UTF-8; browsers and mail clients read it as Windows-1252.
    parsed = parse_mail(raw_mail("We\x92ll decide by Friday \x96 thanks, Zo\xeb.".encode("latin-1"), content_type), now=NOW)
    assert "We\u2019ll decide by Friday \u2013 thanks, Zo\u00eb." in parsed.reply.text
    assert read_reply(parsed.reply).kind is ReplyKind.TIMELINE


def test_a_label_python_lacks_is_read_as_mail_clients_read_it():
    parsed = parse_mail(raw_mail("ההחלטה תתקבל עד יום שישי.".encode("iso-8859-8"), 'text/plain; charset="iso-8859-8-i"'), now=NOW)
    assert "שישי" in parsed.reply.text and not parsed.warnings


def test_a_protonmail_quote_in_html_only_mail_is_cut():
    html = "<div>We will let you know by Thursday.</div><div class='protonmail_quote'><div>Will I hear by Friday?</div></div>"
    parsed = parse_mail(mail(html, subtype="html"), now=NOW)
    assert "Thursday" in parsed.reply.text and "Friday" not in parsed.reply.text


_PIECES = st.sampled_from([
    "On Tue, 1 Dec 2026 at 10:15, Ana <ana@x.example> wrote:", "wro", "te:", "Am 1. Dez. schrieb Ana <a@x.example>:", "Le 1 déc. a écrit :",
    "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded", "message:", "________________________________",
    "2026/12/1 Ana <ana@x.example>", "Ana <", "ana@x.example>", "> quoted", "Thanks, we will decide by Friday.", "", " ", "El lunes, Ana escribió:", "Best,", "Ana", "İstanbul ofisi",
    "Пересылаемое сообщение", "Ана написал(а):",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.sampled_from(["\n", " ", ""]))
def test_starting_quotequail_where_a_pattern_first_could_match_changes_nothing(pieces, glue):
    # (the lines above the first word a pattern needs are not scanned, or none is when there is no such word)
    import quotequail

    from afterview.outreach.mailtext import _cut_quote

    text = "\n".join(glue.join(pieces[i : i + 2]) for i in range(0, len(pieces), 2))
    parts = quotequail.quote(text, quote_intro_line=True)
    top = parts[0][1] if parts and parts[0][0] else ""
    # the cut with quotequail and without it agree (our own attribution cuts come after both)
    assert _cut_quote(text) == _cut_quote_with_quotequail(text, top)


def _cut_quote_with_quotequail(text, top):
    from afterview.outreach import mailtext

    for pattern in (mailtext._OUTLOOK_QUOTE, mailtext._ATTRIBUTION):
        match = pattern.search(top)
        if match:
            top = top[: match.start()]
    return "\n".join(line for line in top.split("\n") if not line.lstrip().startswith(">"))


def test_quotequail_is_skipped_only_where_it_would_find_nothing():
    from pathlib import Path

    import quotequail

    from afterview.outreach.mailtext import _may_hold_a_quote

    from email import policy
    from email.parser import BytesParser

    texts = []
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("data", "replies", "own").glob("*.eml")):
        body = BytesParser(policy=policy.default).parsebytes(path.read_bytes()).get_body(("plain",))
        if body is not None:
            texts.append(body.get_content().replace("\r\n", "\n").replace("\r", "\n"))
    assert len(texts) > 30
    skipped = [text for text in texts if not _may_hold_a_quote(text)]
    assert skipped  # most replies carry no quote at all
    for text in skipped:
        assert quotequail.quote(text, quote_intro_line=True) == [(True, text)]

"""Deterministic raw MIME builders (no randomness, fixed boundaries)."""
import base64
import html
import quopri


def encode_payload(text, charset, cte):
    raw = text.encode(charset)
    if cte == "7bit":
        text.encode("ascii")
        return text
    if cte == "8bit":
        return raw  # bytes
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_to_html(text, charset="utf-8"):
    out = [f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head>",
           "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"]
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip(), quote=False) for l in lines)
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">" + inner + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def part(content_type, payload_text, charset="utf-8", cte="7bit", extra=""):
    p = encode_payload(payload_text, charset, cte)
    head = (f"Content-Type: {content_type}; charset=\"{charset}\"\n"
            f"Content-Transfer-Encoding: {cte}\n" + extra + "\n")
    if isinstance(p, bytes):
        return head.encode("ascii") + p
    return (head + p).encode("ascii")


def multipart(subtype, boundary, parts, params=""):
    head = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}\n\n".encode()
    body = b"This is a multi-part message in MIME format.\n\n" if subtype != "alternative" else b""
    for p in parts:
        body += f"--{boundary}\n".encode() + p
        if not p.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += f"--{boundary}--\n".encode()
    return head + body


def raw_part(header_text, body_text):
    return (header_text + "\n" + body_text).encode("ascii")

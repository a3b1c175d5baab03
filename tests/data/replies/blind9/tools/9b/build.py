#!/usr/bin/env python3
"""Write the replies9b .eml / .eml.json pairs into ../out (deterministic: no clock, no randomness)."""
import glob, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mime
from email.header import Header
from email.utils import formataddr, getaddresses


def encode_header(name, value):
    """RFC 2047-encode non-ASCII header values (display names / subjects), as real clients do."""
    if value.isascii():
        return value
    if name in ("From", "To", "Cc", "Reply-To"):
        return ", ".join(formataddr(a, charset="utf-8") for a in getaddresses([value]))
    return Header(value, "utf-8").encode()

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "out")


def load():
    ms = []
    for mod in ("msgs_a", "msgs_b", "msgs_c"):
        try:
            ms += __import__(mod).M
        except ImportError:
            pass
    return ms


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*")):
        os.remove(f)
    for m in load():
        frm = dict(m["hdrs"])["From"]
        dom = m.get("dom") or re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
        hdrs = [(k, encode_header(k, v)) for k, v in m["hdrs"]]
        mime.write(OUT, m["n"], m["kind"], m["short"], hdrs, m["date"], m["body"], m["label"], dom)
    print("written:", len(glob.glob(os.path.join(OUT, "*.eml"))))


if __name__ == "__main__":
    main()

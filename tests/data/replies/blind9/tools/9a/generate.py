#!/usr/bin/env python3
"""Write out/NNN-<kind>-<short>.eml + .eml.json for replies9a (761-810). Deterministic."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import base, mime
import gen_a  # noqa: F401  (761-785)
try:
    import gen_b  # noqa: F401  (786-810)
except ImportError:
    pass

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "out")
os.makedirs(OUT, exist_ok=True)
seen = set()
for num, kind, short, hdrs, date, body, label in sorted(base.MSGS, key=lambda m: m[0]):
    assert num not in seen, num
    seen.add(num)
    mime.write(OUT, num, kind, short, hdrs, date, body, label)
print("wrote %d messages" % len(seen))

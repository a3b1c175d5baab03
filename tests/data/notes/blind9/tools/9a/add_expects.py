#!/usr/bin/env python3
"""Insert 'expect:' lines (from expects.txt: 'short | expect') into the batch sources, once."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
exp = {}
for l in open(os.path.join(HERE, "expects.txt"), encoding="utf-8"):
    if l.strip() and not l.startswith("#"):
        s, _, e = l.partition(" | ")
        exp.setdefault(s.strip(), []).append(e.rstrip("\n"))
for path in glob.glob(os.path.join(HERE, "batches", "*.txt")):
    text = open(path, encoding="utf-8").read()
    parts = re.split(r"(?m)^(?=== )", text)
    out = []
    for p in parts:
        if p.startswith("== "):
            short = p.split("\n")[0].split()[4]
            head, sep, body = p.partition("\n--\n")
            head = "\n".join(l for l in head.split("\n") if not l.startswith("expect: "))
            for e in exp.get(short, []):
                head += "\nexpect: " + e
            p = head + sep + body
        out.append(p)
    open(path, "w", encoding="utf-8").write("".join(out))

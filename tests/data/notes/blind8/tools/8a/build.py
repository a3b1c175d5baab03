#!/usr/bin/env python3
"""Build notes8a/out from tools/batches/*.txt (deterministic, random.Random(8181))."""
import os, re, random, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "out")
ORDER = ["kind", "field", "dialect", "to", "company", "alias", "role", "hiring-contact",
         "interviewer", "known-person", "highlight", "other-company", "other-person",
         "from", "other-note", "expect"]
notes = []
for path in sorted(glob.glob(os.path.join(HERE, "batches", "*.txt"))):
    txt = open(path, encoding="utf-8").read()
    for chunk in re.split(r"^== ", txt, flags=re.M)[1:]:
        first, rest = chunk.split("\n", 1)
        kind, field, dialect, short = first.split()
        head, body = rest.split("\n--\n", 1)
        items = [tuple(l.split(": ", 1)) for l in head.strip().split("\n") if l.strip()]
        notes.append(dict(kind=kind, field=field, dialect=dialect, short=short,
                          items=items, body=body.strip("\n")))
by_short = {n["short"]: n for n in notes}
assert len(by_short) == len(notes), "duplicate short names"
for n in notes:
    d = dict((k, v) for k, v in n["items"])
    if "copy" in d:  # duplicate: original header, new 'to', new greeting line
        o = by_short[d["copy"]]
        n["items"] = [(k, v) for k, v in o["items"] if k not in ("to",)] + \
                     [("to", d["to"])] + [(k, v) for k, v in n["items"] if k == "expect"]
        n["copy"] = d["copy"]
        n["body"] = n["body"].split("\n")[0] + "\n" + o["body"].split("\n", 1)[1]
rng = random.Random(8181)
rng.shuffle(notes)
changed = True
while changed:
    changed = False
    for i, n in enumerate(notes):
        if n.get("copy"):
            j = next(k for k, m in enumerate(notes) if m["short"] == n["copy"])
            if j > i:
                notes.insert(j, notes.pop(i)); changed = True; break
for f in glob.glob(os.path.join(OUT, "*.txt")):
    os.remove(f)
names = {}
for i, n in enumerate(notes):
    n["fname"] = "%04d-%s-%s-%s.txt" % (1371 + i, n["field"], n["kind"], n["short"])
    names[n["short"]] = n["fname"]
for n in notes:
    h = [(k, v) for k, v in n["items"] if k != "copy"]
    keys = [k for k, _ in h]
    if "to" not in keys:
        if n["kind"] == "thank-you":
            to = next(v for k, v in h if k == "interviewer")
        else:
            to = next(v for k, v in h if k == "hiring-contact")
        h.append(("to", to))
    h += [("kind", n["kind"]), ("field", n["field"]), ("dialect", n["dialect"]),
          ("from", n["body"].strip().split("\n")[-1].strip())]
    if n.get("copy"):
        h.append(("other-note", names[n["copy"]]))
    h.sort(key=lambda kv: ORDER.index(kv[0]))  # stable: keeps order within a key
    with open(os.path.join(OUT, n["fname"]), "w", encoding="utf-8") as fh:
        fh.write("\n".join("%s: %s" % kv for kv in h) + "\n---\n" + n["body"] + "\n")
print("wrote %d notes" % len(notes))

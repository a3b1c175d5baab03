#!/usr/bin/env python3
"""Mechanical checks for the blind notes set 9a (files 1571-1670, NNNN-*.txt in ../out).

Adapted from set 8a's checker (itself from 7a and 6b): notes read from ../out, numbering 1571-1670, kind mix 50/25/25, per-code minimums (grammar 9, spelling 8, tone and logistics 6, missing-highlight 4), word ranges loosened to the
spec conventions (clean 60-180, too-long > 250, too-short < 40), target mix and minimum counts, at most two labels per note, and light
lint for unlabelled misspellings, placeholders, shouting/emoji and a few
grammar slips (your/it's before an -ly adverb, "more then", "a" + vowel).
"""
import sys, re, os, difflib, collections

FIRST, LAST = 1571, 1670
MIX = {"thank-you": 50, "next-steps": 25, "follow-up": 25}
MIN_CLEAN = 46
SET_FIELDS = ["law", "medicine", "nursing", "technology", "finance", "consulting",
              "government", "academia", "nonprofit", "teaching", "engineering",
              "marketing", "social-work", "aviation", "agriculture"]
MIN_PER_FIELD = 5  # every one of the 15 slugs, 5-8 notes each
MAX_PER_FIELD = 8
EXTRA_DIALECTS = ["en-CA", "en-IE", "en-NZ", "en-ZA", "en-SG"]
MIN_PER_EXTRA_DIALECT = 3
MAIN_DIALECTS = ["en-US", "en-GB", "en-IN", "en-AU"]
MIN_PER_DIALECT = 18
MAX_PER_DIALECT = 20
MIN_PER_CODE = 3
MIN_CODE = {"grammar": 9, "spelling": 8, "overfamiliar-tone": 6, "logistics-to-interviewer": 6, "missing-highlight": 4}
RANGE_CLEAN = (60, 180)
RANGE_DEFECT = (60, 180)
RANGE_LONG = (251, 400)
RANGE_SHORT = (10, 39)
MISSPELT = set("""recieve recieved occured occurred_ definately seperate seperately acheive beleive refrence
comissioning untill accomodate occurence wich thier existance goverment enviroment
responsability oppurtunity oportunity sucessful begining calender concious tommorow truely
neccessary persue publically arguement independant liase maintainance commited adress
buisness collegue experiance acknowlege grammer knowlege managment noticable posession
reccomend refered relevent suprise threshhold wether greatful intrested sincerly
perspetive simmulations definitly oppertunity recomendation assesment
apprecaite comittee succesfully certifcate excercise pharmacutical
priviledge questionaire liase seperate definately independant accomodate
neccessary thouroughly recomend untill acheive commitee begining calender relevent
""".split())
SHOUTED = {"SO", "VERY", "REALLY", "SUPER", "TOTALLY", "LOVE", "THRILLED", "HUGE", "AMAZING"}
A_VOWEL_OK = {"one", "once", "unit", "units", "university", "user", "users", "usual", "use",
              "useful", "european", "unique", "uniform", "union", "utility", "unanimous"}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(os.path.dirname(HERE), "out")  # the notes live in ../out
FIELDS = ["law", "medicine", "nursing", "technology", "finance", "consulting",
          "government", "academia", "nonprofit", "teaching", "engineering",
          "marketing", "social-work", "aviation", "agriculture"]
KINDS = ["thank-you", "next-steps", "follow-up"]
DIALECTS = ["en-US", "en-GB", "en-IN", "en-AU", "en-CA", "en-IE", "en-NZ", "en-ZA", "en-SG"]
SPAN_CODES = ["spelling", "grammar", "wrong-recipient", "wrong-company", "placeholder",
              "overfamiliar-tone", "logistics-to-interviewer"]
WHOLE_CODES = ["too-long", "too-short", "duplicate-note", "missing-gratitude",
               "missing-highlight", "missing-interest", "missing-invitation"]
TY_ONLY = {"missing-highlight", "missing-invitation", "logistics-to-interviewer", "duplicate-note"}
ORDER = ["kind", "field", "dialect", "to", "company", "alias", "role", "hiring-contact",
         "interviewer", "known-person", "highlight", "other-company", "other-person",
         "from", "other-note", "expect"]
FNAME = re.compile(r"^(\d{4})-(%s)-(%s)-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$" %
                   ("|".join(FIELDS), "|".join(KINDS)))
EXPECT = re.compile(r"^(%s) \[(.+)\]$|^(%s)$" % ("|".join(SPAN_CODES), "|".join(WHOLE_CODES)))


def parse(path):
    text = open(path, encoding="utf-8").read()
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError("no --- separator")
    items = []
    for line in head.split("\n"):
        if not line.strip():
            raise ValueError("blank header line")
        k, s, v = line.partition(": ")
        if not s:
            raise ValueError("bad header line: %r" % line)
        items.append((k, v))
    return items, body.strip("\n")


def main():
    errs = []
    notes = {}
    files = sorted(f for f in os.listdir(ROOT) if re.match(r"^\d{4}-", f) and FIRST <= int(f[:4]) <= LAST)
    for f in files:
        def err(m):
            errs.append("%s: %s" % (f, m))
        m = FNAME.match(f)
        if not m:
            err("bad file name"); continue
        try:
            items, body = parse(os.path.join(ROOT, f))
        except ValueError as e:
            err(str(e)); continue
        keys = [k for k, _ in items]
        # order
        idx = [ORDER.index(k) if k in ORDER else -1 for k in keys]
        if -1 in idx:
            err("unknown key %s" % keys[idx.index(-1)])
        if idx != sorted(idx):
            err("keys out of order")
        h = collections.defaultdict(list)
        for k, v in items:
            h[k].append(v)
        for k in ["kind", "field", "dialect", "to", "company", "role", "hiring-contact", "from"]:
            if len(h[k]) != 1:
                err("need exactly one %s" % k)
        if not h["interviewer"]:
            err("need interviewer")
        if len(h["other-company"]) != 2 or len(h["other-person"]) != 2:
            err("need 2 other-company and 2 other-person")
        kind = h["kind"][0] if h["kind"] else None
        if kind != m.group(3):
            err("kind does not match file name")
        if h["field"] and h["field"][0] != m.group(2):
            err("field does not match file name")
        if h["dialect"] and h["dialect"][0] not in DIALECTS:
            err("unknown dialect")
        if kind == "thank-you":
            if len(h["highlight"]) != 1:
                err("thank-you needs one highlight")
            if h["to"] and h["to"][0] not in h["interviewer"]:
                err("thank-you 'to' must be an interviewer")
        else:
            if h["highlight"]:
                err("highlight only on thank-you")
            if h["to"] and h["to"] != h["hiring-contact"]:
                err("'to' must be the hiring contact")
        codes, spans = [], []
        for e in h["expect"]:
            em = EXPECT.match(e)
            if not em:
                err("bad expect %r" % e); continue
            code = em.group(1) or em.group(3)
            codes.append(code)
            if em.group(2) is not None:
                if em.group(2) not in body:
                    err("span not in body: %r" % em.group(2))
                spans.append((code, em.group(2)))
            if code in TY_ONLY and kind != "thank-you":
                err("%s only on thank-you" % code)
        if "too-short" in codes and len(codes) > 1:
            err("too-short carries no other label")
        if "duplicate-note" in codes and not h["other-note"]:
            err("duplicate needs other-note")
        if h["other-note"] and "duplicate-note" not in codes:
            err("other-note only on duplicates")
        n = len(body.split())
        if "too-long" in codes:
            if n <= 250: err("too-long but %d words" % n)
            rng = RANGE_LONG
        elif "too-short" in codes:
            if n >= 40: err("too-short but %d words" % n)
            rng = RANGE_SHORT
        else:
            if not (60 <= n <= 180):
                err("%d words outside 60-180" % n)
            rng = RANGE_CLEAN if not codes else RANGE_DEFECT
        if not (rng[0] <= n <= rng[1]):
            err("%d words outside this set's range %d-%d" % (n, rng[0], rng[1]))
        if len(codes) > 2:
            err("more than 2 labels")
        if len(set(codes)) != len(codes):
            err("repeated label")
        # lint: things that must be labelled if present
        lspans = {}
        for c, sp in spans:
            lspans.setdefault(c, []).append(sp)
        def unlabelled(code, hit):
            return not any(hit in sp or sp in hit for sp in lspans.get(code, []))
        for w in re.findall(r"[A-Za-z]+", body):
            if w.lower() in MISSPELT and unlabelled("spelling", w):
                err("unlabelled misspelling %r" % w)
        for c, sp in spans:
            if c == "spelling" and not re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(sp), body):
                err("spelling span %r is not a whole word" % sp)
        for mm in re.finditer(r"\[[A-Z][A-Z _]+\]|\{[a-z_]+\}|\bXX\b", body):
            if unlabelled("placeholder", mm.group(0)):
                err("unlabelled placeholder %r" % mm.group(0))
        for mm in re.finditer(r"!!|\blol\b|\b(?:%s)\b" % "|".join(SHOUTED), body):
            if unlabelled("overfamiliar-tone", mm.group(0)):
                err("unlabelled tone marker %r" % mm.group(0))
        for mm in EMOJI.finditer(body):
            if unlabelled("overfamiliar-tone", mm.group(0)):
                err("unlabelled emoji")
        for mm in re.finditer(r"\b(?:[Yy]our|[Ii]ts) [a-z]+ly\b|\bmore then\b|\bless then\b|\b[Aa] [aeiou][a-z]+|\b[Aa] hono(?:u)?rs?\b|\bhappy share\b", body):
            hit = mm.group(0)
            if re.match(r"[Aa] ", hit) and hit[2:].lower() in A_VOWEL_OK:
                continue
            if re.match(r"[Yy]our (?:family|early|only|likely|friendly|weekly|monthly|daily|yearly|quarterly)", hit):
                continue
            if unlabelled("grammar", hit):
                err("possible unlabelled grammar slip %r" % hit)
        # other names outside labelled spans
        covered = [s for c, s in spans if c in ("wrong-company", "wrong-recipient")]
        cover_text = " ".join(covered)
        stripped = body
        for s in covered:
            stripped = stripped.replace(s, " ")
        for name in h["other-company"]:
            if name in stripped:
                err("other-company %r outside a labelled span" % name)
        for name in h["other-person"]:
            for part in [name] + name.split():
                if len(part) > 2 and re.search(r"\b%s\b" % re.escape(part), stripped):
                    err("other-person %r (%r) outside a labelled span" % (name, part))
                    break
        lines = [l for l in body.split("\n") if l.strip()]
        if not codes:
            to = h["to"][0] if h["to"] else ""
            first, last = to.split()[0], to.split()[-1]
            if not re.search(r"\b(%s|%s)\b" % (re.escape(first), re.escape(last)), lines[0]):
                err("clean note does not greet %r" % to)
        if h["from"] and lines[-1].strip() != h["from"][0]:
            err("last line is not 'from'")
        notes[f] = dict(num=int(m.group(1)), kind=kind, field=m.group(2), h=h, body=body,
                        codes=codes, words=n)
    # duplicates
    for f, d in notes.items():
        if "duplicate-note" in d["codes"]:
            o = d["h"]["other-note"][0]
            od = notes.get(o)
            if not od:
                errs.append("%s: other-note %s missing" % (f, o)); continue
            if od["num"] >= d["num"]: errs.append("%s: other-note not earlier" % f)
            if od["codes"] or od["kind"] != "thank-you":
                errs.append("%s: other-note is not a clean thank-you" % f)
            if od["h"]["company"] != d["h"]["company"]:
                errs.append("%s: other-note at a different employer" % f)
            if od["h"]["to"] == d["h"]["to"]:
                errs.append("%s: duplicate to the same interviewer" % f)
            sim = difflib.SequenceMatcher(None, od["body"].split(), d["body"].split()).ratio()
            if sim < 0.97:
                errs.append("%s: similarity %.3f < 0.97" % (f, sim))
    nums = sorted(d["num"] for d in notes.values())
    if nums != list(range(FIRST, LAST + 1)):
        errs.append("numbering is not exactly %d-%d" % (FIRST, LAST))
    C = collections.Counter
    kinds = C(d["kind"] for d in notes.values())
    if dict(kinds) != MIX:
        errs.append("kind mix %s != %s" % (dict(kinds), MIX))
    nclean = sum(1 for d in notes.values() if not d["codes"])
    if nclean < MIN_CLEAN:
        errs.append("only %d clean notes" % nclean)
    fc = C(d["field"] for d in notes.values())
    for fl in SET_FIELDS:
        if not (MIN_PER_FIELD <= fc[fl] <= MAX_PER_FIELD):
            errs.append("field %s has %d notes" % (fl, fc[fl]))
    dc = C(d["h"]["dialect"][0] for d in notes.values())
    for dl in MAIN_DIALECTS:
        if not (MIN_PER_DIALECT <= dc[dl] <= MAX_PER_DIALECT):
            errs.append("dialect %s has %d notes" % (dl, dc[dl]))
    for dl in EXTRA_DIALECTS:
        if dc[dl] < MIN_PER_EXTRA_DIALECT:
            errs.append("dialect %s has %d notes" % (dl, dc[dl]))
    cc = C(c for d in notes.values() for c in d["codes"])
    for code in SPAN_CODES + WHOLE_CODES:
        if cc[code] < MIN_CODE.get(code, MIN_PER_CODE):
            errs.append("code %s used %d times" % (code, cc[code]))
    for e in errs:
        print("ERROR", e)
    print("%d files, %d errors" % (len(notes), len(errs)))
    if "--counts" in sys.argv:
        C = collections.Counter
        print("kinds:", dict(C(d["kind"] for d in notes.values())))
        print("clean:", sum(1 for d in notes.values() if not d["codes"]))
        print("labels per note:", dict(C(len(d["codes"]) for d in notes.values())))
        print("codes:", dict(C(c for d in notes.values() for c in d["codes"]).most_common()))
        print("fields:", dict(C(d["field"] for d in notes.values())))
        print("dialects:", dict(C(d["h"]["dialect"][0] for d in notes.values()).most_common()))
        cw = [d["words"] for d in notes.values() if not d["codes"]]
        if cw: print("clean words: %d-%d" % (min(cw), max(cw)))
        for k in ["too-long", "too-short"]:
            w = [d["words"] for d in notes.values() if k in d["codes"]]
            if w: print("%s words: %d-%d" % (k, min(w), max(w)))
        ow = [d["words"] for d in notes.values() if d["codes"] and not
              ({"too-long", "too-short"} & set(d["codes"]))]
        if ow: print("other defect words: %d-%d" % (min(ow), max(ow)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Deterministic generator for the replies6a set: python3 tools/generate.py"""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mime import write
import gen_a, gen_b, gen_c
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.eml*")):
    os.remove(f)
for spec in gen_a.A + gen_b.A + gen_c.A:
    num, kind, short, headers, date, body, label = spec
    write(OUT, num, kind, short, headers, date, body, label)
print("written", len(gen_a.A + gen_b.A + gen_c.A))

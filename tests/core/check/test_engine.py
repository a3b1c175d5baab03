"""The Harper engine: one linter per thread, names taught with their possessives."""

from __future__ import annotations

import subprocess
import sys
import threading

from afterview.core.check import engine


def test_each_thread_gets_its_own_linter():
    mine = engine.linter()
    seen = []
    thread = threading.Thread(target=lambda: seen.append(engine.linter()))
    thread.start()
    thread.join()
    assert seen and seen[0] is not mine
    assert engine.linter() is mine


def test_threads_can_check_at_once():
    from afterview.core.check import CheckContext, check_note

    errors = []

    def work():
        try:
            for _ in range(20):
                check_note("Thank you for the interview on Tuseday.", CheckContext())
        except Exception as e:  # pragma: no cover - the failure we guard against
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_taught_names_include_their_possessives():
    text = "I met Skadden's team and Skadden’s partners."
    assert {text[l.start : l.end] for l in engine.harper_lints(text, {})} == {"Skadden's", "Skadden’s"}
    engine.teach(["Skadden"])
    assert engine.harper_lints(text, {}) == []


def test_masked_words_are_not_linted_but_offsets_stay_right():
    text = "I met Wojciechowski and teh team."
    lints = engine.harper_lints(text, {6: "Wojciechowski"})
    assert [(text[l.start : l.end], l.kind) for l in lints] == [("teh", "Typo")]


def test_long_text_is_linted_in_pieces_with_offsets_kept():
    text = ("The team was great. " * 400) + "I met teh partners."
    [lint] = engine.harper_lints(text, {})
    assert text[lint.start : lint.end] == "teh"


def test_core_imports_no_django():
    code = "import sys, afterview.core.check, afterview.core.compose; print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_linter_built_early_is_the_first_one_used_with_our_rules():
    # A fresh process: this one's linters are built already.
    code = (
        "import threading; from afterview.core.check import engine\n"
        "engine.build_early(); engine.build_early()\n"
        "assert sum(t.name == 'harper-build' for t in threading.enumerate()) <= 1\n"
        "early = engine._early[0]\n"
        "first = engine.linter()\n"
        "assert first is early.linter and engine._early == [None]\n"
        "assert engine.linter() is first\n"
        "assert not first.get_lint_config()['LongSentences']\n"
        "text = 'I met teh partners.'; found = [text[l.start:l.end] for l in engine.harper_lints(text, {})]\n"
        "other = []\n"
        "threading.Thread(target=lambda: other.append(engine.linter())).start()\n"
        "import time; time.sleep(0.5)\n"
        "assert other and other[0] is not first\n"
        "print(found)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['teh']"

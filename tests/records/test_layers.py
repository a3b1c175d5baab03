"""records is a layer below the edges: no module of it imports the web, or the office,
at the top or inside a function (every import statement of every module is read)."""

from __future__ import annotations

import ast
from pathlib import Path

import afterview.records

RECORDS = Path(afterview.records.__file__).parent
#: (module, what it imports) still reaching up, to move down and then strike out: the
#: office's defaults and its rows in a candidate's export live in office's tables
NOT_YET = {
    ("playbook_config.py", "afterview.office.models"),
    ("exchange.py", "afterview.office.leaving"),
}


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def upward() -> set[tuple[str, str]]:
    return {
        (str(path.relative_to(RECORDS)), name)
        for path in RECORDS.rglob("*.py")
        for name in imports_of(path)
        if name.split(".")[:2] in (["afterview", "web"], ["afterview", "office"])
    }


def test_records_imports_nothing_from_the_web_or_the_office():
    assert upward() <= NOT_YET
    assert not any(name.startswith("afterview.web") for _, name in upward())


def test_the_walk_sees_an_import_inside_a_function(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from afterview.web import plans\n    return plans\n")
    assert imports_of(module) == {"afterview.web"}

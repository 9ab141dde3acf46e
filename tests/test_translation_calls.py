"""lupdate skips a plural message whose count is written as an expression (`len(items)`, `int(n)`): the
text then never reaches the .ts file and shows in English in Vietnamese. Every plural `tr`/`translate`
call in app/ must pass its count as a plain name, attribute or number."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"


def _plural_calls_with_expression_counts() -> list[str]:
    found = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("tr", "translate")):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if not any("%n" in t for t in texts) or len(node.args) < 3:
                continue
            count = node.args[-1]
            if not isinstance(count, (ast.Name, ast.Attribute, ast.Constant)):
                found.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    return found


def test_plural_counts_are_plain_names_so_lupdate_sees_the_text():
    assert _plural_calls_with_expression_counts() == []

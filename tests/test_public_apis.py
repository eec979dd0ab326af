"""Libraries are used through their public APIs only (issue 19).

Every module under bot/ and bench/ is read: no import of a library's private module
(`telegram._utils`, `sqlalchemy.orm._x`), and no attribute with a leading underscore reached on
anything but `self` or `cls` (a library object's private state, or another object's of ours).

Allowed, with the reason:
- `Row._mapping`: SQLAlchemy's documented way to read a result row as a mapping (the
  underscore only keeps it apart from column names).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLOWED_ATTRIBUTES = {"_mapping"}


def private_uses(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        where = path.relative_to(folder.parent)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = (
                    [a.name for a in node.names] if isinstance(node, ast.Import)
                    else [node.module or ""] if node.level == 0 else []
                )  # fmt: skip
                for module in modules:
                    parts = module.split(".")
                    if parts[0] not in {"bot", "tests", "bench"} and any(
                        p.startswith("_") and not p.startswith("__") for p in parts
                    ):
                        found.append(f"{where}:{node.lineno} imports {module}")
            elif (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and node.attr not in ALLOWED_ATTRIBUTES
                and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})
            ):
                found.append(f"{where}:{node.lineno} reaches {ast.unparse(node)}")
    return found


def test_the_bot_and_the_benches_use_public_apis_only() -> None:
    assert private_uses(ROOT / "bot") + private_uses(ROOT / "bench") == []


def test_the_check_sees_a_private_use(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "probe.py").write_text(
        "from telegram._utils.types import ODVInput\nimport bot._x\n"
        "x = job._modify\ny = self._own\nz = row._mapping\n",
        encoding="utf-8",
    )
    assert [f.split(" ", 1)[1] for f in private_uses(tmp_path / "pkg")] == [
        "imports telegram._utils.types", "reaches job._modify"
    ]  # fmt: skip

"""The package graph: layers only point down, and no two packages import each other.

Every `import bot...` of every module under bot/ counts, including imports inside functions
(a lazy import is still a dependency). Layers, top to bottom:

    entry     __main__, app, console, webhook, logs, content_check, copy_db, offline (the double)
    handlers  handlers (with the Telegram side of reminders: reminder_jobs, reminder_wake,
              reminder_sender), context, chat_order (which update runs when)
    views     views
    services  services
    domain    reminders, parsing, reports
    base      db, content, config, clock, metrics
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

BOT = Path(__file__).resolve().parents[1] / "bot"

LAYERS: dict[str, int] = {
    "bot.__main__": 0, "bot.app": 0, "bot.console": 0, "bot.webhook": 0, "bot.logs": 0,
    "bot.content_check": 0, "bot.copy_db": 0, "bot.offline": 0, "bot.telegram_request": 0,
    "bot.handlers": 1, "bot.context": 1, "bot.chat_order": 1,
    "bot.views": 2,
    "bot.services": 3,
    "bot.reminders": 4, "bot.parsing": 4, "bot.reports": 4,
    "bot.db": 5, "bot.content": 5, "bot.config": 5, "bot.clock": 5, "bot.metrics": 5,
}  # fmt: skip


def unit_of(module: str) -> str:
    """The layer unit a module belongs to: its top package under bot, or a top module."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def layer_of(unit: str) -> int:
    return LAYERS[unit]


def imports() -> dict[tuple[str, str], list[str]]:
    """(importing unit, imported unit) -> the module-level edges behind it."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in sorted(BOT.rglob("*.py")):
        module = ".".join(path.relative_to(BOT.parent).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
                names += [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                if not name.startswith("bot.") or not _is_module(name):
                    continue
                a, b = unit_of(module), unit_of(name)
                if a != b:
                    edges[(a, b)].append(f"{module} -> {name}")
    return edges


def _is_module(name: str) -> bool:
    path = BOT.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_every_unit_has_a_layer() -> None:
    units = {unit for edge in imports() for unit in edge}
    assert units <= set(LAYERS), sorted(units - set(LAYERS))


def test_layers_only_point_down() -> None:
    upward = [
        f"{a} (layer {layer_of(a)}) -> {b} (layer {layer_of(b)}): {why[0]}"
        for (a, b), why in sorted(imports().items())
        if layer_of(b) < layer_of(a)
    ]
    assert upward == []


def _reached(importer: str, unit: str) -> set[str]:
    """The modules of `unit` that `importer` imports (a package import counts as itself)."""
    found = imports().get((importer, unit), [])
    return {why.split(" -> ")[1] for why in found}


def test_the_parser_is_pure() -> None:
    """Text in, typed values out: the parser reads the content store and nothing else."""
    reached = {b for (a, b) in imports() if a == "bot.parsing"}
    assert reached <= {"bot.content"}, reached


def test_handlers_reach_the_database_only_through_services() -> None:
    """Handlers and the application's context touch no repository, model or SQL; they get the
    update's session (unit_of_work) and read what an outage error means (outage). The webhook's
    record of processed updates is the one repository the context calls, and it lives in db/."""
    infrastructure = {"bot.db", "bot.db.unit_of_work", "bot.db.outage"}
    assert _reached("bot.handlers", "bot.db") <= infrastructure
    assert _reached("bot.context", "bot.db") <= infrastructure | {"bot.db.processed"}


def test_views_render_plain_data() -> None:
    """Views never see an ORM row: services hand them entries (`services.entries`)."""
    assert ("bot.views", "bot.db") not in imports()


def test_no_cycles_between_packages() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for a, b in imports():
        graph[a].add(b)
    cycles: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(graph[node]):
            if nxt in path:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif len(path) < len(graph) + 1:
                visit(nxt, [*path, nxt])

    for start in sorted(graph):
        visit(start, [start])
    assert cycles == []


def test_the_checker_sees_a_violation() -> None:
    """The checker itself works: a view importing a handler would be caught."""
    assert layer_of(unit_of("bot.handlers.common")) < layer_of(unit_of("bot.views.cramps"))
    assert unit_of("bot.handlers.reminder_sender") == "bot.handlers"
    assert ("bot.handlers", "bot.views") in imports()


def test_the_architecture_doc_draws_the_graph_as_it_is() -> None:
    """docs/architecture.md lists each package's imports ("The graph as it is"); keep it true."""
    doc = (BOT.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = doc.split("The graph as it is", 1)[1].split("```", 2)[1]
    drawn = {
        line.split()[0]: {name.strip() for name in line.split(None, 1)[1].split(",")}
        for line in block.strip().splitlines()
    }
    graph: dict[str, set[str]] = defaultdict(set)
    for a, b in imports():
        graph[a.removeprefix("bot.")].add(b.removeprefix("bot."))
    assert drawn == dict(graph)

"""The window opens no database session of its own: every read and write goes through
`ui/gateway.py` (DESIGN.md section 4; issue 13, item 4).

The check reads the source (AST), so it needs no display and catches code paths that no
GUI test happens to run. It flags, in every module of `liaison_app/ui/` but the gateway:
`.session(...)`, any use of a `.sessions` factory (`.sessions()`, `.sessions.begin()`, or
handing the factory on), `.begin()` on a session or session factory, `Session(...)`, and
`sessionmaker`. Importing `Session` for a type hint, and a session *parameter*
(`def work(session)`, handed in by the gateway), are fine: that is the gateway's session.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "liaison_app" / "ui"
GATEWAY = "liaison_app/ui/gateway.py"

# Not converted yet: pages, models, widgets and the main window are moved onto the gateway
# on a parallel branch of issue 13. Empty this set once both branches are merged; a file
# listed here is skipped, every other file must be clean.
PENDING: set[str] = set()  # every file of ui/ is converted (issue 13)

_SESSIONISH = re.compile(r"session", re.IGNORECASE)


def _name_of(node: ast.AST) -> str:
    """`sessions` for `sessions`, `self._db.sessions` or `db.sessions`; '' otherwise."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def session_openings(source: str) -> list[tuple[int, str]]:
    """(line, what) for each place in `source` that opens or reaches for a session."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "session":
                found.append((node.lineno, ".session()"))
            elif isinstance(func, ast.Attribute) and func.attr == "begin" \
                    and _SESSIONISH.search(_name_of(func.value)):
                found.append((node.lineno, f"{_name_of(func.value)}.begin()"))
            elif _name_of(func) == "Session":
                found.append((node.lineno, "Session()"))
            elif isinstance(func, ast.Name) and _SESSIONISH.search(func.id) \
                    and func.id.endswith(("sessions", "factory")):
                found.append((node.lineno, f"{func.id}()"))
        elif isinstance(node, ast.Attribute) and node.attr == "sessions":
            found.append((node.lineno, ".sessions"))
        elif isinstance(node, (ast.Name, ast.Attribute)) and _name_of(node) == "sessionmaker":
            found.append((node.lineno, "sessionmaker"))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "sessionmaker":  # `Session` alone is fine: a type hint
                    found.append((node.lineno, "import sessionmaker"))
    return sorted(set(found))


def _ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_of_the_window_opens_a_session_but_the_gateway():
    problems = []
    for path in _ui_modules():
        relative = path.relative_to(ROOT).as_posix()
        if relative == GATEWAY or relative in PENDING:
            continue
        for line, what in session_openings(path.read_text(encoding="utf-8")):
            problems.append(f"{relative}:{line}: {what}")
    assert not problems, ("database sessions opened outside ui/gateway.py "
                          "(hand the gateway a function of a session instead):\n"
                          + "\n".join(problems))


def test_the_pending_files_exist():
    """A renamed or removed file must leave PENDING too, or it would hide nothing silently."""
    missing = [p for p in PENDING if not (ROOT / p).is_file()]
    assert not missing


def test_the_check_finds_each_way_of_opening_a_session():
    """The detector itself: each pattern is caught with its line, the gateway's way is not."""
    source = "\n".join([  # noqa: FLY002 - one numbered line per pattern
        "from sqlalchemy.orm import Session, sessionmaker",  # 1
        "with database.session() as s: pass",               # 2
        "with self._db.sessions() as s: pass",              # 3
        "with db.sessions.begin() as s: pass",              # 4
        "factory = self._db.sessions",                      # 5
        "with factory() as s, s.begin(): pass",             # 6 (s: not session-named)
        "session = Session(engine)",                        # 7
        "make = sessionmaker(engine)",                      # 8
        "with session_factory.begin() as s: pass",          # 9
        "gateway.read(lambda session: session.get(Q, 1), show)",  # 10: fine
        "def work(session):\n    return session.scalar(q)",        # 11-12: fine
    ])
    lines = {line for line, _what in session_openings(source)}
    assert lines == {1, 2, 3, 4, 5, 7, 8, 9}


def test_the_gateway_itself_is_what_the_check_would_catch():
    """The gateway does open sessions: were it not exempt, the check would name it."""
    assert session_openings((ROOT / GATEWAY).read_text(encoding="utf-8"))

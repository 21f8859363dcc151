"""The window reaches the database only through its gateway: no page, item model or
widget opens a session of its own (they would run SQL on the GUI thread)."""

from __future__ import annotations

import re
from pathlib import Path

import liaison_app.ui as ui

UI = Path(ui.__file__).parent
# Dialogs and actions follow in the same way (issue 13); then this list becomes all of ui/.
CHECKED = [*sorted((UI / "pages").glob("*.py")), *sorted((UI / "models").glob("*.py")),
           *sorted((UI / "widgets").glob("*.py")), UI / "main_window.py", UI / "app.py"]
OPENS_A_SESSION = re.compile(r"\.session\(\)|\bsessions\(\)|sessions\.begin\(|\bSession\(")


def test_pages_models_and_widgets_open_no_sessions_of_their_own():
    offenders = [f"{path.relative_to(UI)}:{number}: {line.strip()}"
                 for path in CHECKED
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if OPENS_A_SESSION.search(line)]
    assert offenders == []


def test_the_check_sees_a_session_opened():
    for line in ("with self._db.session() as s:", "with sessions() as s:",
                 "with db.sessions.begin() as s:", "Session(engine)"):
        assert OPENS_A_SESSION.search(line), line
    assert not OPENS_A_SESSION.search("gateway.read(live_counts, self.show_counts)")

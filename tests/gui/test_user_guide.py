"""Help › User guide (F1) opens docs/user-guide.md, the manual the README links to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QDesktopServices, QKeySequence

ROOT = Path(__file__).resolve().parents[2]


def test_help_user_guide_opens_the_local_guide(open_window, db, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = open_window(db)
    action = window.findChild(QAction, "actionUserGuide")
    assert action is not None and action in window.help_menu.actions()
    assert action.shortcut() == QKeySequence("F1")
    assert action.text().replace("&", "") == "User guide"

    action.trigger()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    guide = Path(opened[0].toLocalFile())
    assert guide.resolve() == (ROOT / "docs" / "user-guide.md").resolve()
    assert guide.read_text(encoding="utf-8").startswith("# Liaison user guide")


def test_the_guide_is_found_in_a_bundle_as_build_spec_lays_it_out(monkeypatch, tmp_path):
    """PyInstaller puts `resources/` and `docs/` side by side in its folder (_MEIPASS)."""
    from liaison_app.ui import resources

    (tmp_path / "resources").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "user-guide.md").write_text("# Liaison user guide\n", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.user_guide() == tmp_path / "docs" / "user-guide.md"
    finally:
        monkeypatch.undo()
        resources.resources_dir.cache_clear()
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '("docs/user-guide.md", "docs")' in spec


def test_the_guide_describes_the_window_as_it_is_now(qapp):
    """The guide said the scorecard was "ranked by response time" after the ranking had
    moved to answered-on-time first, and had no word on the agent desk, people admin or
    the audit trail. Every area, desk and admin screen of the app is named in it, and the
    scorecard's rule is the one core/reports/scorecard.py documents."""
    from liaison_app.core.reports import scorecard
    from liaison_app.ui.i18n import install_translators
    from liaison_app.ui.pages.registry import PAGES

    install_translators("en")
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    for spec in PAGES:
        assert spec.title() in guide, spec.title()
    for words in ("department desk", "agent desk", "File › People…", "File › Audit trail…",
                  "Readers…"):
        assert words in guide, words
    assert "ranked by response time" not in guide
    assert "answered on time" in (scorecard.__doc__ or "")
    assert "ranked first by the share of their queries answered on time" in " ".join(guide.split())

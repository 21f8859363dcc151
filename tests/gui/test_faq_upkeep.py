"""The FAQ upkeep driven through the widgets on demo data: use tiers and their actions,
flag and fix, the category tree, synonyms, and FAQ import/export from the menu."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from liaison_app.core.config import load_settings
from liaison_app.core.faq.tiers import TIERS, load_tier_rules
from liaison_app.core.models import (
    Bulletin,
    Category,
    FaqEntry,
    FaqFlag,
    FaqHit,
    FaqStatus,
    Synonym,
)
from liaison_app.core.search.faq_search import search_faq
from liaison_app.ui import tasks
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.main_window import AREAS, MainWindow
from liaison_app.ui.widgets.faq_pickers import ID_ROLE, CategoryPicker, EntryPicker
from tests.gui.conftest import loaded
from tests.gui.typing import type_text


@pytest.fixture
def db(demo_db):
    """Every test here works on the demo set (built once per module, copied per test)."""
    return demo_db


@pytest.fixture
def window(qtbot, db, tmp_path):
    install_translators("en")
    win = MainWindow(db, load_settings(tmp_path / "settings.toml"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    tasks.wait_for_tasks()


def entry(db, entry_id) -> FaqEntry:
    with db.session() as s:
        return s.get(FaqEntry, entry_id)


def tiers_page(window, qtbot):
    page = window.show_upkeep("tiers").tiers
    qtbot.waitUntil(lambda: page.report is not None)
    return page


def test_upkeep_is_the_seventh_area_and_the_faq_menu_reaches_every_tab(window, qtbot):
    assert AREAS[:6] == ("inbox", "queries", "faq", "bulletins", "departments", "reports")
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "faq_upkeep"
    for name, tab in (("actionFlags", 1), ("actionCategories", 2), ("actionSynonyms", 3),
                      ("actionUseTiers", 0)):
        window.findChild(QAction, name).trigger()
        assert window.pages["faq_upkeep"].tabs.currentIndex() == tab


def test_tiers_on_demo_data_are_four_populated_views_and_pin_and_announce_work(window, db, qtbot, qtmodeltester):
    page = tiers_page(window, qtbot)
    counts = page.report.counts()
    assert all(counts[tier] > 0 for tier in TIERS), counts
    assert page.tabs.tabText(0).endswith(f"({counts['very_high']})")
    qtmodeltester.check(page.model)
    assert "pin" in page.advice.text()
    top = page.model.entries[0]
    assert top.hits >= page.model.entries[-1].hits
    page.table.selectRow(0)
    assert page.pin_button.font().bold()
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Pinned 1 entry." in page.message.text())  # issue 14: not "1 entries"
    assert entry(db, top.id).pinned
    qtbot.waitUntil(lambda: page.model.entries and page.model.entries[0].pinned)
    page.table.selectRow(0)
    qtbot.mouseClick(page.announce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bulletin posted" in page.message.text())
    with db.session() as s:
        bulletin = s.scalars(select(Bulletin).where(Bulletin.faq_entry_id == top.id)).one()
    assert bulletin.title == top.question
    assert "Bulletin posted" in page.message.text()
    # The period matters: the last 7 days count fewer hits than the last 12 months.
    page.period.setCurrentIndex(page.period.findData(365))
    qtbot.waitUntil(lambda: (page.report.period.end - page.report.period.start).days == 365)
    year_total = sum(e.hits for t in TIERS for e in page.report.tiers[t])
    page.period.setCurrentIndex(page.period.findData(7))
    qtbot.waitUntil(lambda: sum(e.hits for t in TIERS for e in page.report.tiers[t]) < year_total)


def test_very_low_entry_merged_through_the_search_dialog_and_another_retired(window, db, qtbot):
    page = tiers_page(window, qtbot)
    page.tabs.setCurrentIndex(TIERS.index("very_low"))
    assert "merge" in page.advice.text().lower()
    low = page.model.entries[0]
    with db.session() as s:
        low_hits = s.scalar(select(func.count()).select_from(FaqHit).where(FaqHit.entry_id == low.id))
        target = s.scalars(select(FaqEntry).where(FaqEntry.status == FaqStatus.PUBLISHED,
                                                  FaqEntry.question.contains("掛失"),
                                                  FaqEntry.id != low.id)).first()
        target_hits, target_revision = target.hit_count, target.revision
    page.table.selectRow(0)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    picker = page.findChild(EntryPicker)
    assert picker is not None and picker.isVisible()
    type_text(qtbot, picker.search, "掛失")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    for row in range(picker.model.rowCount()):
        if picker.model.item(row).data(ID_ROLE) == target.id:
            picker.results.setCurrentIndex(picker.model.index(row, 0))
    qtbot.mouseClick(picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Merged 1 entr" in page.message.text())
    merged, survivor = entry(db, low.id), entry(db, target.id)
    assert merged.status == "retired"
    assert survivor.hit_count == target_hits + low_hits
    assert survivor.revision > target_revision
    assert "Merged 1 entr" in page.message.text()
    qtbot.waitUntil(lambda: all(e.id != low.id for t in TIERS for e in page.report.tiers[t]))

    page.tabs.setCurrentIndex(TIERS.index("very_low"))
    other = page.model.entries[0]
    page.ask_text = lambda title, label, callback: callback("重複，已有更好的條目")
    page.table.selectRow(0)
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Retired 1 entr" in page.message.text())
    # The singular throughout (it said "Retired 1 entry: agents no longer find them").
    assert "Retired 1 entry: agents no longer find it." in page.message.text()
    retired = entry(db, other.id)
    assert retired.status == "retired"
    with db.session() as s:
        assert s.get(FaqEntry, other.id).revisions[-1].note == "重複，已有更好的條目"
    # Issue 14 item 3: the retirement can be undone from where it was done.
    assert page.undo_button.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: entry(db, other.id).status == "published")
    qtbot.waitUntil(lambda: "Restored 1 entr" in page.message.text())


def test_thresholds_dialog_saves_the_rules_for_everyone(window, db, qtbot):
    page = tiers_page(window, qtbot)
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rules_dialog is not None)  # once the rules in force are read
    dialog = page.rules_dialog
    dialog.thresholds.setChecked(True)
    dialog.very_high.setValue(2)
    dialog.high.setValue(5)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "must fall" in dialog.problem.text()
    dialog.very_high.setValue(30)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    def saved_rules():
        with db.session() as s:
            rules = load_tier_rules(s)
        return (rules.mode, rules.very_high_min, rules.high_min)

    qtbot.waitUntil(lambda: saved_rules() == ("thresholds", 30, 5))  # written through the gateway
    qtbot.waitUntil(lambda: "from 30 hits" in page.rules_label.text())
    assert all(e.hits >= 30 for e in page.report.tiers["very_high"])


def test_bulk_recategorise_from_a_tier_with_the_category_dialog(window, db, qtbot):
    page = tiers_page(window, qtbot)
    page.tabs.setCurrentIndex(TIERS.index("high"))
    ids = [page.model.entries[0].id, page.model.entries[1].id]
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    assert page.selected_ids() == ids
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    picker = page.findChild(CategoryPicker)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)  # the tree is read in the background
    with db.session() as s:
        target = s.scalars(select(Category).where(Category.name == "反詐騙")).one()
    picker.tree.setCurrentIndex(picker.model.match(picker.model.index(0, 0), ID_ROLE, target.id, 1,
                                                   Qt.MatchFlag.MatchRecursive)[0])
    qtbot.mouseClick(picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Moved 2 entries" in page.message.text())
    assert {entry(db, i).category_id for i in ids} == {target.id}
    assert "Moved 2 entries" in page.message.text()


def test_a_manager_flags_an_entry_as_missing_information(window, db, qtbot):
    """The issue's fourth kind of flag: the entry lacks what a caller needed."""
    window.go_to("faq")
    faq = window.pages["faq"]
    loaded(qtbot, faq.model)
    faq.table.selectRow(0)
    entry_id = faq.model.id_at(0)
    qtbot.mouseClick(faq.flag_button, Qt.MouseButton.LeftButton)
    dialog = faq.flag_dialog
    assert dialog.kind.itemText(dialog.kind.findData("missing")) == "Missing information"
    dialog.kind.setCurrentIndex(dialog.kind.findData("missing"))
    type_text(qtbot, dialog.comment, "沒寫附卡怎麼辦")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.flagged):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with db.session() as s:
        flag = s.scalars(select(FaqFlag)).one()
    assert (flag.entry_id, flag.kind, flag.comment) == (entry_id, "missing", "沒寫附卡怎麼辦")
    flags = window.show_upkeep("flags").flags
    qtbot.waitUntil(lambda: flags.model.rowCount() == 1)
    assert flags.model.data(flags.model.index(0, flags.model.COL_KIND)) == "Missing information"


def test_flag_from_the_faq_page_then_fix_it_from_the_owners_queue(window, db, qtbot, qtmodeltester):
    window.go_to("faq")
    faq = window.pages["faq"]
    loaded(qtbot, faq.model)
    faq.table.selectRow(0)
    entry_id = faq.model.id_at(0)
    before = entry(db, entry_id)
    qtbot.mouseClick(faq.flag_button, Qt.MouseButton.LeftButton)
    dialog = faq.flag_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("outdated"))
    type_text(qtbot, dialog.comment, "額度已調整")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.flagged):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with db.session() as s:
        flag = s.scalars(select(FaqFlag)).one()
    assert (flag.entry_id, flag.kind, flag.comment) == (entry_id, "outdated", "額度已調整")
    qtbot.waitUntil(lambda: "1 open flag" in faq.detail.toPlainText())

    flags = window.show_upkeep("flags").flags
    qtbot.waitUntil(lambda: flags.model.rowCount() == 1)
    qtmodeltester.check(flags.model)
    assert flags.model.data(flags.model.index(0, flags.model.COL_KIND)) == "Out of date"
    with db.session() as s:
        from liaison_app.core.models import Department
        other = s.scalars(select(Department.id).where(Department.id != before.department_id)).first()
    flags.department.setCurrentIndex(flags.department.findData(other))
    qtbot.waitUntil(lambda: flags.model.rowCount() == 0)
    flags.department.setCurrentIndex(flags.department.findData(before.department_id))
    qtbot.waitUntil(lambda: flags.model.rowCount() == 1)

    flags.table.selectRow(0)
    qtbot.mouseClick(flags.fix_button, Qt.MouseButton.LeftButton)
    editor = flags.editor
    qtbot.waitUntil(lambda: editor.loaded)
    assert editor.question.text() == before.question
    editor.answer.setPlainText("")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "answer" in editor.problem.text())  # saved off the GUI thread
    assert editor.isVisible()
    editor.answer.selectAll()
    type_text(qtbot, editor.answer, "新的額度標準：最高50萬元。")
    qtbot.waitUntil(editor.save_button.isEnabled)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flags.model.rowCount() == 0)  # resolved once the save is in
    # Issue 14 item 4: the fix waits for review; agents keep the published entry meanwhile.
    after = entry(db, entry_id)
    assert (after.status, after.answer, after.revision) == ("published", before.answer, before.revision)
    with db.session() as s:
        flag = s.get(FaqFlag, flag.id)
        latest = s.get(FaqEntry, entry_id).revisions[-1]
        assert entry_id in [h.id for h in search_faq(s, before.question, 5)]
    assert flag.resolved_at is not None and flag.resolved_by == window._settings.actor
    assert flag.resolution == f"fixed in revision {before.revision + 1}"
    assert latest.number == before.revision + 1
    assert latest.answer == "新的額度標準：最高50萬元。" and latest.note.startswith("Fix for flag")
    qtbot.waitUntil(lambda: flags.model.rowCount() == 0)


def test_a_flag_resolved_without_change_records_who_and_why(window, db, qtbot):
    from liaison_app.core.faq.flags import flag_entry

    with db.sessions.begin() as s:
        entry_id = s.scalar(select(FaqEntry.id).order_by(FaqEntry.id))
        flag_id = flag_entry(s, entry_id, "unclear", "看不懂", "A1001")
    flags = window.show_upkeep("flags").flags
    qtbot.waitUntil(lambda: flags.model.rowCount() == 1)
    flags.ask_text = lambda title, label, callback: callback("條目無誤，已向座席解釋")
    flags.table.selectRow(0)
    qtbot.mouseClick(flags.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Flag resolved" in flags.message.text())  # written through the gateway
    with db.session() as s:
        flag = s.get(FaqFlag, flag_id)
    assert flag.resolution == "條目無誤，已向座席解釋" and flag.resolved_at is not None
    assert entry(db, entry_id).revision == 1


@pytest.fixture
def inline_tasks():
    """Background work runs inline: for a sequence of steps that each build on the last."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def test_category_tree_counts_drag_and_drop_and_reorder(window, db, qtbot, qtmodeltester, inline_tasks):
    page = window.show_upkeep("categories").categories
    model = page.tree_model
    qtmodeltester.check(page.entries_model)
    qtmodeltester.check(model)
    with db.session() as s:
        card = s.scalars(select(Category).where(Category.name == "銀行卡")).one()
        loss = s.scalars(select(Category).where(Category.name == "掛失與補卡")).one()
        fee = s.scalars(select(Category).where(Category.name == "年費")).one()
        card_total = s.scalar(select(func.count()).select_from(FaqEntry).join(Category)
                              .where((Category.id == card.id) | (Category.parent_id == card.id)))
    assert model.index_of(card.id).data().endswith(f"({card_total})")

    # Drag the entries of 掛失與補卡 onto 年費.
    page.select_category(loss.id)
    moving = [row[0] for row in page.entries_model.rows]
    assert moving
    page.entries.selectAll()
    data = page.entries_model.mimeData(page.entries.selectionModel().selectedIndexes())
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(fee.id))
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(fee.id))
    qtbot.waitUntil(lambda: "Moved" in page.message.text())
    assert {entry(db, i).category_id for i in moving} == {fee.id}
    assert page.entries_model.rowCount() == 0

    # Re-order the entries of 年費 with Move up.
    page.select_category(fee.id)
    last = page.entries_model.rows[-1][0]
    page.entries.selectRow(page.entries_model.rowCount() - 1)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert page.entries_model.rows[-2][0] == last
    assert page.selected_entries() == [last]

    # A category dragged under its own child is refused, with a clear message.
    drag = model.mimeData([model.index_of(card.id)])
    model.dropMimeData(drag, Qt.DropAction.MoveAction, -1, -1, model.index_of(fee.id))
    qtbot.waitUntil(lambda: "into itself" in page.message.text())
    assert "into itself or one of its sub-categories" in page.message.text()
    with db.session() as s:
        assert s.get(Category, card.id).parent_id is None

    # New, rename and re-parent by dragging.
    page.ask_text = lambda title, label, callback, text="": callback("新卡種")
    page.select_category(card.id)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        new = s.scalars(select(Category).where(Category.name == "新卡種")).one()
    assert new.parent_id == card.id and page.current_category() == new.id
    page.ask_text = lambda title, label, callback, text="": callback("聯名卡")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    model.dropMimeData(model.mimeData([model.index_of(new.id)]), Qt.DropAction.MoveAction, -1, -1,
                       model.index_of(loss.id))
    qtbot.waitUntil(lambda: page.message.text() == "Category moved.")
    with db.session() as s:
        moved = s.get(Category, new.id)
    assert (moved.name, moved.parent_id) == ("聯名卡", loss.id)
    # Dropped on the empty area below the tree: a top-level category.
    page.message.clear()
    model.dropMimeData(model.mimeData([model.index_of(loss.id)]), Qt.DropAction.MoveAction, -1, -1,
                       QModelIndex())
    qtbot.waitUntil(lambda: page.message.text() == "Category moved.")
    with db.session() as s:
        assert s.get(Category, loss.id).parent_id is None
        assert s.get(Category, new.id).parent_id == loss.id

    # The "Move to category…" dialog moves the selected entries too.
    page.select_category(fee.id)
    page.entries.selectRow(0)
    first = page.selected_entries()[0]
    page.choose_category = lambda callback: callback(new.id)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert entry(db, first).category_id == new.id
    assert model.index_of(new.id).data() == "聯名卡  (1)"


def test_synonym_editor_widens_the_faq_search(window, db, qtbot):
    page = window.show_upkeep("synonyms").synonyms
    type_text(qtbot, page.words, "補卡 = 換卡")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.item(0).text() == "補卡 = 換卡"
    with db.session() as s:
        assert sorted(s.scalars(select(Synonym.term))) == sorted(["補卡", "換卡"])
    window.go_to("faq")
    faq = window.pages["faq"]
    type_text(qtbot, faq.filter, "換卡")
    qtbot.waitUntil(lambda: faq.model.rowCount() > 0 and "補卡" in entry(db, faq.model.id_at(0)).question
                    + "".join(entry(db, faq.model.id_at(0)).keywords) + entry(db, faq.model.id_at(0)).answer)

    window.show_upkeep("synonyms")
    page.list.setCurrentIndex(page.model.index(0, 0))
    assert page.words.text() == "補卡 = 換卡"
    page.words.clear()
    type_text(qtbot, page.words, "補卡, 換卡, 補辦")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.item(0).text() == "補卡 = 換卡 = 補辦")
    page.words.clear()
    type_text(qtbot, page.words, "補卡")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "at least two" in page.message.text())
    page.list.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Synonym)) == 0


def test_faq_export_and_import_from_the_menu_with_bad_rows_reported(window, db, qtbot, tmp_path):
    transfer = window.faq_transfer()
    out = tmp_path / "faq.jsonl"
    transfer.choose_target = lambda callback: callback(str(out))
    with qtbot.waitSignal(transfer.exported, timeout=10_000):
        window.findChild(QAction, "actionExportFaq").trigger()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and json.loads(lines[0])["question"]
    assert f"Exported {len(lines)} FAQ entries" in transfer.last_box.text()

    source = tmp_path / "new.jsonl"
    source.write_text("\n".join([
        json.dumps({"question": "數字人民幣錢包如何開通？", "answer": "在手機銀行開通。",
                    "category": "電子銀行 › 數字人民幣"}, ensure_ascii=False),
        json.dumps({"question": "只有問題"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    transfer.choose_file = lambda callback: callback(str(source))
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(FaqEntry))
    with qtbot.waitSignal(transfer.refused, timeout=10_000):
        window.findChild(QAction, "actionImportFaq").trigger()
    box = transfer.last_box
    assert "Nothing was imported" in box.text() and "Line 2, answer: missing, but required" in box.detailedText()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(FaqEntry)) == before
    good = next(b for b in box.buttons() if b.objectName() == "importGoodRows")
    with qtbot.waitSignal(transfer.imported, timeout=10_000):
        good.click()
    assert "Imported 1 FAQ entries" in transfer.last_box.text()
    assert transfer.last_box.icon() == QMessageBox.Icon.Information
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(FaqEntry)) == before + 1

"""The department directory edited in the window as a manager does: a new department with
contacts, head and deputy, refusals shown beside their fields, an edit that removes a
contact, CSV export and import from the Departments page, and the compose dialog refusing a
department that has no contact to write to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from liaison_app.core.config import load_settings
from liaison_app.core.directory.admin import ContactInput, DepartmentInput, save_department
from liaison_app.core.directory.csv_transfer import COLUMNS
from liaison_app.core.models import Agent, Contact, Department
from liaison_app.core.questions.intake import ForwardRequest, forward_question
from liaison_app.ui import tasks
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.pages.browse import DepartmentsPage
from tests.gui.conftest import loaded
from tests.gui.typing import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, db):
    install_translators("en")
    with db.session() as s, s.begin():
        save_department(s, DepartmentInput(name="Cards", contacts=[ContactInput("Amy", email="amy@bank.example")]))
    widget = DepartmentsPage(DatabaseGateway(db))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.refresh()
    loaded(qtbot, widget.model)
    yield widget
    tasks.wait_for_tasks()


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def add_contact(qtbot, dialog, name, title, email, deputy: str | None = None):
    qtbot.mouseClick(dialog.add_button, LEFT)
    contact = dialog.contact_dialog
    type_text(qtbot, contact.name, name)
    type_text(qtbot, contact.title_edit, title)
    type_text(qtbot, contact.email, email)
    if deputy:
        contact.deputy.setCurrentIndex(contact.deputy.findText(deputy))
    return contact


def test_a_new_department_with_contacts_head_and_deputy(page, qtbot, db):
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.department_dialog
    type_text(qtbot, dialog.name, "ＣＡＲＤＳ")  # the same name as "Cards", full width
    type_text(qtbot, dialog.duties, "負責信用卡年費、額度調整")
    retype(qtbot, dialog.sla, "8")
    type_text(qtbot, dialog.keywords, "信用卡、年費, 額度")
    type_text(qtbot, dialog.email, "cards@bank")

    contact = add_contact(qtbot, dialog, "王麗", "經理", "wang li@bank.example")
    ok(qtbot, contact)
    assert contact.isVisible()  # refused beside the field, the dialog stays open
    assert contact.errors["email"].text() == ("“wang li@bank.example” is not a valid email "
                                              "address (like name@bank.example).")
    retype(qtbot, contact.email, "wang.li@bank.example")
    ok(qtbot, contact)
    assert not contact.isVisible()
    ok(qtbot, add_contact(qtbot, dialog, "張主任", "主任", "zhang@bank.example", deputy="王麗"))
    assert dialog.contacts.rowCount() == 2
    assert dialog.contacts.index(1, dialog.contacts.COL_DEPUTY).data() == "王麗"
    dialog.head.setCurrentIndex(dialog.head.findText("張主任"))

    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible())
    assert dialog.errors["name"].text() == "A department named “Cards” already exists."
    assert dialog.errors["email"].text().startswith("“cards@bank” is not a valid email address")
    assert not dialog.errors["sla_hours"].isVisible()
    retype(qtbot, dialog.name, "信用卡部")
    retype(qtbot, dialog.email, "cards@bank.example")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    with db.session() as s:
        dept = s.scalar(select(Department).where(Department.name == "信用卡部"))
        assert (dept.sla_hours, dept.routing_keywords) == (8, ["信用卡", "年費", "額度"])
        assert dept.duties == "負責信用卡年費、額度調整" and dept.head.name == "張主任"
        assert [(c.name, c.deputy.name if c.deputy else None) for c in dept.contacts] == [
            ("王麗", None), ("張主任", "王麗")]
        dept_id = dept.id

    # Edit: remove 王麗; 張主任 loses the deputy, 王麗 stays in the history as inactive.
    row = next(r for r in range(page.model.rowCount()) if page.model.id_at(r) == dept_id)
    page.table.selectRow(row)
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, LEFT)
    dialog = page.department_dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.name.text() == "信用卡部" and dialog.head.currentText() == "張主任"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert dialog.contacts.index(0, dialog.contacts.COL_DEPUTY).data() == ""
    assert dialog.head.currentText() == "張主任"
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    with db.session() as s:
        rows = s.execute(select(Contact.name, Contact.active, Contact.deputy_id)
                         .where(Contact.department_id == dept_id).order_by(Contact.id)).all()
        assert rows == [("王麗", False, None), ("張主任", True, None)]


def test_export_and_import_from_the_page(page, qtbot, db, tmp_path):
    out = tmp_path / "directory.csv"
    page.transfer.choose_export_file = lambda callback: callback(str(out))
    with qtbot.waitSignal(page.transfer.exported):
        qtbot.mouseClick(page.export_button, LEFT)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS).encode())
    assert "Exported 1 departments and 1 contacts" in page.transfer.last_box.text()

    bad = tmp_path / "new.csv"
    bad.write_bytes((",".join(COLUMNS) + "\r\n"
                     "電子銀行部,網銀,4,網銀,,,是,李娜,經理,li.na@bank.example,,,是,是\r\n"
                     "個人金融部,存款,abc,,,,,周敏,,zhou@bank,,,,\r\n").encode("gbk"))
    page.transfer.choose_import_file = lambda callback: callback(str(bad))
    with qtbot.waitSignal(page.transfer.finished):
        qtbot.mouseClick(page.import_button, LEFT)
    box = page.transfer.last_box
    assert box.text() == "Nothing was imported: 1 of 2 rows have problems (see details)."
    assert "Line 3, SLA hours: " in box.detailedText()
    assert "Line 3, email: " in box.detailedText()
    assert page.model.rowCount() == 1
    good_rows = box.findChild(type(page.import_button), "importGoodDepartments")
    with qtbot.waitSignal(page.transfer.imported):
        good_rows.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "1 added" in page.transfer.last_box.text()
    with db.session() as s:
        assert s.scalar(select(Department).where(Department.name == "電子銀行部")).head.name == "李娜"


def test_compose_refuses_a_department_without_a_contact_email(qtbot, db, gateway_of):
    from liaison_app.ui.dialogs.compose import ComposeDialog

    install_translators("en")
    with db.session() as s, s.begin():
        save_department(s, DepartmentInput(name="貸款部", email="loans@bank.example",
                                           contacts=[ContactInput("周敏", phone="3231")]))
        s.add(Agent(code="A1", name="李"))
        s.flush()
        qid = forward_question(s, ForwardRequest(agent="A1", text="房貸提前還款？"), "t").question_id
    dialog = ComposeDialog(gateway_of(db), load_settings(), qid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.error_label.text().startswith("貸款部"))
    assert dialog.error_label.text() == ("貸款部 has no contact with a mail address: "
                                         "add one in Departments › Edit… before asking it.")
    assert not dialog.send_button.isEnabled()


def test_a_deactivated_department_is_greyed_and_no_longer_offered(page, qtbot, db):
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, LEFT)
    dialog = page.department_dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    # On the box itself: the check box spans the row, its empty right part does nothing.
    qtbot.mouseClick(dialog.active, LEFT, pos=QPoint(8, dialog.active.height() // 2))
    assert not dialog.active.isChecked()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None)
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Inactive")
    with db.session() as s:
        assert s.scalar(select(Department.active)) is False

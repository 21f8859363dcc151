"""The department liaison as a manager does it in the window, against real local servers:
ask a department (compose dialog), the mail goes out (aiosmtpd), the reply comes in
(pymap), and the reply is accepted as the answer from the question detail."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from liaison_app.core import secrets
from liaison_app.core.config import load_settings
from liaison_app.core.models import Message, Query, Question
from liaison_app.ui import tasks
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.main_window import MainWindow
from tests.integration.conftest import imap_peer, imap_server, smtp_peer  # noqa: F401
from tests.mail_data import CONTACT, seed, write_settings
from tests.replies import reply


@pytest.fixture
def mail_window(qtbot, db, smtp_peer, imap_peer):  # noqa: F811
    install_translators("en")
    seeded = seed(db)
    write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    win = MainWindow(db, load_settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    yield win, seeded
    win.mail_worker.stop()
    for _ in range(3):  # deliver late results while the window still exists
        tasks.wait_for_tasks()
        QCoreApplication.processEvents()


def test_ask_send_receive_accept(mail_window, db, qtbot, smtp_peer, imap_peer, tmp_path):  # noqa: F811
    window, seeded = mail_window
    qid = seeded.question_id
    detail = window.inbox.detail
    qtbot.waitUntil(lambda: window.inbox.select_question(qid))
    qtbot.waitUntil(lambda: "ask:" in detail.toHtml())

    detail.anchorClicked.emit(QUrl(f"ask:{qid}"))
    dialog = window.mail_actions.dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.to_edit.text() == CONTACT
    assert "王麗 <wang.li@cards.bank.example>" in dialog.contacts_model.stringList()
    assert f"[LQ-{qid:06d}]" in dialog.subject.text()
    assert "Card and ID numbers will be masked" in dialog.mask_hint.text()
    statement = tmp_path / "客戶對帳單.pdf"
    statement.write_bytes(b"%PDF-1.4 statement")
    dialog.add_attachment(str(statement))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    # Queued, then sent by the background worker without blocking the window.
    qtbot.waitUntil(lambda: len(smtp_peer.received) == 1, timeout=15000)
    qtbot.waitUntil(lambda: window.mail_label.text().startswith("Mail: 1 sent"))
    sent = smtp_peer.received[0].message
    assert "6222 0212 3456 7890 123" not in sent.get_body(("plain",)).get_content()
    (attachment,) = sent.iter_attachments()
    assert attachment.get_filename() == "客戶對帳單.pdf"
    assert attachment.get_content() == b"%PDF-1.4 statement"

    window.go_to("queries")
    page = window.pages["queries"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not window.mail_worker.busy)
    assert page.model.rows[0].ref == f"LQ-{qid:06d}"

    imap_peer.deliver(reply(answer="符合首年免年費條件，可減免。", original_subject=sent["Subject"],
                            original_body=sent.get_body(("plain",)).get_content(),
                            from_addr=CONTACT, in_reply_to=sent["Message-ID"], style="qq",
                            charset="gb18030", declared="gb2312"))
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.busy.isVisible() or window.mail_worker.last_report is not None)
    qtbot.waitUntil(lambda: not window.mail_worker.busy
                    and window.mail_worker.last_report.matched == 1, timeout=15000)
    assert "matched 1" in page.status.text()

    window.go_to("inbox")
    with qtbot.waitSignal(detail.shown):  # loaded in the background
        detail.reload()
    match = re.search(r"accept:(\d+)", detail.toHtml())
    assert match, "the reply offers 'Accept as the answer'"
    assert "符合首年免年費條件，可減免。" in detail.toPlainText()
    detail.anchorClicked.emit(QUrl(match.group(0)))

    def answered() -> bool:
        with db.session() as s:
            return s.get(Question, qid).status == "answer_received"

    qtbot.waitUntil(answered)
    with db.session() as s:
        q = s.get(Question, qid)
        assert q.answer == "符合首年免年費條件，可減免。"
        query = s.scalars(select(Query)).one()
        assert query.status == "answered" and query.answered_at is not None
        assert s.scalars(select(Message).where(Message.direction == "in")).one().question_id == qid
    qtbot.waitUntil(lambda: "Accept as the answer" not in detail.toPlainText())


def test_chase_escalate_and_log_a_call_from_the_queries_page(mail_window, db, qtbot,
                                                               smtp_peer):  # noqa: F811
    window, seeded = mail_window
    from liaison_app.core.correspondence.queries import ask, find_department
    from tests.mail_data import IDENTITY

    with db.session() as s, s.begin():
        ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY, "manager")
    window.go_to("queries")
    page = window.pages["queries"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # Issue 14 item 9: nothing selected, nothing to press; each mail is shown before it goes.
    assert not page.escalate_button.isEnabled() and not page.chase_button.isEnabled()
    previews: list[str] = []

    def confirm(_title, text, then) -> None:
        previews.append(text)
        then()

    page.confirm = confirm
    page.select_query_row(0)
    qtbot.mouseClick(page.chase_button, Qt.MouseButton.LeftButton)
    assert "信用卡部" in previews[-1] and f"LQ-{seeded.question_id:06d}" in previews[-1]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.rows[0].chase_count == 1)
    qtbot.waitUntil(lambda: not window.mail_worker.busy)
    page.select_query_row(0)
    qtbot.mouseClick(page.escalate_button, Qt.MouseButton.LeftButton)
    assert "head of 信用卡部" in previews[-1]
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].escalated_at is not None)
    qtbot.waitUntil(lambda: len(smtp_peer.received) == 3, timeout=15000)

    page.select_query_row(0)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    dialog = page.call_dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("answered"))
    dialog.answer.setPlainText("電話答覆：可以減免。")
    dialog.summary.setPlainText("與王麗通話")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        q = s.get(Question, seeded.question_id)
        assert q.status == "answer_received" and q.answer == "電話答覆：可以減免。"
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_unmatched_mail_is_attached_from_the_tray(mail_window, db, qtbot, imap_peer):  # noqa: F811
    window, seeded = mail_window
    imap_peer.deliver(reply(answer="請問進度？", original_subject="x", original_body="",
                            subject="詢問", from_addr="stranger@example.org", style="plain_gt"))
    window.go_to("queries")
    page = window.pages["queries"]
    qtbot.waitUntil(lambda: not window.mail_worker.busy)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tray.rowCount() == 1, timeout=15000)
    page.tabs.setCurrentIndex(1)
    page.tray_view.selectRow(0)
    qtbot.waitUntil(lambda: "請問進度" in page.preview.toPlainText())
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    picker = page.picker  # a search over the questions, not a bare number
    qtbot.waitUntil(lambda: picker.isVisible() and picker.loaded)
    assert "stranger@example.org" in picker.findChildren(QLabel)[0].text()
    qtbot.keyClicks(picker.search, f"LQ-{seeded.question_id:06d}")
    qtbot.waitUntil(lambda: picker.loaded and picker.model.rowCount() == 1
                    and picker.search.text().endswith(str(seeded.question_id)))
    qtbot.mouseClick(picker.pick_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tray.rowCount() == 0)
    with db.session() as s:
        got = s.scalars(select(Message).where(Message.direction == "in")).one()
        assert got.question_id == seeded.question_id and got.match_method == "manual"


def test_mail_settings_dialog_saves_tests_and_keeps_passwords_off_disk(qtbot, tmp_path,
                                                                         smtp_peer,  # noqa: F811
                                                                         memory_keyring):
    from liaison_app.ui.dialogs.mail_settings import MailSettingsDialog

    install_translators("en")
    settings = load_settings()
    dialog = MailSettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.smtp.host.setText("127.0.0.1")
    dialog.smtp.port.setValue(smtp_peer.port)
    dialog.smtp.security.setCurrentIndex(dialog.smtp.security.findData("none"))
    dialog.from_address.setText("hardq@bank.example")
    dialog.smtp.password.setText("top-secret")
    qtbot.mouseClick(dialog.smtp.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.smtp.test_result.text().startswith("OK"))
    dialog.imap.host.setText("127.0.0.1")
    dialog.imap.port.setValue(1)  # nothing listens there
    dialog.imap.security.setCurrentIndex(dialog.imap.security.findData("none"))
    dialog.imap.username.setText("u")
    dialog.imap.password.setText("p")
    qtbot.mouseClick(dialog.imap.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imap.test_result.text().startswith("Failed"), timeout=10000)
    assert "refused" in dialog.imap.test_result.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    saved = load_settings()
    assert saved.mail_server("smtp").port == smtp_peer.port
    assert saved.mail_server("smtp").security == "none"
    assert "top-secret" not in saved.path.read_text(encoding="utf-8")
    assert memory_keyring.passwords[("liaison", "smtp")] == "top-secret"


def test_mail_settings_without_keyring_keep_the_password_in_memory(qtbot, monkeypatch):
    import keyring
    from keyring.errors import NoKeyringError

    from liaison_app.ui.dialogs.mail_settings import MailSettingsDialog

    class NoBackend(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            raise NoKeyringError("none")

        def set_password(self, service, username, password):
            raise NoKeyringError("none")

        def delete_password(self, service, username):
            raise NoKeyringError("none")

    keyring.set_keyring(NoBackend())
    install_translators("en")
    dialog = MailSettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    assert "No system keyring" in dialog.keyring_note.text()
    dialog.imap.host.setText("imap.bank.example")
    dialog.imap.password.setText("only-in-memory")
    dialog.save()
    assert secrets.get_password("imap") == "only-in-memory"
    assert "only-in-memory" not in load_settings().path.read_text(encoding="utf-8")
    secrets.delete_password("imap")


def test_failed_mail_shows_the_reason_and_is_sent_again(mail_window, db, qtbot,
                                                          smtp_peer):  # noqa: F811
    window, seeded = mail_window
    from liaison_app.core.correspondence.queries import ask, find_department
    from tests.integration.mail_peers import free_port
    from tests.mail_data import IDENTITY

    window._settings.data["smtp"]["port"] = free_port()  # nothing listens: the server is down
    with db.session() as s, s.begin():
        ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY, "manager")
    qtbot.waitUntil(lambda: not window.mail_worker.busy)
    assert window.mail_worker.run_now()
    qtbot.waitUntil(lambda: not window.mail_worker.busy
                    and window.mail_worker.last_report is not None)
    detail = window.inbox.detail
    qtbot.waitUntil(lambda: window.inbox.select_question(seeded.question_id))
    with qtbot.waitSignal(detail.shown):  # loaded in the background
        detail.reload()
    assert "refused the connection" in detail.toPlainText()
    match = re.search(r"retry:(\d+)", detail.toHtml())
    assert match
    window._settings.data["smtp"]["port"] = smtp_peer.port  # the server is back
    detail.anchorClicked.emit(QUrl(match.group(0)))
    qtbot.waitUntil(lambda: len(smtp_peer.received) == 1, timeout=15000)
    qtbot.waitUntil(lambda: "refused the connection" not in detail.toPlainText())


def test_unmatched_mail_is_dismissed_as_spam_and_undone(mail_window, db, qtbot, imap_peer):  # noqa: F811
    """Issue 14 item 7: the tray had no dismiss or spam; mail piled up."""
    window, _seeded = mail_window
    imap_peer.deliver(reply(answer="限時優惠，點擊領取", original_subject="x", original_body="",
                            subject="恭喜中獎", from_addr="promo@spam.example", style="plain_gt"))
    window.go_to("queries")
    page = window.pages["queries"]
    qtbot.waitUntil(lambda: not window.mail_worker.busy)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tray.rowCount() == 1, timeout=15000)
    page.tabs.setCurrentIndex(1)
    assert not page.spam_button.isEnabled()
    page.tray_view.selectRow(0)
    qtbot.mouseClick(page.spam_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tray.rowCount() == 0)
    assert "spam" in page.status.text()
    with db.session() as s:
        got = s.scalars(select(Message).where(Message.direction == "in")).one()
        assert (got.state, got.match_method) == ("dismissed", "spam") and got.raw  # kept raw
    qtbot.waitUntil(page.undo_button.isVisible)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tray.rowCount() == 1)


def test_mail_settings_name_who_vouches_for_agents_mail(qtbot, memory_keyring):
    """Without a trusted server or relay agents' mail waits in the tray; the manager names
    them in the dialog (they were settings-file keys only), and a typo is refused there."""
    from liaison_app.core.correspondence.fetching import trust_of
    from liaison_app.mail.authentication import authenticated
    from liaison_app.ui.dialogs.mail_settings import MailSettingsDialog

    install_translators("en")
    dialog = MailSettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert "unmatched tray" in dialog.trust_note.text()
    dialog.authserv_ids.setText("mail.bank.example")
    dialog.trusted_relays.setText("relay1.bank.example，10.1.2.3; bad name/x")
    dialog.save()
    assert dialog.isVisible() and "bad" not in " ".join(load_settings().mail_server("imap").trusted_relays)
    assert "name/x" in dialog.trust_error.text()
    dialog.trusted_relays.setText("relay1.bank.example，10.1.2.3")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    imap = load_settings().mail_server("imap")
    assert imap.authserv_ids == ["mail.bank.example"]
    assert imap.trusted_relays == ["relay1.bank.example", "10.1.2.3"]
    ok, why = authenticated("agent@bank.example",
                            ["mail.bank.example; spf=pass smtp.mailfrom=bank.example"], [],
                            trust_of(imap))
    assert ok, why

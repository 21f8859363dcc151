"""Issue 14, item 11: the last English in the Chinese window. The outbox's address
refusals, the intake's NUL / product / source refusals and the people screen's refusals
were shown as core wrote them for the command line; they now read in the user's language.
(The scan that every code core raises has words of its own is in test_manager_trips.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from liaison_app.core.correspondence.outbox import Sender, queue_mail
from liaison_app.core.errors import DomainError
from liaison_app.mail.compose import Draft
from liaison_app.ui.dialogs.forward import ForwardDialog
from liaison_app.ui.dialogs.people import PeopleDialog
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.labels.problems import problem_message
from tests import factories as make

# A few words each language's text must hold, and English words it must not.
CHINESE = {"zh_TW": "郵件地址", "zh_CN": "邮件地址"}


@pytest.fixture
def in_language(qapp):
    def set_(language: str) -> None:
        install_translators(language)

    yield set_
    install_translators("en")


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        make.agents(s)
    return db


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_outbox_address_refusals_read_in_chinese(center, in_language, language):
    in_language(language)
    refusals = []
    for draft, sender in ((Draft("主旨", "內文", to=["王麗 <wang.li@bank"]), Sender("me@bank.example")),
                          (Draft("主旨", "內文", to=[]), Sender("me@bank.example")),
                          (Draft("主旨", "內文", to=["a@bank.example"]), Sender(""))):
        with center.session() as s, s.begin(), pytest.raises(DomainError) as caught:
            queue_mail(s, draft, sender, question_id=None)
        refusals.append(domain_error_text(caught.value))
    bad, none, no_sender = refusals
    assert CHINESE[language] in bad and "wang.li@bank" in bad and "not an email" not in bad
    assert "recipient" not in none and "sender" not in no_sender
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in refusals), refusals


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_forward_dialog_refusals_for_nul_and_long_product_read_in_chinese(
        center, gateway_of, qtbot, in_language, language):
    in_language(language)
    dialog = ForwardDialog(gateway_of(center), actor="test")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.agent.setCurrentText("A1001")
    dialog.text.setPlainText("客戶問年費\x00")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "NUL" in dialog.error.text() and "contains" not in dialog.error.text()
    assert dialog.text.hasFocus() or dialog.focusWidget() is dialog.text

    dialog.text.setPlainText("客戶問年費")
    dialog.product.setText("卡" * 500)
    dialog.error.clear()
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "longer" not in dialog.error.text() and "product" not in dialog.error.text()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in dialog.error.text().split("：")[-1])
    unknown = problem_message("unknown source 'fax'")
    assert "fax" in unknown and "unknown" not in unknown


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_people_screen_refusals_read_in_chinese(center, gateway_of, qtbot, in_language, language):
    """Adding a person with no name: core refuses it, the form says so in Chinese."""
    in_language(language)
    people = PeopleDialog(gateway_of(center))
    qtbot.addWidget(people)
    people.show()
    people.load()
    qtbot.waitUntil(lambda: people.loaded)
    form = people.add_person()
    form.login.setText("locale_wu")
    form.roles["manager"].setChecked(True)
    form.existing.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.problem.text()))
    text = form.problem.text()
    assert "needs a name" not in text and any("\u4e00" <= ch <= "\u9fff" for ch in text), text


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_review_refusals_read_in_chinese(center, in_language, language):
    """FAQ › Review…: publishing without both approvals, and submitting an entry that is
    not a draft, were English sentences from core."""
    from liaison_app.core.faq import review
    from liaison_app.core.models import FaqStatus

    with center.session() as s, s.begin():
        draft = make.faq_entry(s, "年費怎麼減免？", "刷卡六次免年費。", status=FaqStatus.DRAFT,
                               revision="陳經理").id
        live = make.faq_entry(s, "掛失怎麼辦？", "請撥 24 小時專線。").id
    with center.session() as s, s.begin():
        review.submit(s, draft, "陳經理")
    in_language(language)
    texts = []
    for step in (lambda s: review.publish(s, draft, "陳經理"), lambda s: review.submit(s, live, "陳經理")):
        with center.session() as s, s.begin(), pytest.raises(DomainError) as caught:
            step(s)
        texts.append(domain_error_text(caught.value))
    publish, submit = texts
    assert f"#{draft}" in publish and "approval" not in publish and "客服中心" in publish, publish
    assert f"#{live}" in submit and "draft" not in submit, submit

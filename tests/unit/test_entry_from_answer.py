"""A department's reply made fit for an FAQ entry: greeting, sign-off, signature and quoted
history dropped; bullet and numbered lines become the key points (操作要點)."""

from __future__ import annotations

from liaison_app.core.faq.drafts import answer_for_entry


def test_greeting_signature_and_quote_are_dropped_and_bullets_become_points():
    reply = ("您好：\n\n借記卡掛失後補卡需要7個工作日。\n● 客戶需攜帶身份證到網點辦理\n"
             "● 補卡手續費10元\n2、掛失後舊卡立即失效\n\n謝謝！\n銀行卡部 王麗\n電話 021-12345678\n\n"
             "------------------ 原始邮件 ------------------\n发件人: hardq\n> 請問補卡要多久\n")
    assert answer_for_entry(reply) == ("借記卡掛失後補卡需要7個工作日。",
                                       ["客戶需攜帶身份證到網點辦理", "補卡手續費10元", "掛失後舊卡立即失效"])


def test_english_reply():
    assert answer_for_entry("Dear team,\nThe fee is waived.\n- once a year\nRegards,\nLi") == (
        "The fee is waived.", ["once a year"])


def test_a_heading_with_a_colon_is_not_taken_for_a_greeting():
    assert answer_for_entry("辦理方式：\n● 帶身份證") == ("辦理方式：", ["帶身份證"])
    assert answer_for_entry("可以辦理：需要身份證。") == ("可以辦理：需要身份證。", [])


def test_an_answer_without_greeting_is_kept_whole():
    text = "年費可以減免。\n首年免年費，次年刷卡滿6次免年費。"
    assert answer_for_entry(text) == (text, [])

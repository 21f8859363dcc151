"""A corpus of tricky mail, generated here, parsed without an exception and read right."""

from __future__ import annotations

from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from liaison_app.mail import mime_parse
from liaison_app.mail.charsets import decode_bytes
from liaison_app.mail.masking import mask_identifiers
from liaison_app.mail.quoting import split_reply
from tests.replies import QUOTE_STYLES, reply, with_attachment

TW = "請問信用卡年費怎麼減免？堃鎔"
CN = "请问信用卡年费怎么减免？镕"


def _word(data: bytes, charset: str) -> str:
    """An RFC 2047 encoded word, even for bytes the declared charset does not cover."""
    import base64

    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def _raw(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("latin-1") + b"\r\n\r\n" + body


@pytest.mark.parametrize("text,encoding,declared", [
    (CN, "gbk", "gb2312"),            # declared GB2312, GBK bytes
    (CN + "𠀀", "gb18030", "gb2312"),  # GB18030 four-byte characters
    (CN, "gbk", None),                # no charset declared
    (TW, "big5hkscs", "big5"),        # HKSCS characters in "Big5"
    (TW, "big5", None),
    (TW, "utf-8", "utf-8"),
    (CN, "utf-8", None),
    (CN, "gbk", "utf-8"),             # wrong charset declared
    (TW, "big5", "iso-8859-1"),       # wrong charset declared
])
def test_body_charsets_as_senders_use_them(text, encoding, declared):
    if encoding == "big5":
        text = text.replace("堃鎔", "")
    ctype = f"text/plain; charset={declared}" if declared else "text/plain"
    mail = mime_parse.parse(_raw(f"From: a@b.example\nSubject: x\nContent-Type: {ctype}\n"
                                 "Content-Transfer-Encoding: 8bit", text.encode(encoding)))
    assert mail.text.strip() == text


@pytest.mark.parametrize("charset,text", [("gb2312", CN), ("gbk", CN), ("big5", TW),
                                          ("utf-8", TW)])
def test_rfc2047_subjects_and_names(charset, text):
    codec = {"gb2312": "gbk", "big5": "big5hkscs"}.get(charset, charset)
    subject = _word(text.encode(codec), charset)
    name = _word("王麗".encode(codec), charset)
    mail = mime_parse.parse(_raw(f"From: {name} <Wang.Li@Bank.Example>\nSubject: {subject}",
                                 b"hi"))
    assert mail.subject == text
    assert mail.from_name == "王麗" and mail.from_addr == "wang.li@bank.example"


def test_raw_8bit_gbk_header_and_broken_headers():
    raw = (b"From: =?gb2312?B?broken <x@y.example>\r\nSubject: " + CN.encode("gbk")
           + b"\r\nDate: not a date\r\nMessage-ID: no angle brackets\r\nIn-Reply-To: <a@b> junk <c@d>"
           + b"\r\n\r\nbody")
    mail = mime_parse.parse(raw)
    assert mail.subject == CN
    assert mail.date is None and mail.message_id is None
    assert mail.in_reply_to == ["<a@b>", "<c@d>"]


def test_html_only_becomes_text_and_is_sanitised():
    raw = reply(answer="可以減免。<b>謝謝</b>", original_subject="x", original_body="原文",
                from_addr="a@b.example", html_only=True, style="plain_gt")
    mail = mime_parse.parse(raw)
    assert "可以減免。" in mail.text and "<" not in mail.text and "alert" not in mail.text
    assert "<script" not in mail.html and "tracker.example" not in mail.html
    assert "<img" not in mail.html and "style" not in mail.html


def test_nested_multipart_with_forwarded_mail_and_attachments():
    inner = MIMEText("內層原信", "plain", "big5")
    inner["Message-ID"] = "<inner@x>"
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText(CN, "plain", "gb18030"))
    alt.attach(MIMEText(f"<p>{CN}</p>", "html", "gb18030"))
    related = MIMEMultipart("related")
    related.attach(alt)
    outer = MIMEMultipart("mixed")
    outer["From"] = "a@b.example"
    outer["Subject"] = "nested"
    outer.attach(related)
    outer.attach(MIMEMessage(inner))
    outer.attach(MIMEApplication(b"%PDF-1.4", Name="a.pdf"))
    mail = mime_parse.parse(outer.as_bytes())
    assert CN in mail.text
    assert [a.filename for a in mail.attachments] == ["a.pdf"]
    assert mail.auto_kind is None and mail.thread_ids == []


def test_twenty_megabyte_attachment():
    mail = mime_parse.parse(with_attachment("大附件", "a@b.example", 20 * 1024 * 1024))
    assert mail.attachments[0].filename == "對帳單.pdf"
    assert len(mail.attachments[0].data) == 20 * 1024 * 1024


def test_bounce_names_the_undelivered_mail():
    raw = _raw(
        "From: MAILER-DAEMON@bank.example\nSubject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BB"',
        b"--BB\r\nContent-Type: text/plain\r\n\r\n550 5.1.1 mailbox unknown\r\n"
        b"--BB\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; bank.example\r\n\r\nFinal-Recipient: rfc822; x@y\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n"
        b"--BB\r\nContent-Type: message/rfc822\r\n\r\n"
        b"Message-ID: <orig.1@bank.example>\r\nSubject: [LQ-000001] x\r\n\r\noriginal\r\n"
        b"--BB--\r\n")
    mail = mime_parse.parse(raw)
    assert mail.auto_kind == "bounce"
    assert "<orig.1@bank.example>" in mail.thread_ids


@pytest.mark.parametrize("headers", [
    "Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
])
def test_auto_replies(headers):
    mail = mime_parse.parse(_raw(f"From: a@b.example\nSubject: Re: x\n{headers}", b"away"))
    assert mail.auto_kind == "auto_reply"


@pytest.mark.parametrize("subject", ["自動回覆：年費問題", "Automatic reply: x", "自动回复: x",
                                     "Out of Office: x"])
def test_auto_reply_subjects(subject):
    raw = _raw(f"From: a@b.example\nSubject: {Header(subject, 'utf-8').encode()}", b"away")
    assert mime_parse.parse(raw).auto_kind == "auto_reply"


def test_person_reply_is_not_automatic():
    raw = _raw("From: a@b.example\nSubject: RE: [LQ-000001] x\nAuto-Submitted: no", b"ok")
    assert mime_parse.parse(raw).auto_kind is None


@pytest.mark.parametrize("raw", [b"", b"\r\n\r\n", b"\x00\x01\x02",
                                 b"Subject: x\r\nContent-Type: multipart/mixed\r\n\r\nno boundary"])
def test_empty_or_broken_mail_never_raises_anything_but_unreadable(raw):
    try:
        mime_parse.parse(raw)
    except mime_parse.Unreadable:
        pass


def test_noise_is_unreadable():
    with pytest.raises(mime_parse.Unreadable):
        mime_parse.parse(_raw("From: a@b\nSubject: \nContent-Type: text/plain; charset=x-weird",
                              bytes(range(128, 256)) * 20))


@pytest.mark.parametrize("style", sorted(QUOTE_STYLES))
def test_quoted_text_is_separated(style):
    answer = "可以減免首年年費。\n如有疑問請來電。"
    text = QUOTE_STYLES[style].format(answer=answer, subject="[LQ-000001] 諮詢",
                                      quoted="王麗您好：\n請協助答覆。\n參考編號：LQ-000001",
                                      quoted_gt="> 王麗您好：\n> 參考編號：LQ-000001")
    new, quoted = split_reply(text)
    assert new == answer
    assert "LQ-000001" in quoted


def test_reply_without_quote_is_all_new():
    assert split_reply("好的，已處理。\n謝謝") == ("好的，已處理。\n謝謝", "")


@pytest.mark.parametrize("text,masked", [
    ("卡號 6222021234567890123 請查", "卡號 ***************0123 請查"),
    ("卡號 6222 0212 3456 7890", "卡號 **** **** **** 7890"),
    ("卡號 4111-1111-1111-1", "卡號 ****-****-*111-1"),
    ("身分證 11010519491231002X。", "身分證 **************002X。"),
    ("身分證11010519491231002x", "身分證**************002x"),
    # Phone numbers are customer numbers too (issue 20); a 12-digit amount is not.
    ("電話 021-12345678，金額 123456789012", "電話 ***-****5678，金額 123456789012"),
    ("日期 2026-11-29 10:00", "日期 2026-11-29 10:00"),
])
def test_masking(text, masked):
    assert mask_identifiers(text) == masked


def test_decode_never_raises():
    for data in (b"\xff\xfe\x00", bytes(range(256)), "平".encode("utf-16")):
        text, _codec, _clean = decode_bytes(data, "gb2312")
        assert isinstance(text, str)


@pytest.mark.parametrize("marker", [
    "-----邮件原件-----\n发件人: 客服中心\n发送时间: 2026年11月29日 9:00",
    "张三/信用卡部/总行 写于 2026-11-29 09:00:00:",
    "----- 客服中心/總行 寫於 2026/11/29 09:00 -----",
    "在 2026-11-29 09:00:00，\"客服中心\" <hardq@bank.example> 写道：",
    "On 29 Nov 2026, at 09:00, Hard Q <hardq@bank.example> wrote:",
    "From: Hard Q\nDate: Sunday, 29 November 2026 09:00\nTo: Wang",
    "发件人：客服中心\n时间：2026年11月29日 9:00\n收件人：王丽",
])
def test_more_real_world_quote_markers(marker):
    new, quoted = split_reply(f"可以減免。\n\n{marker}\n\n原文 LQ-000001")
    assert new == "可以減免。" and "LQ-000001" in quoted


def test_empty_text_part_beside_html_uses_the_html():
    alt = MIMEMultipart("alternative")
    alt["From"] = "a@b.example"
    alt["Subject"] = "x"
    alt.attach(MIMEText("", "plain", "utf-8"))
    alt.attach(MIMEText("<div>只有 HTML 有內容</div>", "html", "utf-8"))
    assert mime_parse.parse(alt.as_bytes()).text == "只有 HTML 有內容"


def test_encoded_words_split_inside_a_character():
    data = "信用卡年費減免".encode("gbk")
    import base64

    words = [f"=?gbk?B?{base64.b64encode(data[i:i + 5]).decode()}?=" for i in range(0, len(data), 5)]
    mail = mime_parse.parse(_raw("From: a@b.example\nSubject: " + "\n ".join(words), b"x"))
    assert mail.subject == "信用卡年費減免"


def test_a_header_with_raw_8bit_bytes_does_not_quarantine_a_good_mail():
    # compat32 hands such headers back as `Header` objects, which have no .lower().
    raw = (b"From: card@bank.example\r\nTo: hardq@bank.example\r\nSubject: [LQ-000001] ok\r\n"
           b"Thread-Topic: \xb2\xe2\xca\xd4\r\n"
           b"Content-Disposition: inline; x=\xb2\xe2\r\nPrecedence: \xc6\xd5\xcd\xa8\r\n"
           b"X-Auto-Response-Suppress: \xb2\xe2\r\nContent-Type: text/plain; charset=gbk\r\n\r\n"
           + "已經處理，可以退款。".encode("gbk"))
    mail = mime_parse.parse(raw)
    assert mail.text.strip() == "已經處理，可以退款。"
    assert mail.auto_kind is None


def test_iso_2022_jp_subjects_and_korean_mail_are_decoded_in_their_own_language():
    subject = Header("お問い合わせの件", "iso-2022-jp").encode()
    raw = (f"From: jp@bank.example\r\nSubject: {subject}\r\n"
           "Content-Type: text/plain; charset=ks_c_5601-1987\r\n\r\n").encode() \
        + "카드 분실 신고는 어떻게 하나요?".encode("cp949")
    mail = mime_parse.parse(raw)
    assert mail.subject == "お問い合わせの件"
    assert mail.text.strip() == "카드 분실 신고는 어떻게 하나요?"
    # Undeclared ISO-2022-JP (escapes in the bytes) is still Japanese, not raw escapes.
    assert decode_bytes("返信ありがとう".encode("iso2022_jp"))[0] == "返信ありがとう"
    assert decode_bytes("카드".encode("cp949"), "ks_c_5601-1987")[:2] == ("카드", "cp949")


@pytest.mark.parametrize("headers, body", [
    # Exim: X-Failed-Recipients, sender not a daemon.
    (("From: Mail Delivery System <exim@relay.bank.example>\r\nX-Failed-Recipients: a@x.example\r\n"
     "Subject: Mail delivery failed: returning message to sender\r\n"), "This message was created automatically"),
    # Lotus Notes / Coremail style: a DSN part inside multipart/mixed, not multipart/report.
    (("From: notes@relay.bank.example\r\nSubject: DELIVERY FAILURE: User card not listed\r\n"
     "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n"),
     ("--B\r\nContent-Type: text/plain\r\n\r\nYour message was not delivered.\r\n"
     "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; relay\r\n\r\n"
     "Final-Recipient: rfc822; card@bank.example\r\nAction: failed\r\nStatus: 5.1.1\r\n--B--\r\n")),
    # A null Return-Path with a failure subject, though the bounce quotes In-Reply-To.
    (("From: system@relay.bank.example\r\nReturn-Path: <>\r\nIn-Reply-To: <q1@liaison>\r\n"
     "Subject: Undeliverable: [LQ-000001] 信用卡掛失\r\n"), "Delivery has failed to these recipients"),
    # Postfix under a "MAILER-DAEMON" display name with a host address.
    (("From: MAILER-DAEMON <mailer-daemon@relay.bank.example>\r\n"
     "Subject: Undelivered Mail Returned to Sender\r\n"), "I'm sorry to have to inform you"),
])
def test_common_bounce_shapes_are_recognised(headers, body):
    mail = mime_parse.parse((headers + "\r\n" + body).encode())
    assert mail.auto_kind == "bounce"


def test_a_department_reply_about_a_failed_delivery_is_not_a_bounce():
    raw = (b"From: card@bank.example\r\nIn-Reply-To: <q1@liaison>\r\nReturn-Path: <card@bank.example>\r\n"
           b"Subject: Re: [LQ-000001] delivery failure of the statement\r\n\r\nWe resent it.")
    assert mime_parse.parse(raw).auto_kind is None

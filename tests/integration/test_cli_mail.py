"""`liaison ask`, `liaison mail sync` and `liaison password set` as scripts use them."""

from __future__ import annotations

import io
import json

import keyring
from keyring.errors import NoKeyringError

from liaison_app.cli import main
from liaison_app.core import secrets
from tests.integration.mail_peers import free_port
from tests.mail_data import CONTACT, seed, write_settings
from tests.replies import reply


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_sync_reply_show(db, smtp_peer, imap_peer, capsys):
    seeded = seed(db)
    write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    ref = f"LQ-{seeded.question_id:06d}"

    code, out, err = run(capsys, "ask", ref, "--department", "信用卡部", "--json", "--db", db.url)
    assert code == 0, err
    asked = json.loads(out)
    assert asked["to"] == CONTACT and asked["state"] == "queued" and f"[{ref}]" in asked["subject"]

    code, out, err = run(capsys, "mail", "sync", "--json", "--db", db.url)
    assert code == 0, err
    counts = json.loads(out)
    assert {k: counts[k] for k in ("sent", "failed", "fetched", "matched", "unmatched",
                                   "quarantined", "new_questions")} == {
        "sent": 1, "failed": 0, "fetched": 0, "matched": 0, "unmatched": 0, "quarantined": 0,
        "new_questions": 0}

    sent = smtp_peer.received[0].message
    imap_peer.deliver(reply(answer="可以。", original_subject=sent["Subject"],
                            original_body=sent.get_body(("plain",)).get_content(),
                            from_addr=CONTACT, in_reply_to=sent["Message-ID"]))
    code, out, _ = run(capsys, "mail", "sync", "--json", "--db", db.url)
    assert code == 0 and json.loads(out)["matched"] == 1

    code, out, _ = run(capsys, "show", ref, "--json", "--db", db.url)
    thread = json.loads(out)["messages"]
    assert [(m["direction"], m["kind"], m["state"]) for m in thread] == [
        ("out", "email", "sent"), ("in", "email", "received")]
    assert thread[1]["in_reply_to"] == thread[0]["message_id"]


def test_sync_exits_non_zero_when_no_server_can_be_reached(db, capsys):
    seeded = seed(db)
    write_settings(smtp_port=free_port(), imap_port=free_port())
    secrets.set_password("imap", "x")
    assert run(capsys, "ask", str(seeded.question_id), "--department", "信用卡部",
               "--db", db.url)[0] == 0
    code, out, _err = run(capsys, "mail", "sync", "--json", "--db", db.url)
    assert code == 1
    counts = json.loads(out)
    assert counts["failed"] == 1 and not counts["smtp_reached"] and not counts["imap_reached"]


def test_ask_refuses_unknown_department(db, capsys):
    seeded = seed(db)
    write_settings(smtp_port=25)
    code, _out, err = run(capsys, "ask", str(seeded.question_id), "--department", "不存在",
                          "--db", db.url)
    assert code == 1 and "no department named" in err and err.count("\n") == 1


def test_password_set_reads_stdin_into_the_keyring(capsys, monkeypatch, memory_keyring):
    monkeypatch.setattr("sys.stdin", io.StringIO("pässwörd\n"))
    code, out, _err = run(capsys, "password", "set", "smtp")
    assert code == 0 and out == ""
    assert memory_keyring.passwords[("liaison", "smtp")] == "pässwörd"


def test_password_set_without_keyring_says_so(capsys, monkeypatch):
    class NoBackend(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            raise NoKeyringError("no backend")

        def set_password(self, service, username, password):
            raise NoKeyringError("no backend")

        def delete_password(self, service, username):
            raise NoKeyringError("no backend")

    keyring.set_keyring(NoBackend())
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code, _out, err = run(capsys, "password", "set", "imap")
    assert code == 1 and "No system keyring" in err

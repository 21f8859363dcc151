"""`questions` and `show` never pass escape sequences from outside to the terminal
(issue 20, item 6); `--json` keeps the text exact."""

from __future__ import annotations

import json

from liaison_app.cli import main
from liaison_app.core.models import Direction, Message, MessageKind, MessageState
from liaison_app.core.timeutil import utcnow
from tests import factories

# Recolour, set the window title, clear the screen (7-bit and the one-byte C1 CSI),
# ring the bell, and a right-to-left override that would show text reversed.
HOSTILE = "卡片\x1b[31m被盜\x1b[0m\x1b]0;pwned\x07\x1b[2J\x9b2J\u202eevil\x08\x08"
RAW_CONTROL = ("\x1b", "\x07", "\x9b", "\u202e", "\x08")


def _question(db) -> int:
    with db.session() as s, s.begin():
        factories.agent(s, "A01", "李\x1b[5m閃")
    result = factories.forward(db, "A01", HOSTILE + "\n第二行", context="ctx\x1b[8m")
    with db.session() as s, s.begin():
        s.add(Message(question_id=result.question_id, direction=Direction.IN, kind=MessageKind.EMAIL,
                      state=MessageState.RECEIVED, subject="Re: \x1b]8;;http://evil\x07點我",
                      body_text="x", created_at=utcnow()))
    return result.question_id


def test_text_output_shows_control_characters_escaped(db, capsys):
    question_id = _question(db)
    for argv in (["questions"], ["show", str(question_id)]):
        assert main([*argv, "--db", db.url]) == 0
        out = capsys.readouterr().out
        for ch in RAW_CONTROL:
            assert ch not in out, (argv, repr(ch))
        assert "\\x1b[31m被盜" in out
    assert "\\x1b]8;;http://evil\\x07點我" in out  # the subject, shown for what it is
    assert "第二行" in out


def test_json_keeps_the_text_exact(db, capsys):
    question_id = _question(db)
    assert main(["show", str(question_id), "--json", "--db", db.url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == HOSTILE + "\n第二行"
    assert main(["questions", "--json", "--db", db.url]) == 0
    assert json.loads(capsys.readouterr().out)[0]["text"] == HOSTILE + "\n第二行"

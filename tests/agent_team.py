"""A team database for the agent desk's tests: two agents (each their own login), a
manager, the live FAQ with a draft and an expired entry beside it, a bulletin, and a
question of the second agent's. Roles are cluster-wide, so their names carry a prefix of
this run's own (`LIAISON_TEST_ROLE_PREFIX`, default `agent_desk_`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from liaison_app.core.database import Database, open_database
from liaison_app.core.models import Bulletin, FaqEntry, FaqStatus, Question, QuestionAgent
from liaison_app.core.search.faq_index import rebuild_index
from liaison_app.core.team import admin
from liaison_app.core.team.people import access_for
from tests import factories
from tests.conftest import PG_URL, _open_test_db

PREFIX = os.environ.get("LIAISON_TEST_ROLE_PREFIX", "agent_desk_")
NOW = datetime.now(UTC)
SECRET = "機密草稿詞"


def drop_roles() -> None:
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        for (name,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                    {"p": PREFIX.replace("_", r"\_") + "%"}):
            conn.execute(text(f'DROP OWNED BY "{name}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


def url_as(login: str) -> str:
    return make_url(PG_URL).set(username=PREFIX + login, password=None) \
        .render_as_string(hide_password=False)


def open_as(login: str) -> Database:
    """The database as an agent's desk opens it: as that login, no idle connection."""
    db = open_database(url_as(login), migrate=False, keep_idle_connections=False)
    with db.sessions() as s:
        db.access = access_for(s)
    return db


@dataclass
class Team:
    db: Database  # the schema owner (the manager's desk)
    ids: dict[str, int] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)

    def open_as(self, login: str) -> Database:
        self.opened.append(open_as(login))
        return self.opened[-1]

    def close(self) -> None:
        for db in self.opened:
            db.close()
        self.db.close()


def make_team(tmp_path) -> Team:
    drop_roles()
    db = _open_test_db("postgresql", tmp_path)
    team = Team(db)
    ids = team.ids
    with db.sessions.begin() as s:
        card = factories.department(s, "信用卡部")
        a1, a2 = factories.agents(s, ("A1001", "李小明"), ("A1002", "陳美玲"))
        for key, question, answer, status, until in (
            ("live", "信用卡掛失怎麼辦", "請致電客服熱線辦理掛失，掛失即時生效。", FaqStatus.PUBLISHED, None),
            ("live2", "網銀密碼重設", "登入網銀點選忘記密碼。", FaqStatus.PUBLISHED, None),
            ("draft", f"{SECRET}的新卡掛失規則", "尚未發布", FaqStatus.DRAFT, None),
            ("expired", "舊版掛失流程", "已過期", FaqStatus.PUBLISHED, NOW - timedelta(days=1)),
        ):
            entry = FaqEntry(question=question, answer=answer, status=status,
                             department_id=card.id, valid_until=until,
                             key_points=["核對身分", "即時停卡"] if key == "live" else [],
                             keywords=["掛失"] if key != "live2" else ["密碼"])
            s.add(entry)
            s.flush()
            ids[key] = entry.id
        other = Question(text="陳美玲轉來的房貸問題", status="new")
        s.add(other)
        s.flush()
        s.add(QuestionAgent(question_id=other.id, agent_id=a2.id))
        bulletin = Bulletin(title="新卡上線", body="白金卡本週上線", valid_from=NOW - timedelta(days=1))
        s.add(bulletin)
        s.flush()
        ids.update(other_q=other.id, bulletin=bulletin.id, a1=a1.id, a2=a2.id, card=card.id)
        rebuild_index(s)
        admin.add_person(s, PREFIX + "mgr", "王經理", ["manager"], password="First-1")
        for login, name, code in (("agent1", "李小明", "A1001"), ("agent2", "陳美玲", "A1002")):
            admin.add_person(s, PREFIX + login, name, ["agent"], agent_code=code,
                             password="First-1").must_change_password = False
    return team

"""The Inbox's text filter through its index: the same questions as a plain "contains"
would find, for one, two and more characters, in either script, before the index has
caught up, after, and for questions written after it; and the plans use the index."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from liaison_app.core.models import Question
from liaison_app.core.questions import text_index
from liaison_app.core.questions.listing import (
    QuestionFilter,
    count_questions,
    fetch_ids,
    fetch_page,
)
from liaison_app.core.search.folding import fold

T0 = datetime(2026, 3, 1, tzinfo=UTC)

TEXTS = [
    ("信用卡掛失後多久可以補卡", "客戶在國外"),
    ("信用卡挂失后多久可以补卡", ""),
    ("ATM 吞卡如何取回", "VIP 客戶"),
    ("網銀轉賬提示 100% 失敗", ""),
    ("字段 a_b 顯示錯誤", "卡號 6222"),
    ("密碼鎖定了怎麼辦", "來電兩次"),
    ("密码重置需要什么证件", "客户着急"),
    ("外幣匯款到賬時間", ""),
    ("卡", ""),
    ("失", "掛"),
    ("aaaa 重複字元", "卡卡"),
]
QUERIES = ["掛失", "挂失", "信用卡", "信用卡掛失", "卡", "失", "atm", "ATM", "吞卡", "100%",
           "%", "a_b", "_", "密碼", "密码", "國外", "vip", "aa", "aaa", "卡卡", "卡號 6222",
           "不存在", "補卡", "掛失後", "卡掛", "6222"]


def _expected(texts: list[tuple[int, str, str]], typed: str) -> list[int]:
    """What a plain "contains" finds: the folded query within the folded text or context."""
    needle = fold(typed)
    return sorted(qid for qid, body, context in texts
                  if needle in fold(body) or needle in fold(context))


def _write(db, texts, start: datetime) -> list[tuple[int, str, str]]:
    written = []
    with db.session() as session:
        for i, (body, context) in enumerate(texts):
            q = Question(text=body, customer_context=context, created_at=start + timedelta(minutes=i))
            session.add(q)
            session.flush()
            written.append((q.id, body, context))
        session.commit()
    return written


def _found(db, typed: str) -> list[int]:
    filt = QuestionFilter(text=typed)
    with db.session() as session:
        rows = fetch_page(session, filt, 0, 1000, sort="id", descending=False)
        assert count_questions(session, filt) == len(rows)
        assert sorted(fetch_ids(session, filt)) == sorted(r.id for r in rows)
    return sorted(r.id for r in rows)


def _check_all(db, texts) -> None:
    for typed in QUERIES:
        assert _found(db, typed) == _expected(texts, typed), typed


def test_filter_finds_what_contains_finds_before_during_and_after_indexing(db):
    texts = _write(db, TEXTS, T0)
    _check_all(db, texts)  # nothing indexed yet (SQLite): the tail is scanned
    indexed = text_index.sync_question_index(db.engine, batch=4)
    assert indexed == (len(texts) if db.backend == "sqlite" else 0)
    _check_all(db, texts)
    # Written after the index caught up (no write path feeds it): found all the same.
    later = _write(db, [("新卡掛失了", ""), ("ATM 又吞卡", "")], T0 + timedelta(days=1))
    _check_all(db, texts + later)
    assert text_index.sync_question_index(db.engine) == (2 if db.backend == "sqlite" else 0)
    _check_all(db, texts + later)
    with db.engine.connect() as conn:
        assert text_index.unindexed_count(conn) == 0


@pytest.mark.parametrize("typed", ["挂失", "信用卡"])
def test_two_and_three_character_words_use_the_index_not_a_scan(db, typed):
    """SQLite 3.40's trigram tokenizer cannot match two characters; a token per character
    can (SQLite), as the doubled form's trigrams can (PostgreSQL): 挂失 is answered by an
    index on both databases, as 信用卡 is."""
    _write(db, TEXTS, T0)
    text_index.sync_question_index(db.engine)
    filt = QuestionFilter(text=typed)
    stmt = select(func.count()).select_from(Question).where(*filt.where())
    compiled = stmt.compile(db.engine, compile_kwargs={"render_postcompile": True})
    with db.engine.connect() as conn:
        if db.backend == "sqlite":
            params = tuple(compiled.params[k] for k in compiled.positiontup)
            plan = " / ".join(r[3] for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(compiled), params))
            assert "question_text_index VIRTUAL TABLE" in plan
            assert "SCAN questions" not in plan, plan
        else:
            if not text_index.pg_index_exists(conn):
                pytest.fail("pg_trgm could not be installed: the filter would scan")
            conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: force the choice
            plan = " / ".join(r[0] for r in conn.exec_driver_sql(
                "EXPLAIN " + str(compiled), compiled.params))
            index = text_index.PG_INDEX if len(typed) == 2 else text_index.PG_PLAIN_INDEX
            assert f"Bitmap Index Scan on {index}" in plan, plan


def test_one_character_uses_the_index_on_sqlite(tmp_path):
    """A token per character answers one character too (PostgreSQL scans for it: it matches
    a large share of the base either way)."""
    from liaison_app.core.database import open_database

    db = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    try:
        texts = _write(db, TEXTS, T0)
        text_index.sync_question_index(db.engine)
        filt = QuestionFilter(text="卡")
        stmt = select(func.count()).select_from(Question).where(*filt.where())
        compiled = stmt.compile(db.engine, compile_kwargs={"render_postcompile": True})
        with db.engine.connect() as conn:
            params = tuple(compiled.params[k] for k in compiled.positiontup)
            plan = " / ".join(r[3] for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(compiled), params))
        assert "question_text_index VIRTUAL TABLE" in plan
        assert "SCAN questions" not in plan, plan
        assert _found(db, "卡") == _expected(texts, "卡")
    finally:
        db.close()


def test_doubled_form_matches_exactly_where_the_text_contains_the_query():
    """PostgreSQL's two-character index: its reasoning, checked by brute force."""
    import itertools

    for text in ("".join(p) for n in range(1, 6) for p in itertools.product("ab", repeat=n)):
        body = text_index.doubled(text)
        for n in range(2, 5):
            for query in ("".join(p) for p in itertools.product("ab", repeat=n)):
                assert (text_index.query_form(query) in body) == (query in text), (text, query)


def test_character_tokens_match_exactly_where_the_text_contains_the_query():
    """SQLite's index (a token per character, a phrase per query), checked by brute force in
    a real FTS5 table: every text of up to four characters from letters, a digit and
    characters unicode61 would drop (space, punctuation, a symbol, an emoji) against every
    query of up to three of them."""
    import itertools
    import sqlite3

    alphabet = "a卡1 -%😀"
    texts = ["".join(p) for n in range(1, 5) for p in itertools.product(alphabet, repeat=n)]
    conn = sqlite3.connect(":memory:")
    conn.execute(text_index.FTS_DDL)
    conn.executemany(f"INSERT INTO {text_index.FTS_TABLE}(rowid, body) VALUES (?, ?)",
                     [(i, text_index.tokens(t)) for i, t in enumerate(texts)])
    for n in range(1, 4):
        for query in ("".join(p) for p in itertools.product(alphabet, repeat=n)):
            found = {i for (i,) in conn.execute(
                f"SELECT rowid FROM {text_index.FTS_TABLE} WHERE {text_index.FTS_TABLE} MATCH ?",
                (text_index._fts_phrase(query),))}
            assert found == {i for i, t in enumerate(texts) if query in t}, query

"""Both search indexes, the FAQ keyword index and the duplicate terms of open questions,
are kept current the same way: flush hooks that `open_database` registers on the
database's sessions, not listeners that some import happens to install (issue 13)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from liaison_app.core.database import INDEX_MAINTAINERS
from liaison_app.core.models import FaqEntry, FaqIndexedDoc, Question, QuestionTermSet

SCRIPT = textwrap.dedent(
    r'''
    import json, sys

    from sqlalchemy import select

    from liaison_app.core.database import open_database
    from liaison_app.core.models import FaqEntry, FaqIndexedDoc, FaqSimilar, Question, QuestionTermSet

    # Nothing of search or of the services is imported by this script.
    loaded_before = sorted(m for m in sys.modules if m.startswith((
        "liaison_app.core.search.faq_search", "liaison_app.core.faq.",
        "liaison_app.core.questions.intake")))
    db = open_database(sys.argv[1])

    def terms(doc_id):
        with db.session() as s:
            found = s.scalar(select(FaqIndexedDoc.terms).where(FaqIndexedDoc.entry_id == doc_id))
            return found.split(" ") if found else None

    def question_terms(question_id):
        with db.session() as s:
            packed = s.scalar(
                select(QuestionTermSet.terms).where(QuestionTermSet.question_id == question_id))
            return sorted(packed.split()) if packed is not None else []

    with db.session() as s, s.begin():
        entry = FaqEntry(question="信用卡年費減免", answer="請致電分行", status="published")
        question = Question(text="客戶問信用卡掛失後補卡要多久")
        s.add_all([entry, question])
        s.flush()
        similar = FaqSimilar(entry_id=entry.id, text="年費可以退嗎", key="年費可以退嗎",
                             source="entry", status="kept", created_by="test")
        s.add(similar)
    added = {"entry": terms(entry.id), "similar": terms(-similar.id),
             "question": question_terms(question.id)}

    with db.session() as s, s.begin():
        s.get(FaqEntry, entry.id).question = "境外刷卡手續費"
        s.delete(s.get(FaqSimilar, similar.id))
        s.get(Question, question.id).status = "rejected"
    changed = {"entry": terms(entry.id), "similar": terms(-similar.id),
               "question": question_terms(question.id)}

    from liaison_app.core.search.faq_search import search_faq

    with db.session() as s:
        found = [hit.id for hit in search_faq(s, "手續費")]
    print(json.dumps({"loaded_before": loaded_before, "added": added, "changed": changed,
                      "found": found, "entry_id": entry.id}))
    '''
)


def test_a_database_opened_alone_keeps_both_indexes_current(tmp_path):
    """Only the database and the models are imported; plain ORM writes keep both indexes."""
    url = f"sqlite:///{tmp_path / 'maintained.db'}"
    done = subprocess.run([sys.executable, "-c", SCRIPT, url], check=False, capture_output=True,
                          text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["loaded_before"] == []
    added, changed = report["added"], report["changed"]
    # Terms are folded to Simplified script.
    assert "年费" in added["entry"]
    assert added["similar"] and "退" in "".join(added["similar"])
    assert "挂失" in "".join(added["question"])
    # Reworded, deleted, out of the mergeable states: each index follows.
    assert "手续" in changed["entry"] and "年费" not in changed["entry"]
    assert changed["similar"] is None
    assert changed["question"] == []
    assert report["found"] == [report["entry_id"]]


def _doc(session: Session, doc_id: int) -> str | None:
    return session.scalar(select(FaqIndexedDoc.terms).where(FaqIndexedDoc.entry_id == doc_id))


def test_the_maintainers_belong_to_the_database_not_to_every_session(db):
    """Sessions of the open database keep the indexes; a session made elsewhere on the same
    engine does not (so nothing is registered globally by an import), and writes that
    bypass the ORM are the writer's to index."""
    assert len(INDEX_MAINTAINERS) == 2
    with db.session() as s, s.begin():
        entry = FaqEntry(question="外幣匯款手續費", answer="按匯款金額收取", status="published")
        question = Question(text="客戶問外幣匯款要幾天到帳")
        s.add_all([entry, question])
    with db.session() as s:
        assert _doc(s, entry.id)
        assert s.scalars(
            select(QuestionTermSet).where(QuestionTermSet.question_id == question.id)).first()
    with Session(db.engine, expire_on_commit=False) as s, s.begin():
        s.execute(delete(QuestionTermSet))
        stray = FaqEntry(question="網銀登入密碼重設", answer="櫃檯辦理", status="published")
        stray_question = Question(text="網銀密碼忘記怎麼辦")
        s.add_all([stray, stray_question])
    with db.session() as s:
        assert _doc(s, stray.id) is None
        assert s.scalars(select(QuestionTermSet)).first() is None

"""The group roles of a team database, their grants, and the row-level security policies.

PostgreSQL enforces who may read and change what: a desktop client can be bypassed
with raw SQL, so nothing here trusts the client. Each person signs in as their own
login role; membership of a `liaison_*` group role carries the grants, and the policies
pick rows with `current_user` (never a setting the client could set). The schema owner
(the login that runs the migrations) owns the tables and so is not subject to the
policies: it is not a login anyone uses day to day.

Every statement is idempotent (roles are cluster-wide and may already exist; policies
are dropped and made again), so `apply(connection)` can be re-run by any later
migration that adds a table.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, inspect

ROLES = ("manager", "supervisor", "department", "agent", "admin")


def group_role(role: str) -> str:
    """The PostgreSQL group role of a Liaison role: `liaison_manager`, ..."""
    if role not in ROLES:
        raise ValueError(role)
    return f"liaison_{role}"


GROUPS = tuple(group_role(r) for r in ROLES)
READERS = "liaison_department, liaison_agent, liaison_admin"

# The directory and vocabulary every desk may read (names, not cases).
# change_log holds table names and row ids only: every desk polls it for live updates.
REFERENCE_TABLES = ("departments", "contacts", "agents", "categories", "synonyms", "change_log")
# Written by the triggers below and by nobody else; managers may not rewrite history.
AUDIT_TABLE = "audit_log"
PG_ONLY_TABLES = (AUDIT_TABLE,)
# Rows changed by people, audited by trigger (the search indexes and the hit counter
# are derived data and would only drown the audit).
AUDITED_TABLES = (
    "questions", "question_agents", "queries", "messages", "faq_entries", "faq_approvals",
    "faq_flags", "faq_similar", "question_faq_links", "bulletins", "categories",
    "departments", "contacts", "agents", "synonyms", "settings", "people",
    "person_departments",
)

MY_DEPARTMENTS = "(SELECT pd.department_id FROM person_departments pd WHERE pd.login = current_user)"
MY_AGENT = ("(SELECT a.id FROM agents a JOIN people p ON p.agent_code = a.code "
            "WHERE p.login = current_user AND p.active)")
# The notes a department desk writes on a query (core.team.department_desk).
DESK_NOTES = ("desk_answer", "desk_clarify", "desk_handover")
DESK_NOTES_SQL = ", ".join(f"'{n}'" for n in DESK_NOTES)
LIVE_FAQ = ("status = 'published' AND (valid_from IS NULL OR valid_from <= now()) "
            "AND (valid_until IS NULL OR valid_until > now())")
SHOWN_BULLETIN = ("status = 'posted' AND valid_from <= now() "
                  "AND (valid_until IS NULL OR valid_until > now())")

# (table, policy name, command, roles, USING, WITH CHECK) beyond the manager's and the
# supervisor's policies that every table has. A sub-select on another table is itself
# filtered by that table's policies for the same user, which keeps each rule short.
POLICIES: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (
    # people: each sees their own row; admins manage them.
    ("people", "own_row", "SELECT", "PUBLIC", "login = current_user", None),
    ("people", "own_password_flag", "UPDATE", "PUBLIC", "login = current_user",
     "login = current_user"),
    ("people", "admin_all", "ALL", "liaison_admin", "true", "true"),
    ("person_departments", "own_rows", "SELECT", "PUBLIC", "login = current_user", None),
    ("person_departments", "admin_all", "ALL", "liaison_admin", "true", "true"),
    # questions: a department sees what is routed or queried to it; an agent what they forwarded.
    ("questions", "department_read", "SELECT", "liaison_department",
     f"department_id IN {MY_DEPARTMENTS} OR id IN (SELECT q.question_id FROM queries q)", None),
    ("questions", "agent_read", "SELECT", "liaison_agent",
     "id IN (SELECT qa.question_id FROM question_agents qa)", None),
    ("questions", "agent_forward", "INSERT", "liaison_agent", None,
     "status = 'new' AND answer IS NULL AND department_id IS NULL AND duplicate_of_id IS NULL"),
    ("question_agents", "department_read", "SELECT", "liaison_department",
     "question_id IN (SELECT id FROM questions)", None),
    ("question_agents", "agent_own", "SELECT", "liaison_agent", f"agent_id = {MY_AGENT}", None),
    # ...and only onto a question nobody has forwarded yet (their own, just made): an
    # agent cannot add themselves to another agent's question to read it.
    ("question_agents", "agent_forward", "INSERT", "liaison_agent", None,
     f"agent_id = {MY_AGENT} AND via_question_id IS NULL AND liaison_unclaimed(question_id)"),
    ("events", "question_visible", "SELECT", "liaison_department, liaison_agent",
     "question_id IN (SELECT id FROM questions)", None),
    ("queries", "department_read", "SELECT", "liaison_department",
     f"department_id IN {MY_DEPARTMENTS}", None),
    # messages: a department reads its queries' mail and may add an answer to them.
    ("messages", "department_read", "SELECT", "liaison_department",
     "query_id IN (SELECT id FROM queries)", None),
    # The desk's three notes (issue 17), on an open query of theirs only: an answer, a
    # clarification request (a trigger pauses the due time) and a hand-over to a
    # colleague (the trigger checks the colleague and sets the assignee). Nothing else.
    ("messages", "department_answer", "INSERT", "liaison_department", None,
     ("query_id IN (SELECT id FROM queries WHERE status = 'open') AND direction = 'in' "
      f"AND kind = 'note' AND match_method IN ({DESK_NOTES_SQL}) "
      "AND state = 'received' AND actor = current_user AND raw IS NULL "
      "AND candidate_question_id IS NULL "
      "AND question_id = (SELECT q.question_id FROM queries q WHERE q.id = query_id)")),
    ("attachments", "department_read", "SELECT", "liaison_department",
     "message_id IN (SELECT id FROM messages)", None),
    # files of the desk's own answer, nothing else
    ("attachments", "department_attach", "INSERT", "liaison_department", None,
     ("message_id IN (SELECT id FROM messages WHERE actor = current_user "
      "AND direction = 'in' AND kind = 'note' AND match_method = 'desk_answer')")),
    # FAQ: a department sees its own entries (any state) and the live base; agents the live base.
    ("faq_entries", "department_read", "SELECT", "liaison_department",
     f"department_id IN {MY_DEPARTMENTS} OR ({LIVE_FAQ})", None),
    ("faq_entries", "agent_read", "SELECT", "liaison_agent", LIVE_FAQ, None),
    ("faq_revisions", "entry_visible", "SELECT", "liaison_department",
     f"entry_id IN (SELECT id FROM faq_entries WHERE department_id IN {MY_DEPARTMENTS})", None),
    ("faq_events", "entry_visible", "SELECT", "liaison_department",
     f"entry_id IN (SELECT id FROM faq_entries WHERE department_id IN {MY_DEPARTMENTS})", None),
    ("faq_approvals", "department_review", "SELECT", "liaison_department",
     f"entry_id IN (SELECT id FROM faq_entries WHERE department_id IN {MY_DEPARTMENTS})", None),
    ("faq_approvals", "department_approve", "INSERT", "liaison_department", None,
     (f"side = 'department' AND evidence_message_id IS NULL AND entry_id IN "
     f"(SELECT id FROM faq_entries WHERE department_id IN {MY_DEPARTMENTS})")),
    # the desk's review steps in the entry's history (approved / sent back), as themselves
    ("faq_events", "department_review_step", "INSERT", "liaison_department", None,
     (f"action IN ('approved', 'sent_back', 'revised', 'back_in_review') AND entry_id IN "
      f"(SELECT id FROM faq_entries WHERE department_id IN {MY_DEPARTMENTS})")),
    # the business calendar (working days and hours): the desk shows due times and
    # response times in working hours; and the center's use-tier rules, by which the
    # upkeep digest calls an entry "very low use"; no other setting
    ("settings", "business_hours_read", "SELECT", "liaison_department",
     "key IN ('business_hours', 'use_tiers')", None),
    # a fix of their own published entry, as a revision above the live one: it waits for
    # review, the entry row (what agents read) stays as it is
    ("faq_revisions", "department_fix", "INSERT", "liaison_department", None,
     ("entry_id IN (SELECT e.id FROM faq_entries e WHERE e.status = 'published' "
      f"AND e.department_id IN {MY_DEPARTMENTS}) AND number > "
      "(SELECT e.revision FROM faq_entries e WHERE e.id = entry_id)")),
    ("faq_similar", "entry_visible", "SELECT", READERS.replace(", liaison_admin", ""),
     "entry_id IN (SELECT id FROM faq_entries)", None),
    ("question_faq_links", "both_visible", "SELECT", "liaison_department, liaison_agent",
     "question_id IN (SELECT id FROM questions) AND entry_id IN (SELECT id FROM faq_entries)",
     None),
    ("faq_flags", "entry_visible", "SELECT", "liaison_department, liaison_agent",
     "entry_id IN (SELECT id FROM faq_entries)", None),
    ("faq_flags", "flag_visible_entry", "INSERT", "liaison_department, liaison_agent", None,
     "entry_id IN (SELECT id FROM faq_entries)"),
    # hits: each counts uses as themselves, of entries they can see. An agent records them
    # only through liaison_agent_hit (below), which keeps the counter and the per-call
    # dedupe on the server; they read their own.
    ("faq_hits", "own_hits", "SELECT", "liaison_agent, liaison_department",
     "actor = current_user", None),
    ("faq_hits", "record_own_hit", "INSERT", "liaison_department", None,
     ("actor = current_user AND entry_id IN (SELECT id FROM faq_entries) "
     "AND (question_id IS NULL OR question_id IN (SELECT id FROM questions))")),
    ("bulletins", "shown", "SELECT", "liaison_department, liaison_agent", SHOWN_BULLETIN, None),
    # the agent desk (issue 18): searches, bulletin reads, reminders and the creation event
    # of their own forwards (the duplicate index is the manager desk's to write).
    ("faq_searches", "own_searches", "SELECT", "liaison_agent", "actor = current_user", None),
    ("faq_searches", "record_own_search", "INSERT", "liaison_agent", None,
     "actor = current_user AND used_entry_id IS NULL AND outcome IS NULL"),
    ("faq_searches", "settle_own_search", "UPDATE", "liaison_agent", "actor = current_user",
     ("actor = current_user AND (outcome IS NULL OR outcome IN ('answered', 'not_helped')) "
      "AND (used_entry_id IS NULL OR used_entry_id IN (SELECT id FROM faq_entries))")),
    ("bulletin_reads", "own_reads", "SELECT", "liaison_agent, liaison_department",
     "login = current_user", None),
    ("bulletin_reads", "acknowledge", "INSERT", "liaison_agent, liaison_department", None,
     "login = current_user AND bulletin_id IN (SELECT id FROM bulletins)"),
    ("bulletin_reminders", "own_reminders", "SELECT", "liaison_agent, liaison_department",
     "login = current_user", None),
    ("events", "agent_forward", "INSERT", "liaison_agent", None,
     ("action = 'forward' AND from_status IS NULL AND to_status = 'new' "
      "AND question_id IN (SELECT id FROM questions)")),
    # change_log: an agent hears of FAQ, bulletin and own-reminder changes, and of their
    # own questions (ids only; other tables' ids would tell them what others do).
    ("change_log", "agent_read", "SELECT", "liaison_agent",
     ("table_name IN ('faq_entries', 'bulletins') "
      "OR (table_name = 'questions' AND row_id IN (SELECT qa.question_id FROM question_agents qa)) "
      "OR (table_name = 'bulletin_reminders' AND row_id IN (SELECT id FROM bulletin_reminders))"),
     None),
    # what search learned (word pairs and weights, no entry): the agent's search uses it
    ("term_associations", "agent_read", "SELECT", "liaison_agent", "true", None),
    ("learning_state", "agent_read", "SELECT", "liaison_agent", "true", None),
    # the audit: written only by the trigger function (as the owner, so no policy lets
    # anyone insert); who may read it is here.
    (AUDIT_TABLE, "admin_read", "SELECT", "liaison_admin", "true", None),
)

# Policies that name a table made by a later migration: made once that table exists.
NEEDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("change_log", "agent_read"): ("bulletin_reminders",),
}

# Table privileges of the groups that are not managers (managers: below). Every other
# table stays closed to them (for example the search postings, the settings).
GRANTS: tuple[tuple[str, str, str], ...] = (
    ("people", "SELECT", "PUBLIC"),
    ("people", "SELECT, INSERT, UPDATE, DELETE", "liaison_admin"),
    ("person_departments", "SELECT", "PUBLIC"),
    ("person_departments", "SELECT, INSERT, UPDATE, DELETE", "liaison_admin"),
    ("questions", "SELECT", "liaison_department, liaison_agent"),
    ("questions", "INSERT", "liaison_agent"),
    ("question_agents", "SELECT", "liaison_department, liaison_agent"),
    ("question_agents", "INSERT", "liaison_agent"),
    ("events", "SELECT", "liaison_department, liaison_agent"),
    ("queries", "SELECT", "liaison_department"),
    ("messages", "SELECT, INSERT", "liaison_department"),
    ("attachments", "SELECT, INSERT", "liaison_department"),
    ("faq_entries", "SELECT", "liaison_department, liaison_agent"),
    ("faq_revisions", "SELECT, INSERT", "liaison_department"),
    ("settings", "SELECT", "liaison_department"),
    ("faq_events", "SELECT, INSERT", "liaison_department"),
    ("faq_approvals", "SELECT, INSERT", "liaison_department"),
    ("faq_similar", "SELECT", "liaison_department, liaison_agent"),
    ("question_faq_links", "SELECT", "liaison_department, liaison_agent"),
    ("faq_flags", "SELECT, INSERT", "liaison_department, liaison_agent"),
    ("faq_hits", "SELECT, INSERT", "liaison_department"),
    ("faq_hits", "SELECT", "liaison_agent"),
    ("bulletins", "SELECT", "liaison_department, liaison_agent"),
    ("faq_searches", "SELECT, INSERT", "liaison_agent"),
    ("faq_searches", "UPDATE (used_entry_id, outcome)", "liaison_agent"),
    ("bulletin_reads", "SELECT, INSERT", "liaison_agent, liaison_department"),
    ("bulletin_reminders", "SELECT", "liaison_agent, liaison_department"),
    ("events", "INSERT", "liaison_agent"),
    ("term_associations", "SELECT", "liaison_agent"),
    ("learning_state", "SELECT", "liaison_agent"),
    (AUDIT_TABLE, "SELECT", "liaison_admin"),
    ("alembic_version", "SELECT", "PUBLIC"),
)

CREATE_GROUPS = """
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['liaison_manager', 'liaison_supervisor', 'liaison_department',
                           'liaison_agent', 'liaison_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;  -- another database's migration made it at the same moment
      END;
    END IF;
  END LOOP;
END $$
"""

CREATE_AUDIT_TABLE = f"""
CREATE TABLE IF NOT EXISTS {AUDIT_TABLE} (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  login text NOT NULL DEFAULT current_user,
  person text,
  action text NOT NULL,
  target_table text NOT NULL,
  target text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX IF NOT EXISTS ix_audit_log_at ON {AUDIT_TABLE} (at)
"""

# SECURITY DEFINER: the function runs as its owner (the schema owner, who made it), so
# the audit table needs no INSERT grant at all and nobody can write a row by hand; the
# search_path is fixed so no one can slip a table of their own in front of it. Inside it
# `current_user` is the owner, so the person is `session_user`: the login that signed in,
# which SET ROLE (to a group the person belongs to) does not change either. EXECUTE is
# revoked from PUBLIC (a trigger fires without it), so no one can hang it on a temporary
# table of their own to forge rows; and rows come only from this schema's own tables.
# Nobody has UPDATE or DELETE on the table.
AUDIT_FUNCTION = f"""
CREATE OR REPLACE FUNCTION liaison_audit() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
DECLARE
  old_row jsonb;
  new_row jsonb;
BEGIN
  -- the hit counter moves with every use of an entry: derived data, not a change
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - 'raw' - 'hit_count'; END IF;
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - 'raw' - 'hit_count'; END IF;
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
  IF TG_TABLE_SCHEMA <> '{{schema}}' THEN
    RAISE EXCEPTION 'liaison_audit() audits the tables of schema {{schema}} only';
  END IF;
  INSERT INTO {AUDIT_TABLE} (login, person, action, target_table, target, before, after)
  VALUES (session_user, (SELECT p.name FROM people p WHERE p.login = session_user),
          lower(TG_OP), TG_TABLE_NAME,
          TG_TABLE_NAME || ':' || coalesce(new_row->>'id', old_row->>'id',
                                           new_row->>'login', old_row->>'login',
                                           new_row->>'question_id', old_row->>'question_id',
                                           new_row->>'term', old_row->>'term',
                                           new_row->>'key', old_row->>'key', ''),
          old_row, new_row);
  RETURN NULL;
END $$
"""


# The same audit rows, written once per statement from its transition table (migration
# 0025): a COPY or an INSERT ... SELECT of 100,000 questions called `liaison_audit()`
# 100,000 times (10.2 s against 2.5 s without the triggers, issue 15). Inserts and
# deletes need no pairing of old and new rows, so they go through this function; an
# update keeps the row trigger above (its rows are written one statement per row by the
# app anyway, and pairing old and new rows by position is not something PostgreSQL
# promises). The rows are the row trigger's rows, column for column: the same actor
# (`session_user`, the person's name looked up once per statement instead of once per
# row), the same target, the same JSON, in the order the statement wrote the rows (a
# scan of the transition table returns them in that order, as the row trigger fired).
# A transition table may serve one event only, hence one trigger per event. `OFFSET 0`
# keeps the row's JSON a value of its own: without it the planner pastes the expression
# into each of its seven uses and builds the JSON seven times (5.0 s instead of 2.7 s
# for 40,000 questions).
AUDIT_ROWS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION liaison_audit_rows() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {{schema}}, pg_temp AS $$
BEGIN
  IF TG_TABLE_SCHEMA <> '{{schema}}' THEN
    RAISE EXCEPTION 'liaison_audit_rows() audits the tables of schema {{schema}} only';
  END IF;
  IF TG_LEVEL <> 'STATEMENT' OR TG_OP NOT IN ('INSERT', 'DELETE') THEN
    RAISE EXCEPTION 'liaison_audit_rows() is a statement trigger on INSERT or DELETE';
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO {AUDIT_TABLE} (login, person, action, target_table, target, before, after)
    SELECT session_user, (SELECT p.name FROM people p WHERE p.login = session_user),
           'insert', TG_TABLE_NAME,
           TG_TABLE_NAME || ':' || coalesce(r->>'id', r->>'login', r->>'question_id',
                                            r->>'term', r->>'key', ''),
           NULL, r
      FROM (SELECT to_jsonb(n) - 'raw' - 'hit_count' AS r FROM liaison_new_rows n OFFSET 0) s;
  ELSE
    INSERT INTO {AUDIT_TABLE} (login, person, action, target_table, target, before, after)
    SELECT session_user, (SELECT p.name FROM people p WHERE p.login = session_user),
           'delete', TG_TABLE_NAME,
           TG_TABLE_NAME || ':' || coalesce(r->>'id', r->>'login', r->>'question_id',
                                            r->>'term', r->>'key', ''),
           r, NULL
      FROM (SELECT to_jsonb(o) - 'raw' - 'hit_count' AS r FROM liaison_old_rows o OFFSET 0) s;
  END IF;
  RETURN NULL;
END $$
"""


def audit_trigger_statements(table: str) -> list[str]:
    """The audit triggers of one table: a statement trigger per insert and per delete
    (transition tables), the row trigger for updates. The old single row trigger on all
    three events (before 0025) had the name the update trigger keeps."""
    return [
        f"DROP TRIGGER IF EXISTS liaison_audit ON {table}",
        f"DROP TRIGGER IF EXISTS liaison_audit_insert ON {table}",
        f"DROP TRIGGER IF EXISTS liaison_audit_delete ON {table}",
        (f"CREATE TRIGGER liaison_audit AFTER UPDATE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION liaison_audit()"),
        (f"CREATE TRIGGER liaison_audit_insert AFTER INSERT ON {table} "
        "REFERENCING NEW TABLE AS liaison_new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION liaison_audit_rows()"),
        (f"CREATE TRIGGER liaison_audit_delete AFTER DELETE ON {table} "
        "REFERENCING OLD TABLE AS liaison_old_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION liaison_audit_rows()"),
    ]


# Whether a question has no forwarding agent yet and is new: the one fact an agent's
# policy needs about rows it cannot see. SECURITY DEFINER (runs as the owner) with a fixed
# search_path; it answers yes or no and reveals nothing else.
UNCLAIMED_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_unclaimed(qid integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM questions q WHERE q.id = qid AND q.status = 'new')
     AND NOT EXISTS (SELECT 1 FROM question_agents qa WHERE qa.question_id = qid)
$$
"""


# How an agent searches without reading the postings (which hold the words of drafts and
# retired entries): this owner-run function reads the postings of the query's terms and
# returns them with every document that is not live cut out (entries not published or
# outside their dates, and similar questions of such entries), in the same packed shape
# and id order the search reads. So the agent's search is the manager's search code
# (synonyms, similar questions, learned associations, the same ranking) over the live
# base, and no id or count of a draft leaves the server. A function rather than a policy
# on the postings: a posting row packs thousands of entries, so a row policy could only
# hide or show a whole term, and a live-only copy of the index would go stale as entries
# reach their valid dates. The ids are little-endian int32 (array('i')), sorted.
#
# How it stays fast (50,000 entries, 5,400 of them not live: 15 ms plus about 25 ms per
# term in every entry, against seconds to minutes for a set-based SQL decoding): each list
# is copied once into a variable (get_byte on the stored, compressed value would unpack
# it at every call), each hidden document is found by bisection in the id-ordered list,
# and the kept runs between them are joined in one statement. `head` is kept for the
# signature and no longer used (every live posting is returned).
LIVE_POSTINGS_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_live_postings(terms text[], head integer)
RETURNS TABLE(term text, size integer, entry_ids bytea, weights bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
  hidden integer[];
  p record;
  ids bytea; ws bytea;
  n integer; lo integer; hi integer; mid integer; doc bigint; h integer;
  start integer; kept integer; j integer;
  starts integer[]; lens integer[];
BEGIN
  SELECT coalesce(array_agg(x.d ORDER BY x.d), '{}') INTO hidden FROM (
    SELECT e.id AS d FROM faq_entries e
     WHERE NOT (e.status = 'published' AND (e.valid_from IS NULL OR e.valid_from <= now())
                AND (e.valid_until IS NULL OR e.valid_until > now()))
    UNION ALL
    SELECT -s.id FROM faq_similar s JOIN faq_entries e ON e.id = s.entry_id
     WHERE NOT (e.status = 'published' AND (e.valid_from IS NULL OR e.valid_from <= now())
                AND (e.valid_until IS NULL OR e.valid_until > now()))
  ) x;
  FOR p IN SELECT fp.term AS t, fp.entry_ids AS i, fp.weights AS w FROM faq_postings fp
            WHERE fp.term = ANY(terms) AND fp.term <> '#avg_len' LOOP
    -- a copy: get_byte on the stored (compressed, out-of-line) value would unpack it at
    -- every call
    ids := p.i || ''::bytea; ws := p.w || ''::bytea; n := length(ids) / 4;
    start := 0; kept := n; j := 0; starts := '{}'; lens := '{}';
    FOREACH h IN ARRAY hidden LOOP
      lo := start; hi := n;
      WHILE lo < hi LOOP
        mid := (lo + hi) / 2;
        doc := get_byte(ids, 4 * mid) + 256 * get_byte(ids, 4 * mid + 1)
               + 65536 * get_byte(ids, 4 * mid + 2) + 16777216::bigint * get_byte(ids, 4 * mid + 3);
        IF doc >= 2147483648 THEN doc := doc - 4294967296; END IF;
        IF doc < h THEN lo := mid + 1; ELSE hi := mid; END IF;
      END LOOP;
      EXIT WHEN lo >= n;
      doc := get_byte(ids, 4 * lo) + 256 * get_byte(ids, 4 * lo + 1)
             + 65536 * get_byte(ids, 4 * lo + 2) + 16777216::bigint * get_byte(ids, 4 * lo + 3);
      IF doc >= 2147483648 THEN doc := doc - 4294967296; END IF;
      IF doc = h THEN
        IF lo > start THEN
          j := j + 1; starts[j] := 4 * start + 1; lens[j] := 4 * (lo - start);
        END IF;
        start := lo + 1;
        kept := kept - 1;
      END IF;
    END LOOP;
    IF kept = 0 THEN
      CONTINUE;
    END IF;
    term := p.t; size := kept * 4;
    IF kept = n THEN
      entry_ids := ids; weights := ws;
    ELSE
      IF start < n THEN
        j := j + 1; starts[j] := 4 * start + 1; lens[j] := 4 * (n - start);
      END IF;
      SELECT string_agg(substring(ids FROM u.s FOR u.l), ''::bytea ORDER BY u.k),
             string_agg(substring(ws FROM u.s FOR u.l), ''::bytea ORDER BY u.k)
        INTO entry_ids, weights FROM unnest(starts, lens) WITH ORDINALITY AS u(s, l, k);
    END IF;
    RETURN NEXT;
  END LOOP;
END $$
"""

# Seconds within which the same agent using the same entry again counts once: one
# customer call (the same answer opened, copied and opened again is one use).
HIT_DEDUPE_SECONDS = 600

# An agent's use of a live entry, counted as the signed-in login (session_user: inside an
# owner-run function current_user is the owner), once per entry per call window and once
# per idempotency key, with the entry's counter moved in the same transaction. The time
# may be given (a hit queued offline) but not in the future nor more than a day back.
# Returns 1 when counted, 0 when it repeated a use already counted.
AGENT_HIT_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_agent_hit(entry integer, hit_kind text, hit_at timestamptz,
                                             key text)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
  who text := session_user;
  at_time timestamptz := least(greatest(coalesce(hit_at, now()), now() - interval '1 day'), now());
BEGIN
  IF hit_kind NOT IN ('open', 'agent_copy') THEN
    RAISE EXCEPTION 'unknown kind of FAQ use %', hit_kind USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM faq_entries e WHERE e.id = entry AND e.status = 'published'
                 AND (e.valid_from IS NULL OR e.valid_from <= now())
                 AND (e.valid_until IS NULL OR e.valid_until > now())) THEN
    RAISE EXCEPTION 'No live FAQ entry %', entry USING ERRCODE = '42501';
  END IF;
  IF key IS NOT NULL AND EXISTS (SELECT 1 FROM faq_hits h WHERE h.client_key = key) THEN
    RETURN 0;
  END IF;
  IF EXISTS (SELECT 1 FROM faq_hits h WHERE h.actor = who AND h.entry_id = entry
             AND h.at > at_time - interval '{dedupe} seconds'
             AND h.at < at_time + interval '{dedupe} seconds') THEN
    RETURN 0;
  END IF;
  INSERT INTO faq_hits (entry_id, at, actor, kind, client_key)
  VALUES (entry, at_time, who, hit_kind, key)
  ON CONFLICT (client_key) DO NOTHING;
  IF NOT FOUND THEN
    RETURN 0;
  END IF;
  UPDATE faq_entries SET hit_count = hit_count + 1 WHERE id = entry;
  RETURN 1;
END $$
""".replace("{dedupe}", str(HIT_DEDUPE_SECONDS))

AGENT_FUNCTIONS = (
    "liaison_live_postings(text[], integer)",
    "liaison_agent_hit(integer, text, timestamptz, text)",
)

# The department desk's pause and hand-over (issue 17). A department has no UPDATE on
# queries; its clarification request or hand-over note makes this trigger change exactly
# the query's pause or assignee. SECURITY DEFINER (runs as the owner) with a fixed
# search_path; the note itself passed the person's INSERT policy first. The server's
# clock, not the client's, starts the pause. A hand-over goes only to an active contact
# of the query's own department.
DESK_NOTE_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_desk_note() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE dept integer;
BEGIN
  IF NEW.match_method = 'desk_clarify' THEN
    UPDATE queries SET paused_at = coalesce(paused_at, now()),
                       clarifications = clarifications + 1
     WHERE id = NEW.query_id AND status = 'open';
  ELSIF NEW.match_method = 'desk_handover' THEN
    SELECT q.department_id INTO dept FROM queries q WHERE q.id = NEW.query_id;
    IF NOT EXISTS (SELECT 1 FROM person_departments pd JOIN people p ON p.login = pd.login
                    WHERE pd.login = NEW.to_addrs AND pd.department_id = dept AND p.active) THEN
      RAISE EXCEPTION 'liaison: % is not a contact of this department', NEW.to_addrs
        USING ERRCODE = '42501';
    END IF;
    UPDATE queries SET assignee = NEW.to_addrs WHERE id = NEW.query_id AND status = 'open';
  END IF;
  RETURN NULL;
END $$
"""

# The colleagues a contact may hand a query to: active people of the caller's
# departments. People rows are otherwise private (each sees their own); this reveals
# names and logins of the same departments only. `session_user` is the signed-in login
# (inside SECURITY DEFINER `current_user` is the owner).
COLLEAGUES_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_colleagues()
RETURNS TABLE(login text, name text, department_id integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
  SELECT p.login::text, p.name::text, pd.department_id
    FROM people p JOIN person_departments pd ON pd.login = p.login
   WHERE p.active AND pd.department_id IN
         (SELECT mine.department_id FROM person_departments mine WHERE mine.login = session_user)
   ORDER BY p.name, p.login
$$
"""


# Policies every role's rows must pass as well (AS RESTRICTIVE, managers included).
# Two-party review is two people: an approval is given as oneself (its login is the
# signed-in login), and not by the login that approved the other side of the same
# revision (the owner, who runs migrations, is not subject to policies).
# An approval on the department's behalf (with evidence: the department's own mail or
# call) is the department's word, so the manager who approved the center's side may
# record it.
RESTRICTIVE: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (
    ("faq_approvals", "one_person_one_side", "INSERT", "PUBLIC", None,
     ("login = current_user AND (evidence_message_id IS NOT NULL "
      "OR NOT liaison_gave_other_side(entry_id, revision, side))")),
)

# Whether the signed-in login approved the other side of a revision. A policy on
# faq_approvals cannot read faq_approvals itself (its own policies would recurse), so this
# runs as the owner; it answers for the caller's own login (`session_user`) only.
OTHER_SIDE_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_gave_other_side(e integer, r integer, s text)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM faq_approvals o
                  WHERE o.entry_id = e AND o.revision = r AND o.side <> s AND o.approved
                    AND o.evidence_message_id IS NULL AND o.login = session_user)
$$
"""


# Agents' uses of the caller's own departments' FAQ entries, counted (issue 17: the
# upkeep digest and the department's scorecard). FAQ hits are private to whoever made
# them; this tells a department only how often its entries were used, not by whom.
ENTRY_USES_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_department_entry_uses(since timestamptz, until timestamptz)
RETURNS TABLE(entry_id integer, hits bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
  SELECT h.entry_id, count(*)
    FROM faq_hits h JOIN faq_entries e ON e.id = h.entry_id
   WHERE e.department_id IN
         (SELECT mine.department_id FROM person_departments mine WHERE mine.login = session_user)
     AND h.at >= since AND h.at < until
   GROUP BY h.entry_id
$$
"""


def _policy_sql(table: str, name: str, command: str, roles: str,
                using: str | None, check: str | None, kind: str = "PERMISSIVE") -> list[str]:
    sql = f"CREATE POLICY {name} ON {table} AS {kind} FOR {command} TO {roles}"
    if using:
        sql += f" USING ({using})"
    if check:
        sql += f" WITH CHECK ({check})"
    return [f"DROP POLICY IF EXISTS {name} ON {table}", sql]


def statements(tables: Iterable[str], schema: str = "public",
               approval_login: bool = True) -> list[str]:
    """The SQL that makes the team schema's roles, grants, policies and audit triggers.
    `approval_login`: faq_approvals has its login column (migration 0017 on), which the
    restrictive review policy names (a policy's columns must exist when it is made)."""
    tables = [t for t in tables if t != "alembic_version"]
    out = [CREATE_GROUPS, *CREATE_AUDIT_TABLE.split(";"),
           AUDIT_FUNCTION.replace("{schema}", schema),
           "REVOKE ALL ON FUNCTION liaison_audit() FROM PUBLIC",
           AUDIT_ROWS_FUNCTION.replace("{schema}", schema),
           "REVOKE ALL ON FUNCTION liaison_audit_rows() FROM PUBLIC",
           # the policy that let every login insert its own rows (before 0019)
           f"DROP POLICY IF EXISTS write_as_self ON {AUDIT_TABLE}"]
    if "questions" in tables and "question_agents" in tables:
        out.append(UNCLAIMED_FUNCTION.replace("{schema}", schema))
        out.append("REVOKE ALL ON FUNCTION liaison_unclaimed(integer) FROM PUBLIC")
        out.append("GRANT EXECUTE ON FUNCTION liaison_unclaimed(integer) TO liaison_agent")
    if "faq_postings" in tables and "faq_searches" in tables:
        for sql in (LIVE_POSTINGS_FUNCTION, AGENT_HIT_FUNCTION):
            out.append(sql.replace("{schema}", schema))
        for signature in AGENT_FUNCTIONS:
            out.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
            out.append(f"GRANT EXECUTE ON FUNCTION {signature} TO liaison_agent")
    if {"messages", "queries", "people", "person_departments"} <= set(tables):
        out.append(DESK_NOTE_FUNCTION.replace("{schema}", schema))
        out.append("REVOKE ALL ON FUNCTION liaison_desk_note() FROM PUBLIC")
        out.append("DROP TRIGGER IF EXISTS liaison_desk_note ON messages")
        out.append("CREATE TRIGGER liaison_desk_note AFTER INSERT ON messages FOR EACH ROW "
                   "WHEN (NEW.match_method IN ('desk_clarify', 'desk_handover')) "
                   "EXECUTE FUNCTION liaison_desk_note()")
        out.append(COLLEAGUES_FUNCTION.replace("{schema}", schema))
        if {"faq_hits", "faq_entries"} <= set(tables):
            out.append(ENTRY_USES_FUNCTION.replace("{schema}", schema))
            out.append("REVOKE ALL ON FUNCTION liaison_department_entry_uses("
                       "timestamptz, timestamptz) FROM PUBLIC")
            out.append("GRANT EXECUTE ON FUNCTION liaison_department_entry_uses("
                       "timestamptz, timestamptz) TO liaison_department")
        out.append("REVOKE ALL ON FUNCTION liaison_colleagues() FROM PUBLIC")
        out.append("GRANT EXECUTE ON FUNCTION liaison_colleagues() TO liaison_department")
    everyone = ", ".join(GROUPS)
    out.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC")
    out.append(f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
    out.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {everyone}")
    for table in [*tables, AUDIT_TABLE]:
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(f"REVOKE ALL ON {table} FROM {everyone}")
        rights = "SELECT" if table == AUDIT_TABLE else "SELECT, INSERT, UPDATE, DELETE"
        out.append(f"GRANT {rights} ON {table} TO liaison_manager")
        out.append(f"GRANT SELECT ON {table} TO liaison_supervisor")
        out += _policy_sql(table, "manager_all", "ALL", "liaison_manager", "true", "true")
        out += _policy_sql(table, "supervisor_read", "SELECT", "liaison_supervisor", "true", None)
        if table in REFERENCE_TABLES:
            out.append(f"GRANT SELECT ON {table} TO {READERS}")
            # agents read the change log through their own policy (POLICIES)
            readers = READERS if table != "change_log" else "liaison_department, liaison_admin"
            out += _policy_sql(table, "reference_read", "SELECT", readers, "true", None)
    for table, rights, roles in GRANTS:
        if table in tables or table in (AUDIT_TABLE, "alembic_version"):
            out.append(f"GRANT {rights} ON {table} TO {roles}")
    # the one column a person may change in their own row: the first-password flag
    out.append("GRANT UPDATE (must_change_password) ON people TO PUBLIC")
    for table, name, command, roles, using, check in POLICIES:
        if not set(NEEDS.get((table, name), ())) <= set(tables):
            continue
        if table in tables or table == AUDIT_TABLE:
            out += _policy_sql(table, name, command, roles, using, check)
    if approval_login:
        out.append(OTHER_SIDE_FUNCTION.replace("{schema}", schema))
        out.append("REVOKE ALL ON FUNCTION liaison_gave_other_side(integer, integer, text) "
                   "FROM PUBLIC")
        out.append("GRANT EXECUTE ON FUNCTION liaison_gave_other_side(integer, integer, text) "
                   f"TO {', '.join(GROUPS)}")
    for table, name, command, roles, using, check in RESTRICTIVE:
        if table in tables and approval_login:
            out += _policy_sql(table, name, command, roles, using, check, "RESTRICTIVE")
    for table in AUDITED_TABLES:
        if table in tables:
            out += audit_trigger_statements(table)
    return [s.strip() for s in out if s.strip()]


def apply(connection: Connection) -> None:
    """Make the roles, grants, policies and audit triggers on a PostgreSQL schema."""
    if connection.dialect.name != "postgresql":
        return
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar() or "public"
    # the driver's own cursor, in the same transaction: no parameters, so `%I` in the
    # role-making block is not taken for a placeholder
    cursor = connection.connection.cursor()
    inspector = inspect(connection)
    tables = inspector.get_table_names()
    approval_login = "faq_approvals" in tables and "login" in {
        c["name"] for c in inspector.get_columns("faq_approvals")}
    for sql in statements(tables, schema, approval_login):
        cursor.execute(sql)

"""Domain refusals in the user's language.

Core raises `DomainError` with a code and arguments (core/errors.py); the command line
prints the English message. Here each code the window may meet gets a translated text,
so the manager reads "cannot route LQ-000012: it is Closed" in the chosen language.
An error with an unknown code (or none) is shown with its own message, as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from liaison_app.core.correspondence.business_hours import CalendarError
from liaison_app.core.errors import DomainError
from liaison_app.core.models import question_ref
from liaison_app.core.timeutil import format_local
from liaison_app.mail.servers import MailServerError
from liaison_app.ui.labels.common import status_label

translate = QCoreApplication.translate


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", str(value))
    return text


def _action_verb(action: str) -> str:
    """The workflow action as a verb for "Cannot … LQ-000012"."""
    verbs = {
        "answer_from_faq": translate("DomainErrors", "answer from the FAQ"),
        "route": translate("DomainErrors", "route"),
        "merge": translate("DomainErrors", "merge"),
        "reject": translate("DomainErrors", "reject"),
        "follow_up": translate("DomainErrors", "follow up"),
        "receive_answer": translate("DomainErrors", "accept an answer for"),
        "answer_in_center": translate("DomainErrors", "answer in the center"),
        "feed_back": translate("DomainErrors", "send the answer of"),
        "close": translate("DomainErrors", "close"),
        "reopen": translate("DomainErrors", "reopen"),
    }
    return verbs.get(action, action.replace("_", " "))


def mail_error_text(exc: MailServerError) -> str:
    """A mail server failure as a sentence in the user's language, the server's own words
    (decoded, never `b'[AUTHENTICATIONFAILED]…'`) after it."""
    texts = {
        "login_refused": translate("MailErrors", "%1 refused the user name or password. Check "
                                   "them in File › Mail settings. (The server said: %2)"),
        "untrusted_certificate": translate("MailErrors", "The certificate of %1 is not trusted "
                                           "(%2). Ask IT whether the server's name is right."),
        "tls_failed": translate("MailErrors", "The secure connection with %1 failed (%2): check "
                                "the port and the security setting."),
        "timeout": translate("MailErrors", "%1 did not answer in time."),
        "connection_refused": translate("MailErrors", "%1 refused the connection: is the server "
                                        "running, and the port right?"),
        "unknown_host": translate("MailErrors", "The mail server %1 cannot be found (%2): check "
                                  "its name."),
        "not_configured": translate("MailErrors", "No mail server is set: File › Mail settings."),
        "no_password": translate("MailErrors", "No password is stored for %2: enter it in File › "
                                 "Mail settings."),
        "folders_missing": translate("MailErrors", "These folders are not on %1: %2."),
    }
    text = texts.get(exc.kind)
    if text is None:
        return str(exc)
    return _fill(text, exc.where, exc.detail).replace(" (The server said: )", "").replace(" ()", "")


def calendar_error_text(exc: CalendarError) -> str:
    """A business-hours field's problem in the user's language (shown beside the field)."""
    a = exc.arguments
    texts = {
        "not_a_date": translate("CalendarErrors", "“%1” is not a date like 2026-10-01 (or a run "
                                "like 2026-10-01..2026-10-07)."),
        "ends_before_start": translate("CalendarErrors", "“%1” ends before it starts."),
        "longer_than_year": translate("CalendarErrors", "“%1” is longer than a year."),
        "closes_before_opens": translate("CalendarErrors", "Closing time %2 must be after "
                                         "opening time %1."),
        "no_workday": translate("CalendarErrors", "At least one working day is needed."),
        "unknown_timezone": translate("CalendarErrors", "Unknown time zone “%1”: use a name "
                                      "like Asia/Taipei or Asia/Shanghai."),
    }
    text = texts.get(exc.code)
    if text is None:
        return str(exc)
    first = a.get("entry", a.get("opens", a.get("zone", "")))
    return _fill(text, first, a.get("closes", ""))


def domain_error_text(exc: BaseException) -> str:
    """The refusal as a translated sentence; any other error as its message."""
    if isinstance(exc, MailServerError):
        return mail_error_text(exc)
    if isinstance(exc, CalendarError):
        return calendar_error_text(exc)
    if not isinstance(exc, DomainError):
        return str(exc)
    a: Mapping[str, object] = exc.arguments
    code = exc.code
    if code == "illegal_transition":
        allowed = ", ".join(status_label(s) for s in a.get("allowed") or []) or translate(
            "DomainErrors", "none"
        )
        who = a.get("ref") or translate("DomainErrors", "this question")
        return _fill(
            translate("DomainErrors", "Cannot %1 %2: it is %3 (allowed from: %4)."),
            _action_verb(str(a.get("action", ""))),
            who,
            status_label(str(a.get("state", ""))),
            allowed,
        )
    if code == "read_only_desk":
        return translate("DomainErrors", "You are signed in with a read-only role: "
                         "you can look at everything here but not change it.")
    if code == "unknown_action":
        return _fill(translate("DomainErrors", "Unknown action “%1”."), a.get("action", ""))
    if code == "no_question":
        return _fill(translate("DomainErrors", "There is no question %1."), a.get("ref", ""))
    if code == "no_faq_entry":
        return _fill(translate("DomainErrors", "There is no FAQ entry #%1."), a.get("entry", ""))
    if code == "faq_not_live":
        return _fill(
            translate(
                "DomainErrors",
                "FAQ entry #%1 is not published and valid now: agents cannot be given its answer.",
            ),
            a.get("entry", ""),
        )
    if code == "merge_into_itself":
        return _fill(translate("DomainErrors", "Cannot merge %1 into itself."), a.get("ref", ""))
    if code == "merge_target_closed":
        return _fill(
            translate("DomainErrors", "Cannot merge into %1: it is %2 (it must still be open)."),
            a.get("ref", ""),
            status_label(str(a.get("state", ""))),
        )
    if code == "reason_required":
        return translate("DomainErrors", "A reason is needed to reject a question.")
    if code == "reason_too_long":
        return _fill(
            translate("DomainErrors", "The reason is longer than %1 characters."),
            a.get("limit", ""),
        )
    if code == "edit_conflict":
        if not a.get("at"):  # a row that keeps no events, on one person's SQLite file
            return _fill(
                translate("DomainErrors", "%1 was changed by %2 after you opened it. "
                                          "It has been reloaded: check it and try again."),
                a.get("ref", ""), a.get("by") or translate("DomainErrors", "someone else"))
        return _fill(
            translate("DomainErrors", "%1 was changed by %2 at %3 after you opened it. "
                                      "It has been reloaded: check it and try again."),
            a.get("ref", ""),
            a.get("by") or translate("DomainErrors", "someone else"),
            format_local(a.get("at")) if a.get("at") else "?",
        )
    if code == "priority_range":
        return _fill(translate("DomainErrors", "Priority must be 0 to %1."), a.get("limit", ""))
    if code == "behalf_needs_evidence":
        return translate("DomainErrors", "An approval on the department's behalf needs evidence: "
                                         "link the department's reply mail or a logged call about this entry.")
    if code == "behalf_department_only":
        return translate("DomainErrors", "Only the department's approval can be recorded on its behalf.")
    if code == "evidence_unrelated":
        return translate("DomainErrors", "That message is not a received mail or logged call about this entry.")
    if code == "same_reviewer_both_sides":
        return _fill(translate("DomainErrors", "%1 already approved for the other side: the two "
                                               "approvals must come from two different people."),
                     a.get("approver", ""))
    if code == "faq_not_retired":
        return _fill(translate("DomainErrors", "FAQ entry #%1 is not retired: there is nothing to restore."),
                     a.get("entry", ""))
    if code == "faq_not_in_review":
        return _fill(translate("DomainErrors", "FAQ entry #%1 is not in review: submit it for review first."),
                     a.get("entry", ""))
    # the department desk's co-review and fixes (issue 17)
    if code == "faq_send_back_needs_comment":
        return translate("DomainErrors", "Say what must change when sending an entry back.")
    if code == "desk_fix_published_only":
        return _fill(translate("DomainErrors", "FAQ entry #%1 is not published: the department "
                               "proposes fixes of published entries; the information manager "
                               "edits drafts."), a.get("entry", ""))
    if code == "desk_fix_empty":
        return translate("DomainErrors", "The question and the answer cannot be empty.")
    if code == "desk_fix_unchanged":
        return translate("DomainErrors", "The text is unchanged: there is nothing to review.")
    text = _older_refusal(code)
    if text is not None:  # the FAQ, bulletin and directory refusals
        return _fill(text, *(status_label(str(a.get(k, ""))) if k in _STATES else a.get(k, "")
                             for k in _ARGUMENTS.get(code, ())))
    return str(exc)


# The arguments each code's text names as %1, %2, ...
_ARGUMENTS = {
    "title_too_long": ("limit",), "answer_too_long": ("limit",), "no_bulletin": ("bulletin",),
    "unknown_kind": ("kind",), "no_flag": ("flag",), "flag_resolved": ("flag", "by"),
    "category_exists": ("name",), "no_category": ("category",), "category_cycle": ("name",),
    "no_similar": ("similar",), "no_synonym_group": ("group",), "synonym_too_long": ("word",),
    "synonym_taken": ("word", "group", "term"), "merge_into_retired": ("entry",),
    "no_answer_yet": ("ref",), "no_department": ("department",), "no_contact": ("contact",),
    "department_inactive": ("department",), "no_contact_email": ("department",),
    "no_head_email": ("department",), "not_an_address": ("address",), "no_query": ("query",),
    "query_closed": ("query",), "call_not_open": ("ref", "state"), "nothing_to_send": ("ref", "state"),
    "no_agent": ("ref",), "no_message": ("message",), "filter_too_long": ("limit",),
}
# Arguments that are state names, shown as the state's label.
_STATES = {"state"}


def _older_refusal(code: str) -> str | None:
    texts = {
        "bulletin_title_required": translate("DomainErrors", "A bulletin needs a title."),
        "title_too_long": translate("DomainErrors", "The text is longer than %1 characters."),
        "answer_too_long": translate("DomainErrors", "The answer is longer than %1 characters."),
        "validity_order": translate("DomainErrors", "“Valid until” must be after “valid from”."),
        "no_bulletin": translate("DomainErrors", "There is no bulletin #%1."),
        "unknown_kind": translate("DomainErrors", "Unknown kind “%1”."),
        "flag_comment_required": translate("DomainErrors", "Say what is wrong with the entry."),
        "no_flag": translate("DomainErrors", "There is no flag #%1."),
        "flag_resolved": translate("DomainErrors", "Flag #%1 was already resolved by %2."),
        "tier_order": translate("DomainErrors", "The tier limits must fall: very high > high > "
                                "low ≥ 0 uses."),
        "category_name_required": translate("DomainErrors", "A category needs a name."),
        "category_exists": translate("DomainErrors", "There is already a category “%1” there."),
        "no_category": translate("DomainErrors", "There is no category #%1."),
        "category_cycle": translate("DomainErrors", "“%1” cannot be moved into itself or one of "
                                    "its sub-categories."),
        "no_similar": translate("DomainErrors", "There is no similar question #%1."),
        "text_required": translate("DomainErrors", "A similar question cannot be empty."),
        "wording_exists": translate("DomainErrors", "The entry already has this wording."),
        "synonyms_two_words": translate("DomainErrors", "A synonym group needs at least two "
                                        "different words."),
        "synonym_too_long": translate("DomainErrors", "“%1…” is too long for a synonym (64 "
                                      "characters at most)."),
        "synonym_taken": translate("DomainErrors", "“%1” is already in synonym group %2 (as "
                                   "“%3”): edit that group instead."),
        "no_synonym_group": translate("DomainErrors", "There is no synonym group %1."),
        "question_required": translate("DomainErrors", "The entry needs a question."),
        "answer_required": translate("DomainErrors", "The entry needs an answer."),
        "entry_into_itself": translate("DomainErrors", "An entry cannot be merged into itself."),
        "merge_into_retired": translate("DomainErrors", "Entry #%1 is retired: merge into an "
                                        "entry in use."),
        "no_answer_yet": translate("DomainErrors", "%1 has no answer yet: an FAQ entry needs one."),
        "no_department": translate("DomainErrors", "There is no department #%1."),
        "no_contact": translate("DomainErrors", "There is no contact #%1."),
        "department_inactive": translate("DomainErrors", "%1 is inactive: it cannot be asked."),
        "no_contact_email": translate("DomainErrors", "%1 has no contact with a mail address: add "
                                      "one in Departments › Edit… before asking it."),
        "no_head_email": translate("DomainErrors", "%1 has no head of department with a mail "
                                   "address."),
        "not_an_address": translate("DomainErrors", "“%1” is not a mail address."),
        "no_query": translate("DomainErrors", "There is no query #%1."),
        "query_closed": translate("DomainErrors", "Query #%1 is no longer open."),
        "answer_empty": translate("DomainErrors", "The answer is empty."),
        "not_a_received_mail": translate("DomainErrors", "Only a received mail about a question "
                                         "can be accepted as its answer."),
        "automatic_reply": translate("DomainErrors", "An automatic reply or a bounce cannot be "
                                     "the answer."),
        "call_not_open": translate("DomainErrors", "%1 is %2: calls are logged for new or "
                                   "awaiting questions."),
        "call_back_due": translate("DomainErrors", "A call-back needs the new due time."),
        "nothing_to_send": translate("DomainErrors", "%1 is %2: there is no new answer to send."),
        "no_agent": translate("DomainErrors", "%1 has no forwarding agent to send the answer to."),
        "no_message": translate("DomainErrors", "There is no such mail (#%1) in the tray."),
        "due_in_past": translate("DomainErrors", "The due time must be in the future."),
        "filter_too_long": translate("DomainErrors", "The filter text is too long: at most %1 "
                                     "characters are searched."),
    }
    return texts.get(code)


def outcome_text(errors: Mapping[int, BaseException]) -> str:
    """One line per question a bulk action refused: `LQ-000012: why`."""
    return "\n".join(f"{question_ref(q)}: {domain_error_text(exc)}" for q, exc in errors.items())

"""Domain refusals in the user's language.

Core raises `DomainError` with a code and arguments (core/errors.py); the command line
prints the English message. Here each code the window may meet gets a translated text,
so the manager reads "cannot route LQ-000012: it is Closed" in the chosen language.
An error with an unknown code (or none) is shown with its own message, as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from liaison_app.core.errors import DomainError
from liaison_app.core.models import question_ref
from liaison_app.core.timeutil import format_local
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


def domain_error_text(exc: BaseException) -> str:
    """The refusal as a translated sentence; any other error as its message."""
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
    return str(exc)


def outcome_text(errors: Mapping[int, BaseException]) -> str:
    """One line per question a bulk action refused: `LQ-000012: why`."""
    return "\n".join(f"{question_ref(q)}: {domain_error_text(exc)}" for q, exc in errors.items())

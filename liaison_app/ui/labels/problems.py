"""Import problems in the user's language.

Core reports each bad row of a question, FAQ or directory import as a `tabular.Problem`
(file, line, field, English message): the command line prints them as written. The
window says them through these patterns, like the question history's details
(`labels.common.event_detail_text`); a message no pattern knows is shown as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from liaison_app.core.tabular import ImportReport, Problem

translate = QCoreApplication.translate

_FIELDS = {
    "text": QT_TRANSLATE_NOOP("ImportProblems", "question text"),
    "agent": QT_TRANSLATE_NOOP("ImportProblems", "agent"),
    "context": QT_TRANSLATE_NOOP("ImportProblems", "context"),
    "product": QT_TRANSLATE_NOOP("ImportProblems", "product"),
    "urgent": QT_TRANSLATE_NOOP("ImportProblems", "urgent"),
    "forwarded_at": QT_TRANSLATE_NOOP("ImportProblems", "forwarded at"),
    "source": QT_TRANSLATE_NOOP("ImportProblems", "source"),
    "question": QT_TRANSLATE_NOOP("ImportProblems", "question"),
    "answer": QT_TRANSLATE_NOOP("ImportProblems", "answer"),
    "key_points": QT_TRANSLATE_NOOP("ImportProblems", "key points"),
    "keywords": QT_TRANSLATE_NOOP("ImportProblems", "keywords"),
    "category": QT_TRANSLATE_NOOP("ImportProblems", "category"),
    "valid_from": QT_TRANSLATE_NOOP("ImportProblems", "valid from"),
    "valid_until": QT_TRANSLATE_NOOP("ImportProblems", "valid until"),
    "department": QT_TRANSLATE_NOOP("ImportProblems", "department"),
    "email": QT_TRANSLATE_NOOP("ImportProblems", "email"),
    "phone": QT_TRANSLATE_NOOP("ImportProblems", "phone"),
    "sla_hours": QT_TRANSLATE_NOOP("ImportProblems", "SLA hours"),
    "head": QT_TRANSLATE_NOOP("ImportProblems", "head of department"),
    "contact": QT_TRANSLATE_NOOP("ImportProblems", "contact"),
}

_MESSAGES = (
    (r"missing required field", QT_TRANSLATE_NOOP("ImportProblems", "missing, but required")),
    (r"required", QT_TRANSLATE_NOOP("ImportProblems", "missing, but required")),
    (r"unknown column, ignored", QT_TRANSLATE_NOOP("ImportProblems", "unknown column, ignored")),
    (r"unknown field, ignored", QT_TRANSLATE_NOOP("ImportProblems", "unknown field, ignored")),
    (r"duplicate of line (\d+)", QT_TRANSLATE_NOOP("ImportProblems", "the same question as line %1")),
    (r"duplicate of the question on line (\d+)",
     QT_TRANSLATE_NOOP("ImportProblems", "the same question as line %1")),
    (r"unknown agent '(.+?)'(?: \(add the agent first, or allow creating it\))?",
     QT_TRANSLATE_NOOP("ImportProblems", "unknown agent “%1” (add the agent first)")),
    (r"agent is missing", QT_TRANSLATE_NOOP("ImportProblems", "no agent given")),
    (r"text is empty", QT_TRANSLATE_NOOP("ImportProblems", "the question text is empty")),
    (r"(\w+) is (\d+) characters long \(at most (\d+)\)",
     QT_TRANSLATE_NOOP("ImportProblems", "%2 characters long (at most %3)")),
    (r"forwarded_at is in the future", QT_TRANSLATE_NOOP("ImportProblems", "the time is in the future")),
    (r"given twice \(as '(.+)'\)", QT_TRANSLATE_NOOP("ImportProblems", "given twice (as “%1”)")),
    (r"is before valid_from", QT_TRANSLATE_NOOP("ImportProblems", "is before “valid from”")),
    (r"the base already has this question \(entry (\d+)\)",
     QT_TRANSLATE_NOOP("ImportProblems", "the FAQ already has this question (entry %1)")),
    (r"a cell beyond the last header, ignored",
     QT_TRANSLATE_NOOP("ImportProblems", "a cell beyond the last column heading, ignored")),
    (r"bad JSON: (.+) at column (\d+)", QT_TRANSLATE_NOOP("ImportProblems", "not valid JSON: %1 (column %2)")),
    # core/questions/intake.py's other refusals (the import and the Forward dialog).
    (r"\w+ contains a NUL character \(a damaged file\?\)",
     QT_TRANSLATE_NOOP("ImportProblems", "holds a NUL character (a damaged file?)")),
    (r"product is longer than (\d+) characters",
     QT_TRANSLATE_NOOP("ImportProblems", "the product name is longer than %1 characters")),
    (r"unknown source '(.*)'", QT_TRANSLATE_NOOP("ImportProblems", "unknown source “%1”")),
)
_COMPILED = [(re.compile(f"^{pattern}$", re.DOTALL), text) for pattern, text in _MESSAGES]


def field_label(name: str) -> str:
    text = _FIELDS.get(name)
    return translate("ImportProblems", text) if text else name


def problem_message(message: str) -> str:
    for pattern, text in _COMPILED:
        match = pattern.match(message)
        if match:
            out = translate("ImportProblems", text)
            for number, value in enumerate(match.groups(), 1):
                out = out.replace(f"%{number}", value or "")
            return out
    return message


def problem_text(problem: Problem) -> str:
    """One problem as the window shows it: line, field and message, in the user's language."""
    return (translate("ImportProblems", "Line %1, %2: %3")
            .replace("%1", str(problem.line)).replace("%2", field_label(problem.field))
            .replace("%3", problem_message(problem.message)))


def problem_lines(report: ImportReport) -> list[str]:
    """Problems then warnings (marked), like `ImportReport.problem_lines` in the user's language."""
    warning = translate("ImportProblems", "(warning)")
    return ([problem_text(p) for p in report.problems]
            + [f"{problem_text(p)} {warning}" for p in report.warnings])

"""Translations of what the core reports say (titles, headers, figure labels, notes, and
keyed values such as states and tiers), applied to a copy of a report for the screen and
the files exported from it. Core keeps English so JSON and the command line stay stable.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from liaison_app.core.reports import Report
from liaison_app.ui.labels.common import resolution_label, status_label

translate = QCoreApplication.translate


def report_names() -> dict[str, str]:
    return {
        "volume": translate("ReportText", "Intake volume"),
        "resolution": translate("ReportText", "Resolution mix"),
        "scorecard": translate("ReportText", "Department scorecard"),
        "knowledge": translate("ReportText", "Knowledge health"),
        "workload": translate("ReportText", "Open workload"),
    }


def texts() -> dict[str, str]:
    """Every English text of core/reports mapped to its translation (a test checks that
    none is missing)."""
    return {
        'Intake volume': translate("ReportText", 'Intake volume'),
        "Agents' searches": translate("ReportText", "Agents' searches"),
        'Searches ending in an answer used': translate("ReportText", 'Searches ending in an answer used'),
        'Searches with no result': translate("ReportText", 'Searches with no result'),
        'Live entries never found': translate("ReportText", 'Live entries never found'),
        'Words searched': translate("ReportText", 'Words searched'),
        'Searches': translate("ReportText", 'Searches'),
        'Last': translate("ReportText", 'Last'),
        "Searches are those settled on agents' desks (a query left alone, or an answer opened from it); one ends in an answer used when an answer was opened or copied from it, or the agent said it answered the question. Use tiers count agents' uses once there are any.": translate("ReportText", "Searches are those settled on agents' desks (a query left alone, or an answer opened from it); one ends in an answer used when an answer was opened or copied from it, or the agent said it answered the question. Use tiers count agents' uses once there are any."),
        'Questions forwarded': translate("ReportText", 'Questions forwarded'),
        'Per day': translate("ReportText", 'Per day'),
        'Urgent': translate("ReportText", 'Urgent'),
        'Merged as duplicates': translate("ReportText", 'Merged as duplicates'),
        'Rejected': translate("ReportText", 'Rejected'),
        'Questions forwarded over time': translate("ReportText", 'Questions forwarded over time'),
        'Day': translate("ReportText", 'Day'),
        'Week from': translate("ReportText", 'Week from'),
        'Month': translate("ReportText", 'Month'),
        'Questions': translate("ReportText", 'Questions'),
        'Questions by product': translate("ReportText", 'Questions by product'),
        'Product': translate("ReportText", 'Product'),
        'Share %': translate("ReportText", 'Share %'),
        'Questions by category': translate("ReportText", 'Questions by category'),
        'Category': translate("ReportText", 'Category'),
        'Counted by the time a question was first forwarded; questions not yet triaged have no category (shown as uncategorised).': translate("ReportText", 'Counted by the time a question was first forwarded; questions not yet triaged have no category (shown as uncategorised).'),
        'Resolution mix': translate("ReportText", 'Resolution mix'),
        'Questions resolved': translate("ReportText", 'Questions resolved'),
        'From FAQ': translate("ReportText", 'From FAQ'),
        'By the manager': translate("ReportText", 'By the manager'),
        'By departments': translate("ReportText", 'By departments'),
        'In-center resolution rate': translate("ReportText", 'In-center resolution rate'),
        'Resolved by': translate("ReportText", 'Resolved by'),
        'In-center resolution over time': translate("ReportText", 'In-center resolution over time'),
        'Resolved': translate("ReportText", 'Resolved'),
        'In-center rate %': translate("ReportText", 'In-center rate %'),
        'Answered by departments': translate("ReportText", 'Answered by departments'),
        'Department': translate("ReportText", 'Department'),
        'A question counts in the period its answer came in; reopened questions count again only once answered again.': translate("ReportText", 'A question counts in the period its answer came in; reopened questions count again only once answered again.'),
        'Department scorecard': translate("ReportText", 'Department scorecard'),
        'Queries sent': translate("ReportText", 'Queries sent'),
        'Queries answered': translate("ReportText", 'Queries answered'),
        'Median response': translate("ReportText", 'Median response'),
        '90th percentile': translate("ReportText", '90th percentile'),
        'Overdue': translate("ReportText", 'Overdue'),
        'Overdue rate': translate("ReportText", 'Overdue rate'),
        'Escalations': translate("ReportText", 'Escalations'),
        'Rank': translate("ReportText", 'Rank'),
        'Sent': translate("ReportText", 'Sent'),
        'Answered': translate("ReportText", 'Answered'),
        'Median response h': translate("ReportText", 'Median response h'),
        '90th percentile h': translate("ReportText", '90th percentile h'),
        'Overdue %': translate("ReportText", 'Overdue %'),
        'Chases': translate("ReportText", 'Chases'),
        'Median working h': translate("ReportText", 'Median working h'),
        '90th percentile working h': translate("ReportText", '90th percentile working h'),
        'Ranking: the share of queries answered on time first (100% minus the overdue rate), then the median response time; departments without queries come last.': translate("ReportText", 'Ranking: the share of queries answered on time first (100% minus the overdue rate), then the median response time; departments without queries come last.'),
        'Sent, overdue, chases and escalations count queries opened in the period; answered and response times count queries answered in it. Response time runs from the query being sent to its answer being accepted, in calendar hours. Cancelled queries are not overdue.': translate("ReportText", 'Sent, overdue, chases and escalations count queries opened in the period; answered and response times count queries answered in it. Response time runs from the query being sent to its answer being accepted, in calendar hours. Cancelled queries are not overdue.'),
        'Working hours follow the business calendar (working days, opening hours, holidays).': translate("ReportText", 'Working hours follow the business calendar (working days, opening hours, holidays).'),
        'Knowledge health': translate("ReportText", 'Knowledge health'),
        'FAQ uses': translate("ReportText", 'FAQ uses'),
        'Already in the FAQ': translate("ReportText", 'Already in the FAQ'),
        'Answers linked to FAQ': translate("ReportText", 'Answers linked to FAQ'),
        'Entries created': translate("ReportText", 'Entries created'),
        'Entries from questions': translate("ReportText", 'Entries from questions'),
        'Answer to publication': translate("ReportText", 'Answer to publication'),
        'Open flags': translate("ReportText", 'Open flags'),
        'FAQ use tiers': translate("ReportText", 'FAQ use tiers'),
        'Use tier': translate("ReportText", 'Use tier'),
        'Entries': translate("ReportText", 'Entries'),
        'Hits': translate("ReportText", 'Hits'),
        'Share of hits %': translate("ReportText", 'Share of hits %'),
        'Most used FAQ entries': translate("ReportText", 'Most used FAQ entries'),
        'Entry': translate("ReportText", 'Entry'),
        'Question': translate("ReportText", 'Question'),
        'New vs known questions': translate("ReportText", 'New vs known questions'),
        'Count': translate("ReportText", 'Count'),
        'Known share: questions answered from the FAQ among those triaged (untriaged questions are left out of the share).': translate("ReportText", 'Known share: questions answered from the FAQ among those triaged (untriaged questions are left out of the share).'),
        "Answer to publication: median days from the source question's answer to the entry's publication time as stored (a republished entry counts from its latest publication).": translate("ReportText", "Answer to publication: median days from the source question's answer to the entry's publication time as stored (a republished entry counts from its latest publication)."),
        'Open flags: flags raised before the period ended and not resolved by then.': translate("ReportText", 'Open flags: flags raised before the period ended and not resolved by then.'),
        'Open workload': translate("ReportText", 'Open workload'),
        'Open questions': translate("ReportText", 'Open questions'),
        'Overdue at departments': translate("ReportText", 'Overdue at departments'),
        'Open queries': translate("ReportText", 'Open queries'),
        'Oldest open': translate("ReportText", 'Oldest open'),
        'Open questions by state and age': translate("ReportText", 'Open questions by state and age'),
        'State': translate("ReportText", 'State'),
        'Under 1 day': translate("ReportText", 'Under 1 day'),
        '1–3 days': translate("ReportText", '1–3 days'),
        '3–7 days': translate("ReportText", '3–7 days'),
        '7–14 days': translate("ReportText", '7–14 days'),
        'Over 14 days': translate("ReportText", 'Over 14 days'),
        'Total': translate("ReportText", 'Total'),
        'Open department queries': translate("ReportText", 'Open department queries'),
        'Oldest (days)': translate("ReportText", 'Oldest (days)'),
        'A snapshot of now: the period does not apply. Age is the time since the question was forwarded.': translate("ReportText", 'A snapshot of now: the period does not apply. Age is the time since the question was forwarded.'),
    }


def keyed_value(kind: str, value):
    if kind == "resolution":
        return {"faq": translate("ReportText", "From FAQ"),
                "in_center": translate("ReportText", "By the manager"),
                "department": translate("ReportText", "By departments")}.get(value, resolution_label(value))
    if kind == "state":
        return status_label(value)
    if kind == "tier":
        return {"very_high": translate("ReportText", "Very high use"),
                "high": translate("ReportText", "High use"),
                "low": translate("ReportText", "Low use"),
                "very_low": translate("ReportText", "Very low use")}.get(value, value)
    if kind == "knowledge":
        return {"known": translate("ReportText", "Already in the FAQ"),
                "new": translate("ReportText", "New to the FAQ"),
                "untriaged": translate("ReportText", "Not yet triaged")}.get(value, value)
    if kind == "category" and value == "(uncategorised)":
        return translate("ReportText", "(uncategorised)")
    return value


def localize(report: Report) -> Report:
    """A copy of `report` in the user's language (the figures themselves unchanged)."""
    words = texts()
    tr = lambda s: words.get(s, s)
    tables = []
    for table in report.tables:
        rows = table.rows
        if table.keyed:
            index = {table.columns.index(c): kind for c, kind in table.keyed.items()}
            rows = [[keyed_value(index[i], v) if i in index else v for i, v in enumerate(row)]
                    for row in rows]
        tables.append(dataclasses.replace(table, title=tr(table.title),
                                          headers=[tr(h) for h in table.headers],
                                          rows=rows, keyed={}))
    return dataclasses.replace(
        report, title=tr(report.title), tables=tables,
        figures=[dataclasses.replace(f, label=tr(f.label)) for f in report.figures],
        notes=[tr(n) for n in report.notes])

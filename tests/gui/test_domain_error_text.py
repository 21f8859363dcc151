"""Domain refusals reach the window in the user's language (ui/errors.py), while their
English message, which the command line prints, stays as it is."""

from __future__ import annotations

from liaison_app.core.errors import DomainError
from liaison_app.core.questions.workflow import IllegalTransition
from liaison_app.ui.errors import domain_error_text, outcome_text
from liaison_app.ui.i18n import install_translators


def test_refusals_are_shown_in_the_chosen_language(qapp):
    error = IllegalTransition(12, "closed", "route")
    try:
        install_translators("zh_TW")
        text = domain_error_text(error)
        assert "LQ-000012" in text and "分派" in text and "已結案" in text and "新" in text
        assert "Cannot" not in text
        assert outcome_text({12: error}).startswith("LQ-000012: ")
    finally:
        install_translators("en")
    assert domain_error_text(error) == ("Cannot route LQ-000012: it is Closed "
                                        "(allowed from: New).")
    assert str(error) == "Cannot route LQ-000012: it is 'closed' (allowed from: new)"


def test_a_refusal_without_a_known_code_is_shown_as_it_is(qapp):
    assert domain_error_text(DomainError("Something particular")) == "Something particular"
    assert domain_error_text(ValueError("not a domain error")) == "not a domain error"


def test_an_edit_conflict_names_who_and_when_in_the_chosen_language(qapp):
    from datetime import UTC, datetime

    from liaison_app.core.conflicts import EditConflict
    from liaison_app.ui.labels.times import local_datetime_text as format_local

    at = datetime(2026, 12, 3, 2, 5, tzinfo=UTC)
    error = EditConflict("question", 12, "陳經理", at, 4)
    try:
        install_translators("zh_TW")
        text = domain_error_text(error)
        assert "LQ-000012" in text and "陳經理" in text and format_local(at) in text
        assert "已重新載入" in text and "changed" not in text
    finally:
        install_translators("en")
    assert domain_error_text(error).startswith(f"LQ-000012 was changed by 陳經理 at {format_local(at)}")
    assert error.code == "edit_conflict" and error.arguments["by"] == "陳經理"

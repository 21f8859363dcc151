"""The fault table: each probe says how often its fault was tried and how often it held.

A fault test calls `record(probe, tried, held)` once it has run its tries; at the end of
the session the table is printed (probe × tried × held), so CI shows at a glance which
faults the application survives. A probe that did not hold every try also fails its test:
the table is the summary, the assertions are the verdict.
"""

from __future__ import annotations

_ROWS: dict[str, tuple[int, int]] = {}


def record(probe: str, tried: int, held: int) -> None:
    """Add `tried` tries of `probe`, `held` of which kept every promise (summed per probe)."""
    old_tried, old_held = _ROWS.get(probe, (0, 0))
    _ROWS[probe] = (old_tried + tried, old_held + held)


def rows() -> list[tuple[str, int, int]]:
    return [(probe, tried, held) for probe, (tried, held) in sorted(_ROWS.items())]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Session-finish hook: the table of every probe recorded in this run."""
    table = rows()
    if not table:
        return
    width = max(len("probe"), *(len(probe) for probe, _, _ in table))
    terminalreporter.section("fault injection: probe × tried × held")
    terminalreporter.write_line(f"{'probe':<{width}}  {'tried':>5}  {'held':>5}")
    for probe, tried, held in table:
        mark = "" if held == tried else "   <-- NOT HELD"
        terminalreporter.write_line(f"{probe:<{width}}  {tried:>5}  {held:>5}{mark}")

"""Fault tests kill processes and servers for real; the table of what held prints at the end."""

from __future__ import annotations

from tests.faults import table
from tests.integration.conftest import imap_peer, imap_server, smtp_peer  # noqa: F401


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    text = table.render()
    if text:
        terminalreporter.write_sep("=", "fault table: probe x tried x held")
        terminalreporter.write_line(text)

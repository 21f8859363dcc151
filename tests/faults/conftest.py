"""Fault-injection tests: real processes killed, real servers stalled; `.ci/run` runs them
with `pytest -m fault tests/faults` and prints the table of `tests/faults/table.py`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.table import pytest_terminal_summary  # noqa: F401 - the session-finish hook
from tests.integration.conftest import imap_peer, imap_server, smtp_peer  # noqa: F401

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(_HERE):
            item.add_marker(pytest.mark.fault)

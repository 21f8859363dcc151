"""The audit trail dialog: the changes of the last days, filtered by person, in a model."""

from __future__ import annotations

import pytest

from liaison_app.ui.dialogs.audit import AuditDialog, AuditModel
from tests import factories

pytestmark = pytest.mark.db


def test_the_audit_dialog_lists_changes_and_filters_by_person(qtbot, qtmodeltester, db, gateway_of):
    if db.backend == "postgresql":
        pytest.skip("on a team server the trail names the signed-in login "
                    "(tests/integration/test_team_permissions.py)")
    with db.sessions.begin() as s:
        factories.agent(s, "A1001", "李小明")
    factories.forward(db, "A1001", "卡片被吞了怎麼辦？", actor="王經理")
    factories.forward(db, "A1001", "境外交易被拒絕？", actor="陳經理")
    dialog = AuditDialog(gateway_of(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2)
    qtmodeltester.check(dialog.model)
    people = {dialog.model.index(r, AuditModel.COL_PERSON).data()
              for r in range(dialog.model.rowCount())}
    assert {"王經理", "陳經理"} <= people
    dialog.person.setText("陳經理")
    dialog.load()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1 and all(
        dialog.model.index(r, AuditModel.COL_PERSON).data() == "陳經理"
        for r in range(dialog.model.rowCount())))
    assert dialog.model.index(0, AuditModel.COL_TARGET).data().startswith("questions:")

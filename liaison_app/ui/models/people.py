"""The people of a team database as the admin sees them: login, name, roles,
departments, agent code, and whether they may sign in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from liaison_app.ui.models.rows import RowsModel

translate = QCoreApplication.translate
LOGIN_ROLE = Qt.ItemDataRole.UserRole + 1


def role_label(role: str) -> str:
    return {
        "manager": translate("PeopleModel", "manager"),
        "supervisor": translate("PeopleModel", "supervisor"),
        "department": translate("PeopleModel", "department contact"),
        "agent": translate("PeopleModel", "agent"),
        "admin": translate("PeopleModel", "admin"),
    }.get(role, role)


class PeopleModel(RowsModel):
    """Rows are the dicts of `core.team.admin.list_people` (the `people list --json` shape)."""

    COL_LOGIN, COL_NAME, COL_ROLES, COL_DEPARTMENTS, COL_AGENT, COL_ACTIVE = range(6)

    def headers(self) -> list[str]:
        return [translate("PeopleModel", "Login"), translate("PeopleModel", "Name"),
                translate("PeopleModel", "Roles"), translate("PeopleModel", "Departments"),
                translate("PeopleModel", "Agent"), translate("PeopleModel", "Can sign in")]

    def row_of(self, login: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row["login"] == login), None)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == LOGIN_ROLE:
            return row["login"]
        if role == Qt.ItemDataRole.ForegroundRole and not row["active"]:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_ACTIVE:
            if not row["active"]:
                return translate("PeopleModel", "no (disabled)")
            if row.get("must_change_password"):
                return translate("PeopleModel", "yes, must change the first password")
            return translate("PeopleModel", "yes")
        return {
            self.COL_LOGIN: row["login"],
            self.COL_NAME: row["name"],
            self.COL_ROLES: "、".join(role_label(r) for r in row["roles"]),
            self.COL_DEPARTMENTS: "、".join(str(d) for d in row["departments"]),
            self.COL_AGENT: row["agent"] or "",
        }.get(column)

"""The people of a team database: each one a PostgreSQL login with Liaison roles.

On PostgreSQL the login role and its membership of the `liaison_*` group roles are what
the server enforces; these rows name the person, tie them to departments and an agent
code, and let row-level security find "my departments" with `current_user`. On SQLite
(one person's desk) the rows are only a record.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.timeutil import utcnow


class PersonRow(Base):
    __tablename__ = "people"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # The roles given (manager, supervisor, department, agent, admin); on PostgreSQL the
    # group memberships are the truth and this column mirrors them for listing.
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    agent_code: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when an admin gave a first password: the sign-in asks for a new one.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    departments: Mapped[list[PersonDepartment]] = relationship(
        cascade="all, delete-orphan", order_by="PersonDepartment.department_id"
    )


class PersonDepartment(Base):
    __tablename__ = "person_departments"

    login: Mapped[str] = mapped_column(
        ForeignKey("people.login", ondelete="CASCADE"), primary_key=True
    )
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="CASCADE"), primary_key=True, index=True
    )

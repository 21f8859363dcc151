"""Who is involved: business departments, their contacts, and call-center agents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.timeutil import utcnow


class Department(Base):
    """A business department (業務部門) with its written duties (職責) and answer SLA."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    duties: Mapped[str] = mapped_column(Text, default="")
    sla_hours: Mapped[int] = mapped_column(Integer, default=24)
    routing_keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))
    # The head is a contact of the department; use_alter breaks the department/contact cycle.
    head_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", use_alter=True, ondelete="SET NULL")
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Optimistic locking (core/conflicts.py): SQLAlchemy counts it up on every UPDATE
    # and adds `WHERE version = <read>`, so a racing save matches no row.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="department", foreign_keys="Contact.department_id", order_by="Contact.id"
    )
    head: Mapped[Contact | None] = relationship(foreign_keys=[head_contact_id], post_update=True)


class Contact(Base):
    """A department contact (部門聯絡人) who answers queries and reviews FAQ drafts."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    deputy_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    department: Mapped[Department] = relationship(
        back_populates="contacts", foreign_keys=[department_id]
    )
    deputy: Mapped[Contact | None] = relationship(remote_side=[id])


class Agent(Base):
    """A call-center agent (座席代表); `code` is the employee number other systems use."""

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    team: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

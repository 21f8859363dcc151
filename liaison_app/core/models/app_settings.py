"""Settings shared by everyone using one database (business hours, tier thresholds, ...).

Per-user settings (language, mail accounts) live in the TOML file instead; these travel
with the database so a team on PostgreSQL shares them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.timeutil import utcnow


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

"""The page registry: the window's areas, in navigation order, each in one entry.

A `PageSpec` says everything the main window needs about an area: its key (object names
`page_<key>`, `go_to(key)`, the saved current area), its translated title (navigation and
View menu, Ctrl+1… in this order), how to build the page (on first visit, so start-up pays
only for the Inbox), and the live count shown beside its title. Adding an area is adding
an entry here; the window has no other table of areas.

Factories import their page module when called: that keeps start-up light, and no page
module imports the window, so there is no cycle to dodge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from liaison_app.core.dashboard import Counts

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PageSpec:
    key: str
    # Translated when called (titles follow a language switch); context "MainWindow".
    title: Callable[[], str]
    # Builds the page for the window (which gives the database, settings and workers).
    factory: Callable[[QMainWindow], QWidget]
    # The count beside the title in the navigation, or None for no badge.
    badge: Callable[[Counts], int | None] | None = None


def _inbox(window: QMainWindow) -> QWidget:
    from liaison_app.core.correspondence.queries import identity_from_settings
    from liaison_app.ui.pages.inbox import InboxPage

    return InboxPage(
        window.gateway,
        actor=window.settings.actor,
        identity=lambda: identity_from_settings(window.settings),
    )


def _queries(window: QMainWindow) -> QWidget:
    from liaison_app.ui.pages.queries import QueriesPage

    page = QueriesPage(window.gateway, window.settings, window.mail_worker)
    page.changed.connect(window.refresh_counts)
    return page


def _faq(window: QMainWindow) -> QWidget:
    from liaison_app.ui.pages.browse import FaqPage

    page = FaqPage(window.gateway, actor=window.settings.actor)
    page.changed.connect(lambda: window.mark_stale("faq_upkeep"))
    return page


def _bulletins(window: QMainWindow) -> QWidget:
    from liaison_app.ui.pages.browse import BulletinsPage

    return BulletinsPage(window.gateway, actor=window.settings.actor)


def _departments(window: QMainWindow) -> QWidget:
    from liaison_app.ui.pages.browse import DepartmentsPage

    return DepartmentsPage(window.gateway)


def _reports(window: QMainWindow) -> QWidget:
    from liaison_app.ui.pages.reports import ReportsPage

    return ReportsPage(window.gateway)


def _faq_upkeep(window: QMainWindow) -> QWidget:
    from liaison_app.ui.pages.faq_upkeep import FaqUpkeepPage

    return FaqUpkeepPage(window.gateway, actor=window.settings.actor)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("inbox", lambda: translate("MainWindow", "Inbox"), _inbox, lambda c: c.open),
    PageSpec(
        "queries", lambda: translate("MainWindow", "Queries"), _queries, lambda c: c.open_queries
    ),
    PageSpec("faq", lambda: translate("MainWindow", "FAQ"), _faq, lambda c: c.faq_published),
    PageSpec(
        "bulletins",
        lambda: translate("MainWindow", "Bulletins"),
        _bulletins,
        lambda c: c.bulletins_current,
    ),
    PageSpec("departments", lambda: translate("MainWindow", "Departments"), _departments),
    PageSpec("reports", lambda: translate("MainWindow", "Reports"), _reports),
    PageSpec("faq_upkeep", lambda: translate("MainWindow", "FAQ upkeep"), _faq_upkeep),
)

AREAS: tuple[str, ...] = tuple(spec.key for spec in PAGES)


def spec_of(key: str) -> PageSpec:
    return PAGES[AREAS.index(key)]

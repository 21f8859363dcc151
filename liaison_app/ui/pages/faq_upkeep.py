"""The FAQ upkeep area: use tiers, flags, categories and synonyms, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from liaison_app.ui.pages.faq_categories import CategoriesPage
from liaison_app.ui.pages.faq_flags import FlagsPage
from liaison_app.ui.pages.faq_synonyms import SynonymsPage
from liaison_app.ui.pages.faq_tiers import UseTiersPage

TABS = ("tiers", "flags", "categories", "synonyms")


class FaqUpkeepPage(QWidget):
    def __init__(self, gateway, actor: str = "", parent=None) -> None:
        super().__init__(parent)
        self.tiers = UseTiersPage(gateway, actor)
        self.flags = FlagsPage(gateway, actor)
        self.categories = CategoriesPage(gateway)
        self.synonyms = SynonymsPage(gateway)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("upkeepTabs")
        self.tabs.addTab(self.tiers, self.tr("Use tiers"))
        self.tabs.addTab(self.flags, self.tr("Flags"))
        self.tabs.addTab(self.categories, self.tr("Categories"))
        self.tabs.addTab(self.synonyms, self.tr("Synonyms"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._visit)
        # A change in one tab makes the others reload when next shown.
        for page in (self.tiers, self.flags, self.categories, self.synonyms):
            page.changed.connect(lambda p=page: self._stale(p))

    def _pages(self) -> list:
        return [self.tiers, self.flags, self.categories, self.synonyms]

    def _stale(self, source) -> None:
        current = self.tabs.currentIndex()
        self._loaded = {current}

    def _visit(self, index: int) -> None:
        if index not in self._loaded:
            self._loaded.add(index)
            self._pages()[index].refresh()

    def show_tab(self, key: str) -> None:
        index = TABS.index(key)
        if self.tabs.currentIndex() == index:
            self._visit(index)
        self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        self._loaded = set()
        self._visit(self.tabs.currentIndex())

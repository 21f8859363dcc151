"""A read-only table of rows that picks one row at a time, its short columns fitting
their text and its long text columns taking the rest of the width.

The department desk's queue, reviews and flags share this set-up: at 1280x800 in Chinese
the question column was squeezed to a few characters when every column fitted its text.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(model: QAbstractItemModel, stretch: Iterable[int]) -> QTableView:
    """A single-row-selection, non-editable view of `model`; `stretch`: the columns (the
    question, a comment) that share the width the others leave."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(200)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view

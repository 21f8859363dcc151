"""Draws a cell's text with the query's matching words highlighted.

The spans come from core.search.folding.highlight_spans, so a Simplified query marks the
Traditional characters it matched.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from liaison_app.core.search.folding import highlight_spans


def highlighted_html(text: str, query: str) -> str:
    out, last = [], 0
    for start, end in highlight_spans(text, query):
        out.append(escape(text[last:start]))
        out.append(f"<span style='background:#ffe082;color:#000'>{escape(text[start:end])}</span>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, query: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._query = query

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        query = self._query()
        if not query:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(highlighted_html(text.replace("\n", " "), query))
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.left() + 3, rect.top() + (rect.height() - doc.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, rect.width() - 3, rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return super().sizeHint(option, index)

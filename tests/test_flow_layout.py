"""The navigation row wraps instead of clipping when the text is large or the window narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from prt_desktop.ui.flow_layout import FlowLayout


def test_buttons_wrap_onto_a_new_row_and_keep_their_size(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder)
    buttons = [QPushButton(f"A long navigation button {n}") for n in range(6)]
    for button in buttons:
        layout.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    holder.resize(widest * 2 + 30, 400)
    holder.show()
    qtbot.waitExposed(holder)
    rows = {b.geometry().top() for b in buttons}
    assert len(rows) == 3  # two to a row
    for button in buttons:
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() <= holder.width()
    assert layout.heightForWidth(holder.width()) >= 3 * buttons[0].sizeHint().height()
    holder.resize(widest * 7, 400)
    qtbot.waitUntil(lambda: len({b.geometry().top() for b in buttons}) == 1)


def test_hidden_buttons_take_no_place(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder)
    first, hidden, last = (QPushButton(text) for text in ("One", "Two", "Three"))
    for button in (first, hidden, last):
        layout.addWidget(button)
    hidden.hide()
    holder.resize(600, 100)
    holder.show()
    qtbot.waitExposed(holder)
    assert last.geometry().left() < first.geometry().right() + hidden.sizeHint().width()

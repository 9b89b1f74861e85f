"""Above a session: who holds it (with a hub, a session is written by one workstation at a time), whether two
workstations wrote it while apart, and whether one of its vials was also recorded elsewhere (two workstations
recorded it while apart: each refuses a vial it knows is used). Hidden when this workstation holds the session
and nothing needs review, which is always the case without a hub."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.rate import ReasonDialog
from ivig_desktop.ui.style import WARNING_SYMBOL


class HoldingBar(QFrame):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.take_over_button = QPushButton(self.tr("Take over…"), self)
        self.take_over_button.setAccessibleDescription(self.tr("Take over this session"))
        self.take_over_button.clicked.connect(self.open_take_over)
        self.review_button = QPushButton(self.tr("Reviewed…"), self)
        self.review_button.setAccessibleDescription(self.tr("Record that the parallel entries were reviewed"))
        self.review_button.clicked.connect(self.open_review)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.take_over_button)
        layout.addWidget(self.review_button)
        self.dialog: ReasonDialog | None = None
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        holder = self.controller.holder()
        held_elsewhere = not self.controller.holds()
        review = self.controller.session.needs_review
        lines = []
        if held_elsewhere:
            lines.append(
                self.tr("{0} holds this session: you can read it here; take it over to write in it.").format(
                    holder.name
                )
            )
        if review:
            lines.append(
                self.tr(
                    "{0} Two workstations wrote this session while apart: every entry is kept, in order of time. "
                    "Review the record, then record that you did."
                ).format(WARNING_SYMBOL)
            )
        for reason in self.controller.vials_used_elsewhere():
            lines.append(f"{WARNING_SYMBOL} {reason}")
        text = " ".join(lines)
        self.text.setText(text)
        self.take_over_button.setVisible(held_elsewhere)
        self.review_button.setVisible(review and not held_elsewhere)
        self.setVisible(bool(lines))

    def open_take_over(self) -> None:
        self.dialog = ReasonDialog(
            self.tr("Take over"),
            self.tr("Why this workstation takes the session over"),
            self.controller.take_over,
            self,
        )
        self.dialog.open()

    def open_review(self) -> None:
        self.dialog = ReasonDialog(
            self.tr("Reviewed"), self.tr("What you checked (for the record)"), self.controller.review_parallel, self
        )
        self.dialog.open()

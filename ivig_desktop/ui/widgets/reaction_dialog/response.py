"""The reaction dialog's infusion box: the rates at onset, the proposed response with its working, and what the
nurse did (pre-selected from the proposal until she changes it), with a reason when that is less cautious."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.infusion import RateLimits
from ivig_desktop.domain.reactions import Assessment, Grade, Proposal, ResponseAction, parse_rate
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, words
from ivig_desktop.ui.style import WARNING_SYMBOL, set_error_colour, set_font
from ivig_desktop.ui.widgets.form import Form, error_label
from ivig_desktop.ui.widgets.reaction_dialog.sections import register

CHOICES = (ResponseAction.CONTINUE, ResponseAction.SLOW, ResponseAction.PAUSE, ResponseAction.STOP)

_CHOICE_TEXT = {
    ResponseAction.CONTINUE: QT_TRANSLATE_NOOP("ResponseBox", "&Continue"),
    ResponseAction.SLOW: QT_TRANSLATE_NOOP("ResponseBox", "S&low to a rate"),
    ResponseAction.PAUSE: QT_TRANSLATE_NOOP("ResponseBox", "&Pause (resume at a rate)"),
    ResponseAction.STOP: QT_TRANSLATE_NOOP("ResponseBox", "&Stop"),
}


def _row(form: Form, layout: QFormLayout, name: str, label: QLabel, edit: QLineEdit, parent: QWidget) -> None:
    """Label, then the editor with its error message under it; registered in `form` as `name`."""
    label.setBuddy(edit)
    error = error_label(parent)
    cell = QVBoxLayout()
    cell.addWidget(edit)
    cell.addWidget(error)
    layout.addRow(label, cell)
    register(form, name, label, edit, error)


class ResponseBox(QGroupBox):
    """Rates at onset, the proposal and the nurse's choice. `touched` is set once the nurse picks or types a
    response herself: from then on a new proposal no longer changes her choice."""

    def __init__(self, form: Form, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Infusion: proposed response and what you did"))
        self.touched = False
        layout = QVBoxLayout(self)
        rates = QFormLayout()
        self.rate_at_onset = QLineEdit(self)
        self.previous_step = QLineEdit(self)
        for name, label_text, edit, hint in (
            (
                "rate_at_onset_ml_per_h",
                self.tr("Rate at &onset (mL/h)"),
                self.rate_at_onset,
                self.tr("Empty when no infusion was running"),
            ),
            (
                "previous_step_rate_ml_per_h",
                self.tr("Pre&vious step (mL/h)"),
                self.previous_step,
                self.tr("Optional: the rate before the last increase"),
            ),
        ):
            edit.setAccessibleName(label_text.replace("&", ""))
            edit.setPlaceholderText(hint)
            _row(form, rates, name, QLabel(label_text, self), edit, self)
        layout.addLayout(rates)

        self.proposal_frame = QFrame(self)
        self.proposal_frame.setFrameShape(QFrame.Shape.StyledPanel)
        proposal_layout = QVBoxLayout(self.proposal_frame)
        proposal_title = QLabel(self.tr("Proposed response"), self.proposal_frame)
        set_font(proposal_title, 1.0, bold=True)
        self.proposal_label = QLabel(self.proposal_frame)
        self.proposal_label.setWordWrap(True)
        set_font(self.proposal_label, 1.1, bold=True)
        self.proposal_label.setAccessibleDescription(self.tr("Proposed response"))
        self.proposal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.working_label = QLabel(self.proposal_frame)
        self.working_label.setWordWrap(True)
        self.working_label.setAccessibleDescription(self.tr("Working"))
        self.working_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The picture (what the symptoms and vital signs say) and, when the grade picked is below it, why they
        # disagree: in words with a warning sign, never by colour alone.
        self.disagreement_label = QLabel(self.proposal_frame)
        self.disagreement_label.setWordWrap(True)
        self.disagreement_label.setAccessibleDescription(self.tr("The grade chosen and the symptoms disagree"))
        set_error_colour(self.disagreement_label)
        set_font(self.disagreement_label, 1.0, bold=True)
        self.disagreement_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.disagreement_label.hide()
        self.picture_label = QLabel(self.proposal_frame)
        self.picture_label.setWordWrap(True)
        self.picture_label.setAccessibleDescription(self.tr("What the symptoms and vital signs show"))
        self.picture_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.picture_label.hide()
        proposal_layout.addWidget(proposal_title)
        proposal_layout.addWidget(self.disagreement_label)
        proposal_layout.addWidget(self.picture_label)
        proposal_layout.addWidget(self.proposal_label)
        proposal_layout.addWidget(self.working_label)
        layout.addWidget(self.proposal_frame)

        chosen_label = QLabel(self.tr("What was done with the infusion:"), self)
        set_font(chosen_label, 1.0, bold=True)
        layout.addWidget(chosen_label)
        self.group = QButtonGroup(self)
        self.buttons: dict[ResponseAction, QRadioButton] = {}
        choices_row = QHBoxLayout()
        for index, action in enumerate(CHOICES):
            button = QRadioButton(self.tr(_CHOICE_TEXT[action]), self)
            self.group.addButton(button, index)
            self.buttons[action] = button
            choices_row.addWidget(button)
        choices_row.addStretch(1)
        layout.addLayout(choices_row)
        self.group.idClicked.connect(self._clicked)
        response_error = error_label(self)
        layout.addWidget(response_error)
        register(form, "response", chosen_label, self.buttons[ResponseAction.PAUSE], response_error)
        more = QFormLayout()
        self.response_rate = QLineEdit(self)
        self.response_rate_label = QLabel(self.tr("New or resume &rate (mL/h)"), self)
        self.response_rate.setAccessibleName(self.tr("New or resume rate (mL/h)"))
        self.response_rate.textEdited.connect(self._edited)
        _row(form, more, "response_rate_ml_per_h", self.response_rate_label, self.response_rate, self)
        self.deviation_reason = QLineEdit(self)
        deviation_label = QLabel(self.tr("Reason if &different"), self)
        self.deviation_reason.setAccessibleName(self.tr("Reason if different from the proposal"))
        self.deviation_reason.setPlaceholderText(self.tr("Needed when the choice is less cautious than the proposal"))
        _row(form, more, "deviation_reason", deviation_label, self.deviation_reason, self)
        layout.addLayout(more)

    # --- reading ---------------------------------------------------------------------------------------------

    @staticmethod
    def rate(edit: QLineEdit, limits: RateLimits) -> Decimal | None:
        """The rate typed in `edit`, or None when it is not a rate the pump (`limits`: the confirmed plan's) runs."""
        try:
            return parse_rate(edit.text(), "rate", "Rate", limits)
        except ValidationError:
            return None

    @property
    def infusing(self) -> bool:
        return bool(self.rate_at_onset.text().strip())

    def chosen_action(self) -> ResponseAction | None:
        index = self.group.checkedId()
        return CHOICES[index] if 0 <= index < len(CHOICES) else None

    # --- showing ---------------------------------------------------------------------------------------------

    def enable_choices(self) -> None:
        """The choices apply only while an infusion ran at the onset; without one, none is ticked."""
        infusing = self.infusing
        for button in self.buttons.values():
            button.setEnabled(infusing)
        self.response_rate.setEnabled(infusing)
        if not infusing:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)

    def show_picture(self, assessment: Assessment | None, disagreement: str) -> None:
        """The picture's reasons (anaphylaxis criterion and findings, serious findings) and any disagreement."""
        why = [] if assessment is None else [words(line) for line in assessment.why]
        prefix = f"{WARNING_SYMBOL} " if assessment is not None and assessment.anaphylaxis else ""
        self.picture_label.setText(prefix + "\n".join(why))
        self.picture_label.setVisible(bool(why))
        self.disagreement_label.setText(f"{WARNING_SYMBOL} {words(disagreement)}" if disagreement else "")
        self.disagreement_label.setVisible(bool(disagreement))

    def show_waiting(self, text: str) -> None:
        self.proposal_label.setText(text)
        self.working_label.clear()

    def show_proposal(self, proposal: Proposal, shown: tuple[str, ...] = ()) -> None:
        """The proposal's steps and working (less the lines `shown` above it already: the picture's reasons); its
        action (and resume rate) pre-selected until the nurse chooses."""
        prefix = f"{WARNING_SYMBOL} " if proposal.grade >= Grade.SEVERE else ""
        self.proposal_label.setText(prefix + "\n".join(words(step) for step in proposal.steps))
        working = " ".join(words(w) for w in proposal.working if w not in shown)
        self.working_label.setText(self.tr("Working: ") + working)
        if not self.touched and proposal.action is not None:
            self.buttons[proposal.action].setChecked(True)
            resume = proposal.resume_rate_ml_per_h
            self.response_rate.setText("" if resume is None else str(resume))

    def _clicked(self) -> None:
        self.touched = True
        if self.chosen_action() in (ResponseAction.CONTINUE, ResponseAction.STOP):
            self.response_rate.clear()

    def _edited(self) -> None:
        self.touched = True

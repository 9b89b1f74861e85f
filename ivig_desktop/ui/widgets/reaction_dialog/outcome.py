"""What happened after a reaction: its outcome, the time it resolved, the resume of the infusion, a prescriber
notified; or the correction of such an entry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.events import Event
from ivig_desktop.domain.reactions import ReactionOutcome, ReactionUpdateInput, ResponseAction, reaction_record
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import recorded, words
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import Form, attempt, confirm_buttons
from ivig_desktop.ui.widgets.time_field import TimeField


class ReactionOutcomeDialog(QDialog):
    """What happened after a reaction: outcome, time resolved, resume rate, prescriber notified, notes.
    With `correcting` (an outcome entry's id), corrects that entry with a reason."""

    saved = Signal(object)

    def __init__(
        self,
        controller: SessionController,
        reaction_id: int,
        *,
        correcting: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reaction_id = reaction_id
        self.correcting = correcting
        record = reaction_record(controller.session, reaction_id)
        title = self.tr("Correct a reaction outcome") if correcting else self.tr("Reaction outcome and resume")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(620)

        summary = QLabel(
            self.tr("Reaction at {0}: grade {1}, {2}.").format(
                fmt.time_hm(record.onset_at), int(record.grade), words(record.symptom_text)
            ),
            self,
        )
        summary.setWordWrap(True)
        set_font(summary, 1.0, bold=True)
        self.proposal_label = QLabel(self)
        self.proposal_label.setWordWrap(True)
        if record.proposal is not None:
            self.proposal_label.setText(
                self.tr("Proposed: ")
                + " ".join(recorded(s, "domain.reactions.response") for s in record.proposal.steps)
            )

        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.reason = QLineEdit(self)
        if correcting is not None:
            self.form.add("reason", self.tr("&Reason for correction"), self.reason)
        else:
            self.reason.hide()
        self.outcome = QComboBox(self)
        self.outcome.addItem(self.tr("Not known yet"), "")
        for outcome in ReactionOutcome:
            self.outcome.addItem(words(outcome.label), outcome.value)
        self.form.add("outcome", self.tr("O&utcome"), self.outcome)
        self.resolved_time = TimeField("resolved_at", self)
        self.form.add("resolved_at", self.tr("Resolved &at"), self.resolved_time, self.tr("HH:MM; empty for now"))
        self.resume_rate = QLineEdit(self)
        can_resume = record.response_action in (ResponseAction.PAUSE, ResponseAction.STOP)
        hint = self.tr("Empty if the infusion does not resume now")
        if record.proposal is not None and record.proposal.resume_rate_ml_per_h is not None:
            hint = self.tr("Proposed: {0} mL/h. Empty if the infusion does not resume now").format(
                record.proposal.resume_rate_ml_per_h
            )
        self.form.add("resume_rate_ml_per_h", self.tr("Resume infusion at (&mL/h)"), self.resume_rate, hint)
        self.resume_rate.setEnabled(can_resume or correcting is not None)
        if can_resume and record.resumed_rate_ml_per_h is None and correcting is None:
            rate = record.response_rate_ml_per_h or (record.proposal and record.proposal.resume_rate_ml_per_h)
            if rate:
                self.resume_rate.setText(str(rate))
        self.deviation_reason = QLineEdit(self)
        self.form.add("deviation_reason", self.tr("Reason if &different"), self.deviation_reason)
        self.provider_name = QLineEdit(self)
        self.form.add("provider_name", self.tr("&Prescriber notified"), self.provider_name)
        self.provider_time = TimeField("provider_notified_at", self)
        self.form.add("provider_notified_at", self.tr("Notified a&t"), self.provider_time, self.tr("Empty for now"))
        self.notes = QLineEdit(self)
        self.form.add("notes", self.tr("&Notes"), self.notes)

        save_text = self.tr("Save correction") if correcting else self.tr("Save outcome")
        self.buttons, self.save_button = confirm_buttons(self, save_text)
        self.buttons.accepted.connect(self.save)
        for edit in (self.reason, self.resume_rate, self.deviation_reason, self.provider_name, self.notes):
            edit.returnPressed.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.proposal_label)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)

        if correcting is not None:
            self._load(correcting)
        (self.reason if correcting is not None else self.outcome).setFocus()

    def _load(self, event_id: int) -> None:
        payload = self.controller.session.entry(event_id).current_payload
        outcome = payload.get("outcome")
        self.outcome.setCurrentIndex(self.outcome.findData(outcome or ""))
        resolved = payload.get("resolved_at")
        if isinstance(resolved, str):
            self.resolved_time.set_moment(from_iso(resolved))
        self.resume_rate.setText(str(payload.get("resume_rate_ml_per_h") or ""))
        self.deviation_reason.setText(str(payload.get("deviation_reason") or ""))
        provider = payload.get("provider_notified")
        if isinstance(provider, dict):
            self.provider_name.setText(str(provider.get("name", "")))
            self.provider_time.set_moment(from_iso(str(provider.get("at"))))
        self.notes.setText(str(payload.get("notes") or ""))

    def update_input(self) -> ReactionUpdateInput:
        now = self.controller.clock.now()
        errors = FieldErrors()
        resolved = provider_at = None
        outcome = str(self.outcome.currentData())
        try:
            resolved = self.resolved_time.moment(now)
            if resolved is None and outcome == ReactionOutcome.RESOLVED.value:
                resolved = now
        except ValidationError as error:
            errors.capture(error)
        try:
            provider_at = self.provider_time.moment(now)
            if provider_at is None and self.provider_name.text().strip():
                provider_at = now
        except ValidationError as error:
            errors.capture(error)
        errors.raise_if_any()
        return ReactionUpdateInput(
            reaction_id=self.reaction_id,
            outcome=ReactionOutcome(outcome) if outcome else None,
            resolved_at=resolved,
            resume_rate_ml_per_h=self.resume_rate.text(),
            deviation_reason=self.deviation_reason.text(),
            provider_name=self.provider_name.text(),
            provider_notified_at=provider_at,
            notes=self.notes.text(),
        )

    def save(self) -> None:
        stored: list[Event] = []
        if attempt(self.form, lambda: stored.append(self._record())):
            self.saved.emit(stored[0])
            self.accept()

    def _record(self) -> Event:
        update = self.update_input()
        if self.correcting is None:
            return self.controller.update_reaction(update)
        return self.controller.amend_reaction_update(self.correcting, reason=self.reason.text(), update=update)

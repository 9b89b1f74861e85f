"""After the infusion: flush, the observation countdown, post-infusion vitals, discharge, and the signature that
closes the session (printed name, credentials, time and meaning)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ivig_desktop.domain import closing
from ivig_desktop.domain.closing import SIGNATURE_MEANING, Closing, DischargeStatus
from ivig_desktop.domain.due import DueSnapshot
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import error_text, words
from ivig_desktop.ui.sign_in import password_field
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font, set_text
from ivig_desktop.ui.widgets.big_number import BigNumber
from ivig_desktop.ui.widgets.form import Form, attempt
from ivig_desktop.ui.widgets.scrolling import scrolling_layout
from ivig_desktop.ui.workstation import Workstation


class AfterTab(QWidget):
    def __init__(self, workstation: Workstation, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.controller = controller

        self.observation_card = BigNumber(self.tr("Observation"), self, scale=3.0, detail_lines=1)

        flush_box = QGroupBox(self.tr("Flush"), self)
        flush_layout = QFormLayout(flush_box)
        self.flush_form = Form(flush_layout, flush_box)
        self.flush_ml = QLineEdit(flush_box)
        self.flush_form.add("volume_ml", self.tr("F&lush volume (mL)"), self.flush_ml)
        self.flush_button = QPushButton(self.tr("Record flush"), flush_box)
        self.flush_button.clicked.connect(self.flush)
        self.flush_ml.returnPressed.connect(self.flush)  # Enter records it, as the button does
        self.flush_status = QLabel(flush_box)
        flush_layout.addRow(self.flush_form.general_error)
        flush_layout.addRow(self.flush_button)
        flush_layout.addRow(self.flush_status)

        discharge_box = QGroupBox(self.tr("Discharge"), self)
        discharge_layout = QFormLayout(discharge_box)
        self.discharge_form = Form(discharge_layout, discharge_box)
        self.status = QComboBox(discharge_box)
        self.status.addItem(self.tr("Choose…"), "")
        for status in DischargeStatus:
            self.status.addItem(words(status.label), status.value)
        self.discharge_form.add("status", self.tr("&Status"), self.status)
        self.notes = QLineEdit(discharge_box)
        self.discharge_form.add("notes", self.tr("Discharge n&otes"), self.notes)
        self.notes.returnPressed.connect(self.discharge)
        self.discharge_button = QPushButton(self.tr("Record discharge"), discharge_box)
        self.discharge_button.clicked.connect(self.discharge)
        self.discharge_status = QLabel(discharge_box)
        self.discharge_status.setWordWrap(True)
        discharge_layout.addRow(self.discharge_form.general_error)
        discharge_layout.addRow(self.discharge_button)
        discharge_layout.addRow(self.discharge_status)

        sign_box = QGroupBox(self.tr("Sign and close"), self)
        sign_layout = QFormLayout(sign_box)
        self.sign_form = Form(sign_layout, sign_box)
        self.blockers = QLabel(sign_box)
        self.blockers.setWordWrap(True)
        self.blockers.setAccessibleDescription(self.tr("Before signing"))
        set_font(self.blockers, 1.1)
        sign_layout.addRow(self.blockers)
        self.signer = QLabel(sign_box)
        self.signer.setAccessibleDescription(self.tr("Signing nurse"))
        sign_layout.addRow(self.tr("Signed by"), self.signer)
        self.attest = QCheckBox(words(SIGNATURE_MEANING), sign_box)
        self.sign_form.add("attested", self.tr("Meaning"), self.attest)
        self.sign_secret = password_field(sign_box)
        self.sign_form.add("secret", self.tr("Your pass&word or PIN"), self.sign_secret)
        self.sign_secret.returnPressed.connect(self.sign)
        self.sign_button = QPushButton(self.tr("Sign and close the session"), sign_box)
        set_font(self.sign_button, 1.15, bold=True)
        self.sign_button.clicked.connect(self.sign)
        sign_layout.addRow(self.sign_form.general_error)
        sign_layout.addRow(self.sign_button)

        row = QHBoxLayout()
        row.addWidget(flush_box, 1)
        row.addWidget(discharge_box, 2)
        layout = scrolling_layout(self)  # scrolls rather than squeezing the form and its messages
        layout.addWidget(self.observation_card)
        layout.addLayout(row)
        layout.addWidget(sign_box)
        layout.addStretch(1)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """What the record says (on a change of the session), then what depends on the time."""
        session = self.controller.session
        run = session.infusion
        state = Closing.of(session)
        set_text(
            self.flush_status,
            self.tr("✓ Flushed with {0}").format(fmt.quantity(state.flush_ml, "mL")) if state.flush_ml else "",
        )
        self.flush_button.setEnabled(run.ended)
        discharge_notes = f": {state.discharge_notes}" if state.discharge_notes else ""
        set_text(
            self.discharge_status,
            self.tr("✓ {0}{1}").format(words(state.discharge.label), discharge_notes) if state.discharge else "",
        )
        now = self.controller.clock.now()
        self.tick(now, session.due_snapshot(now, self.controller.config.monitoring))

    def tick(self, now: datetime, due: DueSnapshot) -> None:
        """The repaint timer: the observation countdown, the signing time, what still blocks the signature."""
        del due  # the observation's end is the record's; what is due is shown on the board and in the alerts
        session = self.controller.session
        run = session.infusion
        ends = closing.observation_ends_at(session, self.controller.config.monitoring)
        if ends is None:
            detail = self.tr("Starts when the infusion ends.") if run.started else self.tr("No infusion given.")
            self.observation_card.show_value("—", detail)
        elif now < ends:
            self.observation_card.show_value(
                fmt.countdown(ends - now),
                self.tr("Observation ends at {0}.").format(fmt.time_hm(ends)),
                spoken=fmt.minutes_until(ends - now),
            )
        else:
            self.observation_card.show_value(
                self.tr("Done"), self.tr("Observation ended at {0}.").format(fmt.time_hm(ends))
            )
        nurse = self._workstation.nurse
        signer = self.tr("{0} · {1}").format(nurse.display_name, fmt.day_time(now)) if nurse else ""
        set_text(self.signer, signer or self.tr("(nobody signed in)"))
        blockers = self.controller.signoff_blockers()
        set_text(
            self.blockers,
            self.tr("{0} Before signing: {1}.").format(WARNING_SYMBOL, "; ".join(words(b) for b in blockers))
            if blockers
            else self.tr("✓ Ready to sign."),
        )
        self.sign_button.setEnabled(not blockers)

    def flush(self) -> None:
        self.flush_form.clear_errors()
        try:
            self.controller.record_flush(self.flush_ml.text())
        except ValidationError as error:
            self.flush_form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.flush_form.show_general(error_text(error))
            return
        self.flush_ml.clear()

    def discharge(self) -> None:
        self.discharge_form.clear_errors()
        value = str(self.status.currentData())
        if not value:
            self.discharge_form.show_errors(ValidationError.one("status", self.tr("Choose how the patient left.")))
            return
        try:
            self.controller.record_discharge(DischargeStatus(value), self.notes.text())
        except ValidationError as error:
            self.discharge_form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.discharge_form.show_general(error_text(error))
            return

    def sign(self) -> None:
        attempt(
            self.sign_form,
            lambda: self.controller.sign_off(attested=self.attest.isChecked(), secret=self.sign_secret.text()),
        )
        self.sign_secret.clear()

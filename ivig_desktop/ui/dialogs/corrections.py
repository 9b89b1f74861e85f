"""Correct details…: a patient's details or a nurse's profile, corrected with a reason (append-only).

The fields start with the details as they are now; the nurse changes what is wrong and says why. A refusal is
shown beside its field and nothing is stored; once saved, the corrected details show everywhere and the earlier
values stay in the history, the audit trail and the exports.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ivig_desktop.domain.corrections import changes, nurse_values, patient_values
from ivig_desktop.domain.people import Nurse, Patient, Sex
from ivig_desktop.store import nurses as nurse_store
from ivig_desktop.store import patients as patient_store
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import translate, words
from ivig_desktop.ui.widgets.form import Form, attempt, confirm_buttons
from ivig_desktop.ui.workstation import Workstation


def _reason_field(form: Form, parent: QWidget) -> QLineEdit:
    reason = QLineEdit(parent)
    reason.setPlaceholderText(translate("corrections", "For example: typo in the name; date of birth from the ID card"))
    form.add("reason", translate("corrections", "&Reason for the correction"), reason)
    return reason


class PatientCorrectionDialog(QDialog):
    """Emits `corrected` with the patient as now, once the correction is stored."""

    corrected = Signal(object)

    def __init__(self, workstation: Workstation, patient: Patient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._patient = patient
        title = self.tr("Correct details: {0}").format(patient.display_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "Correct what is wrong and say why. The details as first recorded and every correction stay in the "
                "patient's history, the audit trail and the exports. The weight is measured at each visit."
            ),
            self,
        )
        intro.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.family_name = QLineEdit(patient.family_name, self)
        self.form.add("family_name", self.tr("&Family name"), self.family_name)
        self.given_name = QLineEdit(patient.given_name, self)
        self.form.add("given_name", self.tr("&Given name"), self.given_name)
        self.date_of_birth = QLineEdit(patient.date_of_birth.isoformat(), self)
        self.form.add("date_of_birth", self.tr("&Date of birth"), self.date_of_birth, self.tr("YYYY-MM-DD"))
        self.mrn = QLineEdit(patient.mrn or "", self)
        self.form.add("mrn", self.tr("&MRN (optional)"), self.mrn)
        self.sex = QComboBox(self)
        for sex in Sex:
            self.sex.addItem(f"{sex.value}: {words(sex.label)}", sex.value)
        self.sex.setCurrentIndex(list(Sex).index(patient.sex))
        self.form.add("sex", self.tr("&Sex"), self.sex)
        self.height_cm = QLineEdit("" if patient.height_cm is None else str(patient.height_cm), self)
        self.form.add("height_cm", self.tr("&Height (cm, optional)"), self.height_cm)
        self.allergies = QLineEdit(patient.allergies, self)
        self.form.add("allergies", self.tr("&Allergies"), self.allergies)
        self.reason = _reason_field(self.form, self)
        self.earlier = QLabel(self)
        self.earlier.setWordWrap(True)
        self.earlier.setAccessibleDescription(self.tr("Earlier corrections"))
        self._show_earlier()
        self.buttons, self.save_button = confirm_buttons(self, self.tr("Save correction"))
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form_layout)
        layout.addWidget(self.earlier)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self.family_name.setFocus()

    def _show_earlier(self) -> None:
        db = self._workstation.db
        before = patient_values(patient_store.first_recorded(db, self._patient.id))
        lines = []
        for correction in patient_store.corrections(db, self._patient.id):
            who = self._workstation.nurse_by_id(correction.amended_by).display_name
            when = fmt.local(correction.amended_at).strftime("%d %b %Y %H:%M")
            what = "; ".join(
                f"{words(c.label)}: {c.before or '—'} → {c.after or '—'}" for c in changes(before, correction.values)
            )
            lines.append(self.tr("{0} by {1}: {2} ({3})").format(when, who, what, correction.reason))
            before = correction.values
        self.earlier.setText(self.tr("Earlier corrections:\n{0}").format("\n".join(lines)) if lines else "")
        self.earlier.setVisible(bool(lines))

    def save(self) -> None:
        stored: list[Patient] = []
        ok = attempt(
            self.form,
            lambda: stored.append(
                self._workstation.correct_patient(
                    self._patient,
                    self.reason.text(),
                    family_name=self.family_name.text(),
                    given_name=self.given_name.text(),
                    date_of_birth=self.date_of_birth.text(),
                    mrn=self.mrn.text(),
                    sex=str(self.sex.currentData()),
                    height_cm=self.height_cm.text(),
                    allergies=self.allergies.text(),
                )
            ),
        )
        if ok:
            self.corrected.emit(stored[0])
            self.accept()
        else:
            self.adjustSize()  # room for the messages beside the fields


class NurseCorrectionDialog(QDialog):
    """Correct a nurse's name, credentials or licence or staff number (her own, or any as an administrator)."""

    corrected = Signal(object)

    def __init__(self, workstation: Workstation, nurse: Nurse, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._nurse = nurse
        title = self.tr("Correct profile: {0}").format(nurse.display_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "Correct the name, credentials or licence or staff number and say why. Past entries keep pointing "
                "at this profile and show the corrected details; the earlier ones stay in the audit trail and the "
                "exports."
            ),
            self,
        )
        intro.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.name = QLineEdit(nurse.name, self)
        self.form.add("name", self.tr("Full &name"), self.name)
        self.credentials = QLineEdit(nurse.credentials, self)
        self.form.add("credentials", self.tr("&Credentials"), self.credentials)
        self.staff_id = QLineEdit(nurse.staff_id, self)
        self.staff_id.setPlaceholderText(self.tr("e.g. RN 204173 (optional, as on the badge)"))
        self.form.add("staff_id", self.tr("&Licence or staff number"), self.staff_id)
        self.reason = _reason_field(self.form, self)
        self.earlier = QLabel(self)
        self.earlier.setWordWrap(True)
        lines = []
        before = nurse_values(nurse_store.first_recorded(workstation.db, nurse.id))
        for correction in nurse_store.corrections(workstation.db, nurse.id):
            who = workstation.nurse_by_id(correction.amended_by).display_name
            when = fmt.local(correction.amended_at).strftime("%d %b %Y %H:%M")
            what = "; ".join(f"{words(c.label)}: {c.before} → {c.after}" for c in changes(before, correction.values))
            lines.append(self.tr("{0} by {1}: {2} ({3})").format(when, who, what, correction.reason))
            before = correction.values
        self.earlier.setText(self.tr("Earlier corrections:\n{0}").format("\n".join(lines)) if lines else "")
        self.earlier.setVisible(bool(lines))
        self.buttons, self.save_button = confirm_buttons(self, self.tr("Save correction"))
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form_layout)
        layout.addWidget(self.earlier)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def save(self) -> None:
        stored: list[Nurse] = []
        ok = attempt(
            self.form,
            lambda: stored.append(
                self._workstation.correct_nurse(
                    self._nurse,
                    self.name.text(),
                    self.credentials.text(),
                    self.reason.text(),
                    staff_id=self.staff_id.text(),
                )
            ),
        )
        if ok:
            self.corrected.emit(stored[0])
            self.accept()
        else:
            self.adjustSize()  # room for the messages beside the fields

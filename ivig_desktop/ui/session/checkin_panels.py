"""Check-in's read-only panels: the regimen in force (with its earlier versions) and the patient's recent sessions
(with the suggested personal maximum)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ivig_desktop.domain.reactions import reactions as session_reactions
from ivig_desktop.domain.regimen import RegimenVersion
from ivig_desktop.domain.tolerance import session_tolerance, suggest_personal_maximum
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import translate, words
from ivig_desktop.ui.session.describe import product_name
from ivig_desktop.ui.workstation import Workstation


def stored_reason(reason: str) -> str:
    """A regimen version's reason as recorded: one the app wrote (the domain's 'New regimen') shown translated, a
    nurse's own words as typed."""
    return translate("domain.regimen", reason)


def regimen_summary(version: RegimenVersion, display_name: str) -> str:
    r = version.regimen
    if r.ladder_id:
        protocol = translate("checkin_panels", "ladder {0}").format(r.ladder_id)
    else:
        protocol = translate("checkin_panels", "label protocol")
    personal = []
    if r.personal_start_mg_per_kg_min is not None:
        start = translate("checkin_panels", "personal start {0} mg/kg/min")
        personal.append(start.format(r.personal_start_mg_per_kg_min))
    if r.personal_max_mg_per_kg_min is not None:
        tolerated = translate("checkin_panels", "tolerated maximum {0} mg/kg/min")
        personal.append(tolerated.format(r.personal_max_mg_per_kg_min))
    premeds = ", ".join(p.text for p in r.premeds) or translate("checkin_panels", "none")
    dose = translate("checkin_panels", "{0} g/kg").format(r.dose_g_per_kg)
    if r.course_days > 1:
        dose = translate("checkin_panels", "{0} g/kg a day x {1} days = {2} g/kg").format(
            r.dose_g_per_kg, r.course_days, f"{r.course_g_per_kg.normalize():f}"
        )
    lines = []
    if r.off_label_prescriber:
        lines.append(translate("checkin_panels", "OFF-LABEL: ordered off-label by {0}").format(r.off_label_prescriber))
    weight = fmt.dosing_weight(r.dosing_weight_method)
    dosed = translate("checkin_panels", "Dosed on {0} kg").format(r.weight_kg)
    lines += [
        translate("checkin_panels", "{0} for {1}: {2} ({3} weight), {4}; {5}").format(
            display_name, r.indication.value, dose, weight, r.frequency, protocol
        ),
        dosed + ("; " + "; ".join(personal) if personal else ""),
        translate("checkin_panels", "Premedication: {0}").format(premeds),
    ]
    if r.prescriber and not r.off_label:
        lines.append(translate("checkin_panels", "Ordered by {0}").format(r.prescriber))
    if r.notes:
        lines.append(translate("checkin_panels", "Notes: {0}").format(r.notes))
    when = fmt.day_time(version.created_at)
    version_line = translate("checkin_panels", "Version {0}, {1}: {2}")
    lines.append(version_line.format(version.version, when, stored_reason(version.reason)))
    return "\n".join(lines)


class RegimenBox(QGroupBox):
    """The regimen in force, its earlier versions (each with date, author and reason), and the button to change it."""

    def __init__(self, workstation: Workstation, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.controller = controller
        self.setTitle(self.tr("Regimen"))
        self.regimen_label = QLabel(self)
        self.regimen_label.setWordWrap(True)
        self.regimen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.regimen_label.setAccessibleDescription(self.tr("Regimen"))
        self.edit_regimen_button = QPushButton(self)
        self.has_regimen = False
        self.versions_label = QLabel(self)
        self.versions_label.setWordWrap(True)
        self.versions_label.setAccessibleDescription(self.tr("Earlier regimen versions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.regimen_label)
        layout.addWidget(self.versions_label)
        layout.addWidget(self.edit_regimen_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        version = self.controller.regimen()
        self.has_regimen = version is not None  # as shown (the keyboard's start reads it: no query then)
        if version is None:
            self.regimen_label.setText(self.tr("No regimen yet: create one to compute the plan."))
            self.edit_regimen_button.setText(self.tr("Create regimen…"))
        else:
            product = self.controller.config.catalog.get(version.regimen.product_id)
            self.regimen_label.setText(regimen_summary(version, product.display_name))
            self.edit_regimen_button.setText(self.tr("Change regimen…"))
        self._show_versions()

    def _show_versions(self) -> None:
        """Earlier versions stay visible: each with its date, author, reason and what it said."""
        versions = self._workstation.regimen_versions(self.controller.patient.id)[:-1]
        lines = []
        for version in reversed(versions):
            r = version.regimen
            author = self._workstation.nurse_by_id(version.created_by).display_name
            lines.append(
                self.tr("v{0} · {1} · {2} · {3}: {4} {5} g/kg, {6}").format(
                    version.version,
                    fmt.day_time(version.created_at),
                    author,
                    stored_reason(version.reason),
                    product_name(r.product_id) + (" · OFF-LABEL" if r.off_label else ""),
                    r.dose_g_per_kg,
                    r.frequency,
                )
            )
        self.versions_label.setText(self.tr("Earlier versions:\n{0}").format("\n".join(lines)) if lines else "")
        self.versions_label.setVisible(bool(lines))


class HistoryBox(QGroupBox):
    """The patient's last three infusions: product, highest rate, reactions, outcome; and the suggested personal
    maximum with its working."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setTitle(self.tr("Recent sessions"))
        self.history_label = QLabel(self)
        self.history_label.setWordWrap(True)
        self.history_label.setAccessibleDescription(self.tr("Recent sessions"))
        QVBoxLayout(self).addWidget(self.history_label)

    def refresh(self) -> None:
        sessions = [s for s in self.controller.previous_sessions() if s.infusion.started]
        if not sessions:
            self.history_label.setText(self.tr("No earlier infusion on record: this is a first infusion."))
            return
        lines = []
        for past in sessions[-3:][::-1]:
            run = past.infusion
            assert run.plan is not None and run.started_at is not None
            highest = fmt.rate(run.highest_rate_ml_per_h) if run.highest_rate_ml_per_h else "—"
            outcome = words(run.outcome.label) if run.outcome else self.tr("not ended")
            reactions = [
                self.tr("reaction grade {0}{1}").format(
                    int(r.grade),
                    self.tr(" at {0}").format(fmt.rate(r.rate_at_onset_ml_per_h))
                    if r.rate_at_onset_ml_per_h is not None
                    else "",
                )
                for r in session_reactions(past)
            ]
            lines.append(
                self.tr("{0}: {1}, highest {2}, {3}, {4}").format(
                    fmt.long_date(fmt.local(run.started_at).date()),
                    run.plan.listed_name,
                    highest,
                    ", ".join(reactions) or self.tr("no reaction"),
                    outcome,
                )
            )
        facts = [
            session_tolerance(past, fmt.long_date(fmt.local(past.infusion.started_at).date()))
            for past in sessions[-3:]
            if past.infusion.started_at is not None
        ]
        suggestion = suggest_personal_maximum(facts)
        if suggestion.rate_ml_per_h is not None:
            lines.append(
                self.tr("Suggested personal maximum: {0}{1}").format(
                    fmt.rate(suggestion.rate_ml_per_h),
                    self.tr(" (prescriber to review)") if suggestion.prescriber_review else "",
                )
            )
        elif suggestion.prescriber_review:
            lines.append(self.tr("Personal maximum: ask the prescriber"))
        lines.extend(f"   {line}" for line in suggestion.working)
        self.history_label.setText("\n".join(lines))
        self.history_label.setToolTip("\n".join(suggestion.working))

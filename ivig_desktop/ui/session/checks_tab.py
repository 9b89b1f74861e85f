"""Pre-infusion checks: the checklist (each item done, not applicable with a reason, or a risk screen) and the vials
(scanned or typed: product, size, lot, expiry, GTIN and serial), checked against the plan. A vial is used once: a
GTIN + serial recorded in any session (and not entered in error) is refused, with where it was recorded shown
beside the serial."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.checklist import ANSWERS_BY_KIND, Answer, ChecklistItem, ChecklistState
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.vials import Scan, parse_scan, total_g
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.amend import open_strike, selected_event_id
from ivig_desktop.ui.i18n import error_text, words
from ivig_desktop.ui.shortcuts import show_key_in_tooltip
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font, set_text, set_urgency
from ivig_desktop.ui.widgets.form import Form, error_label, show_error


class ChecklistRow(QWidget):
    """One item: its text, the answer buttons, a reason field for 'not applicable', and the recorded answer.

    The risk screens are rows of Check-in too (asked before the plan) and of the checklist: the same answers."""

    def __init__(self, controller: SessionController, item: ChecklistItem, parent: QWidget) -> None:
        super().__init__(parent)
        self._controller = controller
        self.item = item
        self.text = QLabel(item.text + ("" if item.required else self.tr(" (optional)")), self)
        self.text.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Answer to: {0}").format(item.text))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason, if not applicable"))
        hint_width = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
        self.reason.setMinimumWidth(hint_width + 16)  # the hint is read in full, never cut to "Reason, if no..."
        self.reason.setAccessibleName(self.tr("Reason not applicable: {0}").format(item.text))
        self.reason.setVisible(Answer.NOT_APPLICABLE in ANSWERS_BY_KIND[item.kind])
        self.error = error_label(self)
        self.buttons: dict[Answer, QPushButton] = {}
        row = QHBoxLayout()
        for answer, key in zip(ANSWERS_BY_KIND[item.kind], ("answer_first", "answer_second"), strict=True):
            button = QPushButton(words(answer.label), self)
            button.setAccessibleDescription(f"{words(answer.label)}: {item.text}")
            show_key_in_tooltip(button, key)  # the Session menu's key for it (ui/shortcuts.py)
            button.clicked.connect(lambda _=False, a=answer: self.answer(a))
            self.buttons[answer] = button
            row.addWidget(button)
        row.addWidget(self.reason, 1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.text, 0, 0, 1, 2)
        layout.addLayout(row, 1, 0)
        layout.addWidget(self.status, 1, 1)
        layout.addWidget(self.error, 2, 0, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

    def set_answerable(self, answerable: bool) -> None:
        """Once the infusion has started the answers cannot change: the buttons and the reason are disabled, the
        item and its recorded answer stay readable (a disabled text is drawn at 1.6:1)."""
        for widget in (*self.buttons.values(), self.reason):
            widget.setEnabled(answerable)

    def answer(self, answer: Answer) -> None:
        try:
            self._controller.answer_checklist(self.item.id, answer, self.reason.text())
        except ValidationError as error:
            show_error(self.error, " ".join(error.errors.values()))
            return
        except (DomainError, StoreError) as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)

    def show_state(self, state: ChecklistState) -> None:
        """The answer that stands (with its reason and time), or that none is given yet."""
        answer = state.answer(self.item.id)
        if answer is None:
            set_text(self.status, self.tr("Not answered"))
            return
        reason = f": {answer.reason}" if answer.reason else ""
        mark = WARNING_SYMBOL if answer.answer is Answer.RISK_PRESENT else "✓"
        set_text(self.status, f"{mark} {words(answer.answer.label)}{reason} ({fmt.time_hm(answer.at)})")


class ChecksTab(QWidget):
    review_plan_requested = Signal()  # the nurse asks to see the plan a risk answer changed

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QDialog | None = None
        self.scan: Scan | None = None

        # Checklist
        checklist_box = QGroupBox(self.tr("Checklist"), self)
        self.checklist_status = QLabel(checklist_box)
        set_font(self.checklist_status, 1.15, bold=True)
        self.checklist_status.setWordWrap(True)
        self.checklist_status.setAccessibleDescription(self.tr("Checklist status"))
        # Said loudly, where the answer was given: a risk answered after the plan was confirmed changes the plan.
        self.plan_change = QLabel(checklist_box)
        self.plan_change.setWordWrap(True)
        set_font(self.plan_change, 1.15, bold=True)
        set_urgency(self.plan_change, 2)
        self.plan_change.setAccessibleDescription(self.tr("The plan changes"))
        self.review_plan_button = QPushButton(self.tr("Review the new plan (Check-in)"), checklist_box)
        self.review_plan_button.setAccessibleDescription(self.tr("Review the new plan at Check-in"))
        self.review_plan_button.clicked.connect(self.review_plan_requested)
        checklist_layout = QVBoxLayout(checklist_box)
        checklist_layout.addWidget(self.checklist_status)
        checklist_layout.addWidget(self.plan_change)
        checklist_layout.addWidget(self.review_plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows = {
            item.id: ChecklistRow(controller, item, checklist_box) for item in controller.config.checklist.items
        }
        for row in self.rows.values():
            checklist_layout.addWidget(row)

        # Vials
        vials_box = QGroupBox(self.tr("Vials"), self)
        self.vials_status = QLabel(vials_box)
        set_font(self.vials_status, 1.15, bold=True)
        self.vials_status.setWordWrap(True)
        self.vials_status.setAccessibleDescription(self.tr("Vials status"))
        self.scan_edit = QLineEdit(vials_box)
        self.scan_edit.setPlaceholderText(self.tr("Scan the vial's barcode here"))
        self.scan_edit.setToolTip(self.tr("The scanner types the code and presses Enter; lot and expiry fill in."))
        self.scan_edit.setAccessibleName(self.tr("Barcode scan"))
        self.scan_edit.returnPressed.connect(self.scanned)
        self.scan_error = error_label(vials_box)
        form_layout = QFormLayout()
        self.form = Form(form_layout, vials_box)
        self.product = QComboBox(vials_box)
        for product in controller.config.catalog:
            self.product.addItem(product.display_name, product.id)
        self.form.add("product_id", self.tr("Produc&t"), self.product)
        self.vial_size = QComboBox(vials_box)
        self.form.add("size_g", self.tr("Vial &size (g)"), self.vial_size)
        self.lot = QLineEdit(vials_box)
        self.form.add("lot", self.tr("&Lot"), self.lot)
        self.expiry = QLineEdit(vials_box)
        self.expiry.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.form.add("expiry", self.tr("&Expiry"), self.expiry)
        # Filled by a scan, or typed from the label's text: (01) is the GTIN, (21) the serial number.
        self.gtin = QLineEdit(vials_box)
        self.gtin.setPlaceholderText(self.tr("Type the 14 digits after (01), if any"))
        self.form.add("gtin", self.tr("&GTIN (01)"), self.gtin)
        self.serial = QLineEdit(vials_box)
        self.serial.setPlaceholderText(self.tr("Type what follows (21), if any"))
        self.form.add("serial", self.tr("Serial (&21)"), self.serial)
        self.add_vial_button = QPushButton(self.tr("Add vial"), vials_box)
        self.add_vial_button.clicked.connect(self.add_vial)
        for edit in (self.expiry, self.gtin, self.serial):
            edit.returnPressed.connect(self.add_vial)
        form_layout.addRow(self.form.general_error)
        form_layout.addRow(self.add_vial_button)
        self.vials = QTableWidget(0, 5, vials_box)
        self.vials.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.vials.setAccessibleName(self.tr("Vials recorded"))
        self.vials.setHorizontalHeaderLabels(
            [self.tr("Size"), self.tr("Lot"), self.tr("Expiry"), self.tr("Entry"), self.tr("Time")]
        )
        self.vials.verticalHeader().setVisible(False)
        self.vials.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vials.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vials.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.vials.setMinimumHeight(120)
        self.remove_vial_button = QPushButton(self.tr("Remove selected vial…"), vials_box)
        self.remove_vial_button.setAccessibleDescription(self.tr("Remove selected vial"))
        self.remove_vial_button.clicked.connect(self.open_remove_vial)
        vials_layout = QVBoxLayout(vials_box)
        vials_layout.addWidget(self.vials_status)
        vials_layout.addWidget(self.scan_edit)
        vials_layout.addWidget(self.scan_error)
        vials_layout.addLayout(form_layout)
        vials_layout.addWidget(self.vials)
        vials_layout.addWidget(self.remove_vial_button, 0, Qt.AlignmentFlag.AlignLeft)

        columns = QHBoxLayout()
        columns.addWidget(checklist_box, 3)
        columns.addWidget(vials_box, 2)
        content = QWidget(self)
        content.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its fields are (it scrolls to them)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        controller.changed.connect(self.refresh)
        self.refresh()

    def default_focus(self) -> QWidget | None:
        """Once the plan is confirmed the next thing is the vials: the barcode field (a scan fills the rest)."""
        return self.scan_edit if self.scan_edit.isVisible() and self.scan_edit.isEnabled() else None

    def refresh(self) -> None:
        session = self.controller.session
        state = session.checklist(self.controller.config.checklist)
        for row in self.rows.values():
            row.show_state(state)
        change = session.plan_change_by_risk(self.controller.config.checklist)
        self.plan_change.setVisible(change is not None)
        self.review_plan_button.setVisible(change is not None)
        if change is not None:
            set_text(
                self.plan_change,
                self.tr("{0} The plan changes: {1}. The new plan is at Check-in; the infusion cannot start until it is "
                        "confirmed.").format(WARNING_SYMBOL, change),
            )  # fmt: skip
        remaining = len(state.remaining)
        self.checklist_status.setText(
            self.tr("✓ Checklist complete")
            if not remaining
            else self.tr("{0} item(s) left to answer").format(remaining)
        )
        started = session.infusion.started
        for row in self.rows.values():
            row.set_answerable(not started)
        self._refresh_vials()

    def _refresh_vials(self) -> None:
        session = self.controller.session
        plan = session.infusion.plan
        current_size = self.vial_size.currentData()
        self.vial_size.clear()
        if plan is None:
            self.vials_status.setText(self.tr("Confirm the plan at check-in first: vials are checked against it."))
            for widget in (self.scan_edit, self.add_vial_button):
                widget.setEnabled(False)
        else:
            self.product.setCurrentIndex(max(self.product.findData(plan.product_id), 0))
            # No size chosen until the nurse (or the scan's GTIN) says which: a size is never carried over from
            # the last vial, where a wrong one would pass unnoticed.
            self.vial_size.addItem(self.tr("Choose…"), "")
            for size in plan.vial_sizes_g:
                self.vial_size.addItem(f"{size.normalize():f} g", str(size))
            if current_size is not None:
                self.vial_size.setCurrentIndex(max(self.vial_size.findData(current_size), 0))
            have, need = total_g(session.vials), plan.vials_g
            planned = " + ".join(f"{v.count} x {v.size_g.normalize():f} g" for v in plan.vials)
            if have == need:
                self.vials_status.setText(
                    self.tr("✓ {0} g recorded, as planned ({1})").format(fmt.number(need), planned)
                )
            else:
                self.vials_status.setText(
                    self.tr("{0} g of {1} g recorded (plan: {2})").format(fmt.number(have), fmt.number(need), planned)
                )
            started = session.infusion.started
            for widget in (self.scan_edit, self.add_vial_button, self.remove_vial_button):
                widget.setEnabled(not started)
        entries = session.effective_events(EventType.VIAL_RECORDED)
        self.vials.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            p = entry.payload
            cells = [
                f"{p['size_g']} g",
                str(p["lot"]),
                str(p["expiry"]),
                self.tr("scanned") if p.get("scanned") else self.tr("typed"),
                fmt.time_hm(entry.occurred_at),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, entry.event.id)
                self.vials.setItem(row, column, cell)

    # Vials
    def scanned(self) -> None:
        """A scan fills lot, expiry (and product and size when the GTIN is known); the nurse then adds the vial."""
        text = self.scan_edit.text()
        try:
            scan = parse_scan(text)
        except ValidationError as error:
            show_error(self.scan_error, " ".join(error.errors.values()))
            return
        show_error(self.scan_error, None)
        self.scan = scan
        if scan.lot:
            self.lot.setText(scan.lot)
        if scan.expiry:
            self.expiry.setText(scan.expiry.isoformat())
        self.gtin.setText(scan.gtin or "")
        self.serial.setText(scan.serial or "")
        known = self.controller.config.gtins.get(scan.gtin or "")
        if known is not None:
            self.product.setCurrentIndex(max(self.product.findData(known.product_id), 0))
            self.vial_size.setCurrentIndex(max(self.vial_size.findData(str(known.size_g)), 0))
        self.scan_edit.clear()
        self.add_vial_button.setFocus()

    def add_vial(self) -> None:
        self.form.clear_errors()
        scan = self.scan
        gtin, serial = self.gtin.text().strip(), self.serial.text().strip()
        from_scan = (
            scan is not None
            and scan.lot is not None
            and scan.lot == self.lot.text().strip()
            and (scan.gtin or "") == gtin
            and (scan.serial or "") == serial
        )
        try:
            self.controller.record_vial(
                product_id=str(self.product.currentData()),
                size_g=str(self.vial_size.currentData() or ""),
                lot=self.lot.text(),
                expiry=self.expiry.text(),
                gtin=gtin or None,
                serial=serial or None,
                scanned=from_scan,
            )
        except ValidationError as error:
            if "scan" in error.errors:
                show_error(self.scan_error, error.errors.pop("scan"))
            if error.errors:
                self.form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.form.show_general(error_text(error))
            return
        self.scan = None
        for edit in (self.lot, self.expiry, self.gtin, self.serial):
            edit.clear()
        self.vial_size.setCurrentIndex(0)  # the next vial's size is chosen again
        self.scan_edit.setFocus()

    def open_remove_vial(self) -> None:
        event_id = selected_event_id(self.vials)
        if event_id is None:
            self.form.show_general(self.tr("Select the vial to remove."))
            return
        self.dialog = open_strike(self.controller, event_id, self)

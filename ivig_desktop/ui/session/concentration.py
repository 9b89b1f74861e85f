"""Check-in's concentration choice, for a product reconstituted at a chosen strength (Gammagard S/D at 5% or 10%,
Carimune NF): the catalog's choices, none chosen until the nurse chooses (the plan then says what to choose, beside
this field). A product that comes at one concentration has no choice to make: the field is not shown."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QWidget

from ivig_desktop.domain.catalog import Product
from ivig_desktop.domain.units import show


class ConcentrationChoice(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._product_id: str | None = None
        # as narrow as the weight beside it: a combo box as wide as its longest item would wrap the form's rows
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    @staticmethod
    def has_choice(product: Product | None) -> bool:
        return product is not None and product.concentration_percent is None

    def show_product(self, product: Product | None, confirmed_percent: Decimal | None = None) -> None:
        """Offer `product`'s concentrations (none chosen, or the confirmed plan's); kept while the product is the
        same, so a choice survives every refresh."""
        product_id = product.id if product is not None and self.has_choice(product) else None
        if product_id == self._product_id:
            return
        self._product_id = product_id
        self.clear()
        if product is None or product_id is None:
            return
        self.addItem(self.tr("Choose the concentration…"), None)
        for percent in product.concentration_choices_percent:
            self.addItem(self.tr("{0}% ({1} g per 100 mL)").format(show(percent), show(percent)), str(percent))
        if confirmed_percent is not None:
            self.choose(confirmed_percent)

    def choose(self, percent: Decimal) -> None:
        index = self.findData(str(percent))
        if index >= 0:
            self.setCurrentIndex(index)

    def value(self) -> Decimal | None:
        """The concentration chosen; None when the product has no choice or none is chosen yet."""
        data = self.currentData()
        return Decimal(data) if isinstance(data, str) else None

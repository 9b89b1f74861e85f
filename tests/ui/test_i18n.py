"""The app's language (ui/i18n.py) and domain messages shown through it."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.message import Message, join, messages
from ivig_desktop.domain.vitals import VitalsInput, validate_vitals
from ivig_desktop.domain.vitals.config import default_vitals_config
from ivig_desktop.ui.i18n import chosen_language, error_text, install_translators, words

msg = messages("ivig_desktop.domain.times")  # a context the French catalog has


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert install_translators("fr", qapp)
    yield
    install_translators("en", qapp)


def settings(tmp_path: Path, language: str | None) -> QSettings:
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if language is not None:
        stored.setValue("language", language)
    return stored


def test_the_option_wins_then_the_setting_then_the_system(tmp_path: Path) -> None:
    canada = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    england = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert chosen_language("en", settings(tmp_path, "fr"), canada) == "en"
    assert chosen_language(None, settings(tmp_path, "fr"), england) == "fr"
    assert chosen_language(None, settings(tmp_path, "klingon"), canada) == "fr"
    assert chosen_language(None, settings(tmp_path / "none", None), canada) == "fr"
    assert chosen_language(None, None, england) == "en"
    assert chosen_language(None, None, germany) == "en"  # no German catalog: the English source


def test_english_installs_no_translator_and_french_installs_qts_own_too(qapp: QApplication) -> None:
    assert install_translators("en", qapp) == []
    installed = install_translators("fr", qapp)
    try:
        names = sorted(t.objectName() for t in installed)
        assert names == ["ivig_translator_ivig_desktop_fr", "ivig_translator_qtbase_fr"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    finally:
        install_translators("en", qapp)
    assert words(msg("{delta} left", delta="12 min")) == "12 min left"


def test_a_message_is_the_english_sentence_and_keeps_its_template() -> None:
    made = msg("overdue by {late}", late=Decimal("2.5"))
    assert made == "overdue by 2.5" and isinstance(made, str)
    assert isinstance(made, Message) and made.context == "domain.times" and made.template == "overdue by {late}"
    assert made.params == {"late": "2.5"}
    again = pickle.loads(pickle.dumps(made))
    assert again == made and isinstance(again, Message) and again.template == made.template
    assert join("; ", ["a", "b"]) == "a; b"


def test_french_fills_the_translated_template_and_keeps_numbers_as_the_pump_shows_them(french: None) -> None:
    inner = msg("{delta} left", delta="16:58")
    assert words(inner) == "reste 16:58"
    outer = msg("overdue by {late}", late=msg("{minutes}{nbsp}min", minutes="3", nbsp=" "))
    assert words(outer) == "retard de 3 min"
    assert words("plain words stay as they are") == "plain words stay as they are"
    assert words(join(" · ", [inner, "Fauteuil 2"])) == "reste 16:58 · Fauteuil 2"


def test_refusals_are_shown_in_french_with_their_numbers_unchanged(french: None) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_vitals(VitalsInput("128", "76", "72", "16", "37.25", "98", "0"), default_vitals_config())
    english = str(refused.value)
    assert "37.2" in english and "decimal" in english
    shown = error_text(refused.value)
    assert "37.2" in shown and "37,2" not in shown and "décimale" in shown
    assert error_text(DomainError(msg("due now"))) == "à faire"
    assert error_text(OSError("disk full")) == "disk full"

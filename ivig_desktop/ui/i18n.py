"""The app's language: the translators (installed before any window is built) and the domain's messages shown in it.

The language is, in order: `--language fr|en` on the command line, else `language=fr|en` in the workstation's
settings.ini ([General] section), else the system locale (QLocale.system()); a language without a catalog shows
the English source. Qt's own qtbase catalog (standard buttons: Cancel, Yes, No...) is loaded from PySide6's
translations folder when it has one for the language.

Domain messages (`ivig_desktop.domain.message.Message`) are English strings that remember their template: `words`
translates the template in its context and fills in the parameters (numbers already formatted by the domain, so a
clinical number reads the same in every language).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.message import Message
from ivig_desktop.paths import resources_dir

LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"
SETTING = "language"
CATALOG = "ivig_desktop"


def catalog_dir() -> Path:
    return resources_dir() / "i18n"


def chosen_language(option: str | None, settings: QSettings | None = None, system: QLocale | None = None) -> str:
    """The language to show: the option, else the setting, else the system's (English when it has no catalog)."""
    if option in LANGUAGES:
        return option
    if settings is not None:
        value = settings.value(SETTING)
        if isinstance(value, str) and value.strip().lower() in LANGUAGES:
            return value.strip().lower()
    name = (system or QLocale.system()).name()  # 'fr_CA'
    language = name.split("_")[0].lower()
    return language if language in LANGUAGES else SOURCE_LANGUAGE


def install_translators(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Install the app's catalog and Qt's for `language` (none for English, the source language). The translators
    are returned; the application holds them (parented to it) as long as it lives."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    remove_translators(app)
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    for folder, name in (
        (catalog_dir(), f"{CATALOG}_{language}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        translator.setObjectName(f"ivig_translator_{name}")
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        if translator.objectName().startswith("ivig_translator_"):
            app.removeTranslator(translator)
            translator.setParent(None)


def words(value: str) -> str:
    """What to show for `value`: a domain Message translated (its parameters too), any other string as it is."""
    if not isinstance(value, Message):
        return value
    template = QCoreApplication.translate(value.context, value.template) if value.context else value.template
    if not value.params:
        return template
    return template.format(**{name: words(param) for name, param in value.params.items()})


def error_text(error: BaseException) -> str:
    """The sentence a refusal shows: a domain error's messages translated, any other error's own words."""
    if isinstance(error, ValidationError):
        return " ".join(words(message) for message in error.errors.values())
    if isinstance(error, DomainError) and error.args and isinstance(error.args[0], str):
        return words(error.args[0])
    return str(error)


def translate(context: str, source: str) -> str:
    """QCoreApplication.translate for module-level code (no QObject's tr()): lupdate reads `translate("ctx", "...")`
    calls whose two arguments are literals; a constant marked with QT_TRANSLATE_NOOP(context, ...) where it is
    defined may be passed as `source`."""
    return QCoreApplication.translate(context, source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name, so that lupdate finds the marks
    """Mark a module constant for the catalog in `context` (the class whose tr() shows it) and return it as it is;
    PySide6's own QT_TRANSLATE_NOOP is typed as returning `object`."""
    return source


_REACTION_REASON = re.compile(r"^(Slowed|Paused|Stopped) for a reaction(?: \(grade (\d)\))?$")


def recorded(text: str, context: str) -> str:
    """A sentence the app wrote into the record, read back (the record keeps English): shown translated when it
    is one of `context`'s messages without values, or one of the reasons the app gives a pump change for a
    reaction ('Paused for a reaction (grade 2)'); anything else (a nurse's own words) as recorded."""
    match = _REACTION_REASON.match(text)
    if match is None:
        return translate(context, text)
    verb, grade = match.groups()
    if grade is None:
        return {
            "Slowed": translate("recorded", "Slowed for a reaction"),
            "Paused": translate("recorded", "Paused for a reaction"),
            "Stopped": translate("recorded", "Stopped for a reaction"),
        }[verb]
    return {
        "Slowed": translate("recorded", "Slowed for a reaction (grade {0})"),
        "Paused": translate("recorded", "Paused for a reaction (grade {0})"),
        "Stopped": translate("recorded", "Stopped for a reaction (grade {0})"),
    }[verb].format(grade)

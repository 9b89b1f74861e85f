"""Messages the domain returns (refusals, warnings, the working behind a number), translatable without Qt.

A `Message` is the English sentence itself (a `str`: code that compares, stores, logs or prints it sees English,
and the record keeps English), which also remembers how it was made: its template, the module it comes from (the
translation context) and its named parameters. The UI shows it through `ivig_desktop.ui.i18n.text`, which
translates the template in its context (QCoreApplication.translate) and then fills in the parameters, themselves
translated when they are Messages. Numbers are parameters already formatted by the domain, so a clinical number
reads the same, character for character, in every language (37.2, never 37,2).

Each module makes its messages with `msg = messages(__name__)` and `msg("A PIN needs at least {digits} digits.",
digits="6")`: the template is always a literal, so `scripts/update_translations.py` finds every one of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

PACKAGE = "ivig_desktop."


class Message(str):
    """An English sentence made from `template` (str.format with named fields) and `params`, in `context`."""

    context: str
    template: str
    params: Mapping[str, str]

    def __new__(cls, context: str, template: str, params: Mapping[str, object] | None = None) -> Message:
        values = {name: value if isinstance(value, str) else str(value) for name, value in (params or {}).items()}
        made = super().__new__(cls, template.format(**values) if values else template)
        made.context = context
        made.template = template
        made.params = values
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Message, (self.context, self.template, dict(self.params)))


class MessageMaker(Protocol):
    """Typed as returning `str` (a Message is a str wherever the domain passes it on)."""

    def __call__(self, template: str, /, **params: object) -> str: ...


def context_of(module_name: str) -> str:
    """The translation context of a module: its dotted name inside the package ('domain.accounts')."""
    return module_name.removeprefix(PACKAGE)


def messages(module_name: str) -> MessageMaker:
    """The message maker of one module (pass `__name__`): its messages share the module's context."""
    context = context_of(module_name)

    def make(template: str, /, **params: object) -> str:
        return Message(context, template, params)

    return make


def join(separator: str, parts: list[str]) -> str:
    """Join without losing the parts' templates: a Message whose parameters are the parts (the UI translates each)."""
    if not any(isinstance(part, Message) for part in parts):
        return separator.join(parts)
    names = [f"p{index}" for index in range(len(parts))]
    template = separator.join("{" + name + "}" for name in names)
    return Message("", template, dict(zip(names, parts, strict=True)))

"""The translation catalogs: complete, compiled, in step with the code (scripts/update_translations.py)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import update_translations as catalogs

LANGUAGES = sorted(catalogs.LANGUAGES)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_has_a_translation(language: str) -> None:
    entries = messages(catalogs.catalog(language))
    assert len(entries) > 1500
    unfinished = [source for _, source, translation in entries if translation.get("type") or not translation.text]
    assert not unfinished, f"{len(unfinished)} strings without a translation, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_number(language: str) -> None:
    """A translation that dropped {0} or a number would show a clinical figure wrongly, or not at all."""
    import re

    number = re.compile(r"\d+(?:\.\d+)?")
    wrong = []
    for context, source, translation in messages(catalogs.catalog(language)):
        text = translation.text or ""
        if catalogs.placeholders(text) != catalogs.placeholders(source):
            wrong.append((context, source, text))
        bare = catalogs.PLACEHOLDER.sub("", source), catalogs.PLACEHOLDER.sub("", text)
        if sorted(number.findall(bare[0])) != sorted(number.findall(bare[1])):
            wrong.append((context, source, text))
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_the_context_it_is_looked_up_in(language: str) -> None:
    """lupdate puts a free function's tr('...') in an empty context, where the app never looks it up."""
    contexts = {context for context, _, _ in messages(catalogs.catalog(language))}
    assert "" not in contexts
    assert "domain.vitals.signs" in contexts and "SignInPage" in contexts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalog_is_in_step_with_the_code(language: str, tmp_path: Path) -> None:
    """lupdate on the code as it is adds nothing and drops nothing: every visible string of the UI and every domain
    message template is in the catalog, and the catalog has no obsolete entry. (Run the update script to fix.)"""
    committed = catalogs.catalog(language)
    updated = tmp_path / committed.name
    shutil.copy(committed, updated)
    catalogs.update_ts([updated], [language])
    before = {(context, source) for context, source, _ in messages(committed)}
    after = {(context, source) for context, source, _ in messages(updated)}
    assert after - before == set(), f"not in the catalog: {sorted(after - before)[:10]}"
    assert before - after == set(), f"obsolete in the catalog: {sorted(before - after)[:10]}"
    assert "obsolete" not in committed.read_text(encoding="utf-8")
    assert "vanished" not in committed.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_committed_ts(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"ivig_desktop_{language}.qm"
    catalogs.compile_qm(catalogs.catalog(language), compiled)
    committed = catalogs.catalog(language, ".qm")
    assert committed.read_bytes() == compiled.read_bytes(), "run: uv run python scripts/update_translations.py"


def test_domain_templates_are_literals_found_in_every_module(tmp_path: Path) -> None:
    templates = catalogs.domain_templates()
    assert "Systolic" in templates["domain.vitals.signs"]
    assert "{delta} left" in templates["domain.times"]
    assert len(templates) > 50
    bad = tmp_path / "domain" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("msg = messages(__name__)\nwhat = 'x'\nmsg(what)\n", encoding="utf-8")
    with pytest.raises(catalogs.TemplateError, match="must be a string literal"):
        list(catalogs.module_templates(bad))


def test_apply_refuses_a_translation_that_loses_a_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_CA">\n<context>'
        '<name>c</name><message><source>{0} left</source><translation type="unfinished"></translation></message>'
        '<message><source>Done</source><translation type="unfinished"></translation></message></context></TS>\n',
        encoding="utf-8",
    )
    assert catalogs.untranslated(ts) == {"{0} left": "", "Done": ""}
    problems = catalogs.apply(ts, {"{0} left": "il reste", "Done": "Terminé"})
    assert len(problems) == 1 and "{0} left" in problems[0]
    assert catalogs.untranslated(ts) == {"{0} left": ""}

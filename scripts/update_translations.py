"""Update the translation catalogs: `uv run python scripts/update_translations.py`.

1. Finds every domain message template (`msg("...")` in a module that has `msg = messages(__name__)`, see
   ivig_desktop/domain/message.py), each in its module's context ('domain.accounts'), and writes them as
   QT_TRANSLATE_NOOP marks in a temporary file.
2. Runs pyside6-lupdate over the UI (every tr() and QCoreApplication.translate) and that file, into each
   resources/i18n/ivig_desktop_<language>.ts: new strings are added unfinished, translations kept, strings no longer
   in the code dropped (-no-obsolete).
3. Compiles each .ts into its .qm (pyside6-lrelease), which the app loads (ui/i18n.py).

Then translate the new (unfinished) strings with Qt Linguist (`uv run pyside6-linguist resources/i18n/*.ts`), or:
`--unfinished FILE.json` updates the catalogs and writes each untranslated source with an empty translation; fill
them in, then `--apply FILE.json` puts them in the catalog (refusing any that loses a {placeholder}) and compiles.
docs/development.md says more.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ivig_desktop"
DOMAIN = PACKAGE / "domain"
UI = PACKAGE / "ui"
CATALOG_DIR = ROOT / "resources" / "i18n"
LANGUAGES = {"fr": "fr_CA"}
MAKER = "msg"


def tool(name: str) -> str:
    """A Qt tool of the environment running this script (.venv/bin/pyside6-lupdate after `uv sync`)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run `uv sync` and then `uv run python scripts/update_translations.py`")
    return found


def catalog(language: str, suffix: str = ".ts", folder: Path = CATALOG_DIR) -> Path:
    return folder / f"ivig_desktop_{language}{suffix}"


def module_context(path: Path) -> str:
    """The context of a module's messages: its dotted name inside the package, as `messages(__name__)` makes it."""
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def _makes_messages(tree: ast.Module) -> bool:
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id == MAKER for target in node.targets)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "messages"
        ):
            return True
    return False


class TemplateError(Exception):
    """A message whose template is not a literal: no catalog could hold it."""


def module_templates(path: Path) -> Iterator[str]:
    """The templates of `msg(...)` calls in one module, in order; TemplateError for one that is not a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    if not _makes_messages(tree):
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == MAKER:
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise TemplateError(f"{path}:{node.lineno}: the template of {MAKER}(...) must be a string literal")
            yield first.value


def domain_templates(domain: Path = DOMAIN) -> dict[str, list[str]]:
    """Every domain template by context, in file order (duplicates within a context once)."""
    found: dict[str, list[str]] = {}
    for path in sorted(domain.rglob("*.py")):
        templates = list(dict.fromkeys(module_templates(path)))
        if templates:
            found[module_context(path)] = templates
    return found


def noop_marks(templates: dict[str, list[str]]) -> str:
    """The domain's templates as a Python file that lupdate reads (QT_TRANSLATE_NOOP(context, template))."""
    lines = ["# Written by scripts/update_translations.py: the domain's message templates, for lupdate."]
    for context, texts in templates.items():
        lines.extend(f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for text in texts)
    return "\n".join(lines) + "\n"


def ui_sources(ui: Path = UI) -> list[Path]:
    return sorted(ui.rglob("*.py"))


def update_ts(ts_files: list[Path], languages: list[str]) -> None:
    """lupdate the UI and the domain templates into `ts_files` (one per language, in the same order)."""
    with tempfile.TemporaryDirectory() as folder:
        marks = Path(folder) / "domain_messages.py"
        marks.write_text(noop_marks(domain_templates()), encoding="utf-8")
        for ts, language in zip(ts_files, languages, strict=True):
            ts.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *map(str, ui_sources()),
                    str(marks),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    LANGUAGES[language],
                    "-silent",
                    "-ts",
                    str(ts),
                ],
                check=True,
            )


def compile_qm(ts: Path, qm: Path) -> None:
    """lrelease one catalog (unfinished strings are left out: the English source shows instead)."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    """The {fields} of a source or translation, sorted: a translation keeps every one (numbers, names, units)."""
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def untranslated(ts: Path) -> dict[str, str]:
    """The sources of `ts` still to translate (each once, whatever its contexts), with an empty translation."""
    root = ET.parse(ts).getroot()
    found: dict[str, str] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            found.setdefault(message.findtext("source") or "", "")
    return found


def apply(ts: Path, translations: dict[str, str]) -> list[str]:
    """Put `translations` (source -> translation) into `ts` wherever a source is unfinished; returns the problems
    (a translation whose placeholders differ from its source's is refused)."""
    tree = ET.parse(ts)
    problems = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translations.get(source, "")
        if translation is None or translation.get("type") != "unfinished" or not text:
            continue
        if placeholders(text) != placeholders(source):
            problems.append(f"{source!r}: the translation {text!r} does not keep the placeholders of its source")
            continue
        translation.text = text
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--compile-only", action="store_true", help="only compile the .ts files into .qm (after translating)"
    )
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="fr", help="for --unfinished and --apply")
    parser.add_argument("--unfinished", metavar="FILE.json", type=Path, help="write the strings still to translate")
    parser.add_argument("--apply", metavar="FILE.json", type=Path, help="put translations (source: text) in")
    args = parser.parse_args(argv)
    languages = sorted(LANGUAGES)
    ts_files = [catalog(language) for language in languages]
    if args.unfinished:
        update_ts(ts_files, languages)
        todo = untranslated(catalog(args.language))
        args.unfinished.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(todo)} strings to translate written to {args.unfinished}")
        return 0
    if args.apply:
        problems = apply(catalog(args.language), json.loads(args.apply.read_text(encoding="utf-8")))
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return 1
    if not args.compile_only:
        update_ts(ts_files, languages)
    for ts in ts_files:
        compile_qm(ts, ts.with_suffix(".qm"))
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        note = f"; {unfinished} to translate" if unfinished else ""
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}{note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

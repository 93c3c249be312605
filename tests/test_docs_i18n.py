"""The English site is the Chinese one translated: its catalogs hold every message, none fuzzy.

``scripts/docs_i18n.py check`` (run by ``.ci/run``) extracts the messages of the pages
afresh with Sphinx; these tests read the committed catalogs alone (fast, no build) and
check the tool's own rules on small catalogs: a changed sentence makes its translation
fuzzy, a fuzzy or missing translation fails the check.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_i18n", ROOT / "scripts" / "docs_i18n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docs_i18n", module)
    spec.loader.exec_module(module)
    return module


docs_i18n = _load()


@pytest.mark.parametrize("language", docs_i18n.LANGUAGES)
def test_every_message_of_every_catalog_is_translated_and_none_is_fuzzy(language: str) -> None:
    counts = docs_i18n.count(language, None)
    assert counts, f"no catalog for {language}"
    bad = {d: c for d, c in counts.items() if c.bad}
    assert bad == {}


@pytest.mark.parametrize("language", docs_i18n.LANGUAGES)
def test_every_page_has_a_catalog(language: str) -> None:
    # A page is a Markdown file of docs/ outside the folders Sphinx does not read.
    skip = {"_build", "_inventories", "_locale", "locale", "_ext", "_static", "_templates"}
    pages = {
        p.relative_to(ROOT / "docs").with_suffix("").as_posix()
        for p in (ROOT / "docs").rglob("*.md")
        if not skip & set(p.relative_to(ROOT / "docs").parts)
    }
    assert pages - set(docs_i18n.count(language, None)) == set()


def _catalog(messages: dict[str, str]) -> Catalog:
    catalog = Catalog(locale="en")
    for mid, text in messages.items():
        catalog.add(mid, text)
    return catalog


def test_a_changed_sentence_makes_its_translation_fuzzy_and_the_check_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docs_i18n, "LOCALE", tmp_path)
    path = docs_i18n.po_path("en", "guide")
    docs_i18n.write(path, _catalog({"按季度报送。": "Reported quarterly."}), "en", "guide")
    pot = tmp_path / "pot"
    pot.mkdir()
    template = _catalog({"每个季度报送。": "", "新的一句。": ""})
    with (pot / "guide.pot").open("wb") as f:
        from babel.messages.pofile import write_po

        write_po(f, template)
    docs_i18n.update(pot)
    counts = docs_i18n.count("en", docs_i18n.templates(pot))["guide"]
    assert counts.fuzzy == ["每个季度报送。"]  # the old translation kept, marked out of date
    assert counts.untranslated == ["新的一句。"]
    assert docs_i18n.check(docs_i18n.templates(pot)) == 2


def test_a_message_the_catalog_lacks_fails_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docs_i18n, "LOCALE", tmp_path)
    docs_i18n.write(docs_i18n.po_path("en", "p"), _catalog({"一。": "One."}), "en", "p")
    pots = {"p": _catalog({"一。": "", "二。": ""})}
    counts = docs_i18n.count("en", pots)["p"]
    assert (counts.translated, counts.missing) == (1, ["二。"])
    assert docs_i18n.check(pots) == 1

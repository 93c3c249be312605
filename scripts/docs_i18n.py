"""The English catalogs of the documentation: update them, check them, count them.

The pages of ``docs/`` are written in Chinese; ``docs/locale/<lang>/LC_MESSAGES/<page>.po``
holds the translation of each of their messages (paragraphs, headings, list items, table
cells, captions) into each other language. Sphinx's own gettext builder extracts the
messages; Babel (which Sphinx itself depends on, so the docs extra has it) merges and
reads the catalogs.

    python scripts/docs_i18n.py update   # after editing a page: new messages appear
                                         # untranslated, changed ones fuzzy, with the
                                         # previous source text, until translated
    python scripts/docs_i18n.py check    # exit 1 on any message untranslated, fuzzy or
                                         # missing, in any language (CI runs it)
    python scripts/docs_i18n.py stats    # the counts per language and page

``check`` extracts the messages afresh (``sphinx-build -b gettext``), so a sentence changed
on a page without its translation fails it, as does a translation marked fuzzy.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LOCALE = DOCS / "locale"
#: Every language the pages are translated into.
LANGUAGES = ("en",)
#: The theme's templates: their messages are English already, translated by docs/_locale.
TEMPLATE_DOMAIN = "sphinx"


def extract(out: Path) -> Path:
    """Run Sphinx's gettext builder over the pages; return the folder of .pot files."""
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "gettext", str(DOCS), str(out)],
        check=True,
    )
    return out


def templates(pot_dir: Path) -> dict[str, Catalog]:
    """The .pot catalog of each page, by its domain (``rules/staffing``)."""
    out = {}
    for pot in sorted(pot_dir.rglob("*.pot")):
        domain = pot.relative_to(pot_dir).with_suffix("").as_posix()
        if domain == TEMPLATE_DOMAIN:
            continue
        with pot.open("rb") as f:
            out[domain] = read_po(f)
    return out


def po_path(language: str, domain: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{domain}.po"


def read(path: Path, language: str) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=language)


HEADER = """\
# The {name} of the hrss_policy documentation's page {domain}, one message at a time.
# Updated by scripts/docs_i18n.py (no dates, no line numbers: the file changes only when a
# message does); Sphinx compiles it at build time (the .mo is not kept).
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: {language}\\n"

"""

NAMES = {"en": "English translation"}


def write(path: Path, catalog: Catalog, language: str, domain: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = io.BytesIO()
    write_po(body, catalog, width=0, omit_header=True, no_location=True, sort_output=False)
    header = HEADER.format(name=NAMES[language], domain=domain, language=language)
    path.write_bytes(header.encode("utf-8") + body.getvalue())


def update(pot_dir: Path) -> None:
    """Merge each page's messages into each language's catalog, dropping obsolete ones."""
    pots = templates(pot_dir)
    for language in LANGUAGES:
        for domain, template in pots.items():
            path = po_path(language, domain)
            if path.is_file():
                catalog = read(path, language)
            else:
                catalog = Catalog(locale=language, fuzzy=False)
            catalog.update(template, update_header_comment=False)
            catalog.obsolete.clear()
            write(path, catalog, language, domain)
        for path in sorted((LOCALE / language / "LC_MESSAGES").rglob("*.po")):
            domain = path.relative_to(LOCALE / language / "LC_MESSAGES").with_suffix("")
            if domain.as_posix() not in pots:
                path.unlink()


@dataclass
class Counts:
    """How many messages of one catalog are translated, fuzzy, untranslated or missing."""

    translated: int = 0
    fuzzy: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def bad(self) -> int:
        return len(self.fuzzy) + len(self.untranslated) + len(self.missing)


def _messages(catalog: Catalog) -> Iterator[tuple[str, str, bool]]:
    for message in catalog:
        if message.id:
            yield str(message.id), str(message.string or ""), message.fuzzy


def count(language: str, pots: dict[str, Catalog] | None) -> dict[str, Counts]:
    """The counts of each catalog of *language*, against the pages' messages *pots*."""
    out: dict[str, Counts] = {}
    folder = LOCALE / language / "LC_MESSAGES"
    domains = set(pots) if pots is not None else set()
    domains |= {p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.po")}
    for domain in sorted(domains):
        counts = out.setdefault(domain, Counts())
        path = po_path(language, domain)
        held: dict[str, tuple[str, bool]] = {}
        if path.is_file():
            held = {mid: (text, fuzzy) for mid, text, fuzzy in _messages(read(path, language))}
        wanted = [m for m, _s, _f in _messages(pots[domain])] if pots and domain in pots else []
        for mid in wanted or list(held):
            if mid not in held:
                counts.missing.append(mid)
            elif held[mid][1]:
                counts.fuzzy.append(mid)
            elif not held[mid][0].strip():
                counts.untranslated.append(mid)
            else:
                counts.translated += 1
    return out


def check(pots: dict[str, Catalog] | None) -> int:
    """Print every message not translated; return the number of them."""
    bad = 0
    for language in LANGUAGES:
        counts = count(language, pots)
        total = sum(c.translated + c.bad for c in counts.values())
        fuzzy = sum(len(c.fuzzy) for c in counts.values())
        untranslated = sum(len(c.untranslated) + len(c.missing) for c in counts.values())
        print(
            f"{language}: {total} messages, {fuzzy} fuzzy, {untranslated} untranslated "
            f"({len(counts)} catalogs)"
        )
        for domain, c in counts.items():
            where = f"{LOCALE.name}/{language}/LC_MESSAGES/{domain}.po"
            for kind, ids in (("fuzzy", c.fuzzy), ("untranslated", c.untranslated)):
                for mid in ids:
                    print(f"  {where}: {kind}: {mid[:70]}")
            for mid in c.missing:
                print(f"  {where}: missing: {mid[:70]}")
        bad += fuzzy + untranslated
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "check", "stats"))
    parser.add_argument(
        "--pot",
        type=Path,
        help="a folder of .pot files already extracted (sphinx-build -b gettext docs DIR)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pot_dir = args.pot or extract(Path(tmp) / "gettext")
        if args.command == "update":
            update(pot_dir)
            return 0
        bad = check(templates(pot_dir))
        if args.command == "check" and bad:
            print(
                f"{bad} messages need a translation: edit the .po files above "
                "(after `python scripts/docs_i18n.py update`)",
                file=sys.stderr,
            )
            return 1
        return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The pages of one built site, without the other language's site built inside it.

The Chinese site is the root; the English one is built into its ``en/`` folder (as Read
the Docs serves them, see ``.readthedocs.yaml``), so a site's pages are its HTML files
outside any folder that holds a site of its own (a ``searchindex.js``).
"""

from __future__ import annotations

from pathlib import Path


def pages(site: Path, skip: frozenset[str] = frozenset()) -> list[Path]:
    """The HTML pages of *site*, without ``_modules/`` (highlighted source) and *skip*."""
    nested = {p.parent for p in site.rglob("searchindex.js")} - {site}
    return sorted(
        p
        for p in site.rglob("*.html")
        if "_modules" not in p.relative_to(site).parts
        and p.name not in skip
        and not any(n in p.parents for n in nested)
    )

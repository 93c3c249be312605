"""Tables generated from the library's own data, so the docs cannot drift from the code.

* ``.. requirement-register::`` — every record of ``hrss_policy.REQUIREMENTS``.
* ``.. readings-table::`` — every adopted reading of ``hrss_policy.READINGS``, with the
  parameters that switch it.
"""

from __future__ import annotations

import hrss_i18n
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import hrss_policy as hp


def _table(header: list[str], rows: list[list[str]], widths: list[int]) -> nodes.table:
    table = nodes.table(classes=["hrss-generated"])
    group = nodes.tgroup(cols=len(header))
    table += group
    for w in widths:
        group += nodes.colspec(colwidth=w)
    head = nodes.thead()
    group += head
    body = nodes.tbody()
    group += body
    for target, cells in ((head, [header]), (body, rows)):
        for cells_row in cells:
            row = nodes.row()
            for cell in cells_row:
                entry = nodes.entry()
                entry += nodes.paragraph(text=cell)
                row += entry
            target += row
    return table


class RequirementRegister(SphinxDirective):
    """The requirement register, one row per requirement."""

    def run(self) -> list[nodes.Node]:
        rows = [
            [
                r.id,
                r.clause,
                r.level.label,
                r.label,
                r.evidence.value,
                r.due.isoformat() if r.due else "—",
                r.reading or "—",
            ]
            for r in hp.REQUIREMENTS
        ]
        header = [
            hrss_i18n.label(h, self.config.language)
            for h in (
                "编号 id",
                "条款 clause",
                "适用于 applies to",
                "要求 requirement",
                "证据 evidence",
                "期限 due",
                "解读 reading",
            )
        ]
        return [_table(header, rows, [22, 10, 20, 16, 10, 12, 6])]


class ReadingsTable(SphinxDirective):
    """The adopted readings, one row per reading."""

    def run(self) -> list[nodes.Node]:
        rows = [
            [r.id, r.clause, r.title, r.text, r.default, ", ".join(r.switches)] for r in hp.READINGS
        ]
        header = [
            hrss_i18n.label(h, self.config.language)
            for h in (
                "编号 id",
                "条款 clause",
                "事项 matter",
                "解读 reading",
                "默认 default",
                "切换参数 switched by",
            )
        ]
        return [_table(header, rows, [5, 8, 14, 45, 14, 14])]


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("requirement-register", RequirementRegister)
    app.add_directive("readings-table", ReadingsTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

"""Tables generated from the library's own data, so the docs cannot drift from the code.

* ``.. requirement-register::`` — every record of ``hrss_policy.REQUIREMENTS``.
* ``.. requirement-coverage::`` — every requirement-like sentence of the plan
  (``hrss_policy.COVERAGE``): the requirements that check it, or why it is excluded.
* ``.. readings-table::`` — every adopted reading of ``hrss_policy.READINGS``, Chinese
  first, with the parameters that switch it.
"""

from __future__ import annotations

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
        header = ["编号 id", "条款", "适用于", "要求", "证据 evidence", "期限 due", "解读"]
        return [_table(header, rows, [22, 10, 20, 16, 10, 12, 6])]


class RequirementCoverage(SphinxDirective):
    """Every requirement-like sentence of the plan: checked by, or excluded and why."""

    def run(self) -> list[nodes.Node]:
        rows = [[v.clause, v.sentence, v.describe()] for v in hp.COVERAGE]
        header = ["条款", "原文", "核对方式"]
        return [_table(header, rows, [8, 46, 46])]


class ReadingsTable(SphinxDirective):
    """The adopted readings, one row per reading, the Chinese text first."""

    def run(self) -> list[nodes.Node]:
        rows = [
            [r.id, r.clause, r.title, r.text_zh, r.gloss_zh, ", ".join(r.switches), r.text]
            for r in hp.READINGS
        ]
        header = ["编号", "条款", "事项", "解读", "简述", "参数 Switched by", "English"]
        return [_table(header, rows, [5, 7, 12, 34, 14, 12, 26])]


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("requirement-register", RequirementRegister)
    app.add_directive("requirement-coverage", RequirementCoverage)
    app.add_directive("readings-table", ReadingsTable)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

"""A units table's problems: each where it is and what it is, in English and Chinese, and
the refusal of a table that has any (:class:`TableError`)."""

from __future__ import annotations

import attrs

from ..errors import PolicyError

__all__ = ["Problem", "TableError", "empty_table", "problem"]


@attrs.frozen
class Problem:
    """One problem of a table, where it is and what it is, in English and Chinese.

    Attributes:
        where: Its position: the line (``"12"``, the header is line 1) for CSV, the sheet
            and cell (``"单位!D12"``) for a workbook.
        message: What is wrong and what is accepted, in English.
        message_zh: The same in Chinese.
        line: The line (CSV) or row (workbook) number.
    """

    where: str
    message: str
    message_zh: str
    line: int

    def text(self, lang: str = "zh") -> str:
        """The message in *lang* (``"zh"`` or ``"en"``)."""
        return self.message_zh if lang == "zh" else self.message


class TableError(PolicyError):
    """A units table with problems; :attr:`problems` lists every one (:class:`Problem`).

    Line numbers count the header as line 1, as a spreadsheet shows them.
    """

    def __init__(self, problems: tuple[Problem, ...] | list[Problem], *, zh: str = "") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        english = "; ".join(f"{p.where}: {p.message}" for p in self.problems)
        chinese = "；".join(f"{p.where}：{p.message_zh}" for p in self.problems)
        super().__init__(english, zh=zh or chinese)


def problem(where: int | str, en: str, zh: str, line: int | None = None) -> Problem:
    return Problem(str(where), en, zh, line if line is not None else int(str(where)))


def empty_table() -> TableError:
    """The refusal of a table with no header row: nothing to read, nothing inspected."""
    return TableError(
        [Problem("1", "the file is empty; the first line must be the header row",
                 "文件为空，第一行应为表头", 1)],
        zh="文件为空",
    )  # fmt: skip

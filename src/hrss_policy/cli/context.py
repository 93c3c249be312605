"""What every subcommand of the command gets (:class:`Context`), and its exit statuses.

Its own module so that the parser (:mod:`hrss_policy.cli`) and the subcommands
(:mod:`.commands`) both build on it without importing each other.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

import attrs

from ..errors import PolicyError
from ..tabular.source import Problem
from . import grid as _table

__all__ = ["EXIT_BAD_INPUT", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "Context"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2
#: ``EX_SOFTWARE`` of BSD's sysexits: an internal error, a bug to report.
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


@attrs.define
class Context:
    """What every subcommand gets: the language, the output streams and its arguments."""

    lang: str
    out: TextIO
    err: TextIO
    args: argparse.Namespace
    input: str = ""
    """How the input is named in an internal-error line (a file, or the arguments)."""
    printed: bool = False
    """Whether anything was written to the output (an internal error says so)."""
    calendar: Any = None
    """The working-day calendar (``None``: the library's default)."""
    calendar_files: tuple[int, ...] = ()
    """The years whose schedule came from a file rather than the shipped table."""
    noted: bool = False
    """Whether the output said which years came from a file."""
    owns_process: bool = False
    """Whether this is the ``hrss-policy`` process itself (not a caller's interpreter):
    only then may the command tune the garbage collector for a large table."""

    def say(self, message: str) -> None:
        """Write a line of the result, control characters shown escaped."""
        self.out.write("\n".join(_table.safe(line) for line in message.split("\n")) + "\n")
        self.printed = True

    def error(self, where: str, message: str) -> None:
        """Write ``WHERE: message`` to standard error, control characters shown escaped."""
        self.err.write(f"{_table.safe(where)}: {_table.safe(message)}\n")

    def message(self, exc: PolicyError) -> str:
        """A library error in the command's language."""
        return exc.message_zh if self.lang == "zh" else str(exc)

    def problem(self, label: str, problem: Problem) -> None:
        """Write one problem of a table as ``FILE:WHERE: message``."""
        self.error(f"{label}:{problem.where}", problem.text(self.lang))

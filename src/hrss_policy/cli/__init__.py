"""The ``hrss-policy`` command: argument parsing, file reading and printing only.

Every figure comes from the public API; this module holds no policy of its own. The
command speaks Chinese first (``--lang en`` or ``HRSS_POLICY_LANG=en`` for English) and
never shows a traceback: refused input exits with status 2 and every problem listed as
``FILE:LINE: message`` (``FILE:SHEET!CELL`` for a workbook); anything unexpected exits
with status 70 and one line asking for a bug report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TextIO

import attrs

from .. import __version__
from ..core import validate as _validate
from ..core.cells import CellError, count_text
from ..errors import PolicyError
from ..plan.units import UnitKind
from ..tabular.source import TableError
from . import commands as _commands
from . import messages as _cli_text
from .context import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, Context
from .messages import text

__all__ = ["EXIT_BAD_INPUT", "EXIT_INTERNAL", "EXIT_OK", "build_parser", "command", "main"]

#: 128 + SIGTERM, as a shell reports a command ended by ``kill`` or ``timeout``.
EXIT_TERMINATED = 128 + 15


class _Terminated(BaseException):
    """SIGTERM arrived: unwind (ending the workers, removing temporary files) and exit."""


class _Exit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An argument parser that speaks the command's language and never exits the process."""

    lang = "zh"
    out: TextIO = sys.stdout
    err: TextIO = sys.stderr

    def format_usage(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(
            self.usage, self._actions, self._mutually_exclusive_groups, text(self.lang, "usage")
        )
        return formatter.format_help()

    def format_help(self) -> str:
        return _full_width(self._help(), self.lang)

    def _help(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(
            self.usage, self._actions, self._mutually_exclusive_groups, text(self.lang, "usage")
        )
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (self.err if file is sys.stderr or file is None else self.out).write(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self.err.write(message)
        raise _Exit(status)

    def error(self, message: str) -> NoReturn:
        self.err.write(self.format_usage())
        translated = _cli_text.argparse_message(self.lang, message)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {translated}\n")


def _full_width(help_text: str, lang: str) -> str:
    """Chinese help with a full-width colon after each section title (选项：), as after 用法：."""
    if lang != "zh":
        return help_text
    titles = {text(lang, k) for k in ("positionals", "options", "commands")}
    lines = help_text.split("\n")
    return "\n".join(
        f"{line[:-1]}：" if line.endswith(":") and line[:-1] in titles else line for line in lines
    )


# -- argument types --------------------------------------------------------------------------


def _type(lang: str, fn: Callable[[str], Any], name: str) -> Callable[[str], Any]:
    def convert(value: str) -> Any:
        try:
            return fn(value)
        except PolicyError as exc:
            raise argparse.ArgumentTypeError(exc.message_zh if lang == "zh" else str(exc)) from None

    convert.__name__ = name
    return convert


def _count(lang: str, what_en: str, what_zh: str) -> Callable[[str], int]:
    """Reads a count argument; a refusal names it as *what_en*, or *what_zh* in Chinese."""

    # The unit tables' reading of a count (tabular.cells.count_text), so an argument and a
    # cell accept and refuse the same text: full-width digits alike, nothing else.
    def convert(value: str) -> int:
        try:
            return count_text(value)
        except CellError:
            what = what_zh if lang == "zh" else what_en
            raise argparse.ArgumentTypeError(
                text(lang, "bad_count", what=what, value=value[:40])
            ) from None

    return convert


def _quarter(lang: str) -> Callable[[str], tuple[int, int]]:
    def convert(value: str) -> tuple[int, int]:
        from ..calendar.dates import parse_quarter

        try:
            return parse_quarter(value, name="quarter")
        except PolicyError:
            raise argparse.ArgumentTypeError(text(lang, "bad_quarter", value=value[:40])) from None

    return convert


def _period(lang: str) -> Callable[[str], tuple[str, int, int]]:
    def convert(value: str) -> tuple[str, int, int]:
        from ..calendar.dates import parse_month, parse_quarter

        for kind, parse in (("month", parse_month), ("quarter", parse_quarter)):
            try:
                return (kind, *parse(value, name=kind))
            except PolicyError:
                continue
        raise argparse.ArgumentTypeError(text(lang, "bad_month", value=value[:40]))

    return convert


def parse_date(value: str) -> dt.date:
    """A date as an officer types it: the shared parser (:mod:`hrss_policy.calendar.dates`)."""
    from ..calendar.dates import parse_date as parse

    return parse(value, name="date")


def _date(lang: str) -> Callable[[str], dt.date]:
    return _type(lang, parse_date, "date")


def _submission(lang: str) -> Callable[[str], tuple[str, dt.date | None]]:
    def convert(value: str) -> tuple[str, dt.date | None]:
        area, sep, day = value.partition("=")
        if not sep or not area.strip():
            raise argparse.ArgumentTypeError(text(lang, "bad_submission", value=value[:40]))
        return area.strip(), _date(lang)(day) if day.strip() else None

    return convert


def _output(lang: str) -> Callable[[str], str]:
    def convert(value: str) -> str:
        if not value.lower().endswith((".xlsx", ".docx", ".html", ".htm")):
            raise argparse.ArgumentTypeError(text(lang, "bad_output", value=value[:80]))
        return value

    return convert


# -- the parser ------------------------------------------------------------------------------


@attrs.frozen
class _Arg:
    """One argument of a subcommand: its flags, the key of its help text, how its text is
    read (a key of :func:`_readers`), and the rest of ``add_argument``'s options."""

    flags: tuple[str, ...]
    help: str
    read: str | None = None
    options: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class _Command:
    """One subcommand: its name (the function of :mod:`.commands` that runs it), the key of
    its help text, whether it counts working days (``--calendar``/``--replace`` are offered
    only then), whether it reads a units table (``--sheet``/``--encoding``/``--jobs``), and
    its own arguments."""

    name: str
    help: str
    args: tuple[_Arg, ...]
    dates: bool = True
    table: bool = False


_FORMATS = ("table", "csv", "json")

#: Every subcommand and its arguments: the parser is built from this table.
_COMMANDS: tuple[_Command, ...] = (
    _Command("inspect", "cmd_inspect", table=True, args=(
        _Arg(("file",), "file", options={"nargs": "?"}),
        _Arg(("--as-of",), "as_of", "date", {"metavar": "DATE"}),
        _Arg(("--format",), "format", options={"choices": _FORMATS, "default": "table"}),
        _Arg(("-q", "--quiet"), "quiet", options={"action": "store_true"}),
    )),
    _Command("report", "cmd_report", table=True, args=(
        _Arg(("quarter",), "quarter", "quarter"),
        _Arg(("file",), "file_required"),
        _Arg(("--district",), "district_opt", options={"required": True}),
        _Arg(("-o", "--output"), "output", "output", {"metavar": "FILE"}),
        _Arg(("--format",), "format_report", options={"choices": ("table", "json")}),
    )),
    _Command("bulletin", "cmd_bulletin", table=True, args=(
        _Arg(("file",), "file_required"),
        _Arg(("--as-of",), "as_of_bulletin", "date", {"metavar": "DATE", "required": True}),
        _Arg(("-o", "--output"), "output", "output", {"metavar": "FILE"}),
        _Arg(("--format",), "format", options={"choices": _FORMATS}),
    )),
    _Command("deadline", "cmd_deadline", args=(
        _Arg(("quarter",), "quarter", "quarter"),
        _Arg(("--submitted",), "submitted", "date", {"metavar": "DATE"}),
        _Arg(("--explain",), "explain", options={"action": "store_true"}),
    )),
    _Command("reports", "cmd_reports", args=(
        _Arg(("quarter",), "quarter", "quarter"),
        _Arg(("--as-of",), "as_of_reports", "date", {"metavar": "DATE"}),
        _Arg(("--format",), "format", options={"choices": _FORMATS, "default": "table"}),
        _Arg(("submissions",), "submissions", "submission",
             {"nargs": "+", "metavar": "DISTRICT=DATE"}),
    )),
    _Command("calendar", "cmd_calendar", args=(
        _Arg(("period",), "month_or_quarter", "period", {"metavar": "MONTH|QUARTER"}),
    )),
    _Command("name", "cmd_name", dates=False, args=(
        _Arg(("kind",), "kind", "kind"),
        _Arg(("place",), "place"),
        _Arg(("--district",), "district_name"),
        _Arg(("--explain",), "name_explain", options={"action": "store_true"}),
    )),
    _Command("quota", "cmd_quota", dates=False, args=(
        _Arg(("kind",), "kind", "kind"),
        _Arg(("service_recipients",), "recipients", "recipients"),
    )),
    _Command("subsidy", "cmd_subsidy", dates=False, args=(
        _Arg(("--full-time",), "full_time", "full_time", {"default": 0, "metavar": "N"}),
        _Arg(("--part-time",), "part_time", "part_time", {"default": 0, "metavar": "N"}),
        _Arg(("--public-servants",), "public_servants", "public_servants",
             {"default": 0, "metavar": "N"}),
        _Arg(("--months",), "months", "months", {"default": 1, "metavar": "N"}),
    )),
)  # fmt: skip

#: The arguments of every subcommand that reads a units table.
_TABLE_ARGS = (
    _Arg(("--sheet",), "sheet", options={"metavar": "NAME"}),
    _Arg(("--encoding",), "encoding"),
    _Arg(("--jobs",), "jobs", "jobs"),
)


def _readers(lang: str) -> dict[str, Callable[[str], Any]]:
    """How each kind of argument text is read, its refusals worded in *lang*."""
    return {
        "date": _date(lang),
        "quarter": _quarter(lang),
        "period": _period(lang),
        "output": _output(lang),
        "submission": _submission(lang),
        "kind": _type(lang, UnitKind.from_label, "kind"),
        # The library's Chinese name of the argument each one is passed as; --jobs is the
        # command's own.
        "recipients": _count(lang, "service_recipients", _validate.label("service_recipients")),
        "jobs": _count(lang, "--jobs", "并行进程数"),
        "full_time": _count(lang, "--full-time", _validate.label("full_time")),
        "part_time": _count(lang, "--part-time", _validate.label("part_time")),
        "public_servants": _count(
            lang, "--public-servants", _validate.label("part_time_public_servants")
        ),
        "months": _count(lang, "--months", _validate.label("months")),
    }


def build_parser(lang: str = "zh") -> argparse.ArgumentParser:
    """Return the command's argument parser in *lang* (used by the docs and the tests)."""

    def t(key: str) -> str:
        return text(lang, key)

    # --lang acts on every subcommand; --calendar and --replace only on those that count
    # working days (a name, a quota or a subsidy uses no date, so they are not offered).
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=_cli_text.LANGS, default=lang, help=t("lang"))
    dated = _Parser(add_help=False)
    dated.add_argument(
        "--calendar", action="append", default=[], metavar="FILE", help=t("calendar_file")
    )
    dated.add_argument("--replace", action="store_true", help=t("replace"))

    parser = _Parser(
        prog="hrss-policy", description=t("description"), epilog=t("epilog"), add_help=False
    )
    parser.add_argument("-h", "--help", action="help", help=t("help"))
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help=t("version")
    )
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, title=t("commands"), metavar="COMMAND"
    )
    readers = _readers(lang)
    for command in _COMMANDS:
        parents = [common, dated] if command.dates else [common]
        p = sub.add_parser(
            command.name,
            help=t(command.help),
            description=t(command.help),
            parents=parents,
            add_help=False,
        )
        p.add_argument("-h", "--help", action="help", help=t("help"))
        for arg in (*command.args, *(_TABLE_ARGS if command.table else ())):
            options = dict(arg.options)
            if arg.read is not None:
                options["type"] = readers[arg.read]
            p.add_argument(*arg.flags, help=t(arg.help), **options)
        p.set_defaults(run=getattr(_commands, command.name))

    for action in [parser, common, dated, *sub.choices.values()]:
        action.lang = lang
    _retitle(parser, lang)
    for p in sub.choices.values():
        _retitle(p, lang)
    return parser


def _retitle(parser: argparse.ArgumentParser, lang: str) -> None:
    parser._positionals.title = text(lang, "positionals")
    parser._optionals.title = text(lang, "options")


def _streams(parser: argparse.ArgumentParser, out: TextIO, err: TextIO) -> None:
    parsers = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            parsers += list(action.choices.values())
    for p in parsers:
        p.out = out  # type: ignore[attr-defined]
        p.err = err  # type: ignore[attr-defined]


# -- main --------------------------------------------------------------------------------------


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return the exit status.

    Called from Python it leaves the interpreter as it found it: no signal handler, no
    setting of the garbage collector is changed (from any thread), and every temporary
    file it made is removed before it returns.
    """
    return _main(argv, out, err, owns_process=False)


def command() -> NoReturn:
    """The ``hrss-policy`` program: :func:`main` in a process of its own.

    SIGTERM (what ``kill``, ``timeout`` and service managers send) and Ctrl-C end the
    worker processes and remove every temporary file before the program exits (status 143
    and 130).
    """
    previous = signal.getsignal(signal.SIGTERM)

    def terminated(signum: int, frame: object) -> None:
        raise _Terminated

    signal.signal(signal.SIGTERM, terminated)
    try:
        status = _main(None, None, None, owns_process=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
    sys.exit(status)


def _main(
    argv: Sequence[str] | None, out: TextIO | None, err: TextIO | None, *, owns_process: bool
) -> int:
    try:
        return _run(argv, out, err, owns_process=owns_process)
    except _Terminated:
        return EXIT_TERMINATED
    finally:
        from ..tabular.source import remove_spools

        remove_spools()


def _run(
    argv: Sequence[str] | None, out: TextIO | None, err: TextIO | None, *, owns_process: bool
) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _cli_text.choose_lang(args_list)
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser(lang)
    _streams(parser, out, err)
    try:
        args = parser.parse_args(args_list)
    except _Exit as exc:
        return exc.status
    ctx = Context(
        args.lang, out, err, args, input=text(args.lang, "arguments"), owns_process=owns_process
    )
    try:
        _load_calendar(ctx)
        status: int = args.run(ctx)
        if status == EXIT_OK and ctx.calendar_files and not ctx.noted:
            years = "、".join(str(y) for y in ctx.calendar_files)
            ctx.say(text(ctx.lang, "calendar_from_file", years=years))
        out.flush()
    except TableError as exc:
        for problem in exc.problems:
            ctx.problem(ctx.input, problem)
        ctx.error(ctx.input, text(ctx.lang, "problems", n=len(exc.problems)))
        return EXIT_BAD_INPUT
    except PolicyError as exc:
        ctx.error(ctx.input if ctx.input != text(ctx.lang, "arguments") else "hrss-policy",
                  ctx.message(exc))  # fmt: skip
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (``| head``) has gone: stop quietly, as Unix tools do. Pointing stdout
        # at devnull keeps the interpreter's final flush from failing a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        ctx.error(str(exc.filename or ctx.input), _os_error(ctx.lang, exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        key = "internal_partial" if ctx.printed else "internal"
        ctx.error("hrss-policy", text(ctx.lang, key, input=ctx.input, kind=type(exc).__name__))
        return EXIT_INTERNAL
    return status


def _load_calendar(ctx: Context) -> None:
    """The calendar with the schedule files of ``--calendar`` and ``HRSS_POLICY_CALENDAR``."""
    from ..calendar import ENVIRONMENT_VARIABLE, calendar_from_environment, load_schedule_files

    files = getattr(ctx.args, "calendar", None)
    if files is None:
        return  # a subcommand that counts no working days
    if not files and not os.environ.get(ENVIRONMENT_VARIABLE, "").strip():
        return  # the library's default calendar
    cal = calendar_from_environment()
    if files:
        cal = load_schedule_files(files, replace=ctx.args.replace, calendar=cal)
    ctx.calendar = cal
    ctx.calendar_files = tuple(c.year for c in cal.coverage() if c.from_file)


def _os_error(lang: str, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return text(lang, "no_file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return text(lang, "no_permission")
    if exc.errno == errno.EISDIR:
        return text(lang, "is_dir")
    return text(lang, "io_error", reason=exc.strerror or type(exc).__name__)

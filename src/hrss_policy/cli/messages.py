"""Every message of the ``hrss-policy`` command, in Chinese first and English.

The command speaks Chinese unless asked for English (``--lang en``, or the environment
variable ``HRSS_POLICY_LANG=en``); the locale is not consulted, so a server's
``LANG=en_US.UTF-8`` does not change what an officer reads. Library errors are shown
through ``exc.message_zh`` (Chinese) or ``str(exc)`` (English).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

__all__ = ["LANGS", "argparse_message", "choose_lang", "text"]

LANGS = ("zh", "en")

_T: dict[str, tuple[str, str]] = {
    # the parser
    "description": (
        "珠海市乡镇街道人力资源社会保障公共服务平台建设实施方案（2011）计算工具。"
        "默认输出中文，加 --lang en 输出英文。",
        "Calculations for Zhuhai's 2011 grassroots HRSS service-platform plan. "
        "Chinese by default; --lang en for English.",
    ),
    "epilog": (
        "退出状态：0 完成；2 输入或参数有误（逐条列出问题）；70 程序内部错误（请报告缺陷）。",
        "Exit status: 0 done; 2 the input or the arguments were refused (every problem "
        "listed); 70 an internal error (please report it).",
    ),
    "usage": ("用法：", "usage: "),
    "positionals": ("位置参数", "positional arguments"),
    "options": ("选项", "options"),
    "commands": ("子命令", "commands"),
    "help": ("显示本帮助并退出", "show this help message and exit"),
    "version": ("显示版本号并退出", "show the version and exit"),
    "lang": (
        "输出语言：zh 中文（默认）或 en 英文；也可设环境变量 HRSS_POLICY_LANG",
        "output language: zh Chinese (default) or en English; or set HRSS_POLICY_LANG",
    ),
    "calendar_file": (
        "国务院放假安排文件（TOML或JSON），可重复；也可用环境变量 HRSS_POLICY_CALENDAR 指定",
        "a State Council holiday schedule file (TOML or JSON), repeatable; or name files "
        "in HRSS_POLICY_CALENDAR",
    ),
    "replace": (
        "允许文件中的年份替换已收录的同一年份",
        "let a file's year replace a year already held",
    ),
    "file": (
        "单位表：CSV或.xlsx工作簿（'-' 表示标准输入）；不填则使用随库附带的示例数据",
        "units table: CSV or .xlsx workbook ('-' for standard input); default: the shipped sample",
    ),
    "file_required": (
        "单位表：CSV或.xlsx工作簿（'-' 表示标准输入）",
        "units table: CSV or .xlsx ('-' for stdin)",
    ),
    "format": (
        "输出格式：table 表格（默认）、csv 或 json",
        "output format: table (default), csv or json",
    ),
    "encoding": (
        "CSV文件的编码（默认自动识别UTF-8或GBK/GB18030）",
        "the CSV file's encoding (default: detect UTF-8 or GBK/GB18030)",
    ),
    "sheet": ("读取的工作表（默认第一个）", "the worksheet to read (default: the first)"),
    "as_of": (
        "检查日期，如2012-07-15或2012年7月15日；据此判断逾期或尚未到期",
        "the inspection date (2012-07-15 or 2012年7月15日): overdue or not yet due",
    ),
    "format_report": (
        "输出格式：table 文字（默认）或 json",
        "output format: table (default) or json",
    ),
    "as_of_bulletin": (
        "通报日期，如2012-09-15或2012年9月15日：完成情况截至该日",
        "the bulletin's date (2012-09-15 or 2012年9月15日): completion as of that day",
    ),
    "as_of_reports": (
        "报送记录的统计日期，如2024-10-20：此前未到期的未报送为“尚未报送（未到期）”，逾期的为“逾期未报送”",
        "the record's date (2024-10-20): not filed before the deadline is pending, after it overdue",
    ),
    "no_district": (
        "文件中没有{district}的单位，文件中的区有{found}",
        "no unit of {district} in the file; its districts: {found}",
    ),
    "quiet": (
        "只输出汇总，不逐个列出单位（仅用于表格输出，不能与 --format csv、json 同时使用）",
        "print the roll-up only, not every unit (table output only: refused with --format csv or json)",
    ),
    "jobs": (
        "并行进程数（默认：大文件用全部处理器核心，小文件用1个）",
        "worker processes (default: every core for a large file, 1 for a small one)",
    ),
    "output": (
        "输出文件：.xlsx、.docx（公文格式草稿）或 .html",
        "output file: .xlsx, .docx (a draft in the official document format) or .html",
    ),
    "district_opt": ("报送的区，如香洲区", "the district reporting, e.g. 香洲区"),
    "quarter": ("季度，写作2024Q3", "the quarter, as 2024Q3"),
    "month_or_quarter": (
        "月份（2024-10）或季度（2024Q3）",
        "a month (2024-10) or a quarter (2024Q3)",
    ),
    "submitted": ("核对报送日期，如2024-10-14", "check a submission date, e.g. 2024-10-14"),
    "explain": ("同时输出中文说明", "also print the reasoning in Chinese"),
    "submissions": (
        "各区及其报送日期，如 香洲区=2024-10-12；尚未报送写 香洲区=",
        "each district and the date it submitted, e.g. 香洲区=2024-10-12 (香洲区= if not yet)",
    ),
    "kind": (
        "单位类型：UnitKind 名称或中文（行政区街道、社区……）",
        "unit kind: a UnitKind name or its Chinese label",
    ),
    "place": ("地名，带不带后缀均可", "place name, with or without its suffix"),
    "district_name": (
        "名称中含区名的单位所在行政区",
        "the administrative district, for kinds whose name has one",
    ),
    "name_explain": ("同时输出由谁定名、何时完成", "also print who fixes the name and by when"),
    "recipients": ("服务对象人数", "service recipients"),
    "full_time": ("专职协理员人数", "full-time coordinators"),
    "part_time": ("兼职协理员人数（不含公职人员）", "part-time coordinators, not public servants"),
    "public_servants": (
        "属于公职人员的兼职协理员人数",
        "part-time coordinators who are public servants",
    ),
    "months": ("月数（默认1）", "months (default 1)"),
    # subcommands
    "cmd_inspect": (
        "检查单位表中每个单位并按区汇总",
        "inspect every unit of a table and roll them up",
    ),
    "cmd_report": (
        "依据四（二）的区季度报送，含完成情况、报送期限与逐单位发现",
        "a district's quarterly report (四（二）): completion, due date and every finding",
    ),
    "cmd_bulletin": (
        "依据四（二）的通报，列出各区完成情况和完成进度较慢的区",
        "the 通报 (四（二）): every district's completion, the slow districts named",
    ),
    "cmd_reports": (
        "依据四（二）的季度报送登记，列出各区报送日期、期限和逾期的工作日数",
        "the 报送 record (四（二）): each district's submission against the due date",
    ),
    "cmd_calendar": (
        "按月显示工作日历，标出节假日、调休和季度报送期限",
        "a month of the working calendar: holidays, days off, make-up days, the report due date",
    ),
    "cmd_deadline": (
        "依据四（二）的季度报送期限，季度写作2024Q3",
        "the quarterly report deadline (四（二）), e.g. 2024Q3",
    ),
    "cmd_quota": ("依据三（一）5计算单位的人员定额", "the staffing quota of one unit (三（一）5)"),
    "cmd_subsidy": (
        "依据三（五）计算协理员工资补助",
        "coordinator wage subsidies of one station (三（五）)",
    ),
    "cmd_name": (
        "依据三（一）4生成单位的标准名称",
        "the standard agency name of one unit (三（一）4)",
    ),
    # argument errors
    "bad_count": (
        "{what}应为不小于0的整数，收到“{value}”",
        "{what} must be a whole number ≥ 0, got {value!r}",
    ),
    "bad_quarter": (
        "季度应写作2024Q3这样的形式，收到“{value}”",
        "{value!r} is not a quarter; write it as 2024Q3",
    ),
    "bad_month": (
        "月份应写作2024-10，季度应写作2024Q3，收到“{value}”",
        "{value!r} is neither a month (2024-10) nor a quarter (2024Q3)",
    ),
    "bad_submission": (
        "报送情况应写作 区=日期，如 香洲区=2024-10-12，尚未报送写 香洲区=，收到“{value}”",
        "{value!r} is not DISTRICT=DATE; write 香洲区=2024-10-12, or 香洲区= if not yet submitted",
    ),
    "twice": ("同一个区给出了两次：{areas}", "district given twice: {areas}"),
    "bad_output": (
        "输出文件应以.xlsx、.docx或.html结尾，收到“{value}”",
        "the output file must end in .xlsx, .docx or .html, got {value!r}",
    ),
    "output_is_input": (
        "输出文件{path}就是输入文件；输入文件不会被修改，请另选输出文件名",
        "the output file {path} is the input file; the input is never modified: "
        "choose another output file",
    ),
    "quiet_format": (
        "--quiet 只用于表格输出，不能与 --format {fmt} 同时使用",
        "--quiet is for the table output; it cannot be combined with --format {fmt}",
    ),
    "jobs_capped": (
        "--jobs {asked} 多于本机的{cores}个处理器核心，按{cores}个并行进程运行",
        "--jobs {asked} is more than this machine's {cores} cores: running {cores} worker processes",
    ),
    "output_format": (
        "-o 输出文件时不能同时指定 --format {fmt}",
        "--format {fmt} cannot be combined with -o FILE",
    ),
    # files
    "no_file": ("找不到文件", "No such file"),
    "no_permission": ("没有权限", "Permission denied"),
    "is_dir": ("这是一个文件夹，不是文件", "Is a directory"),
    "io_error": ("无法读写文件（{reason}）", "cannot read or write the file ({reason})"),
    "problems": (
        "共{n}处问题，未作检查，请改正后重试",
        "{n} problem(s); nothing was inspected",
    ),
    "internal": (
        "处理{input}时发生程序内部错误（{kind}），未完成；这是本工具的缺陷，"
        "请将所用命令和输入文件报告给开发者",
        "internal error ({kind}) while processing {input}; nothing more was done. This is a "
        "bug in hrss-policy: please report it with the command and the input file",
    ),
    "internal_partial": (
        "处理{input}时发生程序内部错误（{kind}），以上输出不完整；这是本工具的缺陷，"
        "请将所用命令和输入文件报告给开发者",
        "internal error ({kind}) while processing {input}; the output above is incomplete. "
        "This is a bug in hrss-policy: please report it with the command and the input file",
    ),
    "arguments": ("命令参数", "the arguments"),
    # progress
    "checking": (
        "正在检查{label}：已读{n}行，{done}个单位",
        "inspecting {label}: {n} lines read, {done} units",
    ),
    # output
    "sample_note": (
        "样例数据：单位为2011年珠海各区街道（镇）及部分社区（村），人数、面积、金额等均为示意数字，非官方统计。",
        "Sample data: Zhuhai's streets, towns and some communities and villages as of 2011; "
        "every figure is illustrative, not an official statistic.",
    ),
    "calendar_from_file": (
        "以下年份的放假安排来自文件而非随库收录的国务院通知：{years}",
        "the holiday schedule of these years came from a file, not the shipped table: {years}",
    ),
    "written": ("已写入{path}", "written: {path}"),
}

_LABELS_EN = {"zh": "Chinese", "en": "English"}


def text(lang: str, key: str, **values: object) -> str:
    """The message *key* in *lang*, with *values* filled in."""
    zh, en = _T[key]
    template = zh if lang == "zh" else en
    return template.format(**values) if values else template


def choose_lang(argv: Sequence[str]) -> str:
    """The language asked for: ``--lang`` in *argv*, else ``HRSS_POLICY_LANG``, else Chinese."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
            return value if value in LANGS else "zh"
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGS else "zh"
    value = os.environ.get("HRSS_POLICY_LANG", "").strip().lower()
    return "en" if value.startswith("en") else "zh"


# argparse writes its own messages in English; these are the ones it can produce.
_ARGPARSE_ZH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), zh)
    for pattern, zh in (
        (r"the following arguments are required: (.+)", "缺少必需的参数：{0}"),
        (r"unrecognized arguments: (.+)", "无法识别的参数：{0}"),
        (r"one of the arguments (.+) is required", "必须给出以下参数之一：{0}"),
        (r"ambiguous option: (\S+) could match (.+)", "选项{0}有歧义，可能是{1}"),
        (
            r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)",
            "参数{0}的值{1}无效，可选{2}",
        ),
        (r"argument (.+?): expected one argument", "参数{0}需要一个值"),
        (r"argument (.+?): expected at least one argument", "参数{0}至少需要一个值"),
        (r"argument (.+?): expected at most one argument", "参数{0}最多接受一个值"),
        (r"argument (.+?): expected (\d+) arguments?", "参数{0}需要{1}个值"),
        (r"argument (.+?): ignored explicit argument (.+)", "参数{0}不接受值{1}"),
        (r"argument (.+?): not allowed with argument (.+)", "参数{0}不能与{1}同时使用"),
        (r"argument (.+?): invalid \S+ value: (.+)", "参数{0}的值{1}无效"),
        (r"argument (.+?): (.+)", "{1}"),
        (r"unexpected option string: (.+)", "意外的选项{0}"),
    )
)


def argparse_message(lang: str, message: str) -> str:
    """argparse's English *message*, in *lang*."""
    if lang != "zh":
        return message
    for pattern, zh in _ARGPARSE_ZH:
        match = pattern.fullmatch(message.strip())
        if match:
            return zh.format(*match.groups())
    return f"参数有误（{message}）"

"""Which encoding a CSV file is in: UTF-8 (with or without a BOM) or GB18030, detected from
every line, or the one the caller names if every line is valid in it; a file that mixes
them is refused, naming its lines. An adapter's plumbing, no policy.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from typing import IO

from ..core import validate as _validate
from ..errors import PolicyError
from .problems import TableError, problem

__all__ = ["MAX_LISTED", "detect_encoding"]

#: At most this many lines are named one by one in an encoding refusal; the rest are counted.
MAX_LISTED = 100

_BLOCK = 1 << 20


def detect_encoding(opener: Callable[[], IO[bytes]], encoding: str | None = None) -> str:
    """The file's encoding: *encoding* if every line is valid in it, else detected.

    Detection: UTF-8 (a BOM dropped) when every line is valid UTF-8; GB18030 when no line
    with non-ASCII text is valid UTF-8; otherwise the file is mixed and refused.

    Raises:
        PolicyError: *encoding* is unknown, or the file is UTF-16.
        TableError: lines not in the file's encoding, each named.
    """
    with opener() as f:
        head = f.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PolicyError(
            "the file is UTF-16 (Excel's 'Unicode text'); save it as CSV UTF-8",
            zh="该文件是UTF-16编码（Excel的“Unicode文本”），请另存为“CSV UTF-8”格式",
        )
    start = _head(opener)
    if start.count(0) >= max(4, len(start) // 8):
        # No text encoding a CSV file can be in writes NUL bytes; UTF-16 writes one in
        # every ASCII character (this file has no byte-order mark to say so). A stray NUL
        # is a problem of its line, found by the CSV reader.
        raise PolicyError(
            "the file holds NUL bytes: it is UTF-16 (Excel's 'Unicode text') or not text "
            "at all; save it as CSV UTF-8",
            zh="该文件含有空字节（NUL），是UTF-16编码（Excel的“Unicode文本”）或不是文本文件，"
            "请另存为“CSV UTF-8”格式",
        )
    if encoding is not None:
        try:
            info = codecs.lookup(encoding)
        except (LookupError, ValueError):  # ValueError: a name with a NUL character
            raise PolicyError(
                f"unknown encoding {encoding!r}; try utf-8 or gbk",
                zh=f"无法识别的编码“{_validate.printable(encoding)}”，可填写utf-8或gbk",
            ) from None
        name = "utf-8-sig" if info.name == "utf-8" else info.name
        if not _ascii_compatible(info):
            raise PolicyError(
                f"{encoding!r} is not an encoding a CSV file can be read in (its commas, "
                "quotes and line breaks are not the ASCII bytes); try utf-8 or gbk, or save "
                "the file as CSV UTF-8",
                zh=f"“{_validate.printable(encoding)}”不能用于读取CSV文件（其中的逗号、引号和"
                "换行不是ASCII字节），可填写utf-8或gbk，或将文件另存为“CSV UTF-8”格式",
            )
        if not _decodes(opener, name):
            bad = [n for n, kind in _classify(opener, name) if kind == "bad"]
            _refuse_lines(
                bad,
                f"not valid {encoding} (the encoding given)",
                f"不是指定的{encoding}编码",
            )
        return name
    if _decodes(opener, "utf-8-sig"):
        return "utf-8-sig"
    kinds = list(_classify(opener, "utf-8"))
    bad = [n for n, kind in kinds if kind == "bad"]
    if any(kind == "utf8" for _, kind in kinds):
        _refuse_lines(
            bad,
            "not UTF-8, although other lines of the file are: the file mixes encodings; "
            "save it again as CSV UTF-8",
            "不是UTF-8编码，而文件其他行是UTF-8编码，文件混用了编码，请重新另存为“CSV UTF-8”格式",
        )
    bad_gb = [n for n, kind in _classify(opener, "gb18030") if kind == "bad"]
    _refuse_lines(
        bad_gb,
        "neither UTF-8 nor GBK/GB18030; save the file as CSV UTF-8",
        "既不是UTF-8编码也不是GBK/GB18030编码，请将文件另存为“CSV UTF-8”格式",
    )
    return "gb18030"


_ASCII_SAMPLE = ' kind,"a""b"\r\n0123456789AZaz.;-'


def _ascii_compatible(info: codecs.CodecInfo) -> bool:
    """Whether the codec *info* is a text encoding that writes ASCII as ASCII (the CSV
    reader and the split among workers find commas, quotes and line breaks as bytes)."""
    if not getattr(info, "_is_text_encoding", True):
        return False  # rot13, base64: transforms, not a file's encoding
    try:
        encoded = info.encode(_ASCII_SAMPLE)[0]
    except (UnicodeError, TypeError, LookupError, ValueError):
        return False
    return bytes(encoded).removeprefix(codecs.BOM_UTF8) == _ASCII_SAMPLE.encode("ascii")


def _head(opener: Callable[[], IO[bytes]]) -> bytes:
    with opener() as f:
        return f.read(1 << 12)


def _decodes(opener: Callable[[], IO[bytes]], encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    with opener() as f:
        try:
            while block := f.read(_BLOCK):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _classify(opener: Callable[[], IO[bytes]], encoding: str) -> Iterator[tuple[int, str]]:
    """Each physical line that is not ASCII: ``(line, "utf8" | "bad")`` in *encoding*."""
    with opener() as f:
        for n, raw in enumerate(f, start=1):
            if raw.isascii():
                continue
            if n == 1 and encoding.startswith("utf-8"):
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                yield n, "bad"
            else:
                yield n, "utf8"


def _refuse_lines(lines: list[int], en: str, zh: str) -> None:
    if not lines:
        return
    problems = [problem(n, f"this line is {en}", f"此行{zh}") for n in lines[:MAX_LISTED]]
    if len(lines) > MAX_LISTED:
        rest = len(lines) - MAX_LISTED
        last = lines[MAX_LISTED]
        problems.append(
            problem(
                last,
                f"and {rest} more lines like it (from this one on)",
                f"自此行起另有{rest}行同样的问题",
            )
        )
    raise TableError(problems, zh=f"文件有{len(lines)}行编码有误")

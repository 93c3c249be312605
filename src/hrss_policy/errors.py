"""The exceptions the library raises.

Every refusal of a *value* is a :class:`PolicyError`, which is a :class:`ValueError`, so
code that already catches ``ValueError`` keeps working. A value of the wrong *type*
(``True`` or ``45000.0`` where a count is wanted) raises the built-in :class:`TypeError`.

Each :class:`PolicyError` carries two messages: ``str(exc)`` is English, for developers
(Python's convention: the argument, the value received and what is accepted), and
:attr:`PolicyError.message_zh` is Chinese, for the officers who read the command's and
Excel's output. Exceptions pickle and copy, so they cross process pools unchanged.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CalendarDataError",
    "CalendarNotConfirmedError",
    "NotApplicableError",
    "PolicyError",
]


class PolicyError(ValueError):
    """A value the plan does not accept, or a question the plan cannot answer.

    Args:
        message: What was wrong and what is accepted, in English.
        zh: The same for an officer, in Chinese.

    >>> err = hp.PolicyError("quarter must be 1, 2, 3 or 4, got 5", zh="季度应为1至4，收到5")
    >>> str(err), err.message_zh
    ('quarter must be 1, 2, 3 or 4, got 5', '季度应为1至4，收到5')
    """

    #: What :attr:`message_zh` says when a raise site gave no Chinese message.
    default_zh = "输入不被接受"

    def __init__(self, message: str, *, zh: str | None = None) -> None:
        super().__init__(message)
        self.zh = zh

    @property
    def message(self) -> str:
        """The English message (``str(exc)``)."""
        return str(self.args[0]) if self.args else ""

    @property
    def message_zh(self) -> str:
        """The Chinese message an officer reads; never English."""
        return self.zh if self.zh else self.default_zh

    def __reduce__(self) -> tuple[Any, ...]:
        # BaseException pickles (cls, args) and the instance __dict__; keyword-only
        # arguments of subclasses are restored from the __dict__ the same way.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(cls: type[PolicyError], args: tuple[Any, ...], state: dict[str, Any]) -> PolicyError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc.__dict__.update(state)
    return exc


class NotApplicableError(PolicyError):
    """The rule asked for does not apply: before the plan's start, or outside its scope.

    Example: the quarterly report for 2011 Q3 (the plan requires reports from 2011 Q4).
    """

    default_zh = "该规则不适用"


class CalendarNotConfirmedError(PolicyError):
    """A date falls in a year whose official holiday schedule the library does not hold.

    China's working days depend on the State Council's yearly notice of holidays and
    make-up working days. For a year without a held notice the library refuses rather
    than guess; ask for an estimate explicitly, or register the year's schedule.
    """

    default_zh = "该年度的国务院放假安排尚未收录，无法按工作日计算"


class CalendarDataError(PolicyError):
    """A holiday schedule offered for registration is malformed or contradicts itself."""

    default_zh = "放假安排数据有误"

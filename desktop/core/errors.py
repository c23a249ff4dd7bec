"""Domain errors: a Vietnamese message for the person, details for the technician.

Three kinds, as the style guide asks: the user's (:class:`UserError`, shown as written), the
environment's (:class:`EnvironmentProblem`: disk full, file locked, token missing — say what to
do), and bugs (anything else: logged with a traceback). The CLI maps these to exit codes, the UI
to dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class VanThuError(Exception):
    """Base of every error we raise on purpose. ``message`` is already translated."""

    exit_code = 1

    def __init__(self, message: str, details: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details
        self.field = field

    def __str__(self) -> str:
        return self.message


class UserError(VanThuError):
    """Bad input from the person: shown as written."""

    exit_code = 2


class NotFound(UserError):
    exit_code = 3


class PermissionDenied(UserError):
    exit_code = 4


class EnvironmentProblem(VanThuError):
    """Something around the program is wrong (disk, file, device, server)."""

    exit_code = 5


class IntegrityProblem(VanThuError):
    """Stored data does not match what was written (hash mismatch, broken chain)."""

    exit_code = 6


class RowErrors(UserError):
    """Several rows of an imported file are bad; ``rows`` lists (row, column, reason)."""

    def __init__(self, message: str, rows: list[tuple[int, str, str]]) -> None:
        super().__init__(message)
        self.rows = rows


class Cancelled(VanThuError):
    """The person stopped a long job; nothing of it was kept."""

    exit_code = 130


class Problems(UserError):
    """Everything wrong with one form at once (issue 14, 7): ``problems`` in the form's order,
    each a :class:`UserError` naming its field; the message lists them all, one a line."""

    def __init__(self, problems: list[UserError]) -> None:
        super().__init__("\n".join(p.message for p in problems), field=problems[0].field)
        self.problems = problems


class Collect:
    """Runs the checks of a form, keeping each refusal instead of stopping at the first.

    ``value = c.check(parse_date, text, "date")`` gives the result, or ``None`` after noting
    the problem; ``c.done()`` raises a :class:`Problems` if anything was noted.
    """

    def __init__(self) -> None:
        self.problems: list[UserError] = []

    def check(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return fn(*args, **kwargs)
        except Problems as exc:
            self.problems.extend(exc.problems)
        except UserError as exc:
            if type(exc) is not UserError:
                raise
            self.problems.append(exc)
        return None

    def add(self, exc: UserError) -> None:
        self.problems.append(exc)

    def failed(self, field: str) -> bool:
        return any(p.field == field for p in self.problems)

    def done(self) -> None:
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise Problems(self.problems)

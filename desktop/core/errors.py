"""Domain errors: a Vietnamese message for the person, details for the technician.

Three kinds, as the style guide asks: the user's (:class:`UserError`, shown as written), the
environment's (:class:`EnvironmentProblem`: disk full, file locked, token missing — say what to
do), and bugs (anything else: logged with a traceback). The CLI maps these to exit codes, the UI
to dialogs.
"""

from __future__ import annotations


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

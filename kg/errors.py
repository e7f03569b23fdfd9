"""One small exception hierarchy; the CLI turns each into a one-line message and an exit code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the records, located as precisely as the input allows.

    ``fatal`` marks problems that stop a file from being read at all (bad YAML,
    not UTF-8, ...); the others are records that were read but are invalid.
    ``reference`` marks a pointer to a record that does not exist, which often only
    follows from another problem (an invalid or mistyped id).
    """

    file: str
    line: int
    record: str
    message: str
    fatal: bool = False
    reference: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        record = f" {self.record}:" if self.record else ""
        return f"{where}:{record} {self.message}"


class KgError(Exception):
    """Base class: anything the user can fix; shown without a traceback."""

    exit_code = 1


class UnreadableInput(KgError):
    """Input that cannot be read at all (missing, not UTF-8, not YAML...)."""

    exit_code = 2


class InvalidRecords(KgError):
    """The records were read but are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        # Causes before what follows from them: a file that could not be read at all
        # first, then records that are wrong in themselves, then unknown references.
        self.problems = sorted(problems, key=lambda p: (not p.fatal, p.reference, p))
        super().__init__(str(self.problems[0]) if self.problems else "invalid records")

    @property
    def exit_code(self) -> int:  # type: ignore[override]
        return 2 if any(p.fatal for p in self.problems) else 1

    def __reduce__(self):  # noqa: ANN204 - pickled whole from a build's child process
        return (InvalidRecords, (self.problems,))


class MissingGraph(KgError):
    """A command needs a built graph and there is none."""

    exit_code = 2

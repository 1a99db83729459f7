"""The one error family of streamtool and the exit codes the CLI maps it to.

The library raises these with a message that tells the user what to do next; the CLI prints
that message as one line on stderr and exits with the error's code. Nothing else is caught.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented in the README ("Exit codes") and tested in tests/cli/test_exit_codes.py."""

    OK = 0
    INTERNAL = 1  #: a bug in streamtool: please report it (rerun with --debug for the traceback)
    BAD_INPUT = 2  #: unreadable, unknown-format or malformed input; bad arguments
    MODEL = 3  #: the tagger's model is missing or broken (run `make models`)
    INTERRUPTED = 130  #: Ctrl-C


class StreamtoolError(Exception):
    """Base of every error streamtool raises on purpose."""

    exit_code: ExitCode = ExitCode.BAD_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(StreamtoolError):
    """A file cannot be opened or decoded at all (missing, binary, truncated, wrong encoding)."""


class UnknownFormatError(StreamtoolError):
    """No reader recognises a file."""


class BadRecordError(StreamtoolError):
    """A malformed record, raised under --strict (otherwise it is skipped and counted)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason} (drop --strict to skip such records)")
        self.where = where
        self.reason = reason


class UsageError(StreamtoolError):
    """Arguments that make no sense together, or name something that does not exist."""


class ModelError(StreamtoolError):
    """The tagger's trained model cannot be loaded."""

    exit_code = ExitCode.MODEL

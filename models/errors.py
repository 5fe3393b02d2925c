"""One exception root for everything a bad input can cause.

Each subclass carries the file and a reason code that lands in the `files` table, so a
bad document becomes a row with a reason instead of a crashed batch. `transient` marks
errors worth retrying (a converter that timed out may succeed on a quieter machine).
"""
from __future__ import annotations


class LifelongError(Exception):
    """Root of the project's errors: `reason` is a stable code, `path` the file."""

    reason = "error"
    transient = False

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.reason}]"


class ParseError(LifelongError):
    """A file could not be turned into a document."""

    reason = "corrupt"


class CorruptFile(ParseError):
    reason = "corrupt"


class EncryptedFile(ParseError):
    reason = "encrypted"


class EmptyDocument(ParseError):
    reason = "empty"


class UnsupportedFormat(ParseError):
    reason = "unsupported"


class TooLarge(ParseError):
    reason = "too_large"


class GarbledText(ParseError):
    reason = "garbled_text"


class DecompressionBomb(ParseError):
    """A compressed container whose declared contents are far larger than is plausible."""

    reason = "decompression_bomb"


class Timeout(ParseError):
    """Parsing or extraction of one document took longer than the per-document limit."""

    reason = "timeout"


class ConverterMissing(ParseError):
    reason = "converter_missing"
    transient = True


class ReviewError(LifelongError):
    """A reviewer's action that cannot be taken (unknown document or field, a snippet that
    does not match the text, a value that does not fit its field)."""

    reason = "review"


class DatabaseBusy(LifelongError):
    """The database is locked by a writer (an ingest): try again when it has finished."""

    reason = "busy"

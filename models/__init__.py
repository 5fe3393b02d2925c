"""Typed records shared by every layer: the parsed document and the extracted record.

`models` imports nothing from the other packages; everything else imports it.
"""
from models.document import Block, Document, SourceInfo, Table
from models.errors import (
    ConverterMissing,
    CorruptFile,
    DatabaseBusy,
    DecompressionBomb,
    EmptyDocument,
    EncryptedFile,
    GarbledText,
    LifelongError,
    ParseError,
    ReviewError,
    Timeout,
    TooLarge,
    UnsupportedFormat,
)
from models.record import (
    CommitteeMember,
    Contact,
    Deadline,
    Evidence,
    Figure,
    Organizer,
    Record,
    Region,
)

SCHEMA_VERSION = "1"

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "CommitteeMember",
    "Contact",
    "ConverterMissing",
    "CorruptFile",
    "DatabaseBusy",
    "Deadline",
    "DecompressionBomb",
    "Document",
    "EmptyDocument",
    "EncryptedFile",
    "Evidence",
    "Figure",
    "GarbledText",
    "LifelongError",
    "Organizer",
    "ParseError",
    "ReviewError",
    "Record",
    "Region",
    "SourceInfo",
    "Table",
    "Timeout",
    "TooLarge",
    "UnsupportedFormat",
]

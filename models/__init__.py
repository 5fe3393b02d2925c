"""Typed records shared by every layer: the parsed document and the extracted record.

`models` imports nothing from the other packages; everything else imports it.
"""
from models.document import Block, Document, SourceInfo, Table
from models.errors import (
    ConverterMissing,
    CorruptFile,
    DecompressionBomb,
    EmptyDocument,
    EncryptedFile,
    GarbledText,
    LifelongError,
    ParseError,
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
    "Record",
    "Region",
    "SourceInfo",
    "Table",
    "Timeout",
    "TooLarge",
    "UnsupportedFormat",
]

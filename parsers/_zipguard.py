"""Refuse zip bombs before anything inflates them.

A .docx is a ZIP archive. A hostile or broken one can declare gigabytes of XML that
compress into a few kilobytes; python-docx would inflate it all into memory. The ZIP
central directory lists every member's declared size, and Python's `zipfile` never
returns more than a member's declared `file_size` (it stops reading there), so checking
the declared sizes is enough to bound what a later reader can inflate: the check reads
only the directory at the end of the file and takes milliseconds whatever the archive
claims to hold.
"""
from __future__ import annotations

import io
import zipfile

from models import CorruptFile, DecompressionBomb

MAX_TOTAL_BYTES = 512 * 1024 * 1024  # declared uncompressed size of all members
MAX_ENTRIES = 10_000  # Word files have tens of members; tens of thousands is an attack
MAX_RATIO = 200  # XML compresses 5-30x; a member inflating more than this is suspect ...
RATIO_FLOOR = 16 * 1024 * 1024  # ... once it is big enough to matter


def check_zip(data: bytes, *, max_total: int = MAX_TOTAL_BYTES, max_entries: int = MAX_ENTRIES) -> None:
    """Raise DecompressionBomb when the archive would inflate beyond the limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise CorruptFile(f"ZIP container cannot be read: {exc}") from exc
    if len(members) > max_entries:
        raise DecompressionBomb(f"ZIP archive lists {len(members)} entries (limit {max_entries})")
    total = sum(m.file_size for m in members)
    if total > max_total:
        raise DecompressionBomb(f"ZIP archive would inflate to {total:,} bytes (limit {max_total:,})")
    for member in members:
        _check_ratio(member)


def _check_ratio(member: zipfile.ZipInfo) -> None:
    if member.file_size < RATIO_FLOOR:
        return
    ratio = member.file_size / max(member.compress_size, 1)
    if ratio > MAX_RATIO:
        raise DecompressionBomb(
            f"ZIP member {member.filename!r} inflates {ratio:,.0f}x to {member.file_size:,} bytes"
        )

"""Every parser on random and mangled bytes: a Document or a typed LifelongError, nothing else.

A parser raising KeyError or struct.error on a bad file would turn a data problem into
a crash; the contract is that `parse_file` (and the sniffer behind it) only ever raises
`LifelongError` subclasses with a reason code.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Document, LifelongError
from parsers import supported_extensions
from parsers.registry import parse_file
from tools.make_bad_inputs import NOTICE, docx_bytes, pdf_bytes

EXTENSIONS = sorted(supported_extensions())
_DOCX = docx_bytes()
_PDF = pdf_bytes(["page one", "page two"])
_FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(name: str, data: bytes) -> None:
    try:
        doc = parse_file(Path(name), data)
    except LifelongError as exc:
        assert exc.reason and exc.reason != "error"
        return
    assert isinstance(doc, Document) and doc.text.strip()


@pytest.mark.parametrize("ext", EXTENSIONS)
@_FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes(ext: str, data: bytes) -> None:
    check(f"fuzz{ext}", data)


@pytest.mark.parametrize(("ext", "seed"), [(".docx", _DOCX), (".pdf", _PDF), (".txt", NOTICE.encode("gb18030"))])
@_FUZZ
@given(cuts=st.lists(st.tuples(st.integers(0, 1 << 20), st.binary(min_size=1, max_size=8)), max_size=6),
       keep=st.floats(0.05, 1.0))
def test_mangled_documents(ext: str, seed: bytes, cuts: list[tuple[int, bytes]], keep: float) -> None:
    data = bytearray(seed[: max(1, int(len(seed) * keep))])
    for at, junk in cuts:
        at %= len(data)
        data[at:at + len(junk)] = junk
    check(f"mangled{ext}", bytes(data))


@_FUZZ
@given(members=st.dictionaries(st.sampled_from(["word/document.xml", "word/styles.xml", "[Content_Types].xml",
                                                "word/_rels/document.xml.rels", "_rels/.rels"]),
                               st.binary(max_size=512), min_size=1))
def test_docx_with_random_parts(members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(_DOCX)) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    parts.update(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    check("parts.docx", out.getvalue())

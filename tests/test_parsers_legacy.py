"""Legacy word-processor files through LibreOffice: .doc, .wps, .rtf, .odt.

Fixtures are real files written by LibreOffice from synthetic texts (tools/make_legacy),
built once per session because each conversion starts LibreOffice (about 1-3 s).
"""
from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest

import parsers.legacy  # noqa: F401  (registers the legacy parser until parsers/__init__ does)
from models import ConverterMissing, Document, ParseError, Timeout
from parsers import _convert, parse_file
from parsers._convert import ConversionTimeout, convert_bytes
from parsers.legacy import container, parse_legacy, schema_format
from tests.fixtures_docs import NEWS, NOTICE, norm_lines, norm_text_lines, write_docx


def _has_libreoffice() -> bool:
    try:
        _convert.find_soffice()
    except ConverterMissing:
        return False
    return True


pytestmark = pytest.mark.skipif(
    not _has_libreoffice(), reason="LibreOffice not installed (Debian package libreoffice-writer-nogui)"
)


@pytest.fixture(scope="session")
def legacy_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The notice as .doc, .rtf and .odt, the news report as .doc, and a .doc renamed .wps."""
    from tools.make_legacy import render_legacy

    folder = tmp_path_factory.mktemp("legacy")
    files = {ext: render_legacy(NOTICE, folder / f"notice{ext}") for ext in (".doc", ".rtf", ".odt")}
    files["news.doc"] = render_legacy(NEWS, folder / "news.doc")
    wps = folder / "notice.wps"
    wps.write_bytes(files[".doc"].read_bytes())
    files[".wps"] = wps
    return files


def test_doc_gives_the_lines_of_the_text(legacy_files: dict[str, Path]) -> None:
    doc = parse_file(legacy_files[".doc"])
    assert norm_lines(doc) == norm_text_lines(NOTICE)
    assert doc.source.format == "doc"
    assert "source_container:application/msword" in doc.warnings
    assert any(b.kind == "table_row" for b in doc.blocks) and doc.tables


def test_source_is_the_original_file(legacy_files: dict[str, Path]) -> None:
    import hashlib

    path = legacy_files["news.doc"]
    doc = parse_file(path)
    assert doc.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.source.filename == "news.doc" and doc.source.path == str(path)
    assert norm_lines(doc) == norm_text_lines(NEWS)


def test_wps_keeps_its_own_format(legacy_files: dict[str, Path]) -> None:
    doc = parse_file(legacy_files[".wps"])
    assert doc.source.format == "wps"
    assert norm_lines(doc) == norm_text_lines(NOTICE)


@pytest.mark.parametrize("ext", [".rtf", ".odt"])
def test_rtf_and_odt_parse_as_doc(legacy_files: dict[str, Path], ext: str) -> None:
    doc = parse_file(legacy_files[ext])
    assert doc.source.format == "doc"
    assert norm_lines(doc) == norm_text_lines(NOTICE)
    assert any(w.startswith("source_container:") and w != "source_container:application/msword"
               for w in doc.warnings)


def test_parallel_conversions_do_not_collide(legacy_files: dict[str, Path]) -> None:
    results: dict[str, Document | BaseException] = {}

    def run(key: str) -> None:
        try:
            results[key] = parse_file(legacy_files[key])
        except BaseException as exc:  # reported below
            results[key] = exc

    threads = [threading.Thread(target=run, args=(k,)) for k in (".doc", ".odt", "news.doc")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for key, lines in ((".doc", NOTICE), (".odt", NOTICE), ("news.doc", NEWS)):
        result = results[key]
        assert isinstance(result, Document), result
        assert norm_lines(result) == norm_text_lines(lines)


def test_docx_in_disguise_needs_no_converter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    disguised = tmp_path / "notice.doc"
    disguised.write_bytes(write_docx(tmp_path, NEWS).read_bytes())
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(_convert, "_KNOWN_PATHS", ())
    doc = parse_legacy(disguised, disguised.read_bytes())
    assert norm_lines(doc) == norm_text_lines(NEWS)
    assert doc.source.format == "doc" and any("wordprocessingml" in w for w in doc.warnings)


def test_missing_libreoffice_names_the_package(legacy_files: dict[str, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(_convert.SOFFICE_ENV, raising=False)
    monkeypatch.setattr(_convert, "_KNOWN_PATHS", ())
    with pytest.raises(ConverterMissing, match="libreoffice-writer-nogui") as info:
        parse_file(legacy_files[".doc"])
    assert info.value.reason == "converter_missing" and info.value.transient


def test_a_hanging_converter_times_out_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(0o755)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv(_convert.SOFFICE_ENV, str(fake))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(ConversionTimeout) as info:
        convert_bytes(b"{\\rtf1 x}", ".rtf", "docx", timeout=0.5)
    assert info.value.reason == "timeout" and info.value.transient
    assert isinstance(info.value, Timeout) and isinstance(info.value, ParseError)
    assert list(scratch.iterdir()) == []


def test_timeout_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_convert.TIMEOUT_ENV, "7.5")
    assert _convert.timeout_seconds() == 7.5
    assert _convert.timeout_seconds(3) == 3.0
    monkeypatch.setenv(_convert.TIMEOUT_ENV, "soon")
    assert _convert.timeout_seconds() == _convert.DEFAULT_TIMEOUT


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "application/msword"),
        ("a.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "application/vnd.ms-works"),
        ("a.doc", b"{\\rtf1\\ansi hello}", "application/rtf"),
        ("a.doc", b"<html><body>x</body></html>", "text/html"),
        ("a.odt", b"PK\x03\x04 broken", "application/zip"),
    ],
)
def test_container_is_read_from_the_bytes(name: str, data: bytes, expected: str) -> None:
    assert container(Path(name), data) == expected


@pytest.mark.parametrize(("name", "fmt"), [("x.doc", "doc"), ("x.DOT", "doc"), ("x.rtf", "doc"),
                                           ("x.odt", "doc"), ("x.wps", "wps"), ("x.WPT", "wps")])
def test_schema_format(name: str, fmt: str) -> None:
    assert schema_format(Path(name)) == fmt

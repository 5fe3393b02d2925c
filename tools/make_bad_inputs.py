"""Build a corpus of bad inputs: everything an archive of unknown quality throws at an ingest.

Truncated, encrypted, empty and random-byte files under document extensions, a zip bomb,
a .docx with an external XML entity (XXE) pointing at a secret file, files whose name
lies about their format, GB18030 and UTF-16 text, a text file of tens of megabytes, a PDF
of thousands of pages, a file above the size limit, a symbolic link out of the folder,
a duplicate, and operating-system litter. `EXPECTED` says what state (and reason) the
ingest must give each file; tests/test_batch_corpus.py and bench/bench_bad_inputs.py
both build the corpus with `make_corpus`.

    .venv/bin/python tools/make_bad_inputs.py OUT_DIR
"""
from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

NOTICE = (
    "关于开展全民终身学习活动周的通知\n各区教育局：\n"
    "为推进学习型社会建设，定于2023年10月20日至26日举办活动周，请认真组织实施。\n"
    "联系人：王老师，电话：010-12345678。\n某市教育局\n2023年9月1日\n"
)
SECRET = "XXE-SECRET-7f3a"

Outcome = tuple[str, str | None]
# file name -> acceptable (state, reason) outcomes
EXPECTED: dict[str, set[Outcome]] = {
    "notice.docx": {("loaded", None)},
    "notice.txt": {("loaded", None)},
    "zz-copy-of-notice.txt": {("duplicate", "same_bytes")},
    "truncated.docx": {("failed", "corrupt")},
    "truncated.pdf": {("failed", "corrupt")},
    "encrypted.docx": {("failed", "encrypted")},
    "encrypted.pdf": {("failed", "encrypted")},
    "zero.docx": {("failed", "empty")},
    "zero.pdf": {("failed", "empty")},
    "zero.txt": {("failed", "empty")},
    "random.docx": {("failed", "unsupported"), ("failed", "corrupt")},
    "random.pdf": {("failed", "unsupported"), ("failed", "corrupt")},
    "random.txt": {("failed", "garbled_text")},
    "bomb.docx": {("failed", "decompression_bomb")},
    "xxe.docx": {("loaded", None), ("failed", "corrupt")},
    "docx-named.pdf": {("loaded", None)},
    "text-named.docx": {("loaded", None)},
    "html-named.txt": {("loaded", None)},
    "gb18030.txt": {("loaded", None)},
    "utf16.txt": {("loaded", None)},
    "big.txt": {("loaded", None), ("failed", "timeout")},
    # every page holds only its number, which the PDF parser drops as a running footer: when the
    # parse finishes within the timeout the document is empty, otherwise it times out
    "pages.pdf": {("loaded", None), ("failed", "empty"), ("failed", "timeout")},
    "oversize.txt": {("failed", "too_large")},
    "Thumbs.db": {("skipped", "system_file")},
    ".DS_Store": {("skipped", "system_file")},
    "~$notice.docx": {("skipped", "lock_file")},
    # a PNG header over random bytes: skipped with OCR off, otherwise a corrupt image
    "scan.png": {("skipped", "image"), ("failed", "corrupt"), ("failed", "converter_missing")},
    "setup.exe": {("skipped", "unsupported")},
    "escape.txt": {("skipped", "symlink_outside")},
}


def docx_bytes(text: str = NOTICE, document_xml: bytes | None = None) -> bytes:
    """A real .docx (python-docx), optionally with its body XML replaced."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    if document_xml is None:
        return buf.getvalue()
    return _replace_member(buf.getvalue(), "word/document.xml", document_xml)


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, content if info.filename == name else src.read(info))
    return out.getvalue()


def xxe_docx(secret_path: Path) -> bytes:
    """A .docx whose body declares an external entity reading `secret_path`."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>\n'
        f'<w:document xmlns:w="{w}"><w:body>'
        f"<w:p><w:r><w:t>关于开展活动周的通知</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
        f"</w:body></w:document>"
    ).encode()
    return docx_bytes(document_xml=body)


def zip_bomb(inflated_mb: int = 1024) -> bytes:
    """A .docx-shaped ZIP whose body inflates to `inflated_mb` MB of zeros (about 4 MB on disk)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(inflated_mb):
                member.write(chunk)
    return buf.getvalue()


def pdf_bytes(lines: list[str], password: str | None = None) -> bytes:
    """A Latin-text PDF with one short line per page (core font: no CJK font needed)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    for line in lines:
        pdf.add_page()
        pdf.cell(text=line)
    return bytes(pdf.output())


def encrypted_docx() -> bytes:
    """An OLE2 container with the EncryptionInfo stream Word writes for a protected .docx."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    return header + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024


def big_text(megabytes: int) -> bytes:
    paragraph = "各单位要结合实际，组织开展形式多样的学习活动，做好宣传和总结工作。\n".encode()
    return paragraph * (megabytes * 1024 * 1024 // len(paragraph) + 1)


def _documents(out: Path, secret: Path, big_text_mb: int, pdf_pages: int, bomb_mb: int) -> dict[str, bytes]:
    notice_docx = docx_bytes()
    return {
        "notice.docx": notice_docx, "notice.txt": NOTICE.encode(), "zz-copy-of-notice.txt": NOTICE.encode(),
        "truncated.docx": notice_docx[: len(notice_docx) // 2],
        "truncated.pdf": pdf_bytes(["truncated"] * 3)[:400],
        "encrypted.docx": encrypted_docx(), "encrypted.pdf": pdf_bytes(["secret page"], password="pw"),
        "zero.docx": b"", "zero.pdf": b"", "zero.txt": b"",
        "random.docx": os.urandom(4096), "random.pdf": os.urandom(4096), "random.txt": os.urandom(4096),
        "bomb.docx": zip_bomb(bomb_mb), "xxe.docx": xxe_docx(secret),
        "docx-named.pdf": docx_bytes(NOTICE.replace("2023", "2022")),
        "text-named.docx": NOTICE.replace("2023", "2021").encode(),
        "html-named.txt": f"<html><body><p>{NOTICE.replace('2023', '2020')}</p></body></html>".encode(),
        "gb18030.txt": NOTICE.replace("2023", "2019").encode("gb18030"),
        "utf16.txt": NOTICE.replace("2023", "2018").encode("utf-16"),
        "big.txt": big_text(big_text_mb), "pages.pdf": pdf_bytes([f"page {n}" for n in range(pdf_pages)]),
        "Thumbs.db": b"\0" * 512, ".DS_Store": b"\0\0\0\1Bud1" + b"\0" * 100, "~$notice.docx": b"\x05lock",
        "scan.png": b"\x89PNG\r\n\x1a\n" + os.urandom(256), "setup.exe": b"MZ" + os.urandom(256),
    }


def make_corpus(
    out: Path, *, big_text_mb: int = 20, pdf_pages: int = 3000, bomb_mb: int = 1024, oversize_mb: int = 250,
) -> Path:
    """Write the corpus into `out/corpus` (secret file beside it, outside); return the corpus folder."""
    corpus = Path(out) / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    secret = Path(out) / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    for name, data in _documents(out, secret.resolve(), big_text_mb, pdf_pages, bomb_mb).items():
        (corpus / name).write_bytes(data)
    with (corpus / "oversize.txt").open("wb") as fh:  # sparse: refused by size, never read
        fh.truncate(oversize_mb * 1024 * 1024)
    link = corpus / "escape.txt"
    if not link.is_symlink():
        link.symlink_to(secret.resolve())
    return corpus


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-inputs")
    print(make_corpus(target))

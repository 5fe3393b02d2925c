"""Safety limits: zip bombs refused unread, XXE never resolved, links out of the tree not
followed, progress output for terminals and logs."""
from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from models import DecompressionBomb, LifelongError
from parsers._zipguard import check_zip
from parsers.registry import parse_file
from pipeline.discover import OUTSIDE, discover, walk
from pipeline.progress import Progress
from tools.make_bad_inputs import SECRET, docx_bytes, xxe_docx, zip_bomb


def archive(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def test_real_bomb_refused_in_seconds() -> None:
    bomb = zip_bomb(600)  # 600 MB of zeros in a few MB
    started = time.monotonic()
    with pytest.raises(DecompressionBomb):
        parse_file(Path("bomb.docx"), bomb)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize(
    ("members", "limits"),
    [({f"f{i}.xml": b"x" for i in range(30)}, {"max_entries": 20}),
     ({"a.xml": b"a" * 5000, "b.xml": b"b" * 5000}, {"max_total": 8000})],
)
def test_entry_count_and_total_size_limits(members: dict[str, bytes], limits: dict[str, int]) -> None:
    data = archive(members)
    check_zip(data)  # fine under the defaults
    with pytest.raises(DecompressionBomb) as info:
        check_zip(data, **limits)
    assert info.value.reason == "decompression_bomb"


def test_ordinary_docx_passes_the_guard() -> None:
    check_zip(docx_bytes())
    assert "活动周" in parse_file(Path("ok.docx"), docx_bytes()).text


def test_xxe_docx_never_reads_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    try:
        text = parse_file(Path("xxe.docx"), xxe_docx(secret)).text
    except LifelongError as exc:
        text = str(exc)
    assert SECRET not in text


def test_links_leaving_the_tree_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.txt").write_text("私人文件", encoding="utf-8")
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "a.txt").write_text("甲", encoding="utf-8")
    (tree / "escape.txt").symlink_to(outside / "private.txt")
    (tree / "inside.txt").symlink_to(tree / "sub" / "a.txt")
    (tree / "dirlink").symlink_to(outside, target_is_directory=True)
    (tree / "loop").symlink_to(tree, target_is_directory=True)
    found = discover([tree])
    names = sorted(Path(f).relative_to(tree).as_posix() for f in found.files)
    assert names == ["escape.txt", "inside.txt", "sub/a.txt"]
    assert {Path(p).name: r for p, (r, _) in found.refused.items()} == {"escape.txt": OUTSIDE}
    assert sorted(p.name for p in walk([tree])) == ["a.txt", "inside.txt"]


def test_progress_plain_lines_when_not_a_terminal() -> None:
    out = io.StringIO()
    progress = Progress(3, stream=out, every=0.0)
    for state in ("loaded", "failed", "loaded"):
        progress.update(state)
    progress.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("ingest: 3/3 files  loaded 2  failed 1")
    assert "files/s" in lines[-1] and "left 00:00" in lines[-1]


def test_progress_bar_redraws_in_place_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Tty()
    progress = Progress(2, stream=out)
    progress.update("loaded")
    progress.update("loaded")
    progress.close()
    text = out.getvalue()
    assert text.startswith("\r[") and "2/2 files" in text and text.endswith("\n") and text.count("\n") == 1

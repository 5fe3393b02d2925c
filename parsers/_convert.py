"""LibreOffice headless conversion of legacy office files, safe to run in parallel.

LibreOffice refuses to start a second instance on a user profile that is in use, and a
stuck conversion can hang for ever, so every conversion gets its own throwaway profile
(`-env:UserInstallation`), its own temp folders, a timeout that kills the whole process
group, and a cleanup that runs whatever happens. A fresh profile costs LibreOffice about
1.5 s to initialise, so the first profile that converted successfully is kept as a
template and copied for later conversions (a copy is still one profile per conversion).
"""
from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path

from models import ConverterMissing, CorruptFile, Timeout

DEFAULT_TIMEOUT = 120.0
TIMEOUT_ENV = "LIFELONG_CONVERT_TIMEOUT"
SOFFICE_ENV = "LIFELONG_SOFFICE"
PACKAGE = "libreoffice-writer-nogui"
_NAMES = ("soffice", "libreoffice")
_KNOWN_PATHS = (
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:/Program Files/LibreOffice/program/soffice.exe",
)

_template_lock = threading.Lock()
_template: Path | None = None


class ConversionTimeout(Timeout):
    """An external converter (LibreOffice, Tesseract, pdftoppm) did not finish in time;
    unlike a slow parse, worth retrying on a quieter machine."""

    reason = "timeout"
    transient = True


def find_soffice() -> str:
    """Path of the LibreOffice executable, or `ConverterMissing` naming the package."""
    override = os.environ.get(SOFFICE_ENV)
    if override:
        if Path(override).is_file():
            return override
        raise ConverterMissing(f"{SOFFICE_ENV}={override} is not a file")
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    for candidate in _KNOWN_PATHS:
        if Path(candidate).is_file():
            return candidate
    raise ConverterMissing(
        "LibreOffice (soffice) is needed to read legacy word-processor files; "
        f"install it, e.g. `apt-get install {PACKAGE}` (Debian package {PACKAGE})"
    )


def timeout_seconds(timeout: float | None = None) -> float:
    """The explicit timeout, else $LIFELONG_CONVERT_TIMEOUT, else 120 s."""
    if timeout is not None:
        return float(timeout)
    raw = os.environ.get(TIMEOUT_ENV, "")
    try:
        return float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


def convert_bytes(data: bytes, suffix: str, target: str = "docx", timeout: float | None = None) -> bytes:
    """Bytes of `data` (a file with extension `suffix`) converted to the `target` format.

    `target` is what `soffice --convert-to` accepts ("docx", "doc", "rtf", "odt", or
    "doc:MS Word 97"); the output extension is the part before any ':'.
    """
    soffice = find_soffice()
    work = Path(tempfile.mkdtemp(prefix="lifelong-lo-"))
    try:
        source = work / "in" / f"document{suffix.lower()}"
        source.parent.mkdir()
        source.write_bytes(data)
        return _run(soffice, source, work, target, timeout_seconds(timeout))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def convert_file(path: Path, out_path: Path, target: str, timeout: float | None = None) -> Path:
    """Convert a file on disk and write the result to `out_path` (for fixture tools)."""
    out_path.write_bytes(convert_bytes(Path(path).read_bytes(), Path(path).suffix, target, timeout))
    return out_path


def _run(soffice: str, source: Path, work: Path, target: str, timeout: float) -> bytes:
    profile = _new_profile(work)
    outdir = work / "out"
    cmd = [
        soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to", target, "--outdir", str(outdir), str(source),
    ]
    stderr = _execute(cmd, timeout, work)
    produced = outdir / f"{source.stem}.{target.split(':')[0]}"
    if not produced.is_file() or produced.stat().st_size == 0:
        detail = stderr.strip().splitlines()[-1:] or ["no output"]
        raise CorruptFile(f"LibreOffice could not convert the file ({detail[0]})")
    _remember_profile(profile)
    return produced.read_bytes()


def _execute(cmd: list[str], timeout: float, work: Path) -> str:
    """Run soffice in its own process group; on timeout kill that group (soffice.bin too)."""
    env = {**os.environ, "HOME": str(work), "SAL_USE_VCLPLUGIN": "svp"}
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True, text=True,
    )
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ConversionTimeout(f"LibreOffice conversion took longer than {timeout:g} s") from None
    return err or ""


def _kill_group(proc: subprocess.Popen[str]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.communicate()


def _new_profile(work: Path) -> Path:
    """A profile folder for one conversion: a copy of the template when there is one."""
    profile = work / f"profile-{uuid.uuid4().hex}"
    template = _template
    if template is not None and template.is_dir():
        try:
            shutil.copytree(template, profile, symlinks=True)
        except OSError:
            shutil.rmtree(profile, ignore_errors=True)
    return profile


def _remember_profile(profile: Path) -> None:
    """Keep the first profile that worked as the template for later conversions."""
    global _template
    if _template is not None or not profile.is_dir():
        return
    with _template_lock:
        if _template is not None:
            return
        home = Path(tempfile.mkdtemp(prefix="lifelong-lo-template-"))
        try:
            shutil.copytree(profile, home / "profile", symlinks=True)
        except OSError:
            shutil.rmtree(home, ignore_errors=True)
            return
        atexit.register(shutil.rmtree, home, True)
        _template = home / "profile"

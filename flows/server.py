"""Prefect's own server in the background, so an ingest does not start a temporary one.

Without `PREFECT_API_URL` every process's first flow starts a temporary Prefect server
(10-20 s on two cores); against a running `prefect server start` the same ingest starts
in about a second. `lifelong server start` runs that server detached, loopback only,
under the same Prefect home the ingest uses for the database (so the UI shows the same
runs), and records where it listens in a JSON state file in that home; `lifelong ingest`
and `lifelong watch` call `use_server_env` before importing Prefect to point at it.

Nothing here imports Prefect (it would freeze its settings before `PREFECT_API_URL` is
set); health checks use urllib, and process checks read /proc so that a recorded pid the
system has since given to another program is never signalled.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline import settings

STATE_FILE = "lifelong-server.json"
LOG_FILE = "lifelong-server.log"
HOST = "127.0.0.1"
DEFAULT_PORT = 4200  # Prefect's own default; another free port when it is taken
START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
HINT = "tip: `lifelong server start` makes each ingest ~10 s faster"


class ServerError(RuntimeError):
    """The server cannot be started (already running, port taken, did not answer)."""


@dataclass(frozen=True)
class ServerInfo:
    """A server this project started: its process, where its API listens, its home."""

    pid: int
    port: int
    url: str  # the API URL, what PREFECT_API_URL takes (http://127.0.0.1:P/api)
    home: str
    started: str  # ISO 8601, UTC

    @property
    def ui(self) -> str:
        return self.url.removesuffix("/api")

    @property
    def log(self) -> Path:
        return Path(self.home) / LOG_FILE


def home_for(db: Path) -> Path:
    """The Prefect home an ingest into `db` uses (the fallback beside the db, or the user's)."""
    home = settings.prefect_home(db)
    if home is not None:
        return home
    configured = os.environ.get("PREFECT_HOME")
    return Path(configured).expanduser() if configured else Path.home() / ".prefect"


def start_server(db: Path, port: int | None = None, timeout: float = START_TIMEOUT) -> ServerInfo:
    """Start `prefect server start` detached and wait until its API answers.

    The state file is claimed (created exclusively) before the process starts, so two
    starts at once cannot both run a server; it is removed again if the start fails.
    """
    home = home_for(db)
    home.mkdir(parents=True, exist_ok=True)
    state = home / STATE_FILE
    _claim(state)
    try:
        port = _choose_port(port)
        info = _spawn(home, port)
    except BaseException:
        state.unlink(missing_ok=True)
        raise
    _write_state(state, info)
    try:
        _wait_healthy(info, timeout)
    except BaseException:
        _terminate(info.pid)
        state.unlink(missing_ok=True)
        raise
    return info


def stop_server(db: Path) -> bool:
    """Stop the recorded server (SIGTERM, then SIGKILL); True when a process was stopped.

    The state file goes either way, so a stale one (dead pid) is cleaned too.
    """
    state = home_for(db) / STATE_FILE
    info = _read_state(state)
    stopped = info is not None and _is_server_process(info.pid)
    if stopped and info is not None:
        _terminate(info.pid)
    state.unlink(missing_ok=True)
    return stopped


def server_status(db: Path) -> ServerInfo | None:
    """The running server (its process alive and its API answering), or None."""
    info = recorded_server(db)
    return info if info is not None and _healthy(info.url) else None


def recorded_server(db: Path) -> ServerInfo | None:
    """The recorded server whose process is alive, answering or not (still starting, hung).

    A state file whose process is gone is removed here.
    """
    state = home_for(db) / STATE_FILE
    info = _read_state(state)
    if info is None:
        return None
    if not _is_server_process(info.pid):
        state.unlink(missing_ok=True)
        return None
    return info


def api_url_for(db: Path) -> tuple[str | None, str]:
    """Which Prefect API an ingest into `db` should use, and why (one line for the user).

    A configured PREFECT_API_URL (environment or active Prefect profile) wins; else the
    running server's URL; else None: Prefect starts a temporary server, and the reason is
    the hint to start one.
    """
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        return configured, "PREFECT_API_URL is set"
    profile_url = _profile_api_url(home_for(db))
    if profile_url:
        return profile_url, "PREFECT_API_URL is set in the active Prefect profile"
    info = server_status(db)
    if info is not None:
        return info.url, f"using the Prefect server at {info.ui} (pid {info.pid})"
    return None, HINT


def use_server_env(db: Path) -> str | None:
    """Point this process at the running server; call before Prefect is imported.

    Returns the hint to print when the ingest falls back to a temporary server, else None.
    """
    url, why = api_url_for(db)
    if url is None:
        return why
    os.environ.setdefault("PREFECT_API_URL", url)
    return None


def _profile_api_url(home: Path) -> str | None:
    """PREFECT_API_URL from the active profile in `home`/profiles.toml, read without Prefect."""
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    value = data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return str(value) if value else None


def _claim(state: Path) -> None:
    """Create the state file exclusively; refuse if a live server (or a start) holds it."""
    for _ in range(2):
        try:
            with state.open("x", encoding="utf-8") as fh:
                json.dump({"starting": datetime.now(UTC).isoformat()}, fh)
            return
        except FileExistsError:
            info = _read_state(state)
            if info is not None and _is_server_process(info.pid):
                raise ServerError(f"a Prefect server already runs at {info.ui} (pid {info.pid}); "
                                  "`lifelong server stop` stops it") from None
            if info is None and _starting_recently(state):
                raise ServerError(f"another `lifelong server start` is starting one ({state})") from None
            state.unlink(missing_ok=True)  # stale: its process is gone
    raise ServerError(f"cannot claim {state}")


def _starting_recently(state: Path) -> bool:
    """A claim without a pid is another start in progress, unless older than a start can take."""
    try:
        return time.time() - state.stat().st_mtime < START_TIMEOUT + 10
    except OSError:
        return False


def _choose_port(port: int | None) -> int:
    """The asked port (it must be free), else 4200 when free, else one the system picks."""
    if port is not None:
        if not _port_free(port):
            raise ServerError(f"port {port} on {HOST} is in use; choose another with --port")
        return port
    if _port_free(DEFAULT_PORT):
        return DEFAULT_PORT
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def _spawn(home: Path, port: int) -> ServerInfo:
    """Run the server in its own session (Ctrl-C in this terminal does not reach it)."""
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", HOST, "--port", str(port)]
    with (home / LOG_FILE).open("wb") as log:  # the current server's log only
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                env=env, cwd=home, start_new_session=True, close_fds=True)
    return ServerInfo(pid=proc.pid, port=port, url=f"http://{HOST}:{port}/api", home=str(home),
                      started=datetime.now(UTC).isoformat(timespec="seconds"))


def _wait_healthy(info: ServerInfo, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _is_server_process(info.pid):
            raise ServerError(f"the Prefect server exited at start-up; see {info.log}:\n{_tail(info.log)}")
        if _healthy(info.url):
            return
        time.sleep(0.25)
    raise ServerError(f"the Prefect server did not answer within {timeout:g} s; see {info.log}")


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _healthy(url: str, timeout: float = 2.0) -> bool:
    """GET /api/health directly (no proxy from the environment: the server is loopback)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{url}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def _terminate(pid: int) -> None:
    """SIGTERM the server's process group, wait, then SIGKILL it."""
    for sig, wait in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid):
                return
            time.sleep(0.1)


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie (a zombie child is reaped here)."""
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (not Linux): trust kill(0)
    return stat.rpartition(")")[2].split()[0] != "Z"


def _is_server_process(pid: int) -> bool:
    """Alive and still a Prefect process (the pid was not reused by another program)."""
    if pid <= 0 or not _alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return not Path("/proc/self").exists()
    except OSError:
        return False
    return b"prefect" in cmdline


def _read_state(state: Path) -> ServerInfo | None:
    """The recorded server, or None (no file, a claim still starting, or unreadable)."""
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
        return ServerInfo(pid=int(data["pid"]), port=int(data["port"]), url=str(data["url"]),
                          home=str(data["home"]), started=str(data["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_state(state: Path, info: ServerInfo) -> None:
    """Written to a temporary name then renamed, so a reader never sees half a file."""
    tmp = state.with_name(state.name + ".tmp")
    tmp.write_text(json.dumps(asdict(info), indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, state)

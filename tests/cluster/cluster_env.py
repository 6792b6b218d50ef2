"""A Directus cluster on this machine, as the big installations run it (Python 3 standard library).

    PostgreSQL 15   a throw-away cluster (initdb) in a temporary folder, 127.0.0.1, a free port
    Redis 7         no persistence, 127.0.0.1, a free port: cache, rate limiter, synchronization
                    and the bus between the instances (REDIS)
    Directus  × 2   the npm Directus of the e2e suite (tests/e2e/directus_env.py), one database,
                    the same KEY and SECRET (JWTs are HS256: each instance must sign with the same
                    key), IP_TRUST_PROXY=true (12.x defaults it to false: behind the balancer every
                    client would be one IP to the rate limiter; 1, not true: see the admin guide)
    HAProxy 2.6     round-robin over both, per request; one log line per request (instance, status,
                    method, path without the query: codes travel in the query)
    fake Plivo      tests/e2e/fake_plivo.py, which both instances call

Every server runs as the unprivileged user its Debian package created (postgres, redis, haproxy)
when this runs as root, as the caller otherwise; every process gets SIGKILL if this one dies
(PR_SET_PDEATHSIG) and is stopped by stop(). A missing package is an error (ClusterUnavailable
is never raised for it): the install step (.ci/install-deps) installs them.
"""

import sys
sys.dont_write_bytecode = True

import ctypes
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
E2E = os.path.join(os.path.dirname(HERE), "e2e")
sys.path.insert(0, E2E)

import directus_env  # noqa: E402
from fake_plivo import FakePlivo  # noqa: E402

PG_BIN = "/usr/lib/postgresql/15/bin"


class MissingPackage(Exception):
    """A Debian package the cluster needs is not installed: a failure, never a skip."""


def log(message):
    print(f"cluster: {message}", flush=True)


def free_port():
    return directus_env.free_port()


def _account(name):
    """(uid, gid) to run a server as: the package's user when we are root, else ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        raise MissingPackage(f"the user {name!r} does not exist: is its Debian package installed?")
    return entry.pw_uid, entry.pw_gid


def _dies_with_us(account):
    """preexec_fn: own process group, the account's ids, SIGKILL when this process dies. The
    parent-death signal is set after the ids change (a change of credentials clears it)."""
    def run():
        os.setsid()
        if account:
            os.setgroups([])
            os.setgid(account[1])
            os.setuid(account[0])
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    return run


def _own(path, account):
    if account:
        os.chown(path, account[0], account[1])


def _need(path, package):
    if not os.path.exists(path):
        raise MissingPackage(f"{path} is missing: install the Debian package {package} "
                             f"(.ci/install-deps does)")


def _wait_port(port, process, what, log_path, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}:\n{directus_env._tail(log_path)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on {port} within {timeout} s:\n{directus_env._tail(log_path)}")


def _stop(process):
    directus_env.stop_group(process)


class Postgres:
    def __init__(self, folder):
        for tool in ("initdb", "postgres", "pg_ctl"):
            _need(os.path.join(PG_BIN, tool), "postgresql-15")
        _need("/usr/bin/psql", "postgresql-client-15")
        self.account = _account("postgres")
        self.folder = folder
        self.data = os.path.join(folder, "pgdata")
        self.sockets = os.path.join(folder, "pgsock")
        self.port = free_port()
        self.log_path = os.path.join(folder, "postgres.log")
        self.process = None

    def start(self):
        for path in (self.data, self.sockets):
            os.makedirs(path, mode=0o700)
            _own(path, self.account)
        with open(self.log_path, "ab") as out:
            _own(self.log_path, self.account)
            rc = subprocess.run([os.path.join(PG_BIN, "initdb"), "-D", self.data, "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8", "--no-instructions"],
                                stdout=out, stderr=subprocess.STDOUT, preexec_fn=_dies_with_us(self.account),
                                cwd=self.folder).returncode
        if rc != 0:
            raise RuntimeError(f"initdb failed ({rc}):\n{directus_env._tail(self.log_path)}")
        out = open(self.log_path, "ab")
        # Throw-away data: no fsync. Loopback only, a private socket folder.
        self.process = subprocess.Popen(
            [os.path.join(PG_BIN, "postgres"), "-D", self.data, "-p", str(self.port),
             "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.sockets}",
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=200"],
            stdout=out, stderr=subprocess.STDOUT, preexec_fn=_dies_with_us(self.account), cwd=self.folder)
        out.close()
        _wait_port(self.port, self.process, "PostgreSQL", self.log_path)
        deadline = time.monotonic() + 20
        while True:
            done = self.psql("postgres", "CREATE DATABASE directus", check=False)
            if done.returncode == 0:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"CREATE DATABASE failed: {done.stderr}")
            time.sleep(0.2)

    def psql(self, database, sql, check=True):
        done = subprocess.run(["/usr/bin/psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                               "-d", database, "-v", "ON_ERROR_STOP=1", "-qAtX", "-c", sql],
                              capture_output=True, text=True, timeout=30,
                              env={**os.environ, "PGCONNECT_TIMEOUT": "5"})
        if check and done.returncode != 0:
            raise RuntimeError(f"psql: {sql[:80]}: {done.stderr.strip()}")
        return done

    def query(self, sql):
        """Rows of a query on the Directus database, as lists of strings."""
        out = self.psql("directus", sql).stdout
        return [line.split("|") for line in out.splitlines() if line]

    def version(self):
        return self.psql("postgres", "SHOW server_version").stdout.strip()

    def stop(self):
        _stop(self.process)


class Redis:
    def __init__(self, folder):
        _need("/usr/bin/redis-server", "redis-server")
        self.account = _account("redis")
        self.folder = os.path.join(folder, "redis")
        self.port = free_port()
        self.log_path = os.path.join(folder, "redis.log")
        self.process = None

    def start(self):
        os.makedirs(self.folder, mode=0o700)
        _own(self.folder, self.account)
        out = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            ["/usr/bin/redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", self.folder,
             "--protected-mode", "yes", "--loglevel", "warning"],
            stdout=out, stderr=subprocess.STDOUT, preexec_fn=_dies_with_us(self.account), cwd=self.folder)
        out.close()
        _wait_port(self.port, self.process, "Redis", self.log_path)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}"

    def version(self):
        done = subprocess.run(["/usr/bin/redis-server", "--version"], capture_output=True, text=True)
        return done.stdout.split("v=")[1].split()[0] if "v=" in done.stdout else "?"

    def stop(self):
        _stop(self.process)


class HAProxy:
    """Round-robin over the instances, per request (HAProxy balances every request of a kept-alive
    connection anew). Logs "<server> <status> <method> <path>" per request, never the query."""

    def __init__(self, folder, backends):
        _need("/usr/sbin/haproxy", "haproxy")
        self.account = _account("haproxy")
        self.folder = os.path.join(folder, "haproxy")
        self.port = free_port()
        self.backends = backends  # [(name, port)]
        self.config = os.path.join(self.folder, "haproxy.cfg")
        self.log_path = os.path.join(self.folder, "requests.log")
        self.process = None

    def start(self):
        os.makedirs(self.folder, mode=0o755)
        servers = "\n".join(f"    server {name} 127.0.0.1:{port} check inter 5s" for name, port in self.backends)
        with open(self.config, "w") as f:
            f.write(f"""global
    log stdout format raw local0 info
    maxconn 4096

defaults
    mode http
    log global
    option forwardfor
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    timeout http-keep-alive 30s

frontend directus
    bind 127.0.0.1:{self.port}
    log-format "%s %ST %HM %HPO"
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /server/ping
    http-response set-header X-Directus-Instance %s
{servers}
""")
        os.chmod(self.config, 0o644)
        done = subprocess.run(["/usr/sbin/haproxy", "-c", "-f", self.config], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"haproxy -c: {done.stdout}{done.stderr}")
        out = open(self.log_path, "ab")
        self.process = subprocess.Popen(["/usr/sbin/haproxy", "-db", "-f", self.config],
                                        stdout=out, stderr=subprocess.STDOUT,
                                        preexec_fn=_dies_with_us(self.account), cwd=self.folder)
        out.close()
        _wait_port(self.port, self.process, "HAProxy", self.log_path)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def requests(self):
        """Every request logged so far: [(server, status, method, path)]."""
        out = []
        try:
            with open(self.log_path, errors="replace") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) == 4 and parts[1].isdigit():
                        out.append((parts[0], int(parts[1]), parts[2], parts[3]))
        except OSError:
            pass
        return out

    def version(self):
        done = subprocess.run(["/usr/sbin/haproxy", "-v"], capture_output=True, text=True)
        return done.stdout.split()[2] if done.stdout else "?"

    def stop(self):
        _stop(self.process)


class Cluster:
    """PostgreSQL, Redis, two Directus instances on them, HAProxy in front, a fake Plivo."""

    def __init__(self, major=directus_env.DEFAULT_MAJOR, extra_env=None, keep=False):
        self.major = major
        self.keep = keep
        # Not under a private 0700 folder: the servers' own users must reach their folders.
        self.folder = tempfile.mkdtemp(prefix="dl-cluster-")
        os.chmod(self.folder, 0o755)
        self.postgres = Postgres(self.folder)
        self.redis = Redis(self.folder)
        self.plivo = None
        self.instances = []
        self.haproxy = None
        self.extra_env = extra_env or {}
        self.timings = {}
        self.install_dir = None

    def start(self):
        t0 = time.monotonic()
        self.install_dir, _ = directus_env.ensure_installed(self.major)
        self.timings["install"] = time.monotonic() - t0
        t0 = time.monotonic()
        self.postgres.start()
        self.redis.start()
        self.timings["postgres + redis"] = time.monotonic() - t0
        self.plivo = FakePlivo().start()
        shared = {
            "DB_CLIENT": "pg",
            "DB_HOST": "127.0.0.1",
            "DB_PORT": str(self.postgres.port),
            "DB_DATABASE": "directus",
            "DB_USER": "postgres",
            "DB_PASSWORD": "",
            "REDIS": self.redis.url,
            "CACHE_ENABLED": "true",
            "CACHE_STORE": "redis",
            "CACHE_AUTO_PURGE": "true",
            "RATE_LIMITER_ENABLED": "true",
            "RATE_LIMITER_STORE": "redis",
            "RATE_LIMITER_POINTS": "300",
            "RATE_LIMITER_DURATION": "60",
            "SYNCHRONIZATION_STORE": "redis",
            # The balancer is one hop: Directus believes only the address HAProxy adds at the end
            # of X-Forwarded-For. (true would believe the left-most one, which any client writes
            # itself: a way round the rate limiter.)
            "IP_TRUST_PROXY": "1",
            "KEY": secrets.token_hex(16),
            "SECRET": secrets.token_hex(32),
            "PLIVO_AUTH_ID": self.plivo.auth_id,
            "PLIVO_AUTH_TOKEN": self.plivo.auth_token,
            "PLIVO_APP_UUID": self.plivo.app_uuid,
        }
        shared.update(self.extra_env)
        admin_token = "cluster-admin-" + secrets.token_hex(16)
        admin_password = secrets.token_hex(12)
        for name in ("a", "b"):
            data = os.path.join(self.folder, f"directus-{name}")
            os.makedirs(data)
            with open(os.path.join(data, "package.json"), "w") as f:
                f.write('{"name": "dl-cluster-data", "private": true}\n')
            instance = directus_env.Directus(self.install_dir, data, extra_env=dict(shared, ADMIN_TOKEN=admin_token,
                                                                                     ADMIN_PASSWORD=admin_password))
            instance.admin_token = admin_token
            instance.admin_password = admin_password
            instance.name = name
            self.instances.append(instance)
        # The balancer's address is the public one of both.
        self.haproxy = HAProxy(self.folder, [(i.name, i.port) for i in self.instances])
        for instance in self.instances:
            instance.env["PUBLIC_URL"] = self.haproxy.url
        t0 = time.monotonic()
        self.instances[0].bootstrap()  # one database: one bootstrap
        self.timings["bootstrap"] = time.monotonic() - t0
        t0 = time.monotonic()
        for instance in self.instances:
            instance.start()
        self.timings["two instances start"] = time.monotonic() - t0
        self.haproxy.start()
        self._wait_balancer()

    def _wait_balancer(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if directus_env.pings(self.url):
                return
            time.sleep(0.2)
        raise RuntimeError(f"HAProxy did not reach Directus within {timeout} s:\n"
                           f"{directus_env._tail(self.haproxy.log_path)}")

    @property
    def url(self):
        return self.haproxy.url

    @property
    def admin_token(self):
        return self.instances[0].admin_token

    def count_sessions(self, user_agent_prefix):
        """Rows of directus_sessions whose device name starts with the prefix."""
        prefix = user_agent_prefix.replace("'", "''")
        rows = self.postgres.query(f"SELECT count(*) FROM directus_sessions WHERE user_agent LIKE '{prefix}%'")
        return int(rows[0][0])

    def versions(self):
        return {"directus": directus_env.installed_version(self.install_dir),
                "postgresql": self.postgres.version(), "redis": self.redis.version(),
                "haproxy": self.haproxy.version()}

    def stop(self):
        for part in [self.haproxy] + list(reversed(self.instances)) + [self.redis, self.postgres]:
            if part is not None:
                try:
                    part.stop()
                except Exception as e:  # stop everything we can
                    log(f"stopping: {e}")
        if self.plivo:
            try:
                self.plivo.stop()
            except Exception:
                pass
        if self.keep:
            log(f"kept {self.folder}")
        else:
            shutil.rmtree(self.folder, ignore_errors=True)

    def logs(self, lines=15):
        out = []
        for path in [i.log_path for i in self.instances] + [self.postgres.log_path, self.redis.log_path]:
            out.append(f"--- {path}\n{directus_env._tail(path, lines)}")
        return "\n".join(out)

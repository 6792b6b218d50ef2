#!/usr/bin/python3
"""The phone sign-in on a Directus cluster: PostgreSQL 15, Redis 7, two Directus instances on one
database, HAProxy round-robin in front (cluster_env.py), a fake Plivo on 127.0.0.1.

    tests/cluster/run_cluster.py --binary build/bin/directus-login [--keep] [-k NAME] [--users N]

1. `directus-login provision` through the balancer, then the CLI signs in, renews its access token,
   calls `api /users/me` and signs out, each request landing on either instance (HAProxy's log
   proves both served).
2. What only a cluster can break: flows provisioned through one instance and triggered on the
   other at once; a session created on one and renewed on the other (and a renewal race between
   them); a session ended on one and refused by the other; Directus's rate limiter counting one
   client across both instances (Redis).
3. The flows' limits attacked across both instances: parallel wrong codes, SMS bombing.
4. The load test (tests/load/load.py) on the cluster: N users (default 200, 50 at a time), its
   figures printed; 0 errors, 0 crossed credentials, one session per user.

Prints PASS/FAIL per case and "N passed, N failed"; exit 0 all passed, 1 otherwise. Never skips:
a missing package (postgresql, redis-server, haproxy, python3-aiohttp) is a failure, and
.ci/install-deps installs them. Every process it starts is stopped at the end (checked).
"""
import sys
sys.dont_write_bytecode = True

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import traceback
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
sys.path.insert(0, os.path.join(ROOT, "tests", "load"))

import cluster_env  # noqa: E402
from run_e2e import LOGIN_FLOW, VERIFY_FLOW, Failure, check, equal  # noqa: E402
ACCESS_TTL_S = 62  # the client renews an access token with less than 60 s left: stale after 2 s
RATE_POINTS = 600  # Directus's rate limiter: requests per client address per minute
JWT = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
# UK mobiles of this suite's own people (the load test uses +4474009xxxxx).
ALICE = "+447400223456"
ERIN = "+447400223460"
FRANK = "+447400223461"
HEIDI = "+447400223463"
IVAN = "+447400223464"


class Suite:
    def __init__(self, args):
        self.args = args
        self.binary = os.path.abspath(args.binary)
        self.results = []
        self.figures = {}
        self.cluster = None
        self.users = {}
        self.work = tempfile.mkdtemp(prefix="dl-cluster-cli-")
        self.address = 0

    # -- HTTP ------------------------------------------------------------------------------------
    def next_source(self):
        """A loopback address of its own for a request of the suite (all of 127.0.0.0/8 is this
        machine): Directus's rate limiter counts per client, and the suite's traffic must not fill
        the budget of 127.0.0.1, which the CLI and HAProxy's health checks use."""
        self.address += 1
        return f"127.0.{2 + (self.address // 250) % 200}.{self.address % 250 + 1}"

    def http(self, method, url, body=None, token=None, source=None, forwarded_for=None, timeout=30):
        """(status, text, JSON or None). `source`: the client's own address (default: a fresh one);
        `forwarded_for`: an X-Forwarded-For header the client sends itself."""
        parts = urllib.parse.urlsplit(url)
        headers = {"Accept": "application/json"}
        if forwarded_for:
            headers["X-Forwarded-For"] = forwarded_for
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout,
                                                source_address=(source or self.next_source(), 0))
        try:
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            connection.request(method, target, body=data, headers=headers)
            response = connection.getresponse()
            raw, status = response.read(), response.status
        finally:
            connection.close()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return status, raw.decode(errors="replace"), parsed

    def instance_url(self, name):
        return next(i.url for i in self.cluster.instances if i.name == name)

    def admin(self, method, path, body=None, base=None):
        status, raw, parsed = self.http(method, (base or self.cluster.url) + path, body, self.cluster.admin_token)
        check(200 <= status < 300, f"admin {method} {path}: HTTP {status} {raw[:300]}")
        return parsed.get("data") if isinstance(parsed, dict) else None

    def trigger(self, base, flow, **query):
        qs = urllib.parse.urlencode(query, quote_via=urllib.parse.quote)
        return self.http("GET", f"{base}/flows/trigger/{flow}?{qs}")

    def parallel(self, count, call):
        with ThreadPoolExecutor(max_workers=count) as pool:
            return list(pool.map(call, range(count)))

    def forget_limits(self):
        self.cluster.postgres.psql("directus", "DELETE FROM otp_events", check=False)

    # -- the CLI ---------------------------------------------------------------------------------
    def cli_env(self, **extra):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DIRECTUS_", "PLIVO_"))}
        config = os.path.join(self.work, "config")
        os.makedirs(os.path.join(config, "directus-login"), exist_ok=True)
        with open(os.path.join(config, "directus-login", "directus-login.conf"), "w") as f:
            f.write("[General]\nDeviceName=Cluster CLI\n")
        env.update({"DIRECTUS_URL": self.cluster.url, "DIRECTUS_LOGIN_FLOW": LOGIN_FLOW,
                    "DIRECTUS_VERIFY_FLOW": VERIFY_FLOW, "XDG_CONFIG_HOME": config,
                    "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"})
        env.update(extra)
        return env

    def cli(self, *args, env=None, expect=None):
        done = subprocess.run([self.binary] + list(args), env=env or self.cli_env(), capture_output=True,
                              text=True, timeout=120, input="")
        for secret in (self.cluster.admin_token, self.cluster.plivo.auth_token):
            check(secret not in done.stdout + done.stderr, f"directus-login {args[0]} printed a secret")
        if expect is not None and done.returncode != expect:
            raise Failure(f"directus-login {args[0]}: exit {done.returncode}, expected {expect}\n"
                          f"  stdout: {done.stdout.strip()[:600]}\n  stderr: {done.stderr.strip()[:600]}")
        return done

    def provision(self, base, *extra, expect=0):
        env = self.cli_env(DIRECTUS_ADMIN_TOKEN=self.cluster.admin_token,
                           PLIVO_AUTH_TOKEN=self.cluster.plivo.auth_token)
        return self.cli("provision", "--server", base, "--plivo-api-url", self.cluster.plivo.url,
                        "--plivo-auth-id", self.cluster.plivo.auth_id,
                        "--plivo-app-uuid", self.cluster.plivo.app_uuid, *extra, env=env, expect=expect)

    # -- running ---------------------------------------------------------------------------------
    def case(self, name, function, always=False):
        if not always and self.args.only and not any(re.search(k, name) for k in self.args.only):
            return
        started = time.monotonic()
        try:
            function()
        except Failure as e:
            self.results.append((name, False))
            print(f"FAIL  {name}: {e}", flush=True)
            return
        except Exception:
            self.results.append((name, False))
            print(f"FAIL  {name}: {traceback.format_exc().strip()}", flush=True)
            return
        self.results.append((name, True))
        print(f"PASS  {name} ({time.monotonic() - started:.1f} s)", flush=True)

    # ===========================================================================================
    def start(self):
        self.cluster = cluster_env.Cluster(self.args.major, keep=self.args.keep, extra_env={
            "ACCESS_TOKEN_TTL": f"{ACCESS_TTL_S}s",
            "RATE_LIMITER_POINTS": str(RATE_POINTS),
            "RATE_LIMITER_DURATION": "60",
            "IP_TRUST_PROXY": "1",
        })
        self.cluster.start()
        versions = self.cluster.versions()
        self.figures["versions"] = ", ".join(f"{k} {v}" for k, v in versions.items())
        equal(versions["directus"], cluster_env.directus_env.pinned_version(self.args.major), "Directus version")
        check(versions["postgresql"].startswith("15"), f"PostgreSQL {versions['postgresql']}")
        check(versions["redis"].startswith("7"), f"Redis {versions['redis']}")
        self.figures["start-up"] = ", ".join(f"{k} {v:.1f} s" for k, v in self.cluster.timings.items())

    def test_provision_through_the_balancer(self):
        first = self.provision(self.cluster.url, "--json")
        equal(json.loads(first.stdout).get("changed"), True, "first provisioning changed the server")
        again = self.provision(self.cluster.url, "--json")
        equal(json.loads(again.stdout).get("changed"), False, "second provisioning (either instance)")
        for name, phone in (("alice", ALICE), ("erin", ERIN), ("frank", FRANK), ("heidi", HEIDI), ("ivan", IVAN)):
            user = self.admin("POST", "/users", {"email": f"{name}@cluster.example.com", "first_name": name.title(),
                                                 "status": "active", "phone": phone})
            self.users[name] = user["id"]

    def test_cli_through_the_balancer(self):
        log_before = len(self.cluster.haproxy.requests())
        asked = self.cli("request-code", "--phone", ALICE, "--json", expect=0)
        session = json.loads(asked.stdout)["otp_session_uuid"]
        code = self.cluster.plivo.last_code(ALICE, session)
        check(code, "the fake Plivo sent no SMS")
        self.cli("verify", "--session", session, "--code", code, expect=0)
        status = self.cli("status", "--json", expect=0)
        check(self.users["alice"] in status.stdout, f"status is not Alice: {status.stdout[:300]}")
        first = self.cli("token", expect=0).stdout.strip()
        check(JWT.match(first), "token is not a JWT")
        time.sleep(ACCESS_TTL_S - 60 + 1)  # the access token is now due for renewal
        renewed = self.cli("token", expect=0).stdout.strip()
        check(JWT.match(renewed) and renewed != first, "token did not renew the access token")
        me = self.cli("api", "/users/me", expect=0)
        check(self.users["alice"] in me.stdout, f"api /users/me is not Alice: {me.stdout[:300]}")
        done = self.cli("logout", "--json", expect=0)
        equal(json.loads(done.stdout).get("revoked"), True, "logout --json: revoked")
        self.cli("status", expect=4)
        # Which instance served which step (HAProxy's log: instance, status, method, path).
        served = {}
        for server, code_, method, path in self.cluster.haproxy.requests()[log_before:]:
            step = {f"/flows/trigger/{LOGIN_FLOW}": "request code", f"/flows/trigger/{VERIFY_FLOW}": "verify",
                    "/auth/refresh": "refresh", "/users/me": "users/me", "/auth/logout": "logout"}.get(path)
            if step:
                served.setdefault(step, []).append(server)
        self.figures["CLI steps by instance"] = "; ".join(f"{k} {'+'.join(v)}" for k, v in served.items())
        for step in ("request code", "verify", "refresh", "users/me", "logout"):
            check(step in served, f"no {step} request went through the balancer: {served}")
        check(len(served["refresh"]) >= 2, f"the exchange and one renewal: {served['refresh']}")
        instances = {s for servers in served.values() for s in servers}
        equal(instances, {"a", "b"}, "instances that served the CLI")

    def test_provision_on_a_trigger_on_b(self):
        a, b = self.instance_url("a"), self.instance_url("b")
        # A change: the cooldown the login flow reports. B must run the new flow at once.
        self.forget_limits()
        self.provision(a, "--resend-seconds", "45")
        t0 = time.monotonic()
        status, raw, parsed = self.trigger(b, LOGIN_FLOW, phone_number=HEIDI)
        changed_ms = (time.monotonic() - t0) * 1000
        equal(status, 200, f"login on B right after provisioning on A ({raw[:200]})")
        equal(parsed.get("resend_after"), 45, "the cooldown B reports right after the change on A")
        # New flows: deleted on A (B must stop running them), then created again on A.
        for flow in (LOGIN_FLOW, VERIFY_FLOW):
            self.admin("DELETE", f"/flows/{flow}", base=a)
        status, _, _ = self.trigger(b, LOGIN_FLOW, phone_number=HEIDI)
        equal(status, 403, "login on B right after the flows were deleted on A")
        self.forget_limits()
        self.provision(a)
        t0 = time.monotonic()
        status, raw, parsed = self.trigger(b, LOGIN_FLOW, phone_number=HEIDI)
        created_ms = (time.monotonic() - t0) * 1000
        equal(status, 200, f"login on B right after creating the flows on A ({raw[:200]})")
        equal(parsed.get("resend_after"), 30, "the cooldown of the new flows")
        session = parsed["otp_session_uuid"]
        status, raw, _ = self.trigger(a, VERIFY_FLOW, session_uuid=session,
                                      otp=self.cluster.plivo.last_code(HEIDI, session), device="cluster A")
        equal(status, 200, f"verify on A of a code requested on B ({raw[:200]})")
        self.figures["provision on A, first trigger on B"] = \
            f"changed flow answered in {changed_ms:.0f} ms, new flows in {created_ms:.0f} ms"

    def flow_session(self, phone, base, device):
        """A verified code on `base`: the flow-made refresh token."""
        self.forget_limits()
        status, raw, parsed = self.trigger(base, LOGIN_FLOW, phone_number=phone)
        equal(status, 200, f"login ({raw[:200]})")
        session = parsed["otp_session_uuid"]
        status, raw, parsed = self.trigger(base, VERIFY_FLOW, session_uuid=session,
                                           otp=self.cluster.plivo.last_code(phone, session), device=device)
        equal(status, 200, f"verify ({raw[:200]})")
        return parsed["refresh_token"]

    def refresh(self, base, token):
        return self.http("POST", base + "/auth/refresh", {"refresh_token": token, "mode": "json"})

    def test_sessions_across_instances(self):
        a, b = self.instance_url("a"), self.instance_url("b")
        made = self.flow_session(IVAN, a, "made on A")
        status, raw, parsed = self.refresh(b, made)
        equal(status, 200, f"a session made on A, exchanged on B ({raw[:200]})")
        token = parsed["data"]["refresh_token"]
        access = parsed["data"]["access_token"]
        status, _, me = self.http("GET", a + "/users/me", token=access)
        equal((status, me["data"]["id"]), (200, self.users["ivan"]), "B's access token on A")
        # A renewal race between the instances. On one instance json mode rotates strictly (the
        # second gets 401); across two, both may answer 200 (Directus reads the session, then
        # updates it, with no lock between). What must hold: the session does not fork. Of the
        # refresh tokens handed out, exactly one renews again; the loser's is dead.
        results = self.parallel(2, lambda i: self.refresh((a, b)[i], token))
        statuses = sorted(r[0] for r in results)
        check(statuses in ([200, 401], [200, 200]), f"two renewals of one token on A and B: {statuses}")
        handed = [r[2]["data"]["refresh_token"] for r in results if r[0] == 200]
        alive = []
        for candidate in handed:
            status, _, parsed = self.refresh(b, candidate)
            if status == 200:
                alive.append(parsed["data"]["refresh_token"])
        self.figures["a renewal race over A and B"] = \
            f"replies {statuses}; refresh tokens that renew afterwards: {len(alive)} of {len(handed)}"
        equal(len(alive), 1, "refresh tokens alive after a renewal race (the session must not fork)")
        winner = alive[0]
        # Ended on B, refused on A.
        status, _, _ = self.http("POST", b + "/auth/logout", {"refresh_token": winner, "mode": "json"})
        check(status in (200, 204), f"logout on B: {status}")
        equal(self.refresh(a, winner)[0], 401, "renewal on A of a session ended on B")
        rows = self.cluster.postgres.query(
            f"SELECT count(*) FROM directus_sessions WHERE \"user\" = '{self.users['ivan']}'")
        equal(rows[0][0], "0", "Ivan's sessions after logout")

    def burst(self, count, send):
        """`count` requests from 8 threads; send(i) → status. The statuses, in no order."""
        per = [range(w, count, 8) for w in range(8)]
        results = self.parallel(8, lambda w: [send(i) for i in per[w]])
        return [s for worker in results for s in worker]

    def test_rate_limiter_shared(self):
        """One client, RATE_POINTS + 20 requests through the balancer, spread over both instances
        and each claiming another address in X-Forwarded-For: with the limiter's counts in Redis and
        IP_TRUST_PROXY=1 (only the balancer's own entry is believed) exactly RATE_POINTS pass.
        Counted per instance, all would pass; with IP_TRUST_PROXY=true, every forged address
        would be a new client (the rate-limit bypass the admin guide warns about)."""
        source = "127.0.1.77"
        count = RATE_POINTS + 20
        statuses = self.burst(count, lambda i: self.http(
            "GET", self.cluster.url + "/server/ping", source=source,
            forwarded_for=f"203.0.113.{i % 250 + 1}")[0])
        served = [line[0] for line in self.cluster.haproxy.requests()[-count:] if line[3] == "/server/ping"]
        self.figures["rate limiter, one client over both instances, forged addresses"] = \
            f"{statuses.count(200)}×200, {statuses.count(429)}×429 of {count} (limit {RATE_POINTS}/min; " \
            f"a {served.count('a')}, b {served.count('b')})"
        equal(statuses.count(200), RATE_POINTS, "requests let through for one client across both instances")
        equal(statuses.count(429), count - RATE_POINTS, "requests refused with 429")
        check(served.count("a") > count / 4 and served.count("b") > count / 4, f"both instances served: {served[:10]}")

    def test_parallel_wrong_codes_across_instances(self):
        self.forget_limits()
        a, b = self.instance_url("a"), self.instance_url("b")
        status, _, parsed = self.trigger(a, LOGIN_FLOW, phone_number=ERIN)
        equal(status, 200, "login for Erin")
        session = parsed["otp_session_uuid"]
        code = self.cluster.plivo.last_code(ERIN, session)
        wrong = "000000" if code != "000000" else "111111"
        results = self.parallel(50, lambda i: self.trigger((a, b)[i % 2], VERIFY_FLOW, session_uuid=session,
                                                           otp=wrong))
        statuses = sorted(r[0] for r in results)
        validations = len(self.cluster.plivo.validations(session))
        self.figures["50 parallel wrong codes over A and B"] = \
            f"{validations} validations at Plivo; " + ", ".join(f"{statuses.count(c)}×{c}" for c in sorted(set(statuses)))
        check(validations <= 10, f"{validations} validations reached Plivo")
        check(all(c in (401, 429) for c in statuses), f"replies: {statuses}")
        status, raw, _ = self.trigger(b, VERIFY_FLOW, session_uuid=session, otp=code)
        equal(status, 401, f"the right code after 50 parallel wrong ones ({raw[:200]})")
        check("attempts" in raw.lower(), f"the refusal does not say the attempts are spent: {raw[:200]}")

    def test_sms_bombing_across_instances(self):
        self.forget_limits()
        a, b = self.instance_url("a"), self.instance_url("b")
        results = self.parallel(20, lambda i: self.trigger((a, b)[i % 2], LOGIN_FLOW, phone_number=FRANK))
        statuses = [r[0] for r in results]
        check(all(s in (200, 429) for s in statuses), f"replies: {statuses}")
        sessions = {r[2]["otp_session_uuid"] for r in results if r[0] == 200}
        sms = len(self.cluster.plivo.sms_to(FRANK))
        self.figures["20 parallel login calls for one number over A and B"] = \
            f"{sms} SMS; {statuses.count(200)}×200, {statuses.count(429)}×429; {len(sessions)} session(s)"
        equal(sms, 1, "SMS sent for 20 parallel requests on both instances")
        equal(len(sessions), 1, "sessions handed out")

    def test_load(self):
        import load
        self.forget_limits()
        cluster = self.cluster
        report = load.run(url=cluster.url, login_flow=LOGIN_FLOW, verify_flow=VERIFY_FLOW,
                          admin_token=cluster.admin_token,
                          code_of=lambda phone, session: cluster.plivo.last_code(phone, session),
                          users=self.args.users, concurrency=min(50, self.args.users),
                          count_sessions=lambda: cluster.count_sessions(load.DEVICE_PREFIX))
        for line in report.lines():
            print(f"cluster: load: {line}", flush=True)
        equal(report.errors, [], "errors under load")
        equal(report.crossed, 0, "crossed credentials")
        equal(report.sessions, self.args.users, "phone sessions created")
        equal(report.signed_in, self.args.users, "phone sign-ins")
        check(set(report.instances) >= {"a", "b"}, f"instances under load: {report.instances}")

    def stop(self):
        pids = []
        if self.cluster:
            pids = [p.pid for p in [self.cluster.postgres.process, self.cluster.redis.process,
                                    self.cluster.haproxy.process if self.cluster.haproxy else None]
                    + [i.process for i in self.cluster.instances] if p is not None]
            self.cluster.stop()
        shutil.rmtree(self.work, ignore_errors=True)
        return pids

    def run(self):
        started = []
        self.case("start PostgreSQL 15, Redis 7, two Directus instances, HAProxy, the fake Plivo",
                  lambda: (self.start(), started.append(1)), always=True)
        if started:
            self.case("provision through the balancer (twice: the second run changes nothing)",
                      self.test_provision_through_the_balancer, always=True)
            self.case("CLI through the balancer: sign in, renew, api /users/me, sign out; both instances served",
                      self.test_cli_through_the_balancer)
            self.case("provisioned through A, triggered on B at once (a changed flow, new flows)",
                      self.test_provision_on_a_trigger_on_b)
            self.case("sessions across instances: made on A, renewed on B, a renewal race, ended on B",
                      self.test_sessions_across_instances)
            self.case("Directus's rate limiter counts one client across both instances (Redis)",
                      self.test_rate_limiter_shared)
            self.case("attack: 50 parallel wrong codes over both instances reach Plivo at most 10 times",
                      self.test_parallel_wrong_codes_across_instances)
            self.case("attack: 20 parallel login calls for one number over both instances send 1 SMS",
                      self.test_sms_bombing_across_instances)
            self.case(f"load: {self.args.users} users over the balancer, 0 errors, 0 crossed, a session each",
                      self.test_load)
        failed_logs = any(not ok for _, ok in self.results) and self.cluster and self.cluster.instances
        if failed_logs:
            print("cluster: last lines of the servers' logs:\n" + self.cluster.logs(), flush=True)
        pids = self.stop()
        time.sleep(0.5)
        alive = [p for p in pids if os.path.exists(f"/proc/{p}") and
                 open(f"/proc/{p}/stat").read().split()[2] != "Z"]
        self.case("every process started was stopped", lambda: equal(alive, [], "processes still running"),
                  always=True)
        for name, value in self.figures.items():
            print(f"cluster: figure: {name}: {value}", flush=True)
        passed = sum(1 for _, ok in self.results if ok)
        failed = len(self.results) - passed
        print(f"{passed} passed, {failed} failed", flush=True)
        return 0 if failed == 0 and passed > 0 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="path of directus-login")
    parser.add_argument("--major", default=cluster_env.directus_env.DEFAULT_MAJOR)
    parser.add_argument("--users", type=int, default=int(os.environ.get("DL_LOAD_USERS", "200")))
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("-k", dest="only", action="append", help="run only cases matching this regex")
    args = parser.parse_args()
    with_keyring = os.path.join(ROOT, "tests", "with-keyring")
    if not os.environ.get("DL_KEYRING_PASSWORD") and os.path.exists(with_keyring):
        os.execv(with_keyring, [with_keyring, sys.executable, os.path.abspath(__file__)] + sys.argv[1:])
    suite = Suite(args)

    def on_signal(signum, _frame):
        suite.stop()
        sys.exit(128 + signum)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    sys.exit(suite.run())


if __name__ == "__main__":
    main()

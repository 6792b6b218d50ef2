"""Load on the phone sign-in, next to Directus's own password login, in one run (asyncio + aiohttp).

N users (default 200), C at a time (default 50). For each user, over the balancer:

    1. request code   GET  /flows/trigger/<login>?phone_number=…      → otp_session_uuid
    2. the code       from the fake Plivo (what the phone would show)
    3. verify         GET  /flows/trigger/<verify>?session_uuid=…&otp=…&device=…  → refresh_token
    4. refresh        POST /auth/refresh {"refresh_token", "mode": "json"}         → access_token
    5. who am I       GET  /users/me with the access token: must be this user, else a crossed
                      credential
and then, in the same run and at the same concurrency, Directus's own POST /auth/login with each
user's email and password.

Each simulated person connects from a loopback address of their own (127.1.x.y; all of
127.0.0.0/8 is this machine), which HAProxy passes on in X-Forwarded-For: Directus's rate limiter
counts per client, as it would for real people, not for the one machine this runs on. Nobody
forges an address (the cluster believes only the balancer's entry, IP_TRUST_PROXY=1).

Returns the figures (see Report.lines); never prints a code or a token.
"""

import asyncio
import json
import statistics
import time

import aiohttp

STEPS = ("request code", "verify", "refresh", "users/me", "password login")
SHED_RETRIES = 5
DEVICE_PREFIX = "Directus Login load "


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def phone_of(index):
    # UK mobiles libphonenumber and the flows take as valid: +44 7400 9xxxxx.
    return f"+4474009{index:05d}"


def address_of(index):
    """The loopback address person `index` connects from (127.1.0.1, 127.1.0.2, …)."""
    return f"127.1.{index // 250}.{index % 250 + 1}"


class Report:
    def __init__(self, users, concurrency):
        self.users = users
        self.concurrency = concurrency
        self.times = {step: [] for step in STEPS}
        self.errors = []  # (step, status or exception name, short text)
        self.crossed = 0
        self.signed_in = 0
        self.phone_server_ms = []  # per user: request code + verify + refresh
        self.phone_wall_s = 0.0
        self.password_wall_s = 0.0
        self.sessions = None
        self.instances = {}
        self.shed = {}  # step → requests Directus's pressure limiter refused (and were retried)

    def error(self, step, status, text):
        self.errors.append((step, status, text[:160]))

    @property
    def sign_ins_per_second(self):
        return self.signed_in / self.phone_wall_s if self.phone_wall_s else 0.0

    @property
    def ratio(self):
        password = self.times["password login"]
        if not self.phone_server_ms or not password:
            return float("nan")
        return statistics.median(self.phone_server_ms) / statistics.median(password)

    def lines(self):
        out = [f"{self.users} users, {self.concurrency} at a time: {self.signed_in} phone sign-ins in "
               f"{self.phone_wall_s:.1f} s ({self.sign_ins_per_second:.1f} sign-ins/s); "
               f"{len(self.times['password login'])} password logins in {self.password_wall_s:.1f} s"]
        for step in STEPS:
            values = self.times[step]
            out.append(f"{step:15s} n={len(values):4d}  p50 {percentile(values, 50):7.1f} ms  "
                       f"p95 {percentile(values, 95):7.1f} ms  p99 {percentile(values, 99):7.1f} ms")
        out.append(f"phone sign-in server time (request code + verify + refresh), p50 "
                   f"{percentile(self.phone_server_ms, 50):.1f} ms; password login p50 "
                   f"{percentile(self.times['password login'], 50):.1f} ms; ratio {self.ratio:.2f}")
        out.append(f"errors {len(self.errors)}; crossed credentials {self.crossed}; "
                   f"phone sessions created {self.sessions} for {self.users} users")
        out.append("shed by Directus's pressure limiter and retried: "
                   + (", ".join(f"{k} {v}" for k, v in self.shed.items()) if self.shed else "none"))
        if self.instances:
            out.append("requests per instance: " + ", ".join(f"{k} {v}" for k, v in sorted(self.instances.items())))
        for step, status, text in self.errors[:5]:
            out.append(f"  error in {step}: {status} {text}")
        return out


class Load:
    def __init__(self, url, login_flow, verify_flow, admin_token, code_of, users=200, concurrency=50,
                 count_sessions=None, password="load-test-password-7f3a"):
        self.url = url.rstrip("/")
        self.login_flow = login_flow
        self.verify_flow = verify_flow
        self.admin_token = admin_token
        self.code_of = code_of  # (phone, session) → the code the fake Plivo sent, or None
        self.users = users
        self.concurrency = concurrency
        self.count_sessions = count_sessions  # () → phone sessions in directus_sessions
        self.password = password
        self.ids = {}
        self.report = Report(users, concurrency)

    # -- HTTP ------------------------------------------------------------------------------------
    async def call(self, http, step, index, method, path, body=None, token=None, params=None):
        """One request as a well-behaved client makes it: a 503 "Under pressure" (Directus's
        pressure limiter shedding load before it runs anything) is retried after a pause, up to
        SHED_RETRIES times, and counted; the time is the person's, from the first try."""
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        t0 = time.monotonic()
        for attempt in range(SHED_RETRIES + 1):
            try:
                async with http.request(method, self.url + path, json=body, params=params,
                                        headers=headers) as response:
                    raw = await response.read()
                    elapsed = (time.monotonic() - t0) * 1000
                    instance = response.headers.get("X-Directus-Instance", "?")
                    self.report.instances[instance] = self.report.instances.get(instance, 0) + 1
                    status = response.status
            except (aiohttp.ClientError, asyncio.TimeoutError) as e:
                self.report.error(step, type(e).__name__, str(e))
                return None
            if status == 503 and b"Under pressure" in raw and attempt < SHED_RETRIES:
                self.report.shed[step] = self.report.shed.get(step, 0) + 1
                await asyncio.sleep(1.0 + (index % 10) / 10)
                continue
            break
        if not 200 <= status < 300:
            self.report.error(step, status, raw.decode(errors="replace"))
            return None
        if step in self.report.times:
            self.report.times[step].append(elapsed)
        try:
            return json.loads(raw) if raw else {}, elapsed
        except ValueError:
            self.report.error(step, status, "not JSON")
            return None

    # -- set-up ----------------------------------------------------------------------------------
    async def create_users(self, http):
        """N active users with a phone and a password, in batches (each a bulk POST /users)."""
        batch = 50
        for start in range(0, self.users, batch):
            body = [{"email": f"load{i}@example.com", "first_name": f"Load {i}", "status": "active",
                     "phone": phone_of(i), "password": self.password}
                    for i in range(start, min(start + batch, self.users))]
            got = await self.call(http, "create users", start, "POST", "/users?fields=id,email",
                                  body=body, token=self.admin_token)
            if got is None:
                raise RuntimeError(f"creating users failed: {self.report.errors[-1]}")
            for user in got[0]["data"]:
                self.ids[int(user["email"][4:].split("@")[0])] = user["id"]

    # -- one person ------------------------------------------------------------------------------
    async def phone_sign_in(self, http, index):
        phone = phone_of(index)
        got = await self.call(http, "request code", index, "GET", f"/flows/trigger/{self.login_flow}",
                              params={"phone_number": phone})
        if got is None:
            return
        login, t_login = got
        session = login.get("otp_session_uuid")
        code = self.code_of(phone, session)
        if not code:
            self.report.error("code", "no SMS", f"no code reached the fake Plivo for user {index}")
            return
        got = await self.call(http, "verify", index, "GET", f"/flows/trigger/{self.verify_flow}",
                              params={"session_uuid": session, "otp": code,
                                      "device": f"{DEVICE_PREFIX}{index}"})
        if got is None:
            return
        verify, t_verify = got
        got = await self.call(http, "refresh", index, "POST", "/auth/refresh",
                              body={"refresh_token": verify.get("refresh_token"), "mode": "json"})
        if got is None:
            return
        refreshed, t_refresh = got
        access = refreshed.get("data", {}).get("access_token")
        got = await self.call(http, "users/me", index, "GET", "/users/me?fields=id", token=access)
        if got is None:
            return
        me, _ = got
        if me.get("data", {}).get("id") != self.ids.get(index):
            self.report.crossed += 1
            self.report.error("users/me", "crossed", f"user {index} got another user's identity")
            return
        self.report.signed_in += 1
        self.report.phone_server_ms.append(t_login + t_verify + t_refresh)

    async def password_login(self, http, index):
        await self.call(http, "password login", index, "POST", "/auth/login",
                        body={"email": f"load{index}@example.com", "password": self.password})

    # -- the run ---------------------------------------------------------------------------------
    @staticmethod
    def client(index):
        """A person's own HTTP client: its connections come from address_of(index)."""
        connector = aiohttp.TCPConnector(local_addr=(address_of(index), 0))
        return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120), connector=connector)

    async def each(self, work):
        limit = asyncio.Semaphore(self.concurrency)

        async def one(i):
            async with limit:
                async with self.client(i) as http:
                    await work(http, i)
        started = time.monotonic()
        await asyncio.gather(*(one(i) for i in range(self.users)))
        return time.monotonic() - started

    async def run(self):
        async with self.client(self.users + 1) as admin:
            await self.create_users(admin)
        self.report.instances.clear()
        self.report.phone_wall_s = await self.each(self.phone_sign_in)
        self.report.password_wall_s = await self.each(self.password_login)
        if self.count_sessions:
            self.report.sessions = self.count_sessions()
        return self.report


def run(**kwargs):
    return asyncio.run(Load(**kwargs).run())

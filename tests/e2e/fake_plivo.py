#!/usr/bin/env python3
"""A fake Plivo Verify API on 127.0.0.1 for the end-to-end tests (Python 3 standard library only).

Speaks the three calls the flows make, as Plivo documents them:
    GET  /v1/Account/{auth_id}/                                  → 200 {"api_id", "auth_id", …}
    POST /v1/Account/{auth_id}/Verify/Session/          {app_uuid, recipient, channel, method}
         → 200 {"api_id", "message": "Session initiated", "session_uuid"}
    POST /v1/Account/{auth_id}/Verify/Session/{uuid}/   {"otp"}
         → 200 {"api_id", "message": "session validated successfully."}
Basic auth is checked (401 otherwise). Asking again for the same recipient while a session is open
re-sends the same code on the same session; a session allows at most 10 validations, expires after
`expiry` seconds and closes once validated. Errors are {"api_id", "error"}.

Test-only side (never part of Plivo):
    GET  /_test/sms                  every code sent: [{"recipient", "code", "session_uuid", "channel"}]
    GET  /_test/log                  every request: [{"method", "path", "authorized", "body"}]
    POST /_test/mode  {"mode": m}    "ok" | "down" (drop the connection unanswered) |
                                     "error" (500) | "slow" (answer after 3 s)
    POST /_test/reset                forget sessions, SMS and the log; mode "ok"
From Python, the same through the object: sms, requests, set_mode(), reset().

Run alone: python3 fake_plivo.py [--port N] — prints the URL and the credentials it accepts.
"""

import base64
import json
import random
import re
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_VALIDATIONS = 10


class FakePlivo:
    def __init__(self, auth_id="MAFAKEAUTHID0000000", auth_token="fake-plivo-token-" + uuid.uuid4().hex,
                 app_uuid=None, code_length=6, expiry=600, port=0):
        self.auth_id = auth_id
        self.auth_token = auth_token
        self.app_uuid = app_uuid or str(uuid.uuid4())
        self.code_length = code_length
        self.expiry = expiry
        self.lock = threading.Lock()
        self.sessions = {}  # uuid → {recipient, code, created, validations, closed}
        self.sms = []
        self.requests = []
        self.mode = "ok"
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = None

    @property
    def basic_authorization(self):
        return "Basic " + base64.b64encode(f"{self.auth_id}:{self.auth_token}".encode()).decode()

    def start(self):
        self.thread = threading.Thread(target=self.server.serve_forever, name="fake-plivo", daemon=True)
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def set_mode(self, mode):
        assert mode in ("ok", "down", "error", "slow"), mode
        with self.lock:
            self.mode = mode

    def reset(self):
        with self.lock:
            self.sessions.clear()
            self.sms.clear()
            self.requests.clear()
            self.mode = "ok"

    # Helpers for the tests.
    def last_code(self, recipient=None, session_uuid=None):
        with self.lock:
            for sms in reversed(self.sms):
                if (recipient is None or sms["recipient"] == recipient) and \
                        (session_uuid is None or sms["session_uuid"] == session_uuid):
                    return sms["code"]
        return None

    def sms_to(self, recipient):
        with self.lock:
            return [s for s in self.sms if s["recipient"] == recipient]

    def validations(self, session_uuid):
        with self.lock:
            return [r for r in self.requests if r["path"].rstrip("/").endswith("/Session/" + session_uuid)]

    def create_calls(self):
        with self.lock:
            return [r for r in self.requests if r["path"].endswith("/Verify/Session/")]

    # The API.
    def _create_session(self, body):
        recipient = str(body.get("recipient", ""))
        if body.get("app_uuid") != self.app_uuid:
            return 400, {"error": "app_uuid is invalid"}
        if not re.fullmatch(r"\+?[1-9]\d{6,14}", recipient):
            return 400, {"error": "invalid recipient number"}
        if body.get("channel", "sms") not in ("sms", "voice"):
            return 400, {"error": "channel must be sms or voice"}
        now = time.time()
        for sid, s in self.sessions.items():
            if s["recipient"] == recipient and not s["closed"] and now - s["created"] < self.expiry \
                    and s["validations"] < MAX_VALIDATIONS:
                self.sms.append({"recipient": recipient, "code": s["code"], "session_uuid": sid,
                                 "channel": body.get("channel", "sms")})
                return 200, {"message": "Session initiated", "session_uuid": sid}
        sid = str(uuid.uuid4())
        code = "".join(random.choice("0123456789") for _ in range(self.code_length))
        self.sessions[sid] = {"recipient": recipient, "code": code, "created": now, "validations": 0,
                              "closed": False}
        self.sms.append({"recipient": recipient, "code": code, "session_uuid": sid,
                         "channel": body.get("channel", "sms")})
        return 200, {"message": "Session initiated", "session_uuid": sid}

    def _validate(self, sid, body):
        s = self.sessions.get(sid)
        if s is None:
            return 404, {"error": "session not found"}
        if s["closed"]:
            return 400, {"error": "session already validated"}
        if time.time() - s["created"] >= self.expiry:
            return 400, {"error": "session expired"}
        if s["validations"] >= MAX_VALIDATIONS:
            return 400, {"error": "maximum validation attempts exceeded"}
        s["validations"] += 1
        if str(body.get("otp", "")) != s["code"]:
            return 400, {"error": "incorrect OTP"}
        s["closed"] = True
        return 200, {"message": "session validated successfully."}

    def _handle(self, method, path, headers, raw_body):
        """Returns (status, json body) or None to drop the connection."""
        try:
            body = json.loads(raw_body or b"{}")
            if not isinstance(body, dict):
                body = {}
        except ValueError:
            body = {}
        if path.startswith("/_test/"):
            with self.lock:
                if method == "GET" and path == "/_test/sms":
                    return 200, list(self.sms)
                if method == "GET" and path == "/_test/log":
                    return 200, list(self.requests)
            if method == "POST" and path == "/_test/mode":
                self.set_mode(body.get("mode", "ok"))
                return 200, {"mode": self.mode}
            if method == "POST" and path == "/_test/reset":
                self.reset()
                return 200, {}
            return 404, {"error": "no such test route"}

        authorized = headers.get("Authorization") == self.basic_authorization
        with self.lock:
            self.requests.append({"method": method, "path": path, "authorized": authorized, "body": body})
            mode = self.mode
        if mode == "down":
            return None
        if mode == "slow":
            time.sleep(3)
        if mode == "error":
            return 500, {"api_id": str(uuid.uuid4()), "error": "internal error"}
        base = f"/v1/Account/{self.auth_id}/Verify/Session/"
        if not authorized:
            return 401, {"api_id": str(uuid.uuid4()), "error": "authentication failed"}
        if method == "GET" and path.rstrip("/") == f"/v1/Account/{self.auth_id}":
            return 200, {"api_id": str(uuid.uuid4()), "account_type": "standard", "auth_id": self.auth_id}
        if method != "POST" or not path.startswith(base):
            return 404, {"api_id": str(uuid.uuid4()), "error": "not found"}
        rest = path[len(base):].strip("/")
        with self.lock:
            status, answer = self._create_session(body) if rest == "" else self._validate(rest, body)
        answer["api_id"] = str(uuid.uuid4())
        return status, answer

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                result = fake._handle(self.command, self.path.split("?")[0], self.headers, raw)
                if result is None:  # "down": close without an answer
                    self.close_connection = True
                    try:
                        self.connection.shutdown(2)
                    except OSError:
                        pass
                    return
                status, answer = result
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)
                self.close_connection = True

            do_GET = _serve
            do_POST = _serve

        return Handler


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="A fake Plivo Verify API on 127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--auth-id", default="MAFAKEAUTHID0000000")
    parser.add_argument("--auth-token", default="fake-plivo-token")
    parser.add_argument("--app-uuid", default="00000000-0000-4000-8000-000000000000")
    args = parser.parse_args()
    fake = FakePlivo(args.auth_id, args.auth_token, args.app_uuid, port=args.port)
    print(json.dumps({"url": fake.url, "auth_id": fake.auth_id, "app_uuid": fake.app_uuid}), flush=True)
    try:
        fake.server.serve_forever()
    except KeyboardInterrupt:
        pass

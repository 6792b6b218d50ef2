#!/usr/bin/env python3
"""The smallest Directus the packaging test needs: the two flows of the static-token contract and
/users/me, on 127.0.0.1. It prints its port on stdout, then serves until killed.

    tests/packaging/fake_directus.py LOGIN_FLOW_ID VERIFY_FLOW_ID CODE
"""
import json
import secrets
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

login_flow, verify_flow, code = sys.argv[1:4]
session = '5b6c0f3e-1111-4000-8000-%012d' % 1
tokens = set()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json; charset=utf-8')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, code_name, message):
        self.answer(status, {'errors': [{'message': message, 'extensions': {'code': code_name}}]})

    def do_GET(self):
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == '/flows/trigger/' + login_flow:
            self.answer(200, {'otp_session_uuid': session})
        elif url.path == '/flows/trigger/' + verify_flow:
            if query.get('session_uuid') != session or query.get('otp') != code:
                self.error(401, 'INVALID_OTP', 'Invalid code')
                return
            token = secrets.token_hex(32)
            tokens.add(token)
            self.answer(200, {'message': 'session validated successfully.', 'token': token})
        elif url.path == '/users/me':
            bearer = self.headers.get('Authorization', '')[len('Bearer '):]
            if bearer not in tokens:
                self.error(401, 'INVALID_CREDENTIALS', 'Invalid user credentials.')
                return
            self.answer(200, {'data': {'id': '1', 'first_name': 'Ada', 'last_name': 'Lovelace',
                                       'email': 'ada@example.com'}})
        else:
            self.error(404, 'ROUTE_NOT_FOUND', "Route doesn't exist.")

    def do_POST(self):
        self.error(404, 'ROUTE_NOT_FOUND', "Route doesn't exist.")


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()

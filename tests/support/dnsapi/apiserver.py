"""What the suite's two DNS provider API servers share (cloudflare_api.py, ovh_api.py).

An HTTPS server on 127.0.0.1 at a port the system picks, printing "READY <port>" once it
accepts; one request per connection; the zone state in memory behind one lock. Every handler
gets (method, path, query, body, headers) and returns (status, JSON value). Test-only routes
(no authentication): GET /__state answers the whole state, POST /__mutate replaces the parts of
the state its JSON object names (someone else's change, between a read and a write). A handler
may answer raw bytes instead of a JSON value (a broken answer).
"""
import http.server
import json
import socketserver
import ssl
import threading
import urllib.parse

MAX_BODY = 1 << 20


def serve(cert, key, state, handle):
    """Serves handle(method, path, query, body, request, state) -> (status, value) for ever."""
    lock = threading.Lock()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def answer(self, status, value):
            if isinstance(value, bytes):
                body = value
            else:
                body = b"" if value is None else json.dumps(value).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True

        def dispatch(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self.answer(413, {"message": "too large"})
            body = self.rfile.read(length) if length else b""
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
            with lock:
                if url.path == "/__state" and self.command == "GET":
                    return self.answer(200, state)
                if url.path == "/__mutate" and self.command == "POST":
                    state.update(json.loads(body))
                    return self.answer(200, state)
                status, value = handle(self.command, url.path, query, body, self, state)
            self.answer(status, value)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = dispatch

        def log_message(self, *a):
            pass

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True

        def get_request(self):
            sock, addr = self.socket.accept()
            return context.wrap_socket(sock, server_side=True,
                                       do_handshake_on_connect=False), addr

        def handle_error(self, request, client_address):
            pass  # a client that hung up or refused the certificate

    server = Server(("127.0.0.1", 0), Handler)
    print("READY %d" % server.server_address[1], flush=True)
    server.serve_forever()

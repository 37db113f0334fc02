#!/usr/bin/python3
"""An HTTPS server of the test suite, for MTA-STS policy fetches (RFC 8461 §3.3).

Listens on 127.0.0.1 at a port the system picks and prints "READY <port>" once it accepts.
--sites FILE is a JSON object: Host name -> what to answer for any GET of that host:
  {"status": 200, "type": "text/plain", "body": "...", "location": "https://…",
   "pad": N (append N bytes of "a" to the body), "chunked": true,
   "cert": PEM, "key": PEM (the certificate presented when SNI is that host)}
A host not in the file gets a 404. The default certificate is --cert/--key.
"""
import argparse
import http.server
import json
import socketserver
import ssl

p = argparse.ArgumentParser()
p.add_argument("--cert", required=True)
p.add_argument("--key", required=True)
p.add_argument("--sites", required=True)
args = p.parse_args()
with open(args.sites) as f:
    sites = json.load(f)


def context(cert, key):
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    c.minimum_version = ssl.TLSVersion.TLSv1_2
    c.load_cert_chain(cert, key)
    return c


default = context(args.cert, args.key)
per_host = {h: context(s["cert"], s["key"]) for h, s in sites.items() if "cert" in s}


def pick(sock, server_name, _ctx):
    if server_name in per_host:
        sock.context = per_host[server_name]


default.sni_callback = pick


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        site = sites.get(host, {"status": 404, "type": "text/plain", "body": "not found\n"})
        body = site.get("body", "").encode() + b"a" * site.get("pad", 0)
        self.send_response(site.get("status", 200))
        self.send_header("Content-Type", site.get("type", "text/plain"))
        if "location" in site:
            self.send_header("Location", site["location"])
        self.send_header("Connection", "close")
        if site.get("chunked"):
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for i in range(0, len(body), 4096):
                    piece = body[i:i + 4096]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass  # the client stopped reading: what a size limit does
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, *a):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def get_request(self):
        sock, addr = self.socket.accept()
        return default.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr

    def handle_error(self, request, client_address):
        pass  # a client that hung up or refused the certificate


server = Server(("127.0.0.1", 0), Handler)
print("READY %d" % server.server_address[1], flush=True)
server.serve_forever()

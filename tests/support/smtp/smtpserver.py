#!/usr/bin/python3
"""A small SMTP server of the test suite, for what Postfix will not do on demand.

Listens on 127.0.0.1 (or --address) at a port the system picks (or --port) and prints "READY <port>" once it accepts.
Behaviours (--mode):
  starttls        EHLO offers STARTTLS; TLS with --cert/--key in --tls-min..--tls-max
  no-starttls     EHLO offers no STARTTLS (a plaintext-only MX)
  busy            421 at connect, then closes (a server that is rate limiting)
  reset           STARTTLS offered and accepted (220), then the connection is closed
  refuse-tls      STARTTLS offered, then 454 to the STARTTLS command
  implicit-tls    TLS from the first byte (RFC 8314, port 465), then the dialogue, encrypted
  auth            a submission server: STARTTLS, then AUTH (--mechanisms) over TLS only;
                  --user/--password are the one credential accepted (235, else 535)
  auth-before-tls the same, but AUTH is offered (and accepted) before STARTTLS too
Only the standard library: every reply is written here, by hand, after RFC 5321.
"""
import argparse
import base64
import socket
import ssl
import sys
import threading

p = argparse.ArgumentParser()
p.add_argument("--mode", default="starttls",
               choices=["starttls", "no-starttls", "busy", "reset", "refuse-tls", "implicit-tls",
                        "auth", "auth-before-tls"])
p.add_argument("--mechanisms", default="PLAIN LOGIN")
p.add_argument("--user", default="user")
p.add_argument("--password", default="")
p.add_argument("--cert")
p.add_argument("--key")
p.add_argument("--tls-min", default="TLSv1_2")
p.add_argument("--tls-max", default="TLSv1_3")
p.add_argument("--name", default="mail.example.test")
p.add_argument("--address", default="127.0.0.1")  # any 127.x.y.z: a second server of a host
p.add_argument("--port", type=int, default=0)
a = p.parse_args()

context = None
if a.cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if a.tls_min in ("TLSv1", "TLSv1_1"):
        context.set_ciphers("DEFAULT:@SECLEVEL=0")  # OpenSSL 3: TLS 1.0/1.1 only at level 0
    context.minimum_version = getattr(ssl.TLSVersion, a.tls_min)
    context.maximum_version = getattr(ssl.TLSVersion, a.tls_max)
    context.load_cert_chain(a.cert, a.key)


def authenticate(line, send, readline):
    """AUTH PLAIN (RFC 4616, initial response or after 334) or LOGIN; True when it matched."""
    words = line.strip().split(b" ")
    mechanism = words[1].upper() if len(words) > 1 else b""
    if mechanism.decode("ascii", "replace") not in a.mechanisms.split():
        send("504 5.5.4 Unrecognized authentication type")
        return None
    try:
        if mechanism == b"PLAIN":
            if len(words) > 2:
                response = words[2]
            else:
                send("334 ")
                response = readline().strip()
            parts = base64.b64decode(response).split(b"\0")
            user, password = parts[1], parts[2]
        else:
            send("334 VXNlcm5hbWU6")
            user = base64.b64decode(readline().strip())
            send("334 UGFzc3dvcmQ6")
            password = base64.b64decode(readline().strip())
    except (ValueError, IndexError):
        send("501 5.5.2 Cannot decode response")
        return None
    return user == a.user.encode() and password == a.password.encode()


def serve(conn):
    stream = conn
    try:
        def send(text):
            stream.sendall(text.encode("ascii") + b"\r\n")

        if a.mode == "implicit-tls":
            try:
                stream = context.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError):
                return
        if a.mode == "busy":
            send("421 4.3.2 %s Service not available, try again later" % a.name)
            return
        send("220 %s ESMTP Sceau test server" % a.name)
        reader = stream.makefile("rb")
        while True:
            line = reader.readline(1024)
            if not line:
                return
            verb = line.strip().split(b" ")[0].upper()
            if verb in (b"EHLO", b"HELO"):
                offers = a.mode not in ("no-starttls", "implicit-tls") and stream is conn
                lines = [a.name, "PIPELINING", "SIZE 10240000"]
                if offers:
                    lines.append("STARTTLS")
                if a.mode == "auth-before-tls" or (a.mode == "auth" and stream is not conn):
                    lines.append("AUTH " + a.mechanisms)
                lines.append("8BITMIME")
                for i, text in enumerate(lines):
                    send("250%s%s" % ("-" if i < len(lines) - 1 else " ", text))
            elif verb == b"STARTTLS" and stream is conn and a.mode not in ("no-starttls",
                                                                          "implicit-tls"):
                if a.mode == "refuse-tls":
                    send("454 4.7.0 TLS not available due to local problem")
                    continue
                send("220 2.0.0 Ready to start TLS")
                if a.mode == "reset":
                    conn.shutdown(socket.SHUT_RDWR)
                    return
                try:
                    stream = context.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    return
                reader = stream.makefile("rb")
            elif verb == b"AUTH" and a.mode in ("auth", "auth-before-tls"):
                if a.mode == "auth" and stream is conn:
                    send("530 5.7.0 Must issue a STARTTLS command first")
                    continue
                ok = authenticate(line, send, lambda: reader.readline(1024))
                if ok is not None:
                    send("235 2.7.0 Authentication successful" if ok
                         else "535 5.7.8 Authentication credentials invalid")
            elif verb == b"QUIT":
                send("221 2.0.0 Bye")
                return
            else:
                send("502 5.5.2 Command not recognized")
    except OSError:
        pass
    finally:
        try:
            stream.close()
            conn.close()
        except OSError:
            pass


listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((a.address, a.port))
listener.listen(128)
print("READY %d" % listener.getsockname()[1], flush=True)
while True:
    conn, _ = listener.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()

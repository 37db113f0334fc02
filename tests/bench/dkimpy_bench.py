#!/usr/bin/python3
"""dkimpy_bench.py MESSAGES: dkimpy's sign and verify throughput on the same message as
bench_dkim (RSA-2048 and Ed25519, relaxed/relaxed, key record given in process: no DNS)."""
import base64
import json
import subprocess
import sys
import tempfile
import time

import dkim

count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
body = b"".join(b"Line %d of a typical message body,   with  some spaces.  \r\n" % i for i in range(40))
message = (b"From: Alice <alice@bench.test>\r\nTo: Bob <bob@example.net>\r\nSubject: Benchmark\r\n"
           b"Date: Tue, 24 Nov 2026 06:00:00 +0000\r\nMessage-ID: <bench@bench.test>\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body)
headers = [b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"content-type"]

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                    "-out", tmp + "/rsa.pem"], check=True, capture_output=True)
    rsa_private = open(tmp + "/rsa.pem", "rb").read()
    rsa_public = subprocess.run(["openssl", "pkey", "-in", tmp + "/rsa.pem", "-pubout", "-outform", "DER"],
                                check=True, capture_output=True).stdout
    subprocess.run(["openssl", "genpkey", "-algorithm", "ED25519", "-out", tmp + "/ed.pem"],
                   check=True, capture_output=True)
    ed_der = subprocess.run(["openssl", "pkey", "-in", tmp + "/ed.pem", "-outform", "DER"],
                            check=True, capture_output=True).stdout
    ed_pub = subprocess.run(["openssl", "pkey", "-in", tmp + "/ed.pem", "-pubout", "-outform", "DER"],
                            check=True, capture_output=True).stdout

cases = [("rsa-2048", b"rsa-sha256", rsa_private, b"v=DKIM1; k=rsa; p=" + base64.b64encode(rsa_public)),
         ("ed25519", b"ed25519-sha256", base64.b64encode(ed_der[-32:]),
          b"v=DKIM1; k=ed25519; p=" + base64.b64encode(ed_pub[-32:]))]
for name, algorithm, private, record in cases:
    start = time.perf_counter()
    for _ in range(count):
        sig = dkim.sign(message, b"bench", b"bench.test", private, canonicalize=(b"relaxed", b"relaxed"),
                        signature_algorithm=algorithm, include_headers=headers)
    sign_s = time.perf_counter() - start
    signed = sig + message
    start = time.perf_counter()
    ok = 0
    for _ in range(count):
        ok += dkim.verify(signed, dnsfunc=lambda name, timeout=5: record)
    verify_s = time.perf_counter() - start
    assert ok == count, (name, ok)
    print(json.dumps({"bench": "sign-verify", "impl": "dkimpy", "key": name, "messages": count,
                      "sign_per_s": round(count / sign_s), "verify_per_s": round(count / verify_s)}))

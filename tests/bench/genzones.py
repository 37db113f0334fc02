#!/usr/bin/env python3
"""Zones for the audit benchmarks (run-audit-bench.sh, run-bulk-bench.sh), served by the test Knot.

genzones.py audit DIR      one domain, shop.eu.audit.test, with every area's records; prints its
                           longest chain of dependent lookups (see CHAIN below)
genzones.py bulk DIR N     N domains d0000.bulk.test… with varied records; writes DIR/domains.txt

Both write DIR/test.zone (the single-label name the DMARC tree walk ends at, RFC 9989 §4.10)
and DIR/ext.test.zone (an outside report receiver that authorises its senders, RFC 9990 §4).
"""
import base64
import os
import subprocess
import sys

SOA = "@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\nns A 127.0.0.1\n"


def txt(value):
    """A TXT RDATA: strings of at most 255 bytes (RFC 1035 §3.3.14)."""
    parts = [value[i:i + 250] for i in range(0, len(value), 250)]
    return " ".join('"%s"' % p for p in parts)


def dkim_key():
    pem = subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt",
                          "rsa_keygen_bits:2048"], check=True, capture_output=True).stdout
    der = subprocess.run(["openssl", "pkey", "-pubout", "-outform", "DER"], input=pem,
                         check=True, capture_output=True).stdout
    return "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()


def zone(directory, origin, body):
    with open(os.path.join(directory, origin + ".zone"), "w") as f:
        f.write("$ORIGIN %s.\n$TTL 300\n%s%s" % (origin, SOA, body))


def common(directory):
    zone(directory, "test", "")
    zone(directory, "ext.test",
         "rua MX 10 mx\nmx A 192.0.2.53\n*._report._dmarc.rua TXT \"v=DMARC1\"\n")


# The longest chain of lookups of shop.eu.audit.test, each needing the answer before it:
#   SPF  TXT shop.eu → TXT _spf (include) → TXT _spf2 (include) → A relay (a:)    = 4
#   MX   MX shop.eu → A/AAAA mx1, mx2                                             = 2
#   DMARC TXT _dmarc. shop.eu.audit.test, eu.audit.test, audit.test, test (the walk's
#        names are all known at once, RFC 9989 §4.10) → MX rua.ext.test and TXT
#        audit.test._report._dmarc.rua.ext.test (the policy's destinations)       = 2
#   DKIM TXT <selector>._domainkey.shop.eu (every common selector at once)        = 1
#   MTA-STS TXT _mta-sts.shop.eu + MX → A/AAAA mta-sts.shop.eu (then HTTPS)       = 2
#   TLS-RPT TXT _smtp._tls.shop.eu = 1;  DANE MX → TLSA/A/AAAA of each exchange  = 2
# A walk asked one name after the other would make DMARC 4 + 1 = 5.
CHAIN = 4
DOMAIN = "shop.eu.audit.test"


def audit(directory):
    common(directory)
    key = dkim_key()
    zone(directory, "audit.test", f"""
_dmarc TXT "v=DMARC1; p=reject; rua=mailto:agg@audit.test,mailto:d@rua.ext.test"
@ MX 10 mx1
shop.eu TXT "v=spf1 include:_spf.audit.test mx a:out.audit.test -all"
_spf TXT "v=spf1 include:_spf2.audit.test ip4:192.0.2.0/24 -all"
_spf2 TXT "v=spf1 a:relay.audit.test ip6:2001:db8::/32 -all"
relay A 192.0.2.10
out A 192.0.2.11
shop.eu MX 10 mx1
shop.eu MX 20 mx2
mx1 A 127.0.0.1
mx1 AAAA ::1
mx2 A 127.0.0.1
_25._tcp.mx1 TLSA 3 1 1 {'ab' * 32}
google._domainkey.shop.eu TXT {txt(key)}
selector1._domainkey.shop.eu TXT {txt(key)}
_mta-sts.shop.eu TXT "v=STSv1; id=20261201"
mta-sts.shop.eu A 127.0.0.1
_smtp._tls.shop.eu TXT "v=TLSRPTv1; rua=mailto:tls@audit.test"
""")
    print(DOMAIN, CHAIN)


def bulk(directory, count):
    common(directory)
    keys = [dkim_key(), dkim_key()]
    lines = ['_dmarc TXT "v=DMARC1; p=none; rua=mailto:agg@bulk.test"',
             '@ MX 10 mx1', 'mx1 A 192.0.2.1', 'mx1 AAAA 2001:db8::1',
             'mx2 A 192.0.2.2', 'mx3 A 192.0.2.3', 'mx3 AAAA 2001:db8::3',
             '_spf-a TXT "v=spf1 ip4:192.0.2.0/25 include:_spf-b.bulk.test -all"',
             '_spf-b TXT "v=spf1 ip4:198.51.100.0/24 a:relay.bulk.test ~all"',
             'relay A 192.0.2.9', '_spf-c TXT "v=spf1 mx:bulk.test -all"']
    names = []
    for i in range(count):
        d = "d%04d" % i
        names.append(d + ".bulk.test")
        spf = ["v=spf1 -all", "v=spf1 ip4:192.0.2.%d mx -all" % (i % 250),
               "v=spf1 include:_spf-a.bulk.test -all",
               "v=spf1 include:_spf-a.bulk.test include:_spf-c.bulk.test a ~all",
               None, "v=spf1 redirect=_spf-a.bulk.test"][i % 6]
        if spf:
            lines.append('%s TXT "%s"' % (d, spf))
        lines.append('%s TXT "site-verification=%d"' % (d, i))
        if i % 7 == 3:
            lines.append("%s MX 0 ." % d)  # null MX (RFC 7505)
        elif i % 7 != 5:
            for k in range(1 + i % 3):
                lines.append("%s MX %d mx%d" % (d, 10 * (k + 1), k + 1))
        if i % 11 == 4:
            lines.append("%s A 192.0.2.%d" % (d, i % 250))
        dmarc = [None, "v=DMARC1; p=reject", "v=DMARC1; p=quarantine; pct=50; "
                 "rua=mailto:d@rua.ext.test", "v=DMARC1; p=none; rua=mailto:x@bulk.test; "
                 "ruf=mailto:f@bulk.test", "v=DMARC1; p=reject; psd=n", "v=DMARC1; p=bogus"][i % 6]
        if dmarc:
            lines.append('_dmarc.%s TXT "%s"' % (d, dmarc))
        for s, selector in enumerate(["google", "selector1", "s1", "k2"][: i % 4]):
            lines.append("%s._domainkey.%s TXT %s" % (selector, d, txt(keys[(i + s) % 2])))
        if i % 5 == 1:
            lines.append('_mta-sts.%s TXT "v=STSv1; id=%d"' % (d, i))
        if i % 4 == 2:
            lines.append('_smtp._tls.%s TXT "v=TLSRPTv1; rua=mailto:tls@bulk.test"' % d)
    zone(directory, "bulk.test", "\n".join(lines) + "\n")
    with open(os.path.join(directory, "domains.txt"), "w") as f:
        f.write("\n".join(names) + "\n")


if __name__ == "__main__":
    os.makedirs(sys.argv[2], exist_ok=True)
    if sys.argv[1] == "audit":
        audit(sys.argv[2])
    else:
        bulk(sys.argv[2], int(sys.argv[3]))

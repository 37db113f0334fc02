#!/usr/bin/python3
"""Reference side of tst_spfpyspf: evaluates SPF cases with Debian's pyspf (python3-spf).

    /usr/bin/python3 pyspf_check.py CASES.json ORIGIN=ZONEFILE…
    /usr/bin/python3 pyspf_check.py CASES.json @127.0.0.1:PORT

With zone files, pyspf's DNS lookups are answered from them (parsed by dnspython), the same
master files Sceau reads, so nothing goes to the network; names outside the zones do not
exist. With @ADDRESS:PORT, pyspf keeps its own dnspython lookups, sent to that server only.
Prints one JSON object per case: {"id", "result", "explanation", "result_without_void_limit"},
the last with pyspf's void-lookup limit lifted: pyspf counts every empty query (each MX host's
and each PTR name's address lookup too), where RFC 7208 §4.6.4 counts terms.
"""
import json
import sys

import dns.name
import dns.rdataclass
import dns.rdatatype
import dns.resolver
import dns.zone
import spf

cases_file = sys.argv[1]
zones = []
server = None
for argument in sys.argv[2:]:
    if argument.startswith('@'):
        server = argument[1:].rsplit(':', 1)
        continue
    origin, path = argument.split('=', 1)
    zones.append(dns.zone.from_file(path, origin=origin, relativize=False))


def lookup(name, qtype, strict=True, timeout=None, *args):
    """pyspf's DNSLookup contract: a list of ((name, type), value), CNAMEs included."""
    try:
        qname = dns.name.from_text(name)
    except Exception:
        return []
    zone = next((z for z in zones if qname.is_subdomain(z.origin)), None)
    if zone is None:
        return []
    node = zone.get_node(qname)
    if node is None:
        return []
    result = []
    cname = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.CNAME)
    if cname is not None:
        return [((name, 'CNAME'), r.target.to_text(True)) for r in cname]
    rdataset = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.from_text(qtype))
    if rdataset is None:
        return []
    for r in rdataset:
        if qtype in ('A', 'AAAA'):
            result.append(((name, qtype), r.address))
        elif qtype == 'MX':
            result.append(((name, qtype), (r.preference, r.exchange.to_text(True))))
        elif qtype == 'PTR':
            result.append(((name, qtype), r.target.to_text(True)))
        elif qtype in ('TXT', 'SPF'):
            result.append(((name, qtype), list(r.strings)))
    return result


if server:
    resolver = dns.resolver.Resolver(configure=False)  # never /etc/resolv.conf
    resolver.nameservers = [server[0]]
    resolver.port = int(server[1])
    dns.resolver.default_resolver = resolver
else:
    spf.DNSLookup = lookup
with open(cases_file) as stream:
    cases = json.load(stream)


def check(case):
    q = spf.query(i=case['ip'], s=case['sender'], h=case['helo'])
    result, _code, explanation = q.check()
    if explanation == spf.EXPLANATIONS.get(result):
        explanation = ''  # pyspf's default text: the domain gave none
    return result, explanation


void_limit = spf.MAX_VOID_LOOKUPS
for case in cases:
    spf.MAX_VOID_LOOKUPS = void_limit
    result, explanation = check(case)
    spf.MAX_VOID_LOOKUPS = 1000
    unlimited, _ = check(case)
    print(json.dumps({'id': case['id'], 'result': result, 'explanation': explanation,
                      'result_without_void_limit': unlimited}))

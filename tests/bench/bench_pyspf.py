#!/usr/bin/python3
"""Benchmark (not part of the suite): pyspf evaluating every case of the RFC 7208 suite
in-process, DNS answered from memory as pyspf's own test driver does.

    /usr/bin/python3 bench_pyspf.py tests/data/spf/rfc7208-tests.json [ITERATIONS]
"""
import ipaddress
import json
import sys
import time

import spf

suite_path = sys.argv[1]
iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 20
with open(suite_path) as stream:
    scenarios = json.load(stream)


def load_zone(zonedata):
    """name -> list of (type, value) or 'TIMEOUT'; SPF data served as TXT unless TXT given."""
    zone = {}
    for name, entries in zonedata.items():
        records, generated, has_txt = [], [], False
        for entry in entries:
            if entry == 'TIMEOUT':
                records.append('TIMEOUT')
                continue
            for rtype, value in entry.items():
                if rtype == 'TXT':
                    has_txt = True
                if value == 'NONE':
                    continue
                if rtype in ('TXT', 'SPF'):
                    value = [s.encode('utf-8') for s in ([value] if isinstance(value, str) else value)]
                    if rtype == 'SPF':
                        generated.append(('TXT', value))
                        continue
                records.append((rtype, value))
        if not has_txt:
            records += generated
        zone[name.lower()] = records
    return zone


def make_lookup(zone):
    def lookup(name, qtype, strict=True, timeout=None, *args):
        result, seen = [], False
        for record in zone.get(name.lower().rstrip('.'), []):
            if record == 'TIMEOUT':
                if not seen:
                    raise spf.TempError('DNS timeout')
                break
            rtype, value = record
            if rtype == qtype:
                seen = True
                if rtype == 'MX':
                    value = tuple(value)
                elif rtype == 'AAAA':
                    value = ipaddress.ip_address(value).packed
                result.append(((name, rtype), value))
            elif rtype == 'CNAME':
                result.append(((name, rtype), value))
        return result
    return lookup


jobs = []
for scenario in scenarios:
    lookup = make_lookup(load_zone(scenario['zonedata']))
    for test in scenario['tests'].values():
        jobs.append((lookup, test))

start = time.perf_counter()
for _ in range(iterations):
    for lookup, test in jobs:
        spf.DNSLookup = lookup
        spf.query(i=test['host'], s=test['mailfrom'], h=test['helo']).check()
elapsed = (time.perf_counter() - start) * 1000
print('pyspf: %d iterations x %d cases: %.1f ms, %.1f us per check()' % (
    iterations, len(jobs), elapsed, elapsed * 1000 / (iterations * len(jobs))))

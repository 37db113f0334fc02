#!/usr/bin/python3
"""The suite's OVHcloud API server: the documented subset Sceau uses, on real sockets.

  ovh_api.py --cert PEM --key PEM --state FILE --application-key AK --application-secret AS
             --consumer-key CK [--clock-skew SECONDS] [--max-skew SECONDS] [--fail-refresh]

State (JSON file, then in memory): {"zones": {"example.com": [{"id", "fieldType", "subDomain",
"target", "ttl"}]}, "writes": 0, "refreshes": 0, "times": 0}. The server's clock is the
machine's plus --clock-skew. Every route but /auth/time is signed as OVHcloud documents ("First
steps with the OVHcloud APIs"): X-Ovh-Application AK, X-Ovh-Consumer CK, X-Ovh-Timestamp within
--max-skew (30) seconds of the server's clock, X-Ovh-Signature "$1$" + hex SHA-1 of
AS+CK+METHOD+URL+BODY+TIMESTAMP joined with '+', URL the full https URL as sent. Errors carry
OVHcloud's {errorCode, httpCode, message}: 403 INVALID_KEY / INVALID_CREDENTIAL, 400
QUERY_TIME_OUT, 400 INVALID_SIGNATURE. Routes:
  GET    /1.0/auth/time                                  the server's clock (counted in "times")
  GET    /1.0/domain/zone/Z/record?fieldType=T&subDomain=S   ids
  GET    /1.0/domain/zone/Z/record/ID
  POST   /1.0/domain/zone/Z/record      {fieldType, subDomain, target, ttl}
  PUT    /1.0/domain/zone/Z/record/ID   {subDomain?, target?, ttl?}
  DELETE /1.0/domain/zone/Z/record/ID
  POST   /1.0/domain/zone/Z/refresh                      (counted in "refreshes")
--fail-refresh answers every refresh with a 500 (the write done, the zone not served).
A TXT target written without quotes is stored quoted, as OVHcloud does. Each applied POST, PUT
and DELETE of a record counts in "writes". Test-only routes: see apiserver.py.
"""
import argparse
import hashlib
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apiserver  # noqa: E402

p = argparse.ArgumentParser()
p.add_argument("--cert", required=True)
p.add_argument("--key", required=True)
p.add_argument("--state", required=True)
p.add_argument("--application-key", required=True)
p.add_argument("--application-secret", required=True)
p.add_argument("--consumer-key", required=True)
p.add_argument("--clock-skew", type=int, default=0)
p.add_argument("--max-skew", type=int, default=30)
p.add_argument("--fail-refresh", action="store_true")
args = p.parse_args()
with open(args.state) as f:
    initial = json.load(f)
for counter in ("writes", "refreshes", "times"):
    initial.setdefault(counter, 0)
initial.setdefault("zones", {})


def now():
    return int(time.time()) + args.clock_skew


def error(status, code, message):
    return status, {"errorCode": code, "httpCode": str(status), "message": message}


def refused(method, path, body, request):
    """The error answer when the request is not signed right, else None."""
    headers = request.headers
    if headers.get("X-Ovh-Application") != args.application_key:
        return error(403, "INVALID_KEY", "Invalid application key")
    if headers.get("X-Ovh-Consumer") != args.consumer_key:
        return error(403, "INVALID_CREDENTIAL", "This credential does not exist")
    try:
        timestamp = int(headers.get("X-Ovh-Timestamp", ""))
    except ValueError:
        return error(400, "QUERY_TIME_OUT", "Query out of time")
    if abs(timestamp - now()) > args.max_skew:
        return error(400, "QUERY_TIME_OUT", "Query out of time")
    url = "https://" + headers.get("Host", "") + request.path
    signed = "+".join([args.application_secret, args.consumer_key, method, url,
                       body.decode("utf-8", "replace"), str(timestamp)])
    expected = "$1$" + hashlib.sha1(signed.encode()).hexdigest()
    if headers.get("X-Ovh-Signature") != expected:
        return error(400, "INVALID_SIGNATURE", "Invalid signature")
    return None


def stored(field_type, target):
    if field_type == "TXT" and not target.startswith('"'):
        return '"' + target + '"'
    return target


def handle(method, path, query, body, request, state):
    if path == "/1.0/auth/time" and method == "GET":
        state["times"] += 1
        return 200, now()
    denied = refused(method, path, body, request)
    if denied:
        return denied
    parts = path.strip("/").split("/")
    if len(parts) < 5 or parts[:3] != ["1.0", "domain", "zone"]:
        return error(404, "NOT_FOUND", "Got an invalid (or empty) URL")
    zone = parts[3]
    if zone not in state["zones"]:
        return error(404, "NOT_FOUND", "This service does not exist")
    records = state["zones"][zone]
    data = json.loads(body) if body else {}
    if parts[4:] == ["refresh"] and method == "POST":
        if args.fail_refresh:
            return error(500, "INTERNAL_ERROR", "Internal server error")
        state["refreshes"] += 1
        return 200, None
    if parts[4:] == ["record"] and method == "GET":
        return 200, [r["id"] for r in records
                     if r["fieldType"] == query.get("fieldType", r["fieldType"])
                     and r["subDomain"] == query.get("subDomain", r["subDomain"])]
    if parts[4:] == ["record"] and method == "POST":
        record = {"id": max([r["id"] for r in records] + [1000]) + 1, "zone": zone,
                  "fieldType": data["fieldType"], "subDomain": data.get("subDomain", ""),
                  "target": stored(data["fieldType"], data["target"]),
                  "ttl": data.get("ttl", 0)}
        records.append(record)
        state["writes"] += 1
        return 200, record
    if len(parts) != 6 or parts[4] != "record":
        return error(404, "NOT_FOUND", "Got an invalid (or empty) URL")
    matches = [r for r in records if str(r["id"]) == parts[5]]
    if not matches:
        return error(404, "NOT_FOUND", "The requested object (id = %s) does not exist" % parts[5])
    record = matches[0]
    if method == "GET":
        return 200, dict(record, zone=zone)
    if method == "PUT":
        for field in ("subDomain", "ttl"):
            if field in data:
                record[field] = data[field]
        if "target" in data:
            record["target"] = stored(record["fieldType"], data["target"])
        state["writes"] += 1
        return 200, None
    if method == "DELETE":
        records.remove(record)
        state["writes"] += 1
        return 200, None
    return error(405, "METHOD_NOT_ALLOWED", "Method not allowed")


apiserver.serve(args.cert, args.key, initial, handle)

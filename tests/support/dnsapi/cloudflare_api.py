#!/usr/bin/python3
"""The suite's Cloudflare API v4 server: the documented subset Sceau uses, on real sockets.

  cloudflare_api.py --cert PEM --key PEM --state FILE --token TOKEN [--max-per-page N]
                    [--broken garbage|huge]

State (JSON file, then in memory): {"zones": [{"id", "name"}], "records": [{"id", "zone_id",
"type", "name", "content", "ttl", "priority"?}], "writes": 0}. Routes (Authorization: Bearer
TOKEN, else 403 with Cloudflare's envelope; the message quotes the token presented, as a
careless API might, so the tests see that a publisher never passes it on):
  GET    /client/v4/zones?name=Z
  GET    /client/v4/zones/ID/dns_records?type=T&name=FQDN&page=P&per_page=N  (result_info)
  POST   /client/v4/zones/ID/dns_records          {type, name, content, ttl, priority?}
  PATCH  /client/v4/zones/ID/dns_records/RID      {content?, ttl?, priority?}
  DELETE /client/v4/zones/ID/dns_records/RID
Each applied POST, PATCH and DELETE counts in "writes". --broken makes every authenticated answer
a 200 that is not JSON ("garbage") or is 2 MiB long ("huge"). Test-only routes: see apiserver.py.
"""
import argparse
import json
import math
import os
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apiserver  # noqa: E402

p = argparse.ArgumentParser()
p.add_argument("--cert", required=True)
p.add_argument("--key", required=True)
p.add_argument("--state", required=True)
p.add_argument("--token", required=True)
p.add_argument("--max-per-page", type=int, default=100)
p.add_argument("--broken", choices=["garbage", "huge"])
args = p.parse_args()
with open(args.state) as f:
    initial = json.load(f)
initial.setdefault("zones", [])
initial.setdefault("records", [])
initial.setdefault("writes", 0)

PREFIX = "/client/v4"


def envelope(result, result_info=None):
    value = {"success": True, "errors": [], "messages": [], "result": result}
    if result_info is not None:
        value["result_info"] = result_info
    return value


def error(status, code, message):
    return status, {"success": False, "errors": [{"code": code, "message": message}],
                    "messages": [], "result": None}


def handle(method, path, query, body, request, state):
    presented = request.headers.get("Authorization", "")
    if presented != "Bearer " + args.token:
        return error(403, 9109, "Invalid access token: " + presented[len("Bearer "):])
    if args.broken == "garbage":
        return 200, b"{\"success\": true, \"result\": [ <html>"
    if args.broken == "huge":
        return 200, envelope(["x" * 1024] * 2048)
    if not path.startswith(PREFIX + "/zones"):
        return error(404, 7003, "No route for that URI")
    parts = path[len(PREFIX):].strip("/").split("/")
    if parts == ["zones"] and method == "GET":
        zones = [z for z in state["zones"] if "name" not in query or z["name"] == query["name"]]
        return 200, envelope(zones)
    if len(parts) < 3 or parts[2] != "dns_records":
        return error(404, 7003, "No route for that URI")
    zone_id = parts[1]
    if not any(z["id"] == zone_id for z in state["zones"]):
        return error(404, 7003, "Could not route to zone")
    records = state["records"]
    data = json.loads(body) if body else {}
    if len(parts) == 3 and method == "GET":
        found = [r for r in records if r["zone_id"] == zone_id
                 and r["type"] == query.get("type", r["type"])
                 and r["name"] == query.get("name", r["name"])]
        per_page = max(1, min(int(query.get("per_page", 100)), args.max_per_page))
        page = max(1, int(query.get("page", 1)))
        shown = found[(page - 1) * per_page:page * per_page]
        info = {"page": page, "per_page": per_page, "count": len(shown),
                "total_count": len(found), "total_pages": max(1, math.ceil(len(found) / per_page))}
        return 200, envelope(shown, info)
    if len(parts) == 3 and method == "POST":
        if not all(k in data for k in ("type", "name", "content")):
            return error(400, 9000, "type, name and content are required")
        record = {"id": uuid.uuid4().hex, "zone_id": zone_id, "type": data["type"],
                  "name": data["name"], "content": data["content"], "ttl": data.get("ttl", 1)}
        if "priority" in data:
            record["priority"] = data["priority"]
        records.append(record)
        state["writes"] += 1
        return 200, envelope(record)
    if len(parts) != 4:
        return error(404, 7003, "No route for that URI")
    matches = [r for r in records if r["zone_id"] == zone_id and r["id"] == parts[3]]
    if not matches:
        return error(404, 81044, "Record does not exist.")
    record = matches[0]
    if method == "PATCH":
        for field in ("content", "ttl", "priority"):
            if field in data:
                record[field] = data[field]
        state["writes"] += 1
        return 200, envelope(record)
    if method == "DELETE":
        records.remove(record)
        state["writes"] += 1
        return 200, envelope({"id": record["id"]})
    return error(405, 10000, "Method not allowed")


apiserver.serve(args.cert, args.key, initial, handle)

# Loaded by Python at start-up when this directory is on PYTHONPATH (interop tests only).
# Sends dnspython's default resolver, which python3-dkim uses for key lookups, to the test
# Knot named by SCEAU_TEST_DNS ("127.0.0.1:45353").
import os

_server = os.environ.get("SCEAU_TEST_DNS")
if _server:
    try:
        import dns.resolver

        _host, _, _port = _server.rpartition(":")
        _resolver = dns.resolver.Resolver(configure=False)
        _resolver.nameservers = [_host]
        _resolver.port = int(_port)
        _resolver.lifetime = 5.0
        dns.resolver.default_resolver = _resolver
    except ImportError:
        pass

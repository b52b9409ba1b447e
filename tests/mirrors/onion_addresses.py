"""Onion addresses for the tests: real v3 addresses (their checksums right) of made-up keys."""

from mirrors.onion import v3_address

ONION_HOST = v3_address(bytes(range(32)))
ONION = f"http://{ONION_HOST}"
OTHER_ONION_HOST = v3_address(bytes(range(1, 33)))
# One character changed: the checksum no longer matches.
MISTYPED_ONION_HOST = ONION_HOST[:10] + ("a" if ONION_HOST[10] != "a" else "b") + ONION_HOST[11:]

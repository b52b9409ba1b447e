"""`make bench` (after scripts/bench.py): the production stack's throughput, measured with wrk.

Starts the stack (scripts/stack.py, in var/stack: its database keeps the demo between runs) and
measures one text page, for `SECONDS` each, on loopback:
1. through the front, nginx and Varnish (a cache hit every time but the first);
2. straight from gunicorn (production settings, each request rendered);
3. the same bytes as a static file served by the same nginx: the limit.
Writes requests/s, median and 99th percentile latency, and the cache's share of the static
file's throughput to its own section of BENCHMARKS.md (between marker comments; the rest of the
file is left as it is). Numbers, not assertions.
"""

import os
import platform
import re
import shutil
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchmarks_file
from stack import Stack, missing_binaries

PAGE = "/en/about/"
SECONDS = int(os.environ.get("BENCH_STACK_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_STACK_CONNECTIONS", "32"))
THREADS = 2
BEGIN, END = benchmarks_file.markers("bench_stack")


def wrk(url):
    """wrk's requests/s, median and 99th percentile (ms) for `url` (Host: localhost)."""
    output = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk"),
            f"-t{THREADS}",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--latency",
            "--timeout",
            "10s",
            "-H",
            "Host: localhost",
            "-H",
            "Accept-Encoding: gzip",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "Latency Distribution" not in output:
        raise RuntimeError(f"wrk's output without latencies:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(
        int(count) for count in re.findall(r"(?:Non-2xx or 3xx responses:|timeout) (\d+)", output)
    )
    return {
        "rate": rate,
        "p50": latency_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        "p99": latency_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        "errors": errors,
    }


def latency_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def fetch(url, **headers):
    headers = {"Host": "localhost", **headers}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read()


def section(results, size, gzipped, load):
    cache, static = results["cache"], results["static"]
    ratio = cache["rate"] / static["rate"]
    rows = [
        ("nginx + Varnish (cache hit)", cache),
        ("Varnish alone (cache hit, no nginx)", results["varnish"]),
        ("gunicorn alone (production settings)", results["gunicorn"]),
        ("nginx, the same bytes as a static file (the limit)", static),
    ]
    machine = (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
        f"Python {platform.python_version()}"
    )
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            machine = f"{line.split(':', 1)[1].strip()}, {os.cpu_count()} cores; " + (
                f"Python {platform.python_version()}"
            )
            break
    lines = [
        BEGIN,
        "## The production stack (make bench: scripts/bench_stack.py)",
        "",
        f"`{PAGE}` ({size:,} bytes of HTML; {gzipped:,} gzipped, as Varnish and the static file "
        "send it to a browser that accepts gzip, which wrk says it does; gunicorn sends it "
        f"uncompressed) with wrk on loopback: {THREADS} threads, {CONNECTIONS} connections, "
        f"{SECONDS} s each, against the stack `make stack` starts (gunicorn with its workers "
        "from the core count; wrk, nginx, Varnish and gunicorn share the machine's cores). "
        "Goal: through the cache at least half the static file's throughput. Errors: non-2xx "
        "answers and requests wrk gave up on after 10 s.",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine}; load average {load:.1f} when the run began (other work on the "
        "machine slows every row, gunicorn's most)",
        "",
        "| Path | Requests/s | p50 | p99 | Errors |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, row in rows:
        lines.append(
            f"| {name} | {row['rate']:,.0f} | {row['p50']:.2f} ms | {row['p99']:.2f} ms "
            f"| {row['errors']} |"
        )
    lines += [
        "",
        f"Through the cache: **{ratio:.0%}** of the static file's throughput "
        f"({'goal met' if ratio >= 0.5 else 'under the goal of 50%'}); "
        f"{cache['rate'] / results['gunicorn']['rate']:,.0f}× gunicorn's.",
        END,
    ]
    return "\n".join(lines)


def main():
    missing = missing_binaries()
    if not shutil.which("wrk"):
        missing.append("wrk")
    if missing:
        print(f"Skipped the stack benchmark: apt-get install -y {' '.join(missing)}")
        return 0
    # The database is the stack's own (var/stack), not the one `make bench` ran against.
    load = os.getloadavg()[0]
    stack = Stack(database_url=None)
    with stack:
        body = fetch(stack.gunicorn_url + PAGE)
        fetch(stack.url + PAGE)  # in the cache from here on
        gzipped = fetch(stack.url + PAGE, **{"Accept-Encoding": "gzip"})
        # The static file: the same bytes, gzipped as Varnish sends them (gzip_static).
        (stack.workdir / "www" / "about.html").write_bytes(body)
        (stack.workdir / "www" / "about.html.gz").write_bytes(gzipped)
        urls = {
            "cache": stack.url + PAGE,
            "varnish": stack.varnish_url + PAGE,
            "gunicorn": stack.gunicorn_url + PAGE,
            "static": stack.url + "/_stack/about.html",
        }
        results = {}
        for name, url in urls.items():
            print(f"wrk {url} ({SECONDS} s)...", flush=True)
            results[name] = wrk(url)
    text = section(results, len(body), len(gzipped), load)
    benchmarks_file.write_section("bench_stack", text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

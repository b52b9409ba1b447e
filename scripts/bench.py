"""`make bench`: page weight and server time of the public pages, written to BENCHMARKS.md.

Runs against the throwaway PostgreSQL of `scripts/with-postgres` with the demo content loaded,
rendering through Django's test client in this process (server time only: no network, no
browser). Nothing here is asserted; the tests assert query counts, this records speed and size.

Then the library at scale: the library, search and a resource page measured with the demo's
resources, then again after adding BENCH_RESOURCES (10,000) more over the six languages
(scripts/scale.py), side by side.
"""

import gzip
import io
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sheltercity.settings.test")
django.setup()

import stack  # noqa: E402 (scripts/stack.py, beside this file: Debian's redis-server)
from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
DUMMY_CACHE = "django.core.cache.backends.dummy.DummyCache"
LOCMEM_CACHE = "django.core.cache.backends.locmem.LocMemCache"
REDIS_CACHE = "django.core.cache.backends.redis.RedisCache"
RESOURCES = int(os.environ.get("BENCH_RESOURCES", "10000"))
WEIGHT_TARGET = 30_000  # bytes: HTML+CSS of a text page, gzipped
PAGES = [
    "/en/",
    "/ar/",
    "/en/about/",
    "/ru/privacy/",
    "/en/cities/",
    "/ar/cities/?region=africa",
    "/fr/cities/the-hague/",
    "/en/calls/",
    "/ar/calls/current-call/",
    "/en/library/",
    "/fr/library/?topic=digital-security&level=beginner",
    "/en/library/strong-passwords/",
    "/ar/library/strong-passwords/",
    "/fr/no-such-page/",
    "/en/search/?q=passwords",
    "/fr/search/?q=chiffrement&languages=all",
    "/ar/search/?q=%D9%83%D9%84%D9%85%D8%A9%20%D8%A7%D9%84%D9%85%D8%B1%D9%88%D8%B1",
    "/es/search/?q=seguridad&type=resource&page=2",
    "/en/search/?q=zzzzqqq",
    "/ru/search/suggest/?q=%D0%BF%D0%B0%D1%80",
]


# The pages whose work could grow with the library, measured with the demo and at scale.
SCALE_PAGES = [
    ("library", "/en/library/"),
    ("library, topic and level", "/fr/library/?topic=digital-security&level=beginner"),
    ("library, language and format", "/en/library/?language=fr&format=guide"),
    ("a resource", "/en/library/strong-passwords/"),
    ("search, a common word", "/en/search/?q=security"),
    ("search, a rare word", "/en/search/?q=burnout"),
]
SCALE_TARGET = 1.5  # each page at scale within this many times its time with the demo
SEARCH_TARGET = 50  # ms: the search's own median (the engine, without the page around it)
HALF_TARGET = 0.5  # a page with the shared cache warm, against the same page without one

# Where the sections of BENCHMARKS.md that are measured by hand begin: kept as they are.
HAND_MEASURED = "## Time to first page"


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory_kb / 1024 / 1024:.0f} GiB; "
        f"Python {platform.python_version()}, PostgreSQL {postgres}, Django {django.__version__}"
    )


def measure(client, url):
    client.get(url)  # warm caches, as on a running server
    times = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    body = response.content
    times.sort()
    return {
        "status": response.status_code,
        "median": statistics.median(times),
        "p90": times[int(len(times) * 0.9) - 1],
        "p95": times[int(len(times) * 0.95) - 1],
        "html": len(body),
        "html_gz": len(gzip.compress(body)),
        "queries": len(queries),
    }


def measure_engine(url):
    """The search engine's own time for a search URL (search.engine.search: the query, its
    filters and counts, the page of results with excerpts), without the page drawn around it:
    median and 90th percentile."""
    from django.test import RequestFactory
    from django.utils import translation
    from wagtail.models import Locale

    from search import engine

    language = url.split("/")[1]
    request = RequestFactory().get(url)
    with translation.override(language):
        locale = Locale.objects.get(language_code=language)
        engine.search(request, locale)
        times = []
        for _ in range(REQUESTS):
            start = time.perf_counter()
            engine.search(request, locale)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


@contextmanager
def shared_cache(kind):
    """The shared cache the pages are measured with (home/caching.py): "redis", Django's
    RedisCache on a redis-server started here on a free loopback port, as in production (an
    in-process LocMemCache when Debian's redis-server is missing, said in the output); "none",
    Django's DummyCache, which keeps nothing: every page computes everything, as before the
    shared cache. Yields what was used."""
    if kind == "none":
        with override_settings(CACHES={"default": {"BACKEND": DUMMY_CACHE}}):
            yield "none (DummyCache)"
        return
    if not stack.find_binary("redis-server"):
        with override_settings(CACHES={"default": {"BACKEND": LOCMEM_CACHE}}):
            yield "LocMemCache (redis-server is not installed)"
        return
    with tempfile.TemporaryDirectory() as workdir:
        redis = stack.Redis(SimpleNamespace(workdir=Path(workdir)), stack.free_port())
        redis.start()
        try:
            location = f"redis://127.0.0.1:{redis.port}/0"
            redis_cache = {"BACKEND": REDIS_CACHE, "LOCATION": location}
            with override_settings(CACHES={"default": redis_cache}):
                yield f"Redis {location} (Django's RedisCache)"
        finally:
            redis.stop()


def measure_scale(client):
    rows = {}
    for label, url in SCALE_PAGES:
        rows[label] = measure(client, url)
        if "/search/" in url:
            rows[label]["engine"] = measure_engine(url)
    return rows


def scale_section(demo, scaled, scaled_without, added, seconds):
    from resources.models import ResourcePage

    total = ResourcePage.objects.live().count()
    lines = [
        f"## At scale: {added:,} more resources",
        "",
        f"The same pages with the demo's resources, then after `scripts/scale.py` added {added:,} "
        f"live resources over the six languages' libraries in {seconds:.0f} s ({total:,} "
        "resource pages in all, a fifth of them translations of another, a third with a file; "
        "words drawn from a vocabulary per language with a fixed seed; then `VACUUM ANALYZE`, "
        "as autovacuum would do). Median and 90th percentile of "
        f"{REQUESTS} requests each; for search, also the search engine's own time "
        "(`search.engine.search`, without the page around it). Goal: every page within "
        f"{SCALE_TARGET}x its time with the demo; search under {SEARCH_TARGET} ms.",
        "",
        "| page | demo: median (p90) ms | at scale: median (p90) ms | ratio | queries "
        "| at scale without shared cache: median (p90) ms |",
        "|---|---|---|---|---|---|",
    ]
    verdicts = []
    for label, url in SCALE_PAGES:
        before, after = demo[label], scaled[label]
        ratio = after["median"] / before["median"]
        lines.append(
            f"| {label}: `{url}` | {before['median']:.1f} ({before['p90']:.1f}) "
            f"| {after['median']:.1f} ({after['p90']:.1f}) | {ratio:.2f} "
            f"| {before['queries']} → {after['queries']} "
            f"| {scaled_without[label]['median']:.1f} ({scaled_without[label]['p90']:.1f}) |"
        )
        if ratio > SCALE_TARGET:
            verdicts.append(f"{label} {ratio:.2f}x")
        if "engine" in after:
            engine_ratio = after["engine"][0] / before["engine"][0]
            lines.append(
                f"| {label}, the engine alone | {before['engine'][0]:.1f} "
                f"({before['engine'][1]:.1f}) | {after['engine'][0]:.1f} "
                f"({after['engine'][1]:.1f}) | {engine_ratio:.2f} | | |"
            )
            if after["engine"][0] > SEARCH_TARGET:
                verdicts.append(f"{label}: the engine {after['engine'][0]:.0f} ms")
    lines += [
        "",
        "Within the goals." if not verdicts else "Over the goals: " + "; ".join(verdicts) + ".",
        "",
    ]
    return lines


def main():
    # The 404 page is measured too: no line per request for it.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    css = Path(finders.find("css/site.css")).read_bytes()
    js = Path(finders.find("js/search-suggest.js")).read_bytes()
    client = Client()
    with shared_cache("none"):
        without = {url: measure(client, url) for url in PAGES}
    with shared_cache("redis") as cache_used:
        rows = [(url, measure(client, url)) for url in PAGES]
        demo = measure_scale(client)
    import scale  # scripts/scale.py, beside this file

    start = time.perf_counter()
    added = scale.add_resources(RESOURCES)
    seconds = time.perf_counter() - start
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # what autovacuum does after a bulk load
    with shared_cache("redis"):
        scaled = measure_scale(client)
    with shared_cache("none"):
        scaled_without = measure_scale(client)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (scripts/bench.py); numbers, not assertions. Server time is",
        "Django rendering through the test client (no network), median and 95th percentile of",
        f"{REQUESTS} requests after one warm-up; weight is the HTML plus the one stylesheet.",
        "",
        f"- Date: {now}",
        f"- Machine: {machine()}",
        f"- Settings: {settings.SETTINGS_MODULE}, demo content",
        f"- Shared cache: {cache_used}; and, side by side, none",
        "",
        "Server time is what a page costs when the front cache (Varnish) misses it: with the",
        "shared cache warm (what every page repeats, kept per language: home/caching.py), and",
        "without a shared cache (everything computed for each request, as before issue 17).",
        f"Goal: with the shared cache, under {HALF_TARGET} times the time without it.",
        "",
        f"Stylesheet: {len(css):,} bytes, {len(gzip.compress(css)):,} gzipped. "
        f"Script (search suggestions, every page, deferred): {len(js):,} bytes, "
        f"{len(gzip.compress(js)):,} gzipped.",
        "",
        "| page | status | median ms | p95 ms | queries | without shared cache: median ms "
        "(queries) | ratio | HTML bytes | HTML gzip | HTML+CSS gzip |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    over_half = []
    for url, r in rows:
        total = r["html_gz"] + len(gzip.compress(css))
        off = without[url]
        ratio = r["median"] / off["median"]
        if ratio >= HALF_TARGET:
            over_half.append(f"`{url}` {ratio:.2f}")
        lines.append(
            f"| `{url}` | {r['status']} | {r['median']:.1f} | {r['p95']:.1f} | {r['queries']} "
            f"| {off['median']:.1f} ({off['queries']}) | {ratio:.2f} "
            f"| {r['html']:,} | {r['html_gz']:,} | {total:,} |"
        )
    heaviest = max(rows, key=lambda row: row[1]["html_gz"])
    heaviest_total = heaviest[1]["html_gz"] + len(gzip.compress(css))
    lines += [
        "",
        f"Targets: HTML+CSS of every text page under {WEIGHT_TARGET // 1000} KB gzipped (phones "
        "first), well under 100 KB uncompressed (../shared/GUIDE.md). Heaviest here: "
        f"`{heaviest[0]}`, {heaviest_total:,} bytes gzipped "
        f"({'within' if heaviest_total < WEIGHT_TARGET else 'OVER'} the target).",
        "",
        "With the shared cache, every page under half its time without it."
        if not over_half
        else "At or over half the time without the shared cache: " + "; ".join(over_half) + ".",
        "",
        *scale_section(demo, scaled, scaled_without, added, seconds),
    ]
    # The sections measured by hand ("## Time to first page", "## Test suite") are kept.
    path = ROOT / "BENCHMARKS.md"
    kept = ""
    if path.exists():
        old = path.read_text()
        start = old.find(HAND_MEASURED)
        kept = old[start:] if start != -1 else ""
    path.write_text("\n".join(lines) + ("\n" + kept if kept else ""))
    print("\n".join(lines))


if __name__ == "__main__":
    main()

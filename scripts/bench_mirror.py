"""`make bench`, the copies: how long the static mirror and the offline libraries take to make,
and how big they are, with the demo and after adding BENCH_MIRROR_RESOURCES (1,000) resources
over the six languages (scripts/scale.py). Written to its own section of BENCHMARKS.md (between
marker comments; the rest of the file is left as it is). Numbers, not assertions.

Runs against the throwaway PostgreSQL of `scripts/with-postgres`, like scripts/bench.py.
"""

import io
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sheltercity.settings.test")
django.setup()

import bench  # noqa: E402 (scripts/bench.py: the machine's description)
import benchmarks_file  # noqa: E402 (scripts/benchmarks_file.py)
import scale  # noqa: E402 (scripts/scale.py)
from django.conf import settings  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.core.management import call_command  # noqa: E402

from mirrors import offline, signing  # noqa: E402
from mirrors.mirror import export_mirror  # noqa: E402

RESOURCES = int(os.environ.get("BENCH_MIRROR_RESOURCES", "1000"))
BEGIN, END = benchmarks_file.markers("bench_mirror")


def folder_size(path):
    files = [each for each in path.rglob("*") if each.is_file()]
    return len(files), sum(each.stat().st_size for each in files)


def measure(label):
    """Export the mirror and build every offline library; their times and sizes."""
    key = signing.signing_key()
    with tempfile.TemporaryDirectory(prefix="bench-mirror-") as temporary:
        target = Path(temporary) / "mirror"
        started = time.perf_counter()
        offline.build_stale(key=key, languages=[code for code, _ in settings.LANGUAGES])
        offline_seconds = time.perf_counter() - started
        rows = list(offline.OfflineLibrary.objects.exclude(file="").order_by("language"))
        started = time.perf_counter()
        export = export_mirror(target, key=key)
        seconds = time.perf_counter() - started
        files, size = folder_size(target)
        pages = sum(1 for name in export.written if name.endswith(".html"))
        archives = sum(row.size for row in rows)
        shutil.rmtree(target)
    return {
        "label": label,
        "seconds": seconds,
        "pages": pages,
        "files": files,
        "size": size,
        "broken": len(export.broken),
        "offline_seconds": offline_seconds,
        "offline": [(row.language, row.resource_count, row.size) for row in rows],
        "offline_size": archives,
    }


def section(results):
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        BEGIN,
        "## Copies: the static mirror and the offline libraries",
        "",
        "Written by `make bench` (scripts/bench_mirror.py). `export_mirror` renders every public",
        "page of every language, the filter pages and the search page, copies the documents,",
        "images, stylesheet and offline libraries, and signs the manifest; the offline libraries",
        "are the six ZIPs (`build_offline_libraries --all`), made before the mirror (which holds",
        "them too).",
        "",
        f"- Date: {now}",
        f"- Machine: {bench.machine()}",
        "- One process, PostgreSQL from scripts/with-postgres, the test settings (local media)",
        "",
        "| content | mirror: time | pages | files | size | broken links "
        "| offline libraries: time | total size | per language (resources, size) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        per_language = ", ".join(
            f"{code} {count} {size / 1024 / 1024:.1f} MB" for code, count, size in r["offline"]
        )
        lines.append(
            f"| {r['label']} | {r['seconds']:.1f} s | {r['pages']:,} | {r['files']:,} "
            f"| {r['size'] / 1024 / 1024:.1f} MB | {r['broken']} | {r['offline_seconds']:.1f} s "
            f"| {r['offline_size'] / 1024 / 1024:.1f} MB | {per_language} |"
        )
    lines += [
        "",
        "A page takes about the same time to export as to serve (the same views, through the",
        "shared cache of this process); the mirror's size is mostly the documents and the",
        "offline libraries, which hold the same documents again, once per language.",
        END,
    ]
    return "\n".join(lines)


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    results = [measure("demo")]
    scale.add_resources(RESOURCES)
    results.append(measure(f"demo + {RESOURCES:,} resources"))
    for row in offline.OfflineLibrary.objects.exclude(file=""):
        default_storage.delete(row.file)
    text = section(results)
    benchmarks_file.write_section("bench_mirror", text)
    print(text)


if __name__ == "__main__":
    main()

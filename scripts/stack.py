"""The production stack on this machine: `make stack`, and the stack tests' fixture.

    nginx (deploy/nginx/sheltercity.conf, plain HTTP on loopback)
      -> Varnish (deploy/varnish/default.vcl)
        -> gunicorn (deploy/gunicorn.conf.py, sheltercity.settings.production)
          -> PostgreSQL (a cluster of its own in var/stack/, unless DATABASE_URL is set)
          -> Redis (CACHE_URL=redis://…)

Each service listens on a free loopback port. Before gunicorn starts: collectstatic, migrate,
load_demo --if-empty and ensure_admin (`manage.py setup_site`). Ctrl-C (SIGINT) or SIGTERM stops
everything, in the reverse order, and leaves no process behind. The cluster's data stays in
var/stack/postgres (the demo loads once); `make clean` removes it.

As a library (tests/stack/conftest.py):

    with Stack(workdir, workers=2) as stack:   # or stack.start() ... stack.stop()
        stack.url                              # nginx, the front
        stack.services["postgres"].restart()   # each: start(), stop(), restart()

Needs Debian's nginx, varnish and redis-server, and PostgreSQL's binaries.
"""

import argparse
import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
BINARIES = {"nginx": "nginx", "varnish": "varnishd", "redis": "redis-server"}
SBIN = ("/usr/sbin", "/usr/local/sbin", "/sbin")


def find_binary(name):
    found = shutil.which(name)
    if found:
        return found
    for folder in SBIN:
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    return None


def postgres_bindir():
    candidates = sorted(
        Path(p) for p in Path("/usr/lib/postgresql").glob("*/bin") if (Path(p) / "initdb").exists()
    )
    if candidates:
        return candidates[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def missing_binaries():
    """What the stack needs and this machine lacks (Debian package names)."""
    missing = [
        package
        for package, binary in (
            ("nginx", "nginx"),
            ("varnish", "varnishd"),
            ("redis-server", "redis-server"),
        )
        if not find_binary(binary)
    ]
    if postgres_bindir() is None and not os.environ.get("DATABASE_URL"):
        missing.append("postgresql")
    return missing


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process=None, timeout=30, name="service"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{name} exited with status {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{name} is not listening on 127.0.0.1:{port} after {timeout} s")


def http_status(url, host="localhost", timeout=2):
    request = urllib.request.Request(url, headers={"Host": host})  # noqa: S310 (http://…)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


class Process:
    """A service run in the foreground as a child, in a process group of its own (so that
    stopping it stops its workers too, and Ctrl-C in the terminal reaches only `make stack`)."""

    name = "process"
    stop_signal = signal.SIGTERM

    def __init__(self, stack, port):
        self.stack, self.port, self.process = stack, port, None
        self.log = stack.workdir / f"{self.name}.log"

    def command(self):
        raise NotImplementedError

    def environment(self):
        return None

    def prepare(self):
        """Files the service needs, written before it starts."""

    def ready(self):
        wait_for_port(self.port, self.process, name=self.name)

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def start(self):
        if self.running:
            return
        self.prepare()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 (our own command line)
                self.command(),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self.environment(),
                cwd=REPO,
                start_new_session=True,
            )
        try:
            self.ready()
        except RuntimeError as error:
            self.stop()
            tail = self.log.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"{error}\n--- {self.log} ---\n{tail}") from None

    def stop(self, timeout=15):
        if self.process is None:
            return
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, self.stop_signal)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        # Whatever the group's other members (gunicorn's workers) were doing, they go too.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None

    def restart(self):
        self.stop()
        self.start()


class Postgres:
    """A PostgreSQL cluster of the stack's own (initdb once, then pg_ctl start and stop), run as
    the `postgres` user when this runs as root (initdb and pg_ctl refuse root)."""

    name = "postgres"

    def __init__(self, stack, port):
        self.stack, self.port = stack, port
        self.bindir = postgres_bindir()
        self.folder = stack.workdir / "postgres"
        self.data = self.folder / "data"
        self.database = "sheltercity"
        self.url = f"postgres://postgres@127.0.0.1:{port}/{self.database}"

    def run(self, *command, **options):
        as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(  # noqa: S603
            [*as_owner, *command], check=True, capture_output=True, text=True, **options
        )

    def initialise(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        if not (self.data / "PG_VERSION").exists():
            self.run(
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            )

    @property
    def running(self):
        if not (self.data / "PG_VERSION").exists():
            return False
        status = subprocess.run(  # noqa: S603
            [
                *(["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []),
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.data),
                "status",
            ],
            capture_output=True,
        )
        return status.returncode == 0

    def start(self):
        if self.running:
            return
        self.initialise()
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "postgres.log"),
            "-w",
            "-o",
            options,
            "start",
        )
        listing = self.psql("postgres", "SELECT 1 FROM pg_database WHERE datname = 'sheltercity'")
        if not listing.strip():
            self.psql("postgres", f"CREATE DATABASE {self.database}")

    def psql(self, database, sql):
        return subprocess.run(  # noqa: S603
            [
                str(self.bindir / "psql"),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                database,
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def stop(self):
        if self.running:
            self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")

    def restart(self):
        self.stop()
        self.start()


class Redis(Process):
    name = "redis"

    def command(self):
        return [
            find_binary("redis-server"),
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.stack.workdir),
            "--maxmemory",
            "128mb",
            "--maxmemory-policy",
            "allkeys-lru",
        ]


class Gunicorn(Process):
    name = "gunicorn"

    def command(self):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(DEPLOY / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        if self.stack.workers:
            command += ["--workers", str(self.stack.workers)]
        return command

    def environment(self):
        return self.stack.django_environment()

    def ready(self):
        deadline = time.monotonic() + 60
        url = f"http://127.0.0.1:{self.port}/healthz"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with status {self.process.returncode}")
            if http_status(url) == 200:
                return
            time.sleep(0.1)
        raise RuntimeError("gunicorn's /healthz did not answer 200 within 60 s")


class Varnish(Process):
    name = "varnish"

    def prepare(self):
        folder = self.stack.workdir / "vcl"
        folder.mkdir(exist_ok=True)
        production = (DEPLOY / "varnish" / "backend.vcl").read_text()
        local = production.replace('.port = "8000"', f'.port = "{self.stack.ports["gunicorn"]}"')
        local = local.replace("Host: sheltercity.example.org", "Host: localhost")
        local = local.replace("X-Forwarded-Proto: https", "X-Forwarded-Proto: http")
        (folder / "backend.vcl").write_text(local)
        folder.chmod(0o755)

    def command(self):
        jail = [] if os.geteuid() == 0 else ["-j", "none"]
        return [
            find_binary("varnishd"),
            "-F",
            *jail,
            "-n",
            str(self.stack.workdir / "varnish"),
            "-a",
            f"127.0.0.1:{self.port}",
            "-T",
            "none",
            "-f",
            str(DEPLOY / "varnish" / "default.vcl"),
            "-p",
            f"vcl_path={self.stack.workdir / 'vcl'}:{DEPLOY / 'varnish'}",
            "-s",
            "malloc,256m",
        ]


FRONT = re.compile(r"^\s*# front: begin.*?$(.*?)^\s*# front: end", re.M | re.S)


def local_nginx_conf(workdir, port, varnish_port):
    """The local front, from the production file: its `log_format`, and its shared part between
    "front: begin" and "front: end", served over plain HTTP on loopback."""
    production = (DEPLOY / "nginx" / "sheltercity.conf").read_text()
    log_format = re.search(r"^log_format [^;]*;", production, re.M).group(0)
    front = FRONT.search(production).group(1)
    front = re.sub(
        r"access_log \S+ sheltercity_private",
        f"access_log {workdir / 'nginx-access.log'} sheltercity_private",
        front,
    )
    temp = workdir / "nginx-temp"
    return f"""# Written by scripts/stack.py from deploy/nginx/sheltercity.conf: do not edit.
daemon off;
worker_processes 2;
pid {workdir / "nginx.pid"};
error_log {workdir / "nginx-error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path {temp / "body"};
    proxy_temp_path {temp / "proxy"};
    fastcgi_temp_path {temp / "fastcgi"};
    uwsgi_temp_path {temp / "uwsgi"};
    scgi_temp_path {temp / "scgi"};
    {log_format}
    upstream sheltercity_varnish {{
        server 127.0.0.1:{varnish_port};
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
{front}
        # Local only: files scripts/bench_stack.py serves as static files (the limit).
        location /_stack/ {{
            alias {workdir / "www"}/;
            gzip_static on;
        }}
    }}
}}
"""


class Nginx(Process):
    name = "nginx"
    stop_signal = signal.SIGQUIT  # graceful: finish the responses under way

    def prepare(self):
        workdir = self.stack.workdir
        for folder in ("nginx-temp", "www"):
            (workdir / folder).mkdir(exist_ok=True)
            (workdir / folder).chmod(0o777 if folder == "nginx-temp" else 0o755)
        conf = local_nginx_conf(workdir, self.port, self.stack.ports["varnish"])
        (workdir / "nginx.conf").write_text(conf)

    def command(self):
        conf = str(self.stack.workdir / "nginx.conf")
        return [
            find_binary("nginx"),
            "-e",
            str(self.stack.workdir / "nginx-error.log"),
            "-p",
            str(self.stack.workdir),
            "-c",
            conf,
        ]


class Stack:
    """The whole stack. `workdir`: where its files go (var/stack by default); `database_url`:
    an existing PostgreSQL instead of the stack's own cluster; `workers`: gunicorn's (default:
    deploy/gunicorn.conf.py's); `env`: more environment for Django (overrides)."""

    order = ("postgres", "redis", "gunicorn", "varnish", "nginx")

    def __init__(self, workdir=None, *, database_url=None, workers=None, env=None):
        self.workdir = Path(workdir or REPO / "var" / "stack").resolve()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.workdir.chmod(0o755)  # nginx's and Varnish's unprivileged users read in it
        self.workers = workers
        self.extra_env = dict(env or {})
        self.ports = {name: free_port() for name in self.order}
        self.services = {
            "redis": Redis(self, self.ports["redis"]),
            "gunicorn": Gunicorn(self, self.ports["gunicorn"]),
            "varnish": Varnish(self, self.ports["varnish"]),
            "nginx": Nginx(self, self.ports["nginx"]),
        }
        if database_url:
            self.database_url = database_url
        else:
            self.services["postgres"] = Postgres(self, self.ports["postgres"])
            self.database_url = self.services["postgres"].url
        self.secret_key = os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50)

    @property
    def url(self):
        """The front (nginx)."""
        return f"http://localhost:{self.ports['nginx']}"

    @property
    def varnish_url(self):
        return f"http://localhost:{self.ports['varnish']}"

    @property
    def gunicorn_url(self):
        return f"http://localhost:{self.ports['gunicorn']}"

    def django_environment(self):
        environment = dict(os.environ)
        environment.update(
            {
                "DJANGO_SETTINGS_MODULE": "sheltercity.settings.production",
                "SECRET_KEY": self.secret_key,
                "ALLOWED_HOSTS": "localhost,127.0.0.1",
                # Plain HTTP on loopback: no redirect to HTTPS (HSTS is only sent over HTTPS;
                # browsers keep `Secure` cookies for http://localhost).
                "SECURE_SSL_REDIRECT": "false",
                "DATABASE_URL": self.database_url,
                "DATABASE_CONN_MAX_AGE": "60",
                "CACHE_URL": f"redis://127.0.0.1:{self.ports['redis']}/0",
                "FRONTEND_CACHE_URL": f"http://127.0.0.1:{self.ports['varnish']}",
                "STATIC_ROOT": str(REPO / "var" / "stack-static"),
                "WAGTAILADMIN_BASE_URL": self.url,
                "CSRF_TRUSTED_ORIGINS": f"{self.url},http://127.0.0.1:{self.ports['nginx']}",
                "PYTHONDONTWRITEBYTECODE": "",
            }
        )
        environment.update(self.extra_env)
        return environment

    def manage(self, *commands):
        """Run management commands in one Python process with the stack's settings."""
        script = (
            "import django, sys; django.setup(); "
            "from django.core.management import call_command; "
            "[call_command(*c.split()) for c in sys.argv[1:]]"
        )
        environment = self.django_environment()
        environment["FRONTEND_CACHE_URL"] = ""  # Varnish starts after, with nothing cached
        subprocess.run(  # noqa: S603
            [sys.executable, "-c", script, *commands], check=True, cwd=REPO, env=environment
        )

    def start(self, prepare=("collectstatic --no-input --verbosity 0", "setup_site")):
        """Start every service not running yet, in order; `prepare`: management commands run
        once the database and the cache are up, before gunicorn."""
        try:
            for name in self.order:
                if name == "gunicorn" and prepare:
                    self.manage(*prepare)
                if name in self.services:
                    self.services[name].start()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self):
        for name in reversed(self.order):
            if name in self.services:
                try:
                    self.services[name].stop()
                except Exception as error:  # stop the others all the same
                    print(f"Stopping {name}: {error}", file=sys.stderr)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: the core count)")
    parser.add_argument("--workdir", help="where the stack's files go [var/stack]")
    arguments = parser.parse_args()
    missing = missing_binaries()
    if missing:
        sys.exit(f"Missing: apt-get install -y {' '.join(missing)}")

    # The application forms seal to APPLICATIONS_PUBLIC_KEY; unset, to the development key pair
    # `make run` made (var/dev-applications.pub, its secret half beside it), so they can be tried.
    key = os.environ.get("APPLICATIONS_PUBLIC_KEY", "")
    dev_key = REPO / "var" / "dev-applications.pub"
    if not key and dev_key.is_file():
        key = dev_key.read_text().strip()
    stack = Stack(
        arguments.workdir,
        database_url=os.environ.get("DATABASE_URL"),
        workers=arguments.workers,
        env={"APPLICATIONS_PUBLIC_KEY": key} if key else None,
    )

    def stop(signum, frame):
        raise KeyboardInterrupt

    # Both, even where SIGINT came in ignored (a background job of a shell script).
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    started = time.monotonic()
    try:
        stack.start()
        ports = stack.ports
        print(
            f"\nThe stack is up in {time.monotonic() - started:.0f} s (logs in {stack.workdir}):\n"
            f"  site (nginx)      {stack.url}/   admin: {stack.url}/admin/\n"
            f"  Varnish           {stack.varnish_url}/\n"
            f"  gunicorn          {stack.gunicorn_url}/   health: {stack.gunicorn_url}/healthz\n"
            f"  Redis             127.0.0.1:{ports['redis']}\n"
            f"  PostgreSQL        {stack.database_url}\n"
            + (
                "  Application forms sealed to "
                + (
                    "APPLICATIONS_PUBLIC_KEY"
                    if os.environ.get("APPLICATIONS_PUBLIC_KEY")
                    else f"{dev_key} (secret half: {dev_key.with_suffix('.key')})"
                )
                + "\n"
                if key
                else "  Application forms closed: set APPLICATIONS_PUBLIC_KEY, or `make run` once\n"
            )
            + "Ctrl-C stops everything.",
            flush=True,
        )
        while all(
            service.running for service in stack.services.values() if hasattr(service, "running")
        ):
            time.sleep(1)
        print("A service stopped: stopping the others.", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nStopping the stack...", flush=True)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

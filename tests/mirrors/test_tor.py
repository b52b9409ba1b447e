"""deploy/tor/torrc with Debian's tor, offline: the configuration is valid, and the address tor
makes for a new service passes the ONION_LOCATION check and gets its `Onion-Location`.

tor cannot publish the service's descriptor without the network, so whether Tor Browser
reaches it is not tested here (mirrors/README-onion.md says how to check it on the server).
"""

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings

from mirrors.checks import check_onion_location

TORRC = Path(settings.BASE_DIR) / "deploy" / "tor" / "torrc"
SERVICE_DIR = "/var/lib/tor/sheltercity/"
TOR = shutil.which("tor")

pytestmark = pytest.mark.skipif(TOR is None, reason="needs Debian's tor: apt-get install -y tor")


def local_torrc(tmp_path):
    """The repository's torrc with its directories in `tmp_path`, and no network."""
    service = tmp_path / "service"
    service.mkdir(mode=0o700)
    text = TORRC.read_text()
    assert SERVICE_DIR in text
    torrc = tmp_path / "torrc"
    torrc.write_text(
        text.replace(SERVICE_DIR, f"{service}/")
        + f"\nDataDirectory {tmp_path / 'data'}\nDisableNetwork 1\nLog notice stdout\n"
    )
    return torrc, service


def test_the_torrc_is_valid_and_points_at_varnish(tmp_path):
    torrc, _service = local_torrc(tmp_path)
    result = subprocess.run(
        [TOR, "--verify-config", "-f", str(torrc)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Configuration was valid" in result.stdout
    # Port 80 of the service goes to Varnish, where nginx sends the site's own requests too.
    nginx = (Path(settings.BASE_DIR) / "deploy" / "nginx" / "sheltercity.conf").read_text()
    assert "HiddenServicePort 80 127.0.0.1:6081" in TORRC.read_text()
    assert "server 127.0.0.1:6081;" in nginx


def test_a_mistake_in_the_torrc_is_caught(tmp_path):
    torrc, _service = local_torrc(tmp_path)
    torrc.write_text(torrc.read_text().replace("HiddenServicePort 80", "HiddenServicePort eighty"))
    result = subprocess.run(
        [TOR, "--verify-config", "-f", str(torrc)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0


@pytest.mark.django_db
def test_the_address_tor_makes_is_accepted_and_announced(tmp_path, settings, client):
    torrc, service = local_torrc(tmp_path)
    log = tmp_path / "tor.log"
    with log.open("wb") as output:
        tor = subprocess.Popen([TOR, "-f", str(torrc)], stdout=output, stderr=subprocess.STDOUT)
    try:
        hostname_file = service / "hostname"
        deadline = time.monotonic() + 60
        while not hostname_file.exists() and time.monotonic() < deadline:
            assert tor.poll() is None, log.read_text()
            time.sleep(0.2)
        hostname = hostname_file.read_text().strip()
    finally:
        tor.terminate()
        tor.wait(timeout=30)
    assert hostname.endswith(".onion") and len(hostname) == 62
    settings.ONION_LOCATION = f"http://{hostname}"
    assert check_onion_location() == []
    assert client.get("/en/about/")["Onion-Location"] == f"http://{hostname}/en/about/"

"""Network rules: verified HTTPS (custom CA bundle), plain HTTP only to loopback, the token kept out of sight."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk.models import SyncState
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.client.status import sync_status
from sync.upstream.errors import SyncCode, SyncConfigError
from sync.upstream.http import check_url
from tests.sync.helpers import TOKEN, assert_exactly_once, json_config, make_engine, rows
from tests.sync.servers.base import Fault, RunningServer
from tests.sync.servers.json_server import JsonProtocolApp


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kiosk test server")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "server.pem", directory / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> tuple[RunningServer, Path]:
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = RunningServer(JsonProtocolApp(tmp_path / "tls-server.sqlite3", TOKEN), tls=context)
    yield server, cert
    server.stop()


def test_an_unknown_certificate_is_refused_and_nothing_is_lost(kiosk: KioskContext,
                                                               tls_server: tuple[RunningServer, Path]) -> None:
    server, _ = tls_server
    simulate(kiosk.store, kiosk.campaign, 5)
    report = make_engine(kiosk, json_config(server.url)).run_until_idle(0.5)
    assert report.confirmed == 0
    assert sync_status(kiosk.store)["last_error"] == SyncCode.TLS
    assert all(r.state == SyncState.PENDING for r in rows(kiosk))
    assert server.app.stored_uuids() == []  # type: ignore[attr-defined]


def test_a_configured_ca_bundle_is_trusted(kiosk: KioskContext, tls_server: tuple[RunningServer, Path]) -> None:
    server, cert = tls_server
    simulate(kiosk.store, kiosk.campaign, 5)
    report = make_engine(kiosk, json_config(server.url, ca_bundle=str(cert))).run_until_idle(10)
    assert report.pending == 0
    assert_exactly_once(server.app.stored_uuids(), kiosk)  # type: ignore[attr-defined]


def test_a_missing_ca_bundle_pauses_sync(kiosk: KioskContext, tls_server: tuple[RunningServer, Path]) -> None:
    server, _ = tls_server
    simulate(kiosk.store, kiosk.campaign, 2)
    report = make_engine(kiosk, json_config(server.url, ca_bundle="/nonexistent/ca.pem")).run_until_idle(2)
    assert report.paused == SyncCode.CA_BUNDLE_MISSING


@pytest.mark.parametrize("url", ["http://example.org/api", "http://10.0.0.5:8080", "ftp://127.0.0.1/", ""])
def test_plain_http_is_only_for_loopback(url: str) -> None:
    with pytest.raises(SyncConfigError):
        check_url(url)


@pytest.mark.parametrize("url", ["https://actionnetwork.org/api/v2/", "http://127.0.0.1:8080", "http://[::1]:9/",
                                 "http://localhost:5000"])
def test_https_and_loopback_are_allowed(url: str) -> None:
    assert check_url(url) == url.rstrip("/")


def test_an_insecure_url_pauses_without_sending(kiosk: KioskContext) -> None:
    simulate(kiosk.store, kiosk.campaign, 2)
    report = make_engine(kiosk, json_config("http://example.org")).run_until_idle(2)
    assert report.paused == SyncCode.INSECURE_URL and report.requests == 0


def test_no_token_pauses_with_a_clear_code(kiosk: KioskContext, json_server: RunningServer) -> None:
    simulate(kiosk.store, kiosk.campaign, 2)
    report = make_engine(kiosk, json_config(json_server.url), token=None).run_until_idle(2)
    assert report.paused == SyncCode.NO_TOKEN
    assert json_server.app.statuses() == []


def test_the_token_is_in_no_log_and_not_in_the_database(kiosk: KioskContext, json_server: RunningServer,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    simulate(kiosk.store, kiosk.campaign, 12)
    json_server.app.faults.add(Fault.ERROR_500)
    json_server.app.faults.add(Fault.RESET_AFTER_COMMIT)
    make_engine(kiosk, json_config(json_server.url, batch_size=5)).run_until_idle(10)
    json_server.app.tokens.clear()
    simulate(kiosk.store, kiosk.campaign, 2, seed=9)
    make_engine(kiosk, json_config(json_server.url)).run_until_idle(2)
    assert caplog.records, "sync logged nothing at all"
    assert TOKEN not in caplog.text
    for path in kiosk.data_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path.name
    for record in rows(kiosk):
        assert record.last_error is None or "@" not in record.last_error

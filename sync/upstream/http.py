"""HTTP for sync: verified TLS, plain HTTP only to loopback, a timeout on every request.

The one place that turns transport failures into :class:`~sync.upstream.errors.SyncCode` values, so
no exception text (which can echo URLs or bodies) travels further.
"""

from __future__ import annotations

import ipaddress
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters

from kiosk import version
from sync.upstream.errors import SyncCode, SyncConfigError, safe_reason

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this machine (127.0.0.0/8, ::1 or localhost)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The URL without a trailing slash, if it is HTTPS, or plain HTTP to loopback."""
    if not url:
        raise SyncConfigError(SyncCode.NOT_CONFIGURED)
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if parts.scheme == "http" and parts.hostname and is_loopback_host(parts.hostname):
        return url.rstrip("/")
    raise SyncConfigError(SyncCode.INSECURE_URL)


class PinnedAdapter(requests.adapters.HTTPAdapter):
    """Trusts exactly one certificate, by its SHA-256 (a paired hub's own, self-signed one).

    urllib3 compares the fingerprint of the certificate the server presents on every new
    connection and refuses any other, whatever name or CA it carries.
    """

    def __init__(self, sha256_hex: str) -> None:
        self._fingerprint = sha256_hex.lower()
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(*args, **kwargs)


def make_session(url: str, ca_bundle: str = "", pinned_sha256: str = "") -> requests.Session:
    """A session that verifies certificates (against ``ca_bundle`` when given, or against a
    pinned certificate fingerprint)."""
    session = requests.Session()
    if pinned_sha256:
        session.mount("https://", PinnedAdapter(pinned_sha256))
        session.verify = False  # no CA says who the hub is: the pin alone does (checked per connection)
    elif ca_bundle:
        if not os.path.isfile(ca_bundle):
            raise SyncConfigError(SyncCode.CA_BUNDLE_MISSING)
        session.verify = ca_bundle
    else:
        session.verify = True
    host = urlsplit(url).hostname or ""
    if is_loopback_host(host):
        # A loopback server is this machine: never route it through an environment proxy.
        session.trust_env = False
    session.headers["User-Agent"] = f"petition-kiosk/{version()}"
    return session


@dataclass(frozen=True)
class Reply:
    """What came back: status, the headers we use, and the raw body."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    def error_reason(self, *keys: str) -> str:
        """The server's short reason from a JSON error body (the first of ``keys`` present),
        made safe to store; ``http_<status>`` when the body says nothing usable."""
        fallback = f"http_{self.status}"
        try:
            document = json.loads(self.body)
        except (ValueError, RecursionError):
            return fallback
        if not isinstance(document, dict):
            return fallback
        return safe_reason(next((document[k] for k in keys if document.get(k)), None), fallback)


def ssl_fingerprint_errors() -> type[Exception]:
    """What urllib3 raises when a pinned certificate does not match (wrapped by requests)."""
    from urllib3.exceptions import SSLError

    return SSLError


@dataclass(frozen=True)
class TransportFailure:
    """No usable HTTP answer (timeout, refused or reset connection, TLS failure)."""

    code: SyncCode


def post(session: requests.Session, url: str, body: bytes, headers: Mapping[str, str],
         timeout: tuple[float, float]) -> Reply | TransportFailure:
    """POST and read the whole answer; any transport failure becomes a code."""
    return _request(session, "POST", url, body, headers, timeout)


def get(session: requests.Session, url: str, headers: Mapping[str, str],
        timeout: tuple[float, float]) -> Reply | TransportFailure:
    """GET and read the whole answer; any transport failure becomes a code."""
    return _request(session, "GET", url, None, headers, timeout)


def _request(session: requests.Session, method: str, url: str, body: bytes | None, headers: Mapping[str, str],
             timeout: tuple[float, float]) -> Reply | TransportFailure:
    try:
        response = session.request(method, url, data=body, headers=dict(headers), timeout=timeout,
                                   allow_redirects=False)
        content = response.content  # read fully now: a reset mid-body is a transport failure
    except (requests.exceptions.SSLError, ssl_fingerprint_errors()):
        return TransportFailure(SyncCode.TLS)
    except requests.exceptions.ConnectTimeout:
        # No server was reached at all (a dead network drops the handshake): a connection
        # failure, retried soon, not a slow server to be spared.
        return TransportFailure(SyncCode.CONNECTION)
    except requests.exceptions.Timeout:
        return TransportFailure(SyncCode.TIMEOUT)
    except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError):
        return TransportFailure(SyncCode.CONNECTION)
    except requests.exceptions.RequestException:
        return TransportFailure(SyncCode.CONNECTION)
    return Reply(response.status_code, {k.lower(): v for k, v in response.headers.items()}, content)

"""Asking Action Network whether it already recorded some of our signatures, before sending them again.

A request that went out and was never answered (the hub was killed with it in flight, or the
connection broke after it was sent) may have been recorded. Before such a signature is sent
again, the hub reads back the petition's signatures collection (``GET
{petition}/signatures``) and looks for our identifier (``petition_kiosk:<uuid>``) on them:
found, the signature is delivered, with Action Network's own id as its receipt, and is not
sent again.

Facts this leans on, each of them safe when wrong (shared/reference/action-network.md): that
a signature keeps the identifiers it was sent with (*unverified*); that the collection takes
an OData-style ``filter=modified_date gt '…'`` (an ignored filter only means more pages); and
that collections page at 25. Anything the read cannot settle (no identifier kept, a page
limit reached, a failed read) leaves the signature "not found", so it is sent again, which
Action Network deduplicates by person anyway. The read never confirms what it did not see.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import requests

from sync.upstream import sanitize
from sync.upstream.adapters.osdi_body import IDENTIFIER_SYSTEM
from sync.upstream.backoff import parse_retry_after
from sync.upstream.http import Reply, TransportFailure, get
from sync.upstream.rate_limit import RateLimiter

RECEIPT_PREFIX = "action_network:"
#: Signatures modified this long before the attempt are read too: Action Network's clock and
#: ours need not agree to the second.
READ_BACK_MARGIN = timedelta(seconds=60)
#: The most pages one read-back reads (25 signatures each, about 6 s of the 4/s budget): beyond
#: that, the rest count as not found and are sent again (deduplicated by person upstream).
READ_BACK_MAX_PAGES = 25
#: Action Network's page size (it answers 25 whatever is asked).
PAGE_SIZE = 25
#: A page refused for the rate (429) is asked again this many times, after the wait it names:
#: another process's request can crowd one second, and a read given up sends the signature again.
RATE_LIMITED_RETRIES = 2
HTTP_OK = 200
HTTP_TOO_MANY_REQUESTS = 429


def action_network_receipt(identifiers: object) -> str | None:
    """The ``action_network:`` identifier among ``identifiers`` (its id withheld unless it is a
    plain identifier, see :mod:`sync.sanitize`), or None when there is none."""
    if not isinstance(identifiers, list):
        return None
    for identifier in identifiers:
        if (isinstance(identifier, str) and identifier.startswith(RECEIPT_PREFIX)
                and len(identifier) > len(RECEIPT_PREFIX)):
            return RECEIPT_PREFIX + sanitize.receipt(identifier[len(RECEIPT_PREFIX):])
    return None


def _page(answer: object) -> tuple[list[Any], int] | None:
    """A collection page's signatures and its total pages; None when the answer is not one."""
    if not isinstance(answer, Reply) or answer.status != HTTP_OK:
        return None
    try:
        document = json.loads(answer.body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    embedded = document.get("_embedded")
    signatures = embedded.get("osdi:signatures") if isinstance(embedded, dict) else None
    if not isinstance(signatures, list):
        return None
    total = document.get("total_pages")
    return signatures, total if isinstance(total, int) and not isinstance(total, bool) else 0


class SignatureReader:
    """Reads back a petition's signatures collection, in the adapter's request slots."""

    def __init__(self, session: requests.Session, petition_url: str, headers: Mapping[str, str],
                 timeout: tuple[float, float], limiter: Callable[[], RateLimiter]) -> None:
        self._session = session
        self._collection = f"{petition_url}/signatures"
        self._headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        self._timeout = timeout
        self._limiter = limiter

    def recorded(self, uuids: Collection[str], since: datetime,
                 interrupt: threading.Event | None = None) -> dict[str, str]:
        """Those of ``uuids`` found on signatures modified since ``since`` (less the margin):
        UUID to receipt. Stops at the first page that is not a page (the rest: not found)."""
        wanted = {f"{IDENTIFIER_SYSTEM}:{uuid}": uuid for uuid in uuids}
        found: dict[str, str] = {}
        after = (since - READ_BACK_MARGIN).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for number in range(1, READ_BACK_MAX_PAGES + 1):
            if not self._limiter().wait(interrupt):
                break
            query = urlencode({"filter": f"modified_date gt '{after}'", "page": number})
            page = _page(self._read(f"{self._collection}?{query}", interrupt))
            if page is None:
                break
            signatures, total_pages = page
            for signature in signatures:
                identifiers = signature.get("identifiers") if isinstance(signature, dict) else None
                receipt = action_network_receipt(identifiers)
                if receipt is None or not isinstance(identifiers, list):
                    continue  # without Action Network's own id there is no receipt to keep
                for identifier in identifiers:
                    if isinstance(identifier, str) and identifier in wanted:
                        found[wanted[identifier]] = receipt
            if len(found) == len(wanted) or len(signatures) < PAGE_SIZE or (total_pages and number >= total_pages):
                break
        return found

    def _read(self, url: str, interrupt: threading.Event | None) -> Reply | TransportFailure | None:
        """One page (its slot already taken), asked again after a 429's wait; None when closing."""
        answer = get(self._session, url, self._headers, self._timeout)
        for _ in range(RATE_LIMITED_RETRIES):
            if not isinstance(answer, Reply) or answer.status != HTTP_TOO_MANY_REQUESTS:
                break
            limiter = self._limiter()
            limiter.hold(parse_retry_after(answer.headers.get("retry-after")) or 1.0)
            if not limiter.wait(interrupt):
                return None
            answer = get(self._session, url, self._headers, self._timeout)
        return answer


__all__ = ["PAGE_SIZE", "READ_BACK_MARGIN", "READ_BACK_MAX_PAGES", "RECEIPT_PREFIX", "SignatureReader",
           "action_network_receipt"]

"""The ``json`` adapter: our batch protocol v1 (DESIGN.md, docs/sync-protocol.md).

The request body is written by sync/protocol/v1.py, the codec the hub reads with too.

``POST {url}/v1/signatures:batch`` with up to 500 signatures. "accepted" and "duplicate"
both confirm a UUID; "rejected" rejects only that UUID. 413 halves the batch size for the
rest of the run; a whole-request 4xx on a multi-record batch is bisected so that only the
record the server objects to ends up rejected.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from sync.protocol import encode_batch
from sync.upstream import sanitize
from sync.upstream.adapters.base import Adapter, Halt, Outgoing, SendResult, StatusKind, classify_status, probe_verdict
from sync.upstream.backoff import parse_retry_after
from sync.upstream.errors import SyncCode
from sync.upstream.http import Reply, TransportFailure, check_url, make_session, post
from sync.upstream.target import JSON_MAX_BATCH, SyncConfig

BATCH_PATH = "/v1/signatures:batch"
CONFIRMING = ("accepted", "duplicate")
STATUSES = ("accepted", "duplicate", "rejected")


@dataclass
class ParsedBatch:
    """The per-UUID verdicts found in a 200 answer (UUIDs we did not send are ignored)."""

    confirmed: dict[str, str] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)


def parse_batch_response(body: bytes, sent: Sequence[str]) -> ParsedBatch | None:
    """Read a 200 answer; None when it is not a protocol v1 answer at all.

    A UUID is confirmed only by a well-formed result naming it with "accepted" or
    "duplicate". A UUID named twice with different verdicts is left out: an ambiguous answer
    must never mark a record synced.
    """
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    if not isinstance(document, dict):
        return None
    results = document.get("results")
    if not isinstance(results, list):
        return None
    wanted = set(sent)
    verdicts: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    for entry in results:
        if not isinstance(entry, dict):
            continue
        uuid, status = entry.get("uuid"), entry.get("status")
        if not isinstance(uuid, str) or uuid not in wanted or status not in STATUSES:
            continue
        assert isinstance(status, str)
        if status == "rejected":
            detail = sanitize.reject_reason(entry.get("reason"))
        else:
            receipt = entry.get("receipt")
            detail = status if receipt is None else f"{status}:{sanitize.receipt(receipt)}"
        previous = verdicts.get(uuid)
        if previous is not None and (previous[0] in CONFIRMING) != (status in CONFIRMING):
            ambiguous.add(uuid)
        verdicts.setdefault(uuid, (status, detail))
    parsed = ParsedBatch()
    for uuid, (status, detail) in verdicts.items():
        if uuid in ambiguous:
            continue
        if status in CONFIRMING:
            parsed.confirmed[uuid] = detail
        else:
            parsed.rejected[uuid] = detail
    return parsed


class JsonBatchAdapter(Adapter):
    """Sends batches to a protocol v1 server."""

    def __init__(self, config: SyncConfig, token: str) -> None:
        base = check_url(config.url)
        self._endpoint = base + BATCH_PATH
        self._session = make_session(base, config.ca_bundle, config.pinned_sha256)
        self._timeout = (config.connect_timeout_s, config.read_timeout_s)
        self._headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
        }
        self.max_batch = max(1, min(config.batch_size, JSON_MAX_BATCH))

    def send(self, batch: Sequence[Outgoing]) -> SendResult:
        """Deliver ``batch``; see the module docstring for how answers are read."""
        result = SendResult()
        items = list(batch)
        while items and result.halt is None:
            # max_batch may have shrunk after a 413 since this batch was read.
            chunk, items = items[: self.max_batch], items[self.max_batch :]
            self._send(chunk, result)
        result.confirmed = sanitize.without_echoes(result.confirmed, batch)  # no signer data in receipts
        return result

    def _send(self, batch: list[Outgoing], result: SendResult) -> None:
        uuids = [item.uuid for item in batch]
        answer = post(self._session, self._endpoint, encode_batch(batch), self._headers, self._timeout)
        result.requests += 1
        if isinstance(answer, TransportFailure):
            self._fail(result, uuids, answer.code)
            return
        self._read(batch, uuids, answer, result)

    def _read(self, batch: list[Outgoing], uuids: list[str], answer: Reply, result: SendResult) -> None:
        status = answer.status
        verdict = classify_status(status)
        if verdict.kind is StatusKind.SUCCESS:
            parsed = parse_batch_response(answer.body, uuids)
            if parsed is None:
                self._fail(result, uuids, SyncCode.BAD_RESPONSE)
                return
            result.confirmed.update(parsed.confirmed)
            result.rejected.update(parsed.rejected)
            missing = [u for u in uuids if u not in parsed.confirmed and u not in parsed.rejected]
            if missing:
                # The server skipped some: they stay pending and go out again (same UUID).
                self._fail(result, missing, SyncCode.NO_RESULT)
            return
        if verdict.kind is StatusKind.REJECT:  # 413 too: the batch was too large
            if len(batch) > 1:
                if status == 413:
                    # Remember: every later batch of this run is sent smaller too.
                    self.max_batch = max(1, len(batch) // 2)
                middle = len(batch) // 2
                for half in (batch[:middle], batch[middle:]):
                    self._send(half, result)
                    if result.halt is not None:
                        return
                return
            reason = "too_large" if status == 413 else sanitize.reject_reason(answer.error_reason("reason", "error"))
            result.rejected[uuids[0]] = reason
            return
        assert verdict.code is not None
        if verdict.kind is StatusKind.PAUSE:
            result.halt = Halt(verdict.code)
            return
        retry_after = parse_retry_after(answer.headers.get("retry-after")) if verdict.waits else None
        self._fail(result, uuids, verdict.code, retry_after)

    def probe(self) -> Halt | None:
        """An empty batch, with the token: the server checks the token, then refuses the empty
        list (or takes it); either answer means a batch sent now would have been read."""
        answer = post(self._session, self._endpoint, b'{"signatures":[]}', self._headers, self._timeout)
        return probe_verdict(answer)

    @staticmethod
    def _fail(result: SendResult, uuids: Sequence[str], code: SyncCode, retry_after: float | None = None) -> None:
        for uuid in uuids:
            result.failed[uuid] = code
        result.halt = Halt(code, retry_after)

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()

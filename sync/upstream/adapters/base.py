"""The adapter interface: send some signatures, say what happened to each.

An adapter never touches the database. It receives immutable :class:`Outgoing` values and
returns a :class:`SendResult`; the engine turns that into outbox updates in one short
transaction. The rule that makes "exactly once" hold: only a UUID listed in
``SendResult.confirmed`` may be marked synced, and adapters put a UUID there only when the
server's answer named it as stored.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, auto

from sync.protocol import Outgoing
from sync.upstream.errors import PAUSING_CODES, SyncCode

__all__ = ["Adapter", "Halt", "Outgoing", "SendResult", "StatusKind", "StatusVerdict", "classify_status"]


@dataclass(frozen=True)
class Halt:
    """Why the adapter stopped before finishing (the rest of the batch stays pending)."""

    code: SyncCode
    retry_after_s: float | None = None

    @property
    def pauses(self) -> bool:
        """Whether sync must wait for a person (bad token, wrong petition) rather than retry."""
        return self.code in PAUSING_CODES


class StatusKind(Enum):
    """What an HTTP status means for the signatures sent, the same for every adapter."""

    SUCCESS = auto()       # the adapter reads the body: only what it names is confirmed
    PAUSE = auto()         # 401/403/404: a person must fix the token or the petition
    RATE_LIMITED = auto()  # 429: wait (``Retry-After``), the records stay pending
    RETRY = auto()         # 5xx, 408, 425: the server's trouble, try again later
    REJECT = auto()        # any other 4xx: about the record(s) sent
    UNEXPECTED = auto()    # anything else (1xx, 3xx, an odd 2xx): a failure, never a success


@dataclass(frozen=True)
class StatusVerdict:
    """An HTTP status classified: its kind and the sync code that goes with it."""

    kind: StatusKind
    code: SyncCode | None = None

    @property
    def waits(self) -> bool:
        """Whether the server's ``Retry-After`` applies (rate limits and server trouble)."""
        return self.kind in (StatusKind.RATE_LIMITED, StatusKind.RETRY)


_PAUSING_STATUS = {401: SyncCode.AUTH_FAILED, 403: SyncCode.AUTH_FAILED, 404: SyncCode.NOT_FOUND}
_RETRY_STATUS = (408, 425)


def classify_status(status: int, success: Collection[int] = (200,)) -> StatusVerdict:
    """The one reading of an HTTP status for both adapters (``success``: the statuses that carry a result)."""
    if status in success:
        return StatusVerdict(StatusKind.SUCCESS)
    if status in _PAUSING_STATUS:
        return StatusVerdict(StatusKind.PAUSE, _PAUSING_STATUS[status])
    if status == 429:
        return StatusVerdict(StatusKind.RATE_LIMITED, SyncCode.RATE_LIMITED)
    if status >= 500 or status in _RETRY_STATUS:
        return StatusVerdict(StatusKind.RETRY, SyncCode.SERVER_ERROR)
    if 400 <= status < 500:
        return StatusVerdict(StatusKind.REJECT, SyncCode.REJECTED)
    return StatusVerdict(StatusKind.UNEXPECTED, SyncCode.BAD_RESPONSE)


@dataclass
class SendResult:
    """The outcome of one :meth:`Adapter.send` call.

    ``confirmed`` maps UUID to the server's receipt; ``rejected`` maps UUID to a short,
    non-personal reason code; ``failed`` maps UUID to a retryable code; ``not_sent`` maps
    UUID to why the target can never take it (kept on the kiosk, not rejected). A UUID in none of
    them was not attempted (the adapter halted first) and stays pending untouched.
    """

    confirmed: dict[str, str] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)
    failed: dict[str, SyncCode] = field(default_factory=dict)
    #: UUID to the reason it is kept on the kiosk and never sent (e.g. ``no_contact``).
    not_sent: dict[str, str] = field(default_factory=dict)
    halt: Halt | None = None
    requests: int = 0


class Adapter(ABC):
    """Sends signatures to one kind of server."""

    #: Most signatures one :meth:`send` call should be given.
    max_batch: int = 1
    #: Set by the engine: when it is set, stop between requests (the kiosk is closing).
    interrupt: threading.Event | None = None

    @abstractmethod
    def send(self, batch: Sequence[Outgoing]) -> SendResult:
        """Try to deliver ``batch``; never raises for network or server trouble."""

    def probe(self) -> Halt | None:
        """One authenticated exchange with the server that stores nothing: None when it answered
        as it would a batch, else why not (the same :class:`Halt` a batch would have met).

        Asked when a batch holds only repeat signers' signatures, which are never sent: they are
        "delivered" exactly when a new signature sent at that moment would be (sync/upstream/riders.py).
        An adapter that cannot ask says the server answered.
        """
        return None

    def recorded(self, uuids: Collection[str], since: datetime) -> dict[str, str]:
        """Those of ``uuids`` the server already holds, read back from it (UUID to receipt), for
        signatures whose last request went out unanswered at ``since``. Only what the server
        showed is returned; an adapter that cannot ask returns nothing, and those are sent again
        (safe where the server is idempotent by UUID, as the json protocol is)."""
        return {}

    def close(self) -> None:  # noqa: B027 - optional hook, most adapters hold only a session
        """Release network resources."""


def probe_verdict(answer: object) -> Halt | None:
    """Read a probe's answer (a :class:`~sync.upstream.http.Reply` or a transport failure) like a batch's."""
    from sync.upstream.backoff import parse_retry_after
    from sync.upstream.http import Reply, TransportFailure

    if isinstance(answer, TransportFailure):
        return Halt(answer.code)
    assert isinstance(answer, Reply)
    verdict = classify_status(answer.status)
    if verdict.kind in (StatusKind.SUCCESS, StatusKind.REJECT):
        return None  # the server read the request and answered it: a batch would have gone in
    code = verdict.code or SyncCode.BAD_RESPONSE
    retry_after = parse_retry_after(answer.headers.get("retry-after")) if verdict.waits else None
    return Halt(code, retry_after)

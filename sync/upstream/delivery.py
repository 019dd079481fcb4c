"""The one delivery loop: a batch sent part by part, through faults, for the kiosk and the hub.

The kiosk's sync engine (sync/client/engine.py) and the hub's forwarder (sync/hub/forwarder.py) both
hand a batch to :meth:`DeliveryLoop.deliver` with a ``write`` callback that stores each part's
outcome in their own outbox. The rules live here once:

- **a failed request retries its own signature on its own schedule** (capped, fully jittered
  exponential backoff by that signature's attempts, ``Retry-After`` honoured), while the rest
  of the batch goes on;
- **the target's gate follows its recent failure rate**, not its last failure: a sliding
  window of the last :data:`WINDOW` request outcomes, and the gate closes only when more than
  :data:`TOLERATED_FAILURE_RATE` of them failed (its exponent is the number of failures above
  that share), so a target that answers four requests in five keeps its full rate (a chance
  burst of failures does not pass half of thirty) while one that is down backs off toward
  the cap;
- a failure that concerns the whole target stops the batch and closes the gate at once:
  nothing answered (connection), a rate limit, or any ``Retry-After`` the server asked for;
- 401/403/404 **pause** the target until a person acts (or, at the hub, until a recheck);
- each part's outcome is written before the next part is sent, so a crash loses at most the
  part in flight (the hub sends Action Network one signature per part for that reason).

Rate limits are not here: the adapter spaces its own requests with the limiter its maker
injected (sync/upstream/rate_limit.py).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sync.protocol import Outgoing
from sync.upstream.adapters.base import Adapter, Halt, SendResult
from sync.upstream.backoff import CONNECTION_CODES, RetryPolicy
from sync.upstream.errors import SyncCode
from sync.upstream.riders import settle_riders

#: How many recent request outcomes a target's gate looks at.
WINDOW = 30
#: The share of those that may fail without the target's gate closing (the failed signatures
#: still wait their own backoff). At a third, a target failing one request in five closed its
#: gate now and then by chance (a benchmark at 20% faults lost a tenth of its pace to it).
TOLERATED_FAILURE_RATE = 0.5
#: Failures about the target, not one request: the batch stops and the gate closes.
TARGET_WIDE_CODES = frozenset({*CONNECTION_CODES, SyncCode.RATE_LIMITED})

#: Stores one part's outcome: the adapter's result, and each failed UUID's delay in seconds.
WriteOutcome = Callable[[SendResult, Mapping[str, float]], None]
#: Called with a part's UUIDs just before the part is sent (the hub notes the attempt durably,
#: sync/hub/in_doubt.py); raising stops the batch before anything of that part goes out.
BeforeSend = Callable[[Sequence[str]], None]


class FailureWindow:
    """The last ``size`` request outcomes of one target (True: it failed)."""

    def __init__(self, size: int = WINDOW, tolerated: float = TOLERATED_FAILURE_RATE) -> None:
        self._outcomes: deque[bool] = deque(maxlen=size)
        self._tolerated = tolerated

    def note(self, successes: int, failures: int) -> None:
        """Add one part's requests (its failure, if any, came last: the adapter stops there)."""
        self._outcomes.extend([False] * successes + [True] * failures)

    @property
    def failure_rate(self) -> float:
        """The share of recent requests that failed (0 with none yet)."""
        return sum(self._outcomes) / len(self._outcomes) if self._outcomes else 0.0

    def excess(self) -> int:
        """Failures beyond the tolerated share of the window: 0 while the target is healthy enough."""
        return max(0, sum(self._outcomes) - int(len(self._outcomes) * self._tolerated))

    def clear(self) -> None:
        """Forget the past (a person acted, or the network came back)."""
        self._outcomes.clear()


@dataclass(frozen=True)
class Delivery:
    """What :meth:`DeliveryLoop.deliver` did: every part's outcome together, and what stopped it
    early (None when every part was tried, or the loop was interrupted)."""

    result: SendResult
    stopped_by: Halt | None = None


def _merge(into: SendResult, part: SendResult) -> None:
    into.confirmed.update(part.confirmed)
    into.rejected.update(part.rejected)
    into.failed.update(part.failed)
    into.not_sent.update(part.not_sent)
    into.requests += part.requests
    if part.halt is not None:
        into.halt = part.halt


def _settled(result: SendResult, uuid: str) -> bool:
    return uuid in result.confirmed or uuid in result.rejected or uuid in result.failed or uuid in result.not_sent


class DeliveryLoop:
    """One target's gate, failure window and pause, and the loop that sends a batch through them."""

    def __init__(self, retry: RetryPolicy, window: FailureWindow | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.retry = retry
        self.window = window if window is not None else FailureWindow()
        self._clock = clock
        self._gate = 0.0  # clock() before which no request goes out
        self._paused: SyncCode | None = None
        self._recheck_at: float | None = None
        #: The last failure that stopped a batch, while no batch has gone through since.
        self.halted_by: SyncCode | None = None

    # -- gate and pause -----------------------------------------------------------------

    @property
    def paused(self) -> SyncCode | None:
        """Why this target waits for a person, or None (a pause with a recheck lapses by itself)."""
        if self._recheck_at is not None and self._clock() >= self._recheck_at:
            self._paused = self._recheck_at = None
        return self._paused

    def pause(self, code: SyncCode, recheck_s: float | None = None) -> None:
        """Send nothing until :meth:`resume` (or for ``recheck_s`` seconds, when given)."""
        self._paused = code
        self._recheck_at = None if recheck_s is None else self._clock() + recheck_s

    def resume(self) -> None:
        """A person acted: try again right away, with a clean slate."""
        self._paused = self._recheck_at = None
        self._gate = 0.0
        self.window.clear()
        self.halted_by = None

    def hold(self, seconds: float) -> None:
        """No request for ``seconds`` from now."""
        self._gate = max(self._gate, self._clock() + seconds)

    def seconds_to_gate(self) -> float:
        """How long until the gate opens (0: open)."""
        return max(0.0, self._gate - self._clock())

    def ready(self) -> bool:
        """Whether a request may go out now."""
        return self.paused is None and self.seconds_to_gate() == 0.0

    def network_returned(self) -> bool:
        """The network is back: open a gate closed because nothing answered (not one a server
        asked for). Whether it did."""
        if self.halted_by is not None and self.halted_by not in CONNECTION_CODES:
            return False
        self._gate = 0.0
        self.window.clear()
        return True

    # -- the loop -----------------------------------------------------------------------

    def item_delay(self, code: SyncCode, attempts: int, retry_after_s: float | None) -> float:
        """How long one failed signature waits before its next try."""
        delay = self.retry.delay(code, attempts)
        return max(delay, retry_after_s) if retry_after_s is not None else delay

    def deliver(self, adapter: Adapter, items: Sequence[Outgoing], attempts: Mapping[str, int],
                write: WriteOutcome, part_size: int | None = None, riders: Sequence[str] = (),
                before_send: BeforeSend | None = None) -> Delivery:
        """Send ``items`` in parts of ``part_size`` (default: the adapter's batch), writing each
        part's outcome before the next goes out; ``riders`` (repeat signers' UUIDs, never sent)
        take the last part's fate, written with it (sync/upstream/riders.py); ``before_send`` hears
        each part's UUIDs before it goes out. Stops early on a pause, a closed gate or an
        interrupt; what was not tried stays as it was."""
        size = max(1, part_size or adapter.max_batch)
        merged = SendResult()
        remaining = list(items)
        unsettled = list(riders)
        while True:
            part, remaining = remaining[:size], remaining[size:]
            if part and before_send is not None:
                before_send([item.uuid for item in part])
            result = adapter.send(part) if part else SendResult()
            halt = result.halt
            failures = min(result.requests, 1 if halt is not None and not halt.pauses else 0)
            self.window.note(result.requests - failures, failures)
            untouched = [item for item in part if not _settled(result, item.uuid)]
            stop, gate_s = self._verdict(result, untouched, len(part))
            if unsettled and (stop or not (untouched or remaining)):
                settle_riders(adapter, result, unsettled)
                unsettled = []
                if result.halt is not halt:  # the riders' probe failed: that is this part's verdict
                    stop, gate_s = self._verdict(result, untouched, len(part))
            retry_after = result.halt.retry_after_s if result.halt is not None else None
            write(result, {uuid: self.item_delay(code, attempts.get(uuid, 0), retry_after)
                           for uuid, code in result.failed.items()})
            _merge(merged, result)
            if result.halt is None:
                self.halted_by = None
            elif result.halt.pauses:
                self.pause(result.halt.code)
            elif gate_s is not None:
                self.halted_by = result.halt.code
                self.hold(gate_s)
            if stop:
                return Delivery(merged, result.halt)
            # A failed request's signature waits its own backoff (written above); the rest go on.
            remaining = untouched + remaining
            if not remaining or (adapter.interrupt is not None and adapter.interrupt.is_set()):
                return Delivery(merged)

    def _verdict(self, result: SendResult, untouched: Sequence[Outgoing], sent: int) -> tuple[bool, float | None]:
        """Whether one part's outcome stops the batch, and for how long the target waits then."""
        halt = result.halt
        if halt is None:
            return bool(untouched), None  # the adapter stopped without a failure: closing
        if halt.pauses:
            return True, None
        gate_s = self._gate_after(halt, progressed=len(untouched) < sent)
        return gate_s is not None, gate_s

    def _gate_after(self, halt: Halt, progressed: bool) -> float | None:
        """How long the whole target waits after ``halt``, or None to go on with the batch."""
        excess = self.window.excess()
        target_wide = halt.code in TARGET_WIDE_CODES or halt.retry_after_s is not None or not progressed
        if not target_wide and excess == 0:
            return None
        if excess == 0 and halt.retry_after_s is not None:
            return halt.retry_after_s  # a healthy target asked for a pause: that long, no longer
        delay = self.retry.delay(halt.code, max(0, excess - 1))
        return max(delay, halt.retry_after_s) if halt.retry_after_s is not None else delay


__all__ = ["TARGET_WIDE_CODES", "TOLERATED_FAILURE_RATE", "WINDOW", "BeforeSend", "Delivery", "DeliveryLoop",
           "FailureWindow", "WriteOutcome"]

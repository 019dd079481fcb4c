"""The ``osdi`` adapter: Action Network's record-signature helper, one POST per signature.

Facts (shared/reference/action-network.md): ``OSDI-API-Token`` header; the helper finds or
creates the person by email/phone and records one signature per person per petition, so a
retry after a lost answer cannot double-count; 4 requests per second at most; a 200 without
an ``action_network:`` identifier is a failure (blind POSTs answer 200 with an empty body).

List membership ("Subscription status" in the reference, docs/sync-protocol.md): the
record-signature helper documents ``subscribed`` as its only email status and subscribes a
person new to the list when none is sent. So a signer who said yes goes in one request with
``subscribed``; a signer who declined email is first written by the person signup helper
(``POST /people/``) with ``unsubscribed``, which that helper documents, and only once that was
confirmed is the signature recorded, with no email status (an existing person's status
changes only when one is sent). The mobile list subscribes nobody new without ``subscribed``,
which a phone carries only with the text-message consent. A signer with neither email nor
phone cannot be a person there: such a record is kept on the kiosk as "not sent (no contact)".

Before the first signature names a tag, :class:`~sync.upstream.adapters.osdi_tags.TagKeeper` makes it
exist upstream (Action Network drops unknown tags silently). What each body carries is built
in :mod:`sync.upstream.adapters.osdi_body`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Any

from kiosk.models import NOT_SENT_NO_CONTACT
from sync.upstream import sanitize
from sync.upstream.adapters.base import Adapter, Halt, Outgoing, SendResult, StatusKind, classify_status, probe_verdict
from sync.upstream.adapters.osdi_body import (
    TargetFacts,
    needs_signup_first,
    signature_body,
    signature_tags,
    signup_body,
)
from sync.upstream.adapters.osdi_read_back import SignatureReader, action_network_receipt
from sync.upstream.adapters.osdi_tags import TagKeeper
from sync.upstream.backoff import parse_retry_after
from sync.upstream.errors import SyncCode, SyncConfigError
from sync.upstream.http import Reply, TransportFailure, check_url, get, make_session, post
from sync.upstream.rate_limit import RateLimiter
from sync.upstream.target import SyncConfig

log = logging.getLogger(__name__)

# Results are written to the database every this many signatures (about 6 s at 4/s), so a
# crash or a pause loses at most a few confirmations, which the server deduplicates anyway.
OSDI_BATCH = 25
# Action Network answers a recorded signature with 200 or 201.
OSDI_SUCCESS = (200, 201)


def parse_signature_response(body: bytes) -> str | None:
    """The ``action_network:`` identifier of a signature resource (its id withheld unless it is
    a plain identifier, see :mod:`sync.upstream.sanitize`), or None when there is none."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    return action_network_receipt(document.get("identifiers"))


class OsdiAdapter(Adapter):
    """Posts signatures one by one to Action Network's record-signature helper (a decliner's
    person first to the person signup helper)."""

    max_batch = OSDI_BATCH

    def __init__(self, config: SyncConfig, token: str, limiter: RateLimiter | None = None) -> None:
        base = check_url(config.url)
        if not config.petition_id:
            raise SyncConfigError(SyncCode.NOT_CONFIGURED)
        self._petition = f"{base}/petitions/{config.petition_id}"
        self._endpoint = f"{self._petition}/signatures/"
        self._people = f"{base}/people/"
        self._session = make_session(base, config.ca_bundle)
        self._timeout = (config.connect_timeout_s, config.read_timeout_s)
        self._headers = {
            "OSDI-API-Token": token,
            "Content-Type": "application/json",
            "Accept": "application/hal+json, application/json",
        }
        self._facts = TargetFacts(tuple(config.tags), config.country, config.language)
        # Injected by the caller (the hub draws its slots from the database, shared by its processes).
        self.limiter = limiter if limiter is not None else RateLimiter(config.rate_per_s)
        self.tags = TagKeeper(self._session, base, self._headers, self._timeout, lambda: self.limiter)
        self._reader = SignatureReader(self._session, self._petition, self._headers, self._timeout,
                                       lambda: self.limiter)
        #: Called with the tags the key could not create, whenever that list grows (the hub
        #: keeps it for its dashboard, sync/hub/upstream.py).
        self.on_missing_tags: Callable[[set[str]], None] | None = None
        self._petition_read = False
        self._tags_reported = False

    def send(self, batch: Sequence[Outgoing]) -> SendResult:
        """Post each signature in turn; stop at the first failure that is not about one record."""
        result = SendResult()
        if not self._petition_read and any(i.sealed is None and (i.person.email or i.person.phone) for i in batch):
            # The petition is read once before anything is written: a wrong id pauses sync
            # before a decliner's person signup or a tag could be written for nothing.
            result.requests += 1
            result.halt = self.probe()
            if result.halt is not None:
                if result.halt.code is SyncCode.RATE_LIMITED:
                    self.limiter.hold(result.halt.retry_after_s or 1.0)
                return result
            self._petition_read = True
        self._ensure_tags(batch)
        for item in batch:
            if item.sealed is not None:
                # Sealed to a hub: only the hub can open it and forward it to Action Network.
                result.failed[item.uuid] = SyncCode.SEAL_UNREADABLE
                continue
            if not item.person.email and not item.person.phone:
                # Action Network needs an email or a phone to make a person: keep the record
                # here, visibly, instead of a POST that could only be refused.
                result.not_sent[item.uuid] = NOT_SENT_NO_CONTACT
                continue
            if needs_signup_first(item):
                # The decliner is written "unsubscribed" where that status is documented; the
                # signature goes only once that was confirmed, or a new person would be
                # subscribed by the signature helper's default.
                signed_up = self._post(self._people, signup_body(item, self._facts), item.uuid, result)
                if signed_up is None or not self._read(item.uuid, signed_up, result, confirm=False):
                    break
                if item.uuid in result.rejected:
                    continue
            answer = self._post(self._endpoint, signature_body(item, self._facts), item.uuid, result)
            if answer is None or not self._read(item.uuid, answer, result):
                break
        result.confirmed = sanitize.without_echoes(result.confirmed, batch)  # no signer data in receipts
        return result

    def _ensure_tags(self, batch: Sequence[Outgoing]) -> None:
        """Create the tags this batch names that do not exist upstream yet (where the key can)."""
        names = [tag for item in batch if item.sealed is None and (item.person.email or item.person.phone)
                 for tag in signature_tags(item, self._facts.tags)]
        if not names:
            return
        unchanged = self.tags.ensure(names, self.interrupt)
        if self.tags.known is None or (unchanged and self._tags_reported):
            return
        # Said once the list was read (a tag created by hand since is no longer named), then
        # whenever the key failed to create another.
        self._tags_reported = True
        if self.on_missing_tags is not None:
            self.on_missing_tags(set(self.tags.missing))
        elif self.tags.missing:
            log.warning("Action Network drops tags it does not have, and this key cannot create them: %s",
                        ", ".join(sorted(self.tags.missing)))

    def _post(self, url: str, document: dict[str, Any], uuid: str, result: SendResult) -> Reply | None:
        """One POST in its own request slot; None when sending must stop (closing, or no answer)."""
        if not self.limiter.wait(self.interrupt):
            return None
        body = json.dumps(document, ensure_ascii=False).encode("utf-8")
        answer = post(self._session, url, body, self._headers, self._timeout)
        result.requests += 1
        if isinstance(answer, TransportFailure):
            result.failed[uuid] = answer.code
            result.halt = Halt(answer.code)
            return None
        return answer

    def _read(self, uuid: str, answer: Reply, result: SendResult, confirm: bool = True) -> bool:
        """Record the verdict for one request; False when sending must stop. ``confirm``: a
        signature's answer (its receipt confirms the UUID); a person signup's answer must name
        a person, and confirms nothing yet."""
        verdict = classify_status(answer.status, OSDI_SUCCESS)
        if verdict.kind is StatusKind.SUCCESS:
            receipt = parse_signature_response(answer.body)
            if receipt is not None:
                if confirm:
                    result.confirmed[uuid] = receipt
                return True
            result.failed[uuid] = SyncCode.BAD_RESPONSE
            result.halt = Halt(SyncCode.BAD_RESPONSE)
            return False
        if verdict.kind is StatusKind.REJECT:
            result.rejected[uuid] = sanitize.reject_reason(answer.error_reason("error"))
            return True
        assert verdict.code is not None
        if verdict.kind is StatusKind.PAUSE:
            result.halt = Halt(verdict.code)
            return False
        retry_after = parse_retry_after(answer.headers.get("retry-after")) if verdict.waits else None
        if verdict.kind is StatusKind.RATE_LIMITED:
            self.limiter.hold(retry_after or 1.0)
        result.failed[uuid] = verdict.code
        result.halt = Halt(verdict.code, retry_after)
        return False

    def probe(self) -> Halt | None:
        """Read the petition (a GET: Action Network stores nothing), in a request slot of its own."""
        if not self.limiter.wait(self.interrupt):
            return Halt(SyncCode.CONNECTION)
        headers = {k: v for k, v in self._headers.items() if k != "Content-Type"}
        return probe_verdict(get(self._session, self._petition, headers, self._timeout))

    def recorded(self, uuids: Collection[str], since: datetime) -> dict[str, str]:
        """Read the petition's signatures back (sync/upstream/adapters/osdi_read_back.py) for our identifiers."""
        return self._reader.recorded(uuids, since, self.interrupt) if uuids else {}

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()

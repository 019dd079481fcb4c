"""Making sure the campaign's tags exist at Action Network before signatures name them.

Action Network applies ``add_tags`` only for tags that already exist on the group's list, and
ignores the rest without a word (shared/reference/action-network.md). So before a tag is
first sent, the adapter lists the group's tags (``GET /tags``, paged) and creates each missing
one (``POST /tags`` with ``{"name": …}``). Only group API keys may create tags: a key that
cannot (401/403 on the POST) leaves the tag *missing*; the signatures still go (a signature
matters more than its label) and :attr:`TagKeeper.missing` names what a coordinator must
create by hand (the hub's dashboard shows it, sync/hub/upstream.py keeps it).

Every request here takes a slot of the adapter's rate limiter like a signature does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol
from urllib.parse import urljoin

import requests

from sync.upstream.http import Reply, TransportFailure, get, post

TAGS_PAGES_MAX = 40  # 1,000 tags at 25 a page: more than any campaign's list has
_CREATED = (200, 201)
_CANNOT_CREATE = (401, 403)


class SlotWaiter(Protocol):
    """The adapter's rate limiter, as far as tags need it."""

    def wait(self, interrupt: Any = None) -> bool: ...

    def hold(self, seconds: float) -> None: ...


def _page_tags(body: bytes) -> tuple[list[str], str | None]:
    """The tag names of one page of ``GET /tags`` and the next page's address."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return [], None
    if not isinstance(document, dict):
        return [], None
    embedded = document.get("_embedded")
    entries = embedded.get("osdi:tags", []) if isinstance(embedded, dict) else []
    names = [e["name"] for e in entries if isinstance(e, dict) and isinstance(e.get("name"), str)]
    links = document.get("_links")
    following = links.get("next") if isinstance(links, dict) else None
    href = following.get("href") if isinstance(following, dict) else None
    return names, href if isinstance(href, str) and href else None


class TagKeeper:
    """Knows which tags exist upstream, creates the missing ones, remembers those it could not."""

    def __init__(self, session: requests.Session, base: str, headers: Mapping[str, str],
                 timeout: tuple[float, float], limiter: Callable[[], SlotWaiter]) -> None:
        self._session = session
        self._endpoint = f"{base}/tags/"
        self._headers = dict(headers)
        self._timeout = timeout
        self._limiter = limiter  # read at each request: the hub swaps in its shared limiter
        self.known: set[str] | None = None  # None until the list was read once
        #: Tags the key could not create (a user key): named to the coordinator, not retried.
        self.missing: set[str] = set()
        #: Tags this adapter created.
        self.created: set[str] = set()
        self.requests = 0

    def _slot(self, interrupt: Any) -> bool:
        self.requests += 1
        return self._limiter().wait(interrupt)

    def _hold(self, answer: Reply) -> None:
        """Over the rate limit: no request (of any kind) before the server's Retry-After."""
        from sync.upstream.backoff import parse_retry_after

        self._limiter().hold(parse_retry_after(answer.headers.get("retry-after")) or 1.0)

    def _read_list(self, interrupt: Any) -> bool:
        known: set[str] = set()
        url: str | None = self._endpoint
        headers = {k: v for k, v in self._headers.items() if k != "Content-Type"}
        for _ in range(TAGS_PAGES_MAX):
            if url is None:
                break
            if not self._slot(interrupt):
                return False
            answer = get(self._session, url, headers, self._timeout)
            if isinstance(answer, TransportFailure) or answer.status != 200:
                if isinstance(answer, Reply) and answer.status == 429:
                    self._hold(answer)
                return False
            names, following = _page_tags(answer.body)
            known.update(names)
            # Only a next page on the same server gets the key.
            url = urljoin(self._endpoint, following) if following else None
            if url is not None and not url.startswith(self._endpoint):
                url = None
        self.known = known
        return True

    def _create(self, name: str, interrupt: Any) -> Reply | TransportFailure | None:
        if not self._slot(interrupt):
            return None
        body = json.dumps({"name": name}, ensure_ascii=False).encode("utf-8")
        return post(self._session, self._endpoint, body, self._headers, self._timeout)

    def ensure(self, names: Iterable[str], interrupt: Any = None) -> bool:
        """Make each of ``names`` exist upstream where the key can; True when nothing changed
        in :attr:`missing` (a caller reports the missing tags when it turns False)."""
        wanted = [n for n in dict.fromkeys(names) if n]
        if self.known is None and not self._read_list(interrupt):
            return True  # the list could not be read now: the next batch tries again
        assert self.known is not None
        before = set(self.missing)
        for name in wanted:
            if name in self.known or name in self.missing:
                continue
            answer = self._create(name, interrupt)
            if isinstance(answer, Reply) and answer.status in _CREATED:
                self.known.add(name)
                self.created.add(name)
            elif isinstance(answer, Reply) and answer.status in _CANNOT_CREATE:
                self.missing.add(name)
            else:
                if isinstance(answer, Reply) and answer.status == 429:
                    self._hold(answer)
                break  # rate limited, the server's trouble, or closing: try again with the next batch
        return self.missing == before

"""Adapters: one interface (:class:`~sync.upstream.adapters.base.Adapter`), one module per server kind."""

from __future__ import annotations

from sync.upstream.adapters.base import Adapter, Outgoing, SendResult
from sync.upstream.errors import SyncCode, SyncConfigError
from sync.upstream.rate_limit import RateLimiter
from sync.upstream.target import KIND_JSON, KIND_OSDI, SyncConfig


def make_adapter(config: SyncConfig, token: str, limiter: RateLimiter | None = None) -> Adapter:
    """The adapter for ``config.kind``; ``limiter`` spaces its requests where the server has a
    rate limit (Action Network), else the adapter makes its own from ``config.rate_per_s``."""
    if config.kind == KIND_OSDI:
        from sync.upstream.adapters.osdi import OsdiAdapter

        return OsdiAdapter(config, token, limiter)
    if config.kind == KIND_JSON:
        from sync.upstream.adapters.json_batch import JsonBatchAdapter

        return JsonBatchAdapter(config, token)
    raise SyncConfigError(SyncCode.NOT_CONFIGURED)


__all__ = ["Adapter", "Outgoing", "SendResult", "make_adapter"]

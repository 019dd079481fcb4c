"""Adapters: one interface (:class:`~sync.adapters.base.Adapter`), one module per server kind."""

from __future__ import annotations

from sync.adapters.base import Adapter, Outgoing, SendResult
from sync.config import KIND_JSON, KIND_OSDI, SyncConfig
from sync.errors import SyncCode, SyncConfigError


def make_adapter(config: SyncConfig, token: str) -> Adapter:
    """The adapter for ``config.kind``."""
    if config.kind == KIND_OSDI:
        from sync.adapters.osdi import OsdiAdapter

        return OsdiAdapter(config, token)
    if config.kind == KIND_JSON:
        from sync.adapters.json_batch import JsonBatchAdapter

        return JsonBatchAdapter(config, token)
    raise SyncConfigError(SyncCode.NOT_CONFIGURED)


__all__ = ["Adapter", "Outgoing", "SendResult", "make_adapter"]

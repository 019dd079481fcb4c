"""The json protocol both ends share: the kiosk's json adapter writes it, the hub reads it.

:mod:`sync.protocol.v1` is the one encoder and decoder of the v1 wire form
(docs/openapi-json-v1.yaml, docs/sync-protocol.md) and holds :class:`Outgoing`, a signature
as it travels between a kiosk, a hub and an upstream target.
"""

from sync.protocol.v1 import Outgoing, WireProblem, decode_signature, encode_batch, encode_signature

__all__ = ["Outgoing", "WireProblem", "decode_signature", "encode_batch", "encode_signature"]

"""Sending signatures upstream, shared by the kiosk's client (:mod:`sync.client`) and the hub's forwarder.

Whoever sends (a kiosk to its hub or straight to Action Network; a hub to its upstream targets,
:mod:`sync.hub.forwarder`) uses the same parts:

- :mod:`sync.upstream.adapters`: one interface, one module per server kind (Action Network's
  OSDI, our json batch protocol);
- :mod:`sync.upstream.target`: a target (kind, address, tunables) as the adapters read it;
- :mod:`sync.upstream.delivery`: the one delivery loop (gate, backoff per item, pause), with
  :mod:`sync.upstream.backoff`, :mod:`sync.upstream.rate_limit` (the injected limiter) and
  :mod:`sync.upstream.riders` (repeat signers settled with their batch);
- :mod:`sync.upstream.http`: verified TLS, loopback-only plain HTTP, timeouts, transport failures as codes;
- :mod:`sync.upstream.sanitize`: what a server says back, kept only in shapes that carry no person;
- :mod:`sync.upstream.errors`: the sync error codes (:class:`~sync.upstream.errors.SyncCode`).

Imports :mod:`sync.protocol` and ``kiosk``, never :mod:`sync.client` or :mod:`sync.hub`.
"""

"""Signatures in motion, between the kiosk and the servers. Imports kiosk; never Qt.

Four parts, apart:

- :mod:`sync.client`: the kiosk's side: the engine over :mod:`kiosk.outbox`, pairing with a hub,
  the sync status, retention after delivery;
- :mod:`sync.hub`: the server, the hub that receives from kiosks (an event hub or a campaign
  server) and forwards upstream. Only it imports the web framework;
- :mod:`sync.protocol`: the json v1 wire model and its codec, which both ends speak;
- :mod:`sync.upstream`: what both ends use to send upstream: the adapters (Action Network's
  OSDI, our json batch), the one delivery loop with its backoff and rate limiter, the HTTP
  rules, the sanitizing of what servers say back, and the sync error codes.

The shared parts (``protocol``, ``upstream``) import neither ``client`` nor ``hub``; the client
never imports the hub (tests/test_layers.py). Nothing lives loose at this level.
"""

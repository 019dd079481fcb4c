"""Signatures in motion, between the kiosk and the servers. Imports kiosk; never Qt.

Three parts, apart:

- the protocol both ends share: :mod:`sync.protocol` (the json v1 wire model and its codec);
- the client, on the kiosk: :mod:`sync.engine` (the delivery loop) over :mod:`kiosk.outbox`,
  :mod:`sync.adapters` (osdi for Action Network, json for a hub or another server),
  :mod:`sync.pairing` with a hub, retention after delivery (:mod:`sync.retention`);
- the server: :mod:`sync.hub`, the hub that receives from kiosks (an event hub or a campaign
  server) and forwards upstream. Only it imports the web framework.
"""

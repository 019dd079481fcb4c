"""The hub's routers, one per area (sync/hub/app.py includes them all).

For paired kiosks, the json protocol v1: :mod:`.protocol` (upload, totals, receipts, each
taking a device token) and :mod:`.enrollment` (pairing: the code's secret is the credential).
For the coordinator, each router taking the session cookie: :mod:`.dashboard`, :mod:`.devices`
and :mod:`.exports`. Public: :mod:`.login`, :mod:`.big_number` (counts only) and :mod:`.health`.
"""

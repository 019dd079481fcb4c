"""The hub: the receiving end of the json protocol, for an event or a whole campaign.

A FastAPI app on uvicorn (:mod:`sync.hub.app`) with its own SQLAlchemy models and Alembic
migrations (:mod:`sync.hub.models`, ``migrations/``), its own TLS key and certificate
(:mod:`sync.hub.tls`), device pairing (:mod:`sync.hub.devices`) and a dashboard. It keeps no
state outside its database and its data dir's key files, so several hub processes can share
one PostgreSQL database. Installed with the ``hub`` extra.

It reads what kiosks send with :mod:`sync.protocol` and forwards upstream with the parts it
shares with the kiosk (:mod:`sync.upstream`: adapters, the delivery loop, the rate limiter). A
relay hub pairs with its campaign hub the way a kiosk does, through :mod:`sync.client.pairing`.
"""

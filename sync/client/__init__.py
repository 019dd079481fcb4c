"""The client: the kiosk's side of sync, run by the kiosk app and ``petition-kiosk sync``.

- :mod:`sync.client.engine`: drains the kiosk's outbox (:mod:`kiosk.outbox`) through an adapter
  with the shared delivery loop, and records what the server said;
- :mod:`sync.client.config`: the kiosk's target for one run (campaign, settings, a paired hub, flags);
- :mod:`sync.client.pairing`: pairing with a hub and what a paired kiosk asks it (an event hub
  becoming a relay of a campaign hub pairs through the same code, :mod:`sync.hub.relay_setup`);
- :mod:`sync.client.hub_link`: what a paired kiosk knows about its hub, readable without HTTP;
- :mod:`sync.client.status`: sync facts in the kiosk's ``meta`` table for the indicator and ``status --json``;
- :mod:`sync.client.retention`: purging a kiosk's personal fields once the server answered.

Used by ``ui/`` (the sync worker, the admin pages, the command line). The hub does not run it.
"""

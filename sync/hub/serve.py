"""``petition-kiosk hub serve``: the app on uvicorn, over TLS with the hub's own certificate."""

from __future__ import annotations

import logging
import os
import socket
import sys
import uuid

import uvicorn

from sync.hub.app import create_app
from sync.hub.context import DEFAULT_PORT, HubContext
from sync.hub.forwarder import Forwarder

GIL_SWITCH_S = 0.0005
DEFAULT_HOST = "0.0.0.0"  # noqa: S104 - an event hub is reached by kiosks over the venue's Wi-Fi


def parse_listen(listen: str | None) -> tuple[str, int]:
    """``HOST:PORT`` (or ``:PORT``, or ``HOST``) into a host and a port; ValueError if unreadable."""
    if not listen:
        return DEFAULT_HOST, DEFAULT_PORT
    host, sep, port = listen.rpartition(":")
    if not sep:
        return listen, DEFAULT_PORT
    number = int(port)
    if not 0 < number < 65536:
        raise ValueError("port out of range")
    return host.strip("[]") or DEFAULT_HOST, number


def serve(hub: HubContext, host: str, port: int) -> None:
    """Run until interrupted."""
    # A batch's writer thread hands the interpreter lock away at every database call and must
    # win it back from the threads parsing other kiosks' uploads; at the default 5 ms switch
    # interval each of those waits could outlast the call itself, with the write lock held.
    sys.setswitchinterval(GIL_SWITCH_S)
    app = create_app(hub)
    config = uvicorn.Config(app, host=host, port=port, ssl_keyfile=str(hub.certificate.key_path),
                            ssl_certfile=str(hub.certificate.cert_path), log_level="warning",
                            access_log=False,  # request lines carry URLs only, but keep the log lean
                            timeout_graceful_shutdown=5)
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    forwarder = Forwarder(hub, owner=f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}")
    forwarder.start()
    try:
        uvicorn.Server(config).run()
    finally:
        forwarder.close()
        app.state.batch_writer.close()

"""The coordinator's dashboard and the public big-number page (routes added to the app)."""

from __future__ import annotations

from fastapi import FastAPI

from sync.hub.context import HubContext


def add_dashboard(app: FastAPI, hub: HubContext) -> None:
    """Add the dashboard's routes to ``app``."""
    del app, hub

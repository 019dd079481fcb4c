"""The hub's routers, one per area: the json protocol (:mod:`.protocol`) and enrollment (:mod:`.enrollment`).

The dashboard and its exports register their own routes (sync/hub/dashboard.py).
"""

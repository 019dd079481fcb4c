"""Tests of sync.client: the kiosk's engine, retention, status and the sync command."""

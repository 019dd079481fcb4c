"""Tests of sync.protocol: the json v1 codec and the published documents."""

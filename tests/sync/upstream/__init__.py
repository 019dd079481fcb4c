"""Tests of sync.upstream: the adapters, the delivery loop, backoff, HTTP rules and sanitizing."""

"""Tests of sync/, one folder per part (client, hub, protocol, upstream), with the loopback test
servers (servers/), helpers and fixtures they share."""

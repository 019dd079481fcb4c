"""The coordinator's admin area, behind the PIN."""

"""Pushes signatures to central petition servers. Imports kiosk; never Qt."""

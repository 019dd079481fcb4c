"""Reusable kiosk widgets: on-screen keyboard, signature pad, PIN pad, inactivity overlay."""

"""The kiosk window's parts, each its own module (like qutebrowser's ``mainwindow/``).

- :mod:`ui.window.start_up`: the rest of the flow and the store once the welcome screen is up, the
  key-store choice on a first start without a keyring, and the start failure;
- :mod:`ui.window.steps`: the pages of the window and how the signing steps follow each other;
- :mod:`ui.window.flow`: every screen after the welcome screen, built in one step;
- :mod:`ui.window.navigation`: which page shows, and each step's enter and leave;
- :mod:`ui.window.signing`: the signing steps' glue to the Qt-free :class:`~kiosk.session.SigningSession`;
- :mod:`ui.window.look`: larger text, the compact look of short screens, the style sheet;
- :mod:`ui.window.counts`: the figures the welcome and thank-you screens show;
- :mod:`ui.window.top_bar`: Back, the languages, larger text and Start over, fitted to the width;
- :mod:`ui.window.kiosk_lock`: the application-wide event filter and the hidden corner gesture;
- :mod:`ui.window.pin_flow`: the coordinator PIN pad and the PIN change;
- :mod:`ui.window.coordinator`: the way into the admin area (the gesture's PIN, the first PIN,
  the PIN changes the admin area asks for) and the admin area itself;
- :mod:`ui.window.inactivity`: the inactivity clock, the idle rule and the "Still there?" countdown;
- :mod:`ui.window.language`: the signer's language and the kiosk's default one;
- :mod:`ui.window.wipe`: the panic wipe, as the duress PIN or the admin area asks for it.

:mod:`ui.kiosk_window` wires them together.
"""

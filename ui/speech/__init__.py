"""The kiosk reads its screens aloud: the voice (:mod:`ui.speech.narrator`) and the OS's voices elsewhere.

The speaker buttons are :mod:`ui.widgets.speaker_button`; the window's part is
:mod:`ui.window.read_aloud`; which voice speaks which language is Qt-free, in :mod:`kiosk.speech`.
"""

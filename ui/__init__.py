"""User interfaces: the Qt kiosk and the command line. The only package that imports Qt."""

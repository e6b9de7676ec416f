"""Plain helpers with no Django in them, shared by the chronology, the upload side and the
NLP core (as `hc/lib` in healthchecks). Each module has its tests in `tests/lib/`."""

"""The demo: a year of both seed policies run through the services."""

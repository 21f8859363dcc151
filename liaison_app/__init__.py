"""Liaison: the information manager's desk of a bank call center."""

__version__ = "0.1.0"
APP_NAME = "Liaison"

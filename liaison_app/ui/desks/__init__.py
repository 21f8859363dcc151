"""Desks other than the manager's main window, chosen by the signed-in person's roles."""

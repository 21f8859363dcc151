"""The desks other than the manager's main window, one module per desk."""
